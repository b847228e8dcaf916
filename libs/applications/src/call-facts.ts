import type { EntityManager } from 'typeorm';
import { DomainError } from '@kokeilu/platform';
import { consortiumOf, type ConsortiumRow, consortiumRowsSql, type Consortium } from './consortium.js';
import type { CallStateName } from './domain/deadline.js';
import type { CallEligibilitySettings, CallRuleInput } from './domain/eligibility/evaluate.js';

/** What applications need to know of their call: its city, its clock and its rules. */
export interface CallFacts extends CallRuleInput {
  id: string;
  cityId: string | null;
  state: CallStateName;
  opensAt: Date;
  closesAt: Date;
  title: Record<string, string>;
  eligibility: CallEligibilitySettings | null;
  deciderIds: string[];
  /** The test beds the call links; empty when it links none. */
  testbedIds: string[];
  /** The second stage of a two-stage call: its applications are created by invitations only. */
  hasFirstStage: boolean;
}

const CALL_COLUMNS = `id, city_id AS "cityId", state, opens_at AS "opensAt", closes_at AS "closesAt", title, eligibility,
  max_grant_cents::float8 AS "maxGrantCents", funding_rate_percent::float8 AS "fundingRatePercent",
  duration_min_months AS "durationMinMonths", duration_max_months AS "durationMaxMonths", required_fields AS "requiredFields",
  decider_ids::text[] AS "deciderIds", testbed_ids::text[] AS "testbedIds",
  EXISTS (SELECT 1 FROM calls f WHERE f.second_stage_id = calls.id) AS "hasFirstStage"`;

export async function findCall(tx: EntityManager, id: string): Promise<CallFacts> {
  const rows: CallFacts[] = await tx.query(`SELECT ${CALL_COLUMNS} FROM calls WHERE id = $1`, [id]);
  if (!rows[0]) throw DomainError.notFound('Call');
  return rows[0];
}

export interface SubmissionMoment {
  call: CallFacts;
  /** The organisation's extension in this call, if it has one. */
  extension: { id: string; deadline: Date } | null;
  /** The database clock, read once the call row is locked. */
  now: Date;
  /** The application's consortium as it is now, what the submission freezes. */
  consortium: Consortium;
}

type SubmissionMomentRow = CallFacts & { extensionId: string | null; extensionDeadline: Date | null; now: Date; consortium: ConsortiumRow[] };

/**
 * Everything a submission of the application `$1` is judged by, in one statement that follows the
 * one locking the application row (so it reads the consortium as it is once that lock is held):
 * the call row share-locked (the closing job and coordinator edits take it FOR UPDATE, so neither
 * can change state or deadline until the submitting transaction ends), the lead organisation's
 * extension, the database clock read after the lock is held, not at transaction start, and the
 * application's consortium.
 */
export const SUBMISSION_MOMENT_SQL = `WITH a AS (SELECT call_id, lead_organisation_id FROM applications WHERE id = $1),
     c AS (SELECT ${CALL_COLUMNS} FROM calls WHERE id = (SELECT call_id FROM a) FOR SHARE)
SELECT c.*, e.id AS "extensionId", e.deadline AS "extensionDeadline", clock_timestamp() AS now,
       (SELECT coalesce(json_agg(o ORDER BY o."organisationId"), '[]')
          FROM (${consortiumRowsSql('$1::uuid', '(SELECT lead_organisation_id FROM a)')}) o) AS consortium
  FROM c LEFT JOIN call_extensions e ON e.call_id = c.id AND e.organisation_id = (SELECT lead_organisation_id FROM a)`;

/** The moment of `SUBMISSION_MOMENT_SQL`'s rows. */
export function submissionMomentOf(rows: readonly unknown[], applicationId: string, organisationId: string): SubmissionMoment {
  const row = rows[0] as SubmissionMomentRow | undefined;
  if (!row) throw DomainError.notFound('Call');
  const { extensionId, extensionDeadline, now, consortium, ...call } = row;
  return {
    call,
    extension: extensionId && extensionDeadline ? { id: extensionId, deadline: extensionDeadline } : null,
    now,
    consortium: consortiumOf(consortium, applicationId, organisationId),
  };
}

/** The call as the permission matrix sees it. */
export function callResource(call: Pick<CallFacts, 'cityId' | 'state' | 'deciderIds'>): { kind: 'call'; cityId: string | null; state: CallStateName; deciderIds: string[] } {
  return { kind: 'call', cityId: call.cityId, state: call.state, deciderIds: call.deciderIds };
}

/** The database's clock, read now (not at transaction start), for deadline decisions. */
export async function databaseNow(tx: EntityManager): Promise<Date> {
  const [{ now }]: { now: Date }[] = await tx.query(`SELECT clock_timestamp() AS now`);
  return now;
}

/** Every member of the given organisations, once each: who hears about an application. */
export async function membersOf(tx: EntityManager, organisationIds: string[], role?: 'owner'): Promise<string[]> {
  const rows: { userId: string }[] = await tx.query(
    `SELECT DISTINCT user_id AS "userId" FROM memberships WHERE organisation_id = ANY($1::uuid[]) AND ($2::text IS NULL OR role = $2)`,
    [organisationIds, role ?? null],
  );
  return rows.map((r) => r.userId);
}
