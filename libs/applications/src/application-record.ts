import type { EntityManager } from 'typeorm';
import { type Actor, type ApplicationResource, decide, visibleApplicationState } from '@kokeilu/access';
import { DomainError } from '@kokeilu/platform';
import type { ApplicationState } from './domain/application.js';
import type { ApplicationContent, BudgetLine, BudgetTotals, Kpi } from './domain/content.js';
import type { RevisionSnapshot } from './domain/snapshot.js';

export interface PartnerView {
  organisationId: string;
  /** Null for an invited organisation that the reader may not read: an invitation names no one to the inviter. */
  name: string | null;
  state: 'invited' | 'accepted';
  /** Null only for a partner of a past revision who has since left. */
  invitedAt: Date | null;
  acceptedAt: Date | null;
}

/** One application as stored: the working copy with its consortium and its call's city. */
export interface ApplicationRecord extends ApplicationContent {
  id: string;
  callId: string;
  cityId: string | null;
  leadOrganisationId: string;
  leadOrganisationName: string;
  state: ApplicationState;
  version: number;
  revision: number;
  submittedVersion: number | null;
  totals: BudgetTotals;
  partners: PartnerView[];
  /** Evaluators holding an assigned or submitted review of it: they may read it. */
  evaluatorIds: string[];
  /** The deciders of its call. */
  deciderIds: string[];
  /** Its call's state: `decided` once the funding decision is public. */
  callState: string;
  createdBy: string;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawReason: string | null;
  /** In a two-stage call: an idea (to its first stage) or a full proposal (to the call itself); null in a one-stage call. */
  stage: 'idea' | 'full_proposal' | null;
  /** A full proposal of a two-stage call: the invited idea it started from. */
  ideaApplicationId: string | null;
  /** An invited idea: the full proposal started from it, once carried over. */
  fullProposalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** What the API answers: the record, and what the reader is looking at. */
export interface ApplicationView extends Omit<ApplicationRecord, 'evaluatorIds' | 'deciderIds' | 'callState'> {
  /**
   * `working-copy` for the consortium; `revision` for the call's coordinators, who see what was
   * submitted (the latest revision) and never unsubmitted edits.
   */
  source: 'working-copy' | 'revision';
  /** The working copy holds edits that no revision has yet. */
  unsubmittedChanges: boolean;
}

interface Row {
  id: string;
  callId: string;
  cityId: string | null;
  leadOrganisationId: string;
  leadOrganisationName: string;
  state: ApplicationState;
  version: number;
  revision: number;
  submittedVersion: number | null;
  title: string;
  summary: string | null;
  plan: string | null;
  expectedImpact: string | null;
  kpis: Kpi[];
  budgetLines: BudgetLine[];
  totalCents: number;
  eligibleTotalCents: number;
  requestedGrantCents: number | null;
  pilotStart: string | null;
  pilotEnd: string | null;
  testbedIds: string[];
  partners: PartnerView[];
  evaluatorIds: string[];
  deciderIds: string[];
  callState: string;
  createdBy: string;
  submittedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawReason: string | null;
  stage: 'idea' | 'full_proposal' | null;
  ideaApplicationId: string | null;
  fullProposalId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** bigint columns come back as float8: cents stay exact far beyond any budget (2^53). */
export const APPLICATION_SELECT = `
  SELECT a.id, a.call_id AS "callId", c.city_id AS "cityId", a.lead_organisation_id AS "leadOrganisationId",
         lo.name AS "leadOrganisationName", a.state, a.version, a.revision, a.submitted_version AS "submittedVersion",
         a.title, a.summary, a.plan, a.expected_impact AS "expectedImpact", a.kpis, a.budget_lines AS "budgetLines",
         a.total_cents::float8 AS "totalCents", a.eligible_total_cents::float8 AS "eligibleTotalCents",
         a.requested_grant_cents::float8 AS "requestedGrantCents", a.pilot_start::text AS "pilotStart", a.pilot_end::text AS "pilotEnd",
         a.testbed_ids::text[] AS "testbedIds",
         coalesce((SELECT json_agg(json_build_object('organisationId', p.organisation_id, 'name', po.name, 'state', p.state,
                                                     'invitedAt', p.invited_at, 'acceptedAt', p.accepted_at) ORDER BY p.invited_at, p.organisation_id)
                     FROM application_partners p JOIN organisations po ON po.id = p.organisation_id
                    WHERE p.application_id = a.id), '[]') AS partners,
         coalesce((SELECT array_agg(r.evaluator_id::text ORDER BY r.evaluator_id) FROM reviews r
                    WHERE r.application_id = a.id AND r.state IN ('assigned', 'submitted')), '{}') AS "evaluatorIds",
         c.decider_ids::text[] AS "deciderIds", c.state AS "callState",
         a.created_by AS "createdBy", a.submitted_at AS "submittedAt", a.withdrawn_at AS "withdrawnAt",
         a.withdraw_reason AS "withdrawReason",
         CASE WHEN c.second_stage_id IS NOT NULL THEN 'idea'
              WHEN EXISTS (SELECT 1 FROM calls fs WHERE fs.second_stage_id = c.id) THEN 'full_proposal' END AS stage,
         a.idea_application_id AS "ideaApplicationId",
         (SELECT fp.id FROM applications fp WHERE fp.idea_application_id = a.id) AS "fullProposalId",
         a.created_at AS "createdAt", a.updated_at AS "updatedAt"
    FROM applications a
    JOIN calls c ON c.id = a.call_id
    JOIN organisations lo ON lo.id = a.lead_organisation_id`;

/** The record of one `APPLICATION_SELECT` row. */
export function recordOf(row: Row): ApplicationRecord {
  const { totalCents, eligibleTotalCents, pilotStart, pilotEnd, partners, ...rest } = row;
  return {
    ...rest,
    totals: { totalCents, eligibleTotalCents },
    pilotPeriod: pilotStart && pilotEnd ? { start: pilotStart, end: pilotEnd } : null,
    // json_agg gives timestamps as text; the API answers Dates everywhere else.
    partners: partners.map((p) => ({ ...p, invitedAt: p.invitedAt ? new Date(p.invitedAt) : null, acceptedAt: p.acceptedAt ? new Date(p.acceptedAt) : null })),
  };
}

/** The application `$1`, its row locked for the rest of the transaction (edits, submits). */
export const LOCKED_APPLICATION_SQL = `${APPLICATION_SELECT} WHERE a.id = $1 FOR UPDATE OF a`;

/** Loads one application; `lock` takes the row for the rest of the transaction (edits, submits). */
export async function findApplication(tx: EntityManager, id: string, lock = false): Promise<ApplicationRecord> {
  const rows: Row[] = await tx.query(lock ? LOCKED_APPLICATION_SQL : `${APPLICATION_SELECT} WHERE a.id = $1`, [id]);
  return foundApplication(rows);
}

/** The record of the rows that looked for one application, or 404. */
export function foundApplication(rows: readonly unknown[]): ApplicationRecord {
  if (!rows[0]) throw DomainError.notFound('Application');
  return recordOf(rows[0] as Row);
}

export async function queryApplications(tx: EntityManager, where: string, params: unknown[], tail = ''): Promise<ApplicationRecord[]> {
  const rows: Row[] = await tx.query(`${APPLICATION_SELECT} WHERE ${where} ${tail}`, params);
  return rows.map(recordOf);
}

export function resourceOf(
  record: Pick<ApplicationRecord, 'cityId' | 'leadOrganisationId' | 'partners' | 'state' | 'revision' | 'evaluatorIds' | 'deciderIds' | 'callState'>,
): ApplicationResource {
  return {
    kind: 'application',
    cityId: record.cityId,
    leadOrganisationId: record.leadOrganisationId,
    partnerOrganisationIds: record.partners.filter((p) => p.state === 'accepted').map((p) => p.organisationId),
    invitedOrganisationIds: record.partners.filter((p) => p.state === 'invited').map((p) => p.organisationId),
    state: record.state,
    submitted: record.revision >= 1,
    evaluatorIds: record.evaluatorIds,
    deciderIds: record.deciderIds,
    callDecided: record.callState === 'decided',
  };
}

export function contentOf(record: ApplicationContent): ApplicationContent {
  return {
    title: record.title,
    summary: record.summary,
    plan: record.plan,
    expectedImpact: record.expectedImpact,
    kpis: record.kpis,
    budgetLines: record.budgetLines,
    requestedGrantCents: record.requestedGrantCents,
    pilotPeriod: record.pilotPeriod,
    testbedIds: record.testbedIds,
  };
}

/**
 * The record as this reader may see it: its state without a review result the reader may not
 * read yet, and an invited (not yet accepted) partner named only to those who may read that
 * organisation.
 */
export function shownTo(actor: Actor, record: ApplicationRecord): ApplicationRecord {
  return {
    ...record,
    state: visibleApplicationState(actor, resourceOf(record)) as ApplicationState,
    partners: record.partners.map((p) =>
      p.state === 'accepted' || decide(actor, 'organisation.read', { kind: 'organisation', id: p.organisationId }) === 'allow' ? p : { ...p, name: null },
    ),
  };
}

/** The working copy as the consortium sees it. */
export function workingCopyView(record: ApplicationRecord): ApplicationView {
  const { evaluatorIds: _e, deciderIds: _d, callState: _c, ...shown } = record;
  return { ...shown, source: 'working-copy', unsubmittedChanges: record.submittedVersion !== record.version };
}

/** The application with the content of its latest revision, as the call's coordinators see it. */
export function revisionView(record: ApplicationRecord, snapshot: RevisionSnapshot): ApplicationView {
  const { callId: _callId, totals, consortium, ...content } = snapshot;
  // Who evaluates and decides is not part of what the application says.
  const { evaluatorIds: _e, deciderIds: _d, callState: _c, ...shown } = record;
  return {
    ...shown,
    ...content,
    totals,
    // The consortium as submitted: partners who joined after the submission are not part of it yet.
    partners: consortium.partners.map(
      (p) => record.partners.find((q) => q.organisationId === p.organisationId) ?? { organisationId: p.organisationId, name: p.name, state: 'accepted', invitedAt: null, acceptedAt: null },
    ),
    source: 'revision',
    unsubmittedChanges: false,
  };
}

