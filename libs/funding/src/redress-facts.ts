import type { EntityManager } from 'typeorm';
import type { RedressResource } from '@kokeilu/access';
import { type ConflictReason, detectConflicts } from '@kokeilu/evaluation';
import { DomainError } from '@kokeilu/platform';
import type { RedressOutcome, RedressRemedy, RedressResult, RedressState } from './domain/redress.js';

/** What an upheld request's re-evaluation recorded. */
export interface ReEvaluation {
  /** Days the new evaluators have, from the outcome. */
  deadline: string;
  /** How many evaluators the call's pool lacked at the last assignment (0: none). */
  shortage: number;
  total?: number;
  pass?: boolean;
  criteria?: { key: string; mean: number; threshold: number | null; pass: boolean }[];
  rank?: number | null;
  aboveLine?: boolean;
}

export interface RedressRecord {
  id: string;
  applicationId: string;
  callId: string;
  cityId: string | null;
  state: RedressState;
  grounds: string;
  requestedBy: string;
  requestedAt: Date;
  reviewerId: string | null;
  reviewerName: string | null;
  appointedAt: Date | null;
  outcome: RedressOutcome | null;
  outcomeReasons: string | null;
  outcomeAt: Date | null;
  reEvaluation: ReEvaluation | null;
  result: RedressResult | null;
  resultGrantCents: number | null;
  concludedAt: Date | null;
  leadOrganisationId: string;
  leadOrganisationName: string;
  partnerOrganisationIds: string[];
  applicationTitle: string;
  callTitle: Record<string, string>;
  reviewsAssigned: number;
  reviewsSubmitted: number;
}

export const REDRESS_SELECT = `
  SELECT q.id, q.application_id AS "applicationId", q.call_id AS "callId", c.city_id AS "cityId", q.state, q.grounds,
         q.requested_by AS "requestedBy", q.requested_at AS "requestedAt", q.reviewer_id AS "reviewerId", ru.display_name AS "reviewerName",
         q.appointed_at AS "appointedAt", q.outcome, q.outcome_reasons AS "outcomeReasons", q.outcome_at AS "outcomeAt",
         q.re_evaluation AS "reEvaluation", q.result, q.result_grant_cents::float8 AS "resultGrantCents", q.concluded_at AS "concludedAt",
         a.lead_organisation_id AS "leadOrganisationId", lo.name AS "leadOrganisationName",
         coalesce((SELECT array_agg(p.organisation_id::text) FROM application_partners p WHERE p.application_id = a.id AND p.state = 'accepted'), '{}') AS "partnerOrganisationIds",
         coalesce(v.snapshot->>'title', a.title) AS "applicationTitle", c.title AS "callTitle",
         (SELECT count(*)::int FROM reviews r WHERE r.redress_request_id = q.id AND r.state <> 'declined') AS "reviewsAssigned",
         (SELECT count(*)::int FROM reviews r WHERE r.redress_request_id = q.id AND r.state = 'submitted') AS "reviewsSubmitted"
    FROM redress_requests q
    JOIN applications a ON a.id = q.application_id
    JOIN organisations lo ON lo.id = a.lead_organisation_id
    JOIN calls c ON c.id = q.call_id
    LEFT JOIN application_revisions v ON v.application_id = a.id AND v.number = a.revision
    LEFT JOIN users ru ON ru.id = q.reviewer_id`;

export async function findRedress(tx: EntityManager, id: string, lock = false): Promise<RedressRecord> {
  if (lock) await tx.query(`SELECT id FROM redress_requests WHERE id = $1 FOR UPDATE`, [id]);
  const [row]: RedressRecord[] = await tx.query(`${REDRESS_SELECT} WHERE q.id = $1`, [id]);
  if (!row) throw DomainError.notFound('Redress request');
  return row;
}

export function redressResource(record: Pick<RedressRecord, 'cityId' | 'leadOrganisationId' | 'partnerOrganisationIds' | 'reviewerId'>): RedressResource {
  return { kind: 'redress', cityId: record.cityId, leadOrganisationId: record.leadOrganisationId, partnerOrganisationIds: record.partnerOrganisationIds, reviewerId: record.reviewerId };
}

export interface RedressSetting {
  remedy: RedressRemedy;
  reserveCents: number;
}

export async function redressSetting(tx: EntityManager, callId: string): Promise<RedressSetting & { reserveCommittedCents: number }> {
  const [row]: (RedressSetting & { reserveCommittedCents: number })[] = await tx.query(
    `SELECT c.redress_remedy AS remedy, c.redress_reserve_cents::float8 AS "reserveCents", coalesce(b.reserve_committed_cents, 0)::float8 AS "reserveCommittedCents"
       FROM calls c LEFT JOIN call_budgets b ON b.call_id = c.id WHERE c.id = $1`,
    [callId],
  );
  if (!row) throw DomainError.notFound('Call');
  return row;
}

/**
 * Rule 3's conflicts of interest between users and one application: membership, e-mail domain and
 * declared conflicts, judged on the consortium of its latest revision.
 */
export async function conflictsWith(tx: EntityManager, applicationId: string, userIds: string[]): Promise<Map<string, ConflictReason[]>> {
  if (!userIds.length) return new Map();
  const [application]: { callId: string; organisations: { id: string; name: string; emailDomain: string | null }[] }[] = await tx.query(
    `SELECT a.call_id AS "callId",
            (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'emailDomain', o.email_domain)), '[]')
               FROM organisations o
              WHERE o.id = a.lead_organisation_id
                 OR o.id::text IN (SELECT jsonb_array_elements(v.snapshot#>'{consortium,partners}')->>'organisationId')
                 OR o.id IN (SELECT p.organisation_id FROM application_partners p WHERE p.application_id = a.id AND p.state = 'accepted')) AS organisations
       FROM applications a JOIN application_revisions v ON v.application_id = a.id AND v.number = a.revision
      WHERE a.id = $1`,
    [applicationId],
  );
  if (!application) throw DomainError.notFound('Application');
  const users: { userId: string; email: string; organisationIds: string[]; declared: { organisationId: string | null; applicationId: string | null; reason: string }[] }[] = await tx.query(
    `SELECT u.id AS "userId", u.email,
            coalesce((SELECT array_agg(m.organisation_id::text) FROM memberships m WHERE m.user_id = u.id), '{}') AS "organisationIds",
            coalesce((SELECT json_agg(json_build_object('organisationId', d.organisation_id, 'applicationId', d.application_id, 'reason', d.reason))
                        FROM declared_conflicts d WHERE d.evaluator_id = u.id), '[]') AS declared
       FROM users u WHERE u.id = ANY($1::uuid[])`,
    [userIds],
  );
  return new Map(users.map((u) => [u.userId, detectConflicts(u, { id: applicationId, callId: application.callId, organisations: application.organisations })]));
}
