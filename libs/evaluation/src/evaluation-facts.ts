import type { EntityManager } from 'typeorm';
import type { ReviewResource } from '@kokeilu/access';
import type { Criterion } from '@kokeilu/calls';
import { DomainError } from '@kokeilu/platform';
import type { ReviewState } from './domain/review.js';
import type { ScoreSheet } from './domain/scores.js';

export type CallStateName = 'draft' | 'scheduled' | 'open' | 'closed' | 'in_evaluation' | 'decided';

/** What evaluation needs to know of a call. */
export interface EvaluationCall {
  id: string;
  cityId: string | null;
  state: CallStateName;
  title: Record<string, string>;
  focusArea: string;
  reviewDeadline: Date;
  reviewersPerApplication: number;
  criteria: Criterion[];
  deciderIds: string[];
}

const CALL_COLUMNS = `id, city_id AS "cityId", state, title, focus_area AS "focusArea", review_deadline AS "reviewDeadline",
  reviewers_per_application AS "reviewersPerApplication", criteria, decider_ids::text[] AS "deciderIds"`;

/** Loads a call; `lock` serialises assignment runs (and coordinator edits) on the call's row. */
export async function findEvaluationCall(tx: EntityManager, id: string, lock = false): Promise<EvaluationCall> {
  const rows: EvaluationCall[] = await tx.query(`SELECT ${CALL_COLUMNS} FROM calls WHERE id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
  if (!rows[0]) throw DomainError.notFound('Call');
  return rows[0];
}

export function callResourceOf(call: Pick<EvaluationCall, 'cityId' | 'state' | 'deciderIds'>) {
  return { kind: 'call' as const, cityId: call.cityId, state: call.state, deciderIds: call.deciderIds };
}

/** One review as stored, with what the permission matrix needs of its call. */
export interface ReviewRecord {
  id: string;
  callId: string;
  applicationId: string;
  revisionId: string;
  revisionNumber: number;
  evaluatorId: string;
  state: ReviewState;
  scores: ScoreSheet;
  declineReason: string | null;
  assignedAt: Date;
  submittedAt: Date | null;
  declinedAt: Date | null;
  version: number;
  updatedAt: Date;
  cityId: string | null;
  deciderIds: string[];
}

export const REVIEW_SELECT = `
  SELECT r.id, r.call_id AS "callId", r.application_id AS "applicationId", r.revision_id AS "revisionId", v.number AS "revisionNumber",
         r.evaluator_id AS "evaluatorId", r.state, r.scores, r.decline_reason AS "declineReason", r.assigned_at AS "assignedAt",
         r.submitted_at AS "submittedAt", r.declined_at AS "declinedAt", r.version, r.updated_at AS "updatedAt",
         c.city_id AS "cityId", c.decider_ids::text[] AS "deciderIds"
    FROM reviews r
    JOIN calls c ON c.id = r.call_id
    JOIN application_revisions v ON v.id = r.revision_id`;

export async function findReview(tx: EntityManager, id: string, lock = false): Promise<ReviewRecord> {
  const rows: ReviewRecord[] = await tx.query(`${REVIEW_SELECT} WHERE r.id = $1 ${lock ? 'FOR UPDATE OF r' : ''}`, [id]);
  if (!rows[0]) throw DomainError.notFound('Review');
  return rows[0];
}

/** A review and its call in one read, for a change that needs both (a draft save). */
export async function findReviewWithCall(tx: EntityManager, id: string): Promise<{ record: ReviewRecord; call: EvaluationCall }> {
  const rows: (ReviewRecord & { call: Omit<EvaluationCall, 'reviewDeadline'> & { reviewDeadline: string } })[] = await tx.query(
    `SELECT rv.*, to_jsonb(ec) AS call
       FROM (${REVIEW_SELECT} WHERE r.id = $1) rv,
            LATERAL (SELECT ${CALL_COLUMNS} FROM calls WHERE calls.id = rv."callId") ec`,
    [id],
  );
  if (!rows[0]) throw DomainError.notFound('Review');
  const { call, ...record } = rows[0];
  return { record, call: { ...call, reviewDeadline: new Date(call.reviewDeadline) } };
}

export function reviewResourceOf(review: Pick<ReviewRecord, 'evaluatorId' | 'cityId' | 'state' | 'deciderIds'>): ReviewResource {
  return { kind: 'review', evaluatorId: review.evaluatorId, cityId: review.cityId, state: review.state, deciderIds: review.deciderIds };
}

