import type { Call, CallContent } from './domain/call.js';
import type { RankingBasis } from './domain/ranking-basis.js';
import type { InvitationRule } from './domain/stages.js';

/** A stored call with every language, as the services hand it out. */
export interface CallRecord extends Call {
  /** The owning city's slug; null for a national call. */
  citySlug: string | null;
  /** Whether the ranking uses the raw totals or totals calibrated for each evaluator's bias. */
  rankingBasis: RankingBasis;
  /** Set on the first stage (ideas) of a two-stage call: the call of the full proposals. */
  secondStageId: string | null;
  /** The first stage's rule for how many ideas go on; null on any other call. */
  invitation: InvitationRule | null;
  /** Set on the second stage of a two-stage call: its first stage. */
  firstStageId: string | null;
  /** The first stage itself, when the service loaded it with the call. */
  firstStage?: CallRecord | null;
}

/**
 * The columns of one call, read with the alias `c` (and `ci` for its city, left-joined since a
 * national call has none). Money and decimals come back as float8: the validated values are safe
 * integers and short decimals, which float8 holds exactly enough.
 */
export const CALL_COLUMNS = `
  c.id, c.city_id AS "cityId", ci.slug AS "citySlug", c.state, c.focus_area AS "focusArea",
  c.title, c.summary, c.body, c.opens_at AS "opensAt", c.closes_at AS "closesAt", c.review_deadline AS "reviewDeadline",
  c.budget_cents::float8 AS "budgetCents", c.funding_sources AS "fundingSources", c.funding_rate_percent AS "fundingRatePercent",
  c.max_grant_cents::float8 AS "maxGrantCents", c.duration_min_months AS "durationMinMonths", c.duration_max_months AS "durationMaxMonths",
  c.eligibility, c.criteria, c.overall_threshold::float8 AS "overallThreshold", c.tie_breaks AS "tieBreaks",
  c.funding_policy AS "fundingPolicy", c.reviewers_per_application AS "reviewersPerApplication",
  c.divergence_limit::float8 AS "divergenceLimit", c.decider_ids::text[] AS "deciderIds", c.testbed_ids::text[] AS "testbedIds",
  c.ranking_basis AS "rankingBasis", c.second_stage_id AS "secondStageId", c.invitation,
  (SELECT f.id FROM calls f WHERE f.second_stage_id = c.id) AS "firstStageId", c.version, c.published_at AS "publishedAt", c.opened_at AS "openedAt", c.closed_at AS "closedAt",
  c.created_at AS "createdAt", c.updated_at AS "updatedAt"`;

export const CALL_FROM = `calls c LEFT JOIN cities ci ON ci.id = c.city_id`;

/** Every content field of a call, the fields a coordinator writes. */
const CONTENT_KEYS = [
  'focusArea',
  'title',
  'summary',
  'body',
  'opensAt',
  'closesAt',
  'reviewDeadline',
  'budgetCents',
  'fundingSources',
  'fundingRatePercent',
  'maxGrantCents',
  'durationMinMonths',
  'durationMaxMonths',
  'eligibility',
  'criteria',
  'overallThreshold',
  'tieBreaks',
  'fundingPolicy',
  'reviewersPerApplication',
  'divergenceLimit',
  'deciderIds',
  'testbedIds',
] as const satisfies readonly (keyof CallContent)[];
// Fails to compile when CallContent gains a field this list lacks.
const _contentKeysComplete: [Exclude<keyof CallContent, (typeof CONTENT_KEYS)[number]>] extends [never] ? true : false = true;

/** Only the content of a call (what an edit compares and the audit records). */
export function contentOf(call: CallContent): CallContent {
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, call[key]])) as unknown as CallContent;
}

/** The content columns in write order, with their casts; `required_fields` mirrors eligibility.requiredFields. */
export const CONTENT_COLUMNS = [
  ['focus_area', 'text'],
  ['title', 'jsonb'],
  ['summary', 'jsonb'],
  ['body', 'jsonb'],
  ['opens_at', 'timestamptz'],
  ['closes_at', 'timestamptz'],
  ['review_deadline', 'timestamptz'],
  ['budget_cents', 'bigint'],
  ['funding_sources', 'jsonb'],
  ['funding_rate_percent', 'int'],
  ['max_grant_cents', 'bigint'],
  ['duration_min_months', 'int'],
  ['duration_max_months', 'int'],
  ['eligibility', 'jsonb'],
  ['criteria', 'jsonb'],
  ['overall_threshold', 'numeric'],
  ['tie_breaks', 'jsonb'],
  ['funding_policy', 'text'],
  ['reviewers_per_application', 'int'],
  ['divergence_limit', 'numeric'],
  ['decider_ids', 'uuid[]'],
  ['testbed_ids', 'uuid[]'],
  ['required_fields', 'text[]'],
] as const;

export function contentValues(c: CallContent): unknown[] {
  return [
    c.focusArea,
    JSON.stringify(c.title),
    JSON.stringify(c.summary),
    JSON.stringify(c.body),
    c.opensAt.toISOString(),
    c.closesAt.toISOString(),
    c.reviewDeadline.toISOString(),
    String(c.budgetCents),
    JSON.stringify(c.fundingSources),
    c.fundingRatePercent,
    String(c.maxGrantCents),
    c.durationMinMonths,
    c.durationMaxMonths,
    JSON.stringify(c.eligibility),
    JSON.stringify(c.criteria),
    String(c.overallThreshold),
    JSON.stringify(c.tieBreaks),
    c.fundingPolicy,
    c.reviewersPerApplication,
    String(c.divergenceLimit),
    c.deciderIds,
    c.testbedIds,
    c.eligibility.requiredFields,
  ];
}
