import { openDataPageSchema } from '@kokeilu/platform';
import { COST_KINDS, FEE_UNITS } from './domain/cost.js';
import { THEMES } from './domain/themes.js';

/**
 * The JSON Schema (2020-12) of the test beds' open-data pages, served beside them as
 * `/api/v1/open-data/testbeds.schema.json` so that re-users can check what they read. Closed
 * objects: a field added to the open data fails the e2e check until it is described here too.
 */

const nullable = <T extends object>(schema: T) => ({ anyOf: [schema, { type: 'null' }] });

export function testbedsOpenDataSchema(id: string) {
  return openDataPageSchema({
    id,
    title: 'Kokeilu open data: published test beds',
    description:
      'A page of `GET /api/v1/open-data/testbeds`: published test beds in every language stored, in id order. Contacts (personal data) and images (third-party copyright) are left out; money is euro cents; dates are days in Europe/Helsinki, both ends included.',
    totalDescription: 'Every published bed, not only this page',
    item: {
      type: 'object',
      required: [
        'id', 'url', 'calendarUrl', 'city', 'name', 'summary', 'description', 'terms', 'address', 'location', 'themes',
        'capabilities', 'dataSets', 'capacity', 'availability', 'cost', 'publishedAt', 'updatedAt',
      ],
      additionalProperties: false,
      properties: {
        id: { type: 'string', format: 'uuid' },
        url: { type: 'string', format: 'uri', description: "The bed's public page (JSON)" },
        calendarUrl: { type: 'string', format: 'uri', description: 'iCal feed of its approved bookings' },
        city: { type: 'string', pattern: '^[a-z0-9-]+$', description: 'Slug of the owning city' },
        name: { $ref: '#/$defs/localized' },
        summary: nullable({ $ref: '#/$defs/localized' }),
        description: nullable({ $ref: '#/$defs/localized' }),
        terms: { ...nullable({ $ref: '#/$defs/localized' }), description: 'Terms of use' },
        address: nullable({
          type: 'object',
          required: ['street', 'postalCode', 'municipality'],
          additionalProperties: false,
          properties: { street: { type: 'string' }, postalCode: { type: 'string' }, municipality: { type: 'string' } },
        }),
        location: {
          ...nullable({
            type: 'object',
            required: ['lon', 'lat'],
            additionalProperties: false,
            properties: { lon: { type: 'number', minimum: -180, maximum: 180 }, lat: { type: 'number', minimum: -90, maximum: 90 } },
          }),
          description: 'WGS84',
        },
        themes: { type: 'array', items: { enum: [...THEMES] } },
        capabilities: { type: 'array', items: { type: 'string' } },
        dataSets: {
          type: 'array',
          items: { type: 'object', required: ['title', 'url'], additionalProperties: false, properties: { title: { type: 'string' }, url: { type: 'string', format: 'uri' } } },
        },
        capacity: { type: 'integer', minimum: 1, description: 'How many pilots can run at once' },
        availability: {
          type: 'array',
          description: 'Windows when the bed can be booked, both days included',
          items: { type: 'object', required: ['start', 'end'], additionalProperties: false, properties: { start: { type: 'string', format: 'date' }, end: { type: 'string', format: 'date' } } },
        },
        cost: nullable({
          type: 'object',
          required: ['kind'],
          additionalProperties: false,
          properties: {
            kind: { enum: [...COST_KINDS] },
            amountCents: { type: 'integer', minimum: 1, description: 'Euro cents; only for a fee' },
            unit: { enum: [...FEE_UNITS], description: 'Only for a fee' },
          },
        }),
        publishedAt: { type: ['string', 'null'], format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
      },
    },
  });
}
