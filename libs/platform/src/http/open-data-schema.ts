/**
 * The JSON Schema (2020-12) of an open-data page, served beside it (`….schema.json`): the envelope
 * every page shares (when it was made, the licence, the credit line, the total and the cursor) and
 * its items, whose schema each feature gives as `$defs.item`. Closed objects: a field added to the
 * open data fails the e2e check until it is described.
 */

/** One text in every language stored: `{ $ref: '#/$defs/localized' }` in an item's schema. */
export const LOCALIZED_TEXT_SCHEMA = {
  type: 'object',
  description: 'One text in every language stored (at least one of fi, sv, en)',
  properties: { fi: { type: 'string' }, sv: { type: 'string' }, en: { type: 'string' } },
  additionalProperties: false,
  minProperties: 1,
} as const;

export interface OpenDataPageSchema {
  /** The schema's own address. */
  id: string;
  title: string;
  description: string;
  /** What `total` counts, e.g. 'Every published call, not only this page'. */
  totalDescription: string;
  /** The schema of one item. */
  item: object;
}

export function openDataPageSchema({ id, title, description, totalDescription, item }: OpenDataPageSchema) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: id,
    title,
    description,
    type: 'object',
    required: ['generatedAt', 'licence', 'attribution', 'total', 'nextCursor', 'items'],
    additionalProperties: false,
    properties: {
      generatedAt: { type: 'string', format: 'date-time', description: 'When the page was made' },
      licence: {
        type: 'object',
        required: ['id', 'name', 'url'],
        additionalProperties: false,
        properties: { id: { type: 'string', description: 'SPDX identifier' }, name: { type: 'string' }, url: { type: 'string', format: 'uri' } },
      },
      attribution: { type: 'string', description: 'The credit line the licence asks for' },
      total: { type: 'integer', minimum: 0, description: totalDescription },
      nextCursor: { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last page' },
      items: { type: 'array', items: { $ref: '#/$defs/item' } },
    },
    $defs: { localized: LOCALIZED_TEXT_SCHEMA, item },
  };
}
