import { openDataPageSchema } from '@kokeilu/platform';
import { CALL_STATES, FOCUS_AREAS } from './domain/call.js';
import { RANKING_BASES } from './domain/ranking-basis.js';

/**
 * The JSON Schema (2020-12) of the calls' open-data pages, served beside them as
 * `/api/v1/open-data/calls.schema.json`. Closed objects: a field added to the open data fails the
 * e2e check until it is described here too.
 */

export function callsOpenDataSchema(id: string) {
  return openDataPageSchema({
    id,
    title: 'Kokeilu open data: published open calls',
    description:
      'A page of `GET /api/v1/open-data/calls`: published calls in every language stored, in id order. Money is euro cents; times are UTC (ISO 8601). Decider ids (people) are left out. A two-stage call is one item, its first stage (ideas) inside it as `firstStage`.',
    totalDescription: 'Every published call, not only this page',
    item: {
      type: 'object',
      required: [
        'id', 'url', 'city', 'state', 'focusArea', 'title', 'summary', 'body', 'opensAt', 'closesAt', 'reviewDeadline', 'currency', 'budgetCents',
        'fundingSources', 'fundingRatePercent', 'maxGrantCents', 'durationMinMonths', 'durationMaxMonths', 'testbedIds', 'rankingBasis', 'firstStage', 'publishedAt', 'updatedAt',
      ],
      additionalProperties: false,
      properties: {
        id: { type: 'string', format: 'uuid' },
        url: { type: 'string', format: 'uri', description: "The call's public page (JSON)" },
        city: { type: ['string', 'null'], description: 'Slug of the owning city; null for a national call' },
        state: { enum: CALL_STATES.filter((s) => s !== 'draft') },
        focusArea: { enum: [...FOCUS_AREAS], description: 'The 6Aika focus area' },
        title: { $ref: '#/$defs/localized' },
        summary: { $ref: '#/$defs/localized' },
        body: { $ref: '#/$defs/localized' },
        opensAt: { type: 'string', format: 'date-time' },
        closesAt: { type: 'string', format: 'date-time', description: 'Applications are taken until this instant, not at it' },
        reviewDeadline: { type: 'string', format: 'date-time' },
        currency: { const: 'EUR' },
        budgetCents: { type: 'integer', minimum: 1, description: 'Euro cents' },
        fundingSources: {
          type: 'array',
          minItems: 1,
          description: 'Co-funding shares, summing to 100',
          items: {
            type: 'object',
            required: ['source', 'sharePercent'],
            additionalProperties: false,
            properties: { source: { type: 'string', description: 'e.g. ERDF, ESF, state, city' }, sharePercent: { type: 'integer', minimum: 1, maximum: 100 } },
          },
        },
        fundingRatePercent: { type: 'integer', minimum: 1, maximum: 100, description: 'The largest share of eligible costs a grant covers' },
        maxGrantCents: { type: 'integer', minimum: 1, description: 'Euro cents' },
        durationMinMonths: { type: 'integer', minimum: 1 },
        durationMaxMonths: { type: 'integer', minimum: 1 },
        testbedIds: { type: 'array', items: { type: 'string', format: 'uuid' }, description: 'Test beds the call offers (see testbeds open data)' },
        rankingBasis: { enum: [...RANKING_BASES], description: 'Whether the ranking uses the raw totals or totals calibrated for each evaluator’s bias' },
        firstStage: {
          description:
            'The first stage (ideas) of a two-stage call; null for a one-stage call. Applications start there as short ideas; the best ones, by the invitation rule, are invited to send a full proposal to this call. A first stage funds nothing and is never an item of its own.',
          oneOf: [
            { type: 'null' },
            {
              type: 'object',
              required: ['callId', 'state', 'opensAt', 'closesAt', 'reviewDeadline', 'invitation'],
              additionalProperties: false,
              properties: {
                callId: { type: 'string', format: 'uuid', description: 'Ideas are applications to this id' },
                state: { enum: CALL_STATES.filter((s) => s !== 'draft') },
                opensAt: { type: 'string', format: 'date-time' },
                closesAt: { type: 'string', format: 'date-time', description: 'Ideas are taken until this instant, not at it' },
                reviewDeadline: { type: 'string', format: 'date-time' },
                invitation: {
                  description: 'How many of the best-ranked ideas are invited to the second stage',
                  oneOf: [
                    { type: 'object', required: ['count'], additionalProperties: false, properties: { count: { type: 'integer', minimum: 1, description: 'The best this many ideas' } } },
                    {
                      type: 'object',
                      required: ['sharePercent'],
                      additionalProperties: false,
                      properties: { sharePercent: { type: 'integer', minimum: 1, maximum: 100, description: 'The best this share of the ideas evaluated (rounded down, at least one)' } },
                    },
                  ],
                },
              },
            },
          ],
        },
        publishedAt: { type: ['string', 'null'], format: 'date-time' },
        updatedAt: { type: 'string', format: 'date-time' },
      },
    },
  });
}
