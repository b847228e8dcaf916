import type { EntityManager } from 'typeorm';
import type { ApplicationResource } from '@kokeilu/access';
import type { Call, RankingBasis } from '@kokeilu/calls';
import { DomainError } from '@kokeilu/platform';
import type { AggregationRules } from './domain/aggregation.js';
import type { InvitationRule } from './domain/invitation.js';
import { calibrate, type Calibration, type CalibrationReview, weightedReviewTotal } from './domain/calibration.js';

/** What funding needs of a call. */
export type FundingCall = Pick<
  Call,
  | 'id'
  | 'cityId'
  | 'state'
  | 'budgetCents'
  | 'fundingSources'
  | 'fundingRatePercent'
  | 'maxGrantCents'
  | 'criteria'
  | 'overallThreshold'
  | 'tieBreaks'
  | 'fundingPolicy'
  | 'reviewersPerApplication'
  | 'divergenceLimit'
  | 'deciderIds'
> & {
  title: Record<string, string>;
  rankingBasis: RankingBasis;
  /** Set on the first stage (ideas) of a two-stage call: the call the best ideas are invited to. */
  secondStageId: string | null;
  invitation: InvitationRule | null;
};

const CALL_COLUMNS = `id, city_id AS "cityId", state, title, budget_cents::float8 AS "budgetCents", funding_sources AS "fundingSources",
  funding_rate_percent AS "fundingRatePercent", max_grant_cents::float8 AS "maxGrantCents", criteria,
  overall_threshold::float8 AS "overallThreshold", tie_breaks AS "tieBreaks", funding_policy AS "fundingPolicy",
  reviewers_per_application AS "reviewersPerApplication", divergence_limit::float8 AS "divergenceLimit", decider_ids::text[] AS "deciderIds",
  ranking_basis AS "rankingBasis", second_stage_id AS "secondStageId", invitation`;

/** The call; `lock` takes its row FOR UPDATE, which serialises ranking, amendments and the decision of one call. */
export async function loadCall(tx: EntityManager, id: string, lock = false): Promise<FundingCall> {
  const [call]: FundingCall[] = await tx.query(`SELECT ${CALL_COLUMNS} FROM calls WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
  if (!call) throw DomainError.notFound('Call');
  return call;
}

export function callResource(call: FundingCall) {
  return { kind: 'call' as const, cityId: call.cityId, state: call.state, deciderIds: call.deciderIds };
}

export function aggregationRules(call: FundingCall): AggregationRules {
  return {
    criteria: call.criteria.map((c) => ({ key: c.key, weight: c.weight, threshold: c.threshold, scale: c.scale })),
    overallThreshold: call.overallThreshold,
    divergenceLimit: call.divergenceLimit,
  };
}

/** An application as its latest submitted revision states it: what review scored and funding pays. */
export interface FundingApplication {
  id: string;
  callId: string;
  state: string;
  leadOrganisationId: string;
  leadOrganisationName: string;
  /** lead and partners of the latest revision */
  organisationIds: string[];
  title: string;
  requestedCents: number | null;
  eligibleCostsCents: number;
  pilotStart: string | null;
  pilotEnd: string | null;
  testbedIds: string[];
  submittedAt: Date;
}

/** What funding pays from, as the revision `r` states it. */
const REVISION_MONEY = `(r.snapshot->>'requestedGrantCents')::float8 AS "requestedCents",
         coalesce((r.snapshot#>>'{totals,eligibleTotalCents}')::float8, 0) AS "eligibleCostsCents"`;

const APPLICATION_SELECT = `
  SELECT a.id, a.call_id AS "callId", a.state, a.lead_organisation_id AS "leadOrganisationId", lo.name AS "leadOrganisationName",
         ARRAY[a.lead_organisation_id::text] || coalesce((SELECT array_agg(p->>'organisationId') FROM jsonb_array_elements(r.snapshot#>'{consortium,partners}') p), '{}') AS "organisationIds",
         r.snapshot->>'title' AS title,
         ${REVISION_MONEY},
         r.snapshot#>>'{pilotPeriod,start}' AS "pilotStart", r.snapshot#>>'{pilotPeriod,end}' AS "pilotEnd",
         coalesce((SELECT array_agg(t) FROM jsonb_array_elements_text(r.snapshot->'testbedIds') t), '{}') AS "testbedIds",
         a.submitted_at AS "submittedAt"
    FROM applications a
    JOIN organisations lo ON lo.id = a.lead_organisation_id
    JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision`;

export async function loadApplication(tx: EntityManager, id: string, lock = false): Promise<FundingApplication> {
  const [row]: FundingApplication[] = await tx.query(`${APPLICATION_SELECT} WHERE a.id = $1 ${lock ? 'FOR UPDATE OF a' : ''}`, [id]);
  if (!row) throw DomainError.notFound('Application');
  return row;
}

export async function loadApplicationsOfCall(tx: EntityManager, callId: string, ids: string[]): Promise<Map<string, FundingApplication>> {
  const rows: FundingApplication[] = await tx.query(`${APPLICATION_SELECT} WHERE a.call_id = $1 AND a.id = ANY($2::uuid[])`, [callId, ids]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** An aggregated application as a ranking takes it: its aggregate, and what its latest revision asks. */
export interface RankedApplication extends Pick<FundingApplication, 'state' | 'leadOrganisationId' | 'requestedCents' | 'eligibleCostsCents' | 'submittedAt'> {
  applicationId: string;
  total: number;
  pass: boolean;
  criteria: { key: string; mean: number }[];
}

/**
 * The call's applications that take part in its ranking (in `states`, aggregated, no consensus
 * awaited), locked, with what the ranking and the proposal need of them, in one statement.
 */
export async function lockRankedApplications(tx: EntityManager, callId: string, states: readonly string[]): Promise<RankedApplication[]> {
  return tx.query(
    `SELECT ag.application_id AS "applicationId", ag.total::float8 AS total, ag.pass, ag.criteria,
            a.state, a.lead_organisation_id AS "leadOrganisationId", a.submitted_at AS "submittedAt", ${REVISION_MONEY}
       FROM application_aggregates ag
       JOIN applications a ON a.id = ag.application_id
       JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
      WHERE ag.call_id = $1 AND a.state = ANY($2::text[]) AND NOT ag.needs_consensus
      FOR UPDATE OF a`,
    [callId, states],
  );
}

/** The application as the permission matrix sees it, with its call's deciders. */
export async function applicationResource(tx: EntityManager, id: string): Promise<ApplicationResource & { callId: string }> {
  const [row]: (ApplicationResource & { callId: string })[] = await tx.query(
    `SELECT 'application' AS kind, c.city_id AS "cityId", a.call_id AS "callId", a.lead_organisation_id AS "leadOrganisationId", a.state, a.revision >= 1 AS submitted,
            coalesce((SELECT array_agg(p.organisation_id::text) FROM application_partners p WHERE p.application_id = a.id AND p.state = 'accepted'), '{}') AS "partnerOrganisationIds",
            coalesce((SELECT array_agg(p.organisation_id::text) FROM application_partners p WHERE p.application_id = a.id AND p.state = 'invited'), '{}') AS "invitedOrganisationIds",
            c.decider_ids::text[] AS "deciderIds", c.state = 'decided' AS "callDecided",
            -- Funding's actions on an application are the consortium's; evaluators play no part in them.
            '{}'::text[] AS "evaluatorIds"
       FROM applications a JOIN calls c ON c.id = a.call_id WHERE a.id = $1`,
    [id],
  );
  if (!row) throw DomainError.notFound('Application');
  return row;
}

/** Every member of the given organisations, once each. */
export async function membersOf(tx: EntityManager, organisationIds: string[]): Promise<string[]> {
  const rows: { userId: string }[] = await tx.query(`SELECT DISTINCT user_id AS "userId" FROM memberships WHERE organisation_id = ANY($1::uuid[])`, [organisationIds]);
  return rows.map((r) => r.userId);
}

/**
 * The call's submitted reviews as calibration weighs them (Σ weight × score of each review), and
 * the least-squares biases of its evaluators (domain/calibration.ts).
 */
export async function loadCalibration(tx: EntityManager, call: Pick<FundingCall, 'id' | 'criteria'>): Promise<{ calibration: Calibration; reviews: CalibrationReview[] }> {
  const rows: { evaluatorId: string; applicationId: string; scores: Record<string, { score: number | null } | undefined> }[] = await tx.query(
    `SELECT r.evaluator_id AS "evaluatorId", r.application_id AS "applicationId", r.scores
       FROM reviews r JOIN application_aggregates ag ON ag.application_id = r.application_id
      WHERE r.call_id = $1 AND r.state = 'submitted' AND r.redress_request_id IS NULL
      ORDER BY r.application_id, r.evaluator_id`,
    [call.id],
  );
  const weights = Object.fromEntries(call.criteria.map((c) => [c.key, c.weight]));
  const reviews = rows.map((r) => ({
    evaluatorId: r.evaluatorId,
    applicationId: r.applicationId,
    total: weightedReviewTotal(weights, Object.fromEntries(Object.entries(r.scores).map(([key, value]) => [key, value?.score ?? 0]))),
  }));
  return { calibration: calibrate(reviews), reviews };
}
