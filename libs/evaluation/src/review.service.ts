import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { findApplication, resourceOf, RevisionSnapshot } from '@kokeilu/applications';
import type { Criterion } from '@kokeilu/calls';
import { Audit, auditInsert, changedRows, DomainError, messageOf, Outbox } from '@kokeilu/platform';
import { EVALUATION_MESSAGES } from './domain/messages.js';
import { declineReview, ReviewState, reviewsComplete, saveDraft, submitReview, visibleReviews } from './domain/review.js';
import { applyScores, sheetOf } from './domain/scores.js';
import { callResourceOf, findEvaluationCall, findReview, findReviewWithCall, REVIEW_SELECT, ReviewRecord, reviewResourceOf } from './evaluation-facts.js';

/** A review as the API answers it; `scores` lists every criterion of the call. */
export type ReviewView = Omit<ReviewRecord, 'revisionId' | 'cityId' | 'deciderIds'>;

/** One review with what its evaluator reads: the revision it pins and the call's criteria. */
export interface ReviewDetail extends ReviewView {
  call: { id: string; title: Record<string, string>; reviewDeadline: Date; criteria: Criterion[] };
  revision: { id: string; number: number; submittedAt: Date; snapshot: RevisionSnapshot };
}

/** An evaluator's assignment in a list. */
export interface AssignmentItem {
  id: string;
  callId: string;
  callTitle: Record<string, string>;
  reviewDeadline: Date;
  applicationId: string;
  applicationTitle: string;
  revisionNumber: number;
  state: ReviewState;
  assignedAt: Date;
  submittedAt: Date | null;
  version: number;
}

/** The redress request a review re-evaluates for; null for a review of the call's own evaluation. */
async function redressRequestOf(tx: EntityManager, reviewId: string): Promise<string | null> {
  const [row]: { redressRequestId: string | null }[] = await tx.query(`SELECT redress_request_id AS "redressRequestId" FROM reviews WHERE id = $1`, [reviewId]);
  return row?.redressRequestId ?? null;
}

function viewOf(record: ReviewRecord, criteria: readonly Criterion[]): ReviewView {
  return {
    id: record.id,
    callId: record.callId,
    applicationId: record.applicationId,
    evaluatorId: record.evaluatorId,
    state: record.state,
    scores: sheetOf(criteria, record.scores),
    declineReason: record.declineReason,
    assignedAt: record.assignedAt,
    submittedAt: record.submittedAt,
    declinedAt: record.declinedAt,
    version: record.version,
    updatedAt: record.updatedAt,
    revisionNumber: record.revisionNumber,
  };
}

/**
 * Reviews (DOMAIN.md rule 4): the evaluator reads the revision pinned at assignment, saves drafts
 * with optimistic versions, submits once every criterion is scored (then the review is final, by
 * the database too), or declines with a reason, which hands the application to someone else.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  async listMine(actor: Actor, filter: { state?: ReviewState; callId?: string }, limit: number, offset: number): Promise<{ items: AssignmentItem[]; total: number }> {
    const where = `r.evaluator_id = $1 AND ($2::text IS NULL OR r.state = $2) AND ($3::uuid IS NULL OR r.call_id = $3)`;
    const params = [actor.userId, filter.state ?? null, filter.callId ?? null];
    const items: AssignmentItem[] = await this.dataSource.query(
      `SELECT r.id, r.call_id AS "callId", c.title AS "callTitle", c.review_deadline AS "reviewDeadline", r.application_id AS "applicationId",
              v.snapshot->>'title' AS "applicationTitle", v.number AS "revisionNumber", r.state, r.assigned_at AS "assignedAt",
              r.submitted_at AS "submittedAt", r.version
         FROM reviews r JOIN calls c ON c.id = r.call_id JOIN application_revisions v ON v.id = r.revision_id
        WHERE ${where}
        ORDER BY r.assigned_at DESC, r.id LIMIT $4 OFFSET $5`,
      [...params, limit, offset],
    );
    const [{ total }]: { total: number }[] = await this.dataSource.query(`SELECT count(*)::int AS total FROM reviews r WHERE ${where}`, params);
    return { items, total };
  }

  async get(actor: Actor, id: string): Promise<ReviewDetail> {
    const tx = this.dataSource.manager;
    const record = await findReview(tx, id);
    this.policy.authorize(actor, 'review.read', reviewResourceOf(record), 'Review');
    return this.detailOf(tx, record);
  }

  /**
   * A draft of the scores, saved without a transaction or a row lock: the one statement that writes
   * it and its audit event changes the review only while it is still assigned and at the version
   * that was checked, so a save that lost a race (to another save, a submit or a decline) is refused
   * as it would have been after waiting for a lock.
   */
  async save(actor: Actor, id: string, version: number, scores: unknown): Promise<ReviewDetail> {
    const db = this.dataSource.manager;
    const { record, call } = await findReviewWithCall(db, id);
    this.policy.authorize(actor, 'review.write', reviewResourceOf(record), 'Review');
    this.assertSavable(record, version, call.criteria);
    const result = applyScores(call.criteria, record.scores, scores);
    if (!result.ok) {
      throw new DomainError('validation_failed', messageOf(EVALUATION_MESSAGES, 'review.invalid_scores', { fields: result.problems.map((p) => p.field).join(', ') }), { fields: result.problems });
    }
    const audit = auditInsert(
      {
        actorId: actor.userId,
        action: 'review.saved',
        entityType: 'review',
        entityId: id,
        cityId: record.cityId,
        callId: record.callId,
        before: { version },
        after: { version: version + 1 },
      },
      5,
      'changed',
    );
    const [saved]: { version: number; updatedAt: Date; revisionNumber: number; submittedAt: Date; snapshot: RevisionSnapshot }[] = await db.query(
      `WITH changed AS (
         UPDATE reviews SET scores = $2, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $3 AND state = 'assigned'
          RETURNING version, updated_at
       ), audited AS (${audit.sql})
       SELECT c.version, c.updated_at AS "updatedAt", v.number AS "revisionNumber", v.submitted_at AS "submittedAt", v.snapshot
         FROM changed c JOIN application_revisions v ON v.id = $4`,
      [id, JSON.stringify(result.scores), version, record.revisionId, ...audit.params],
    );
    if (!saved) {
      // Saved, submitted or declined since the read: answer as the checks above now would.
      const current = await findReview(db, id);
      this.assertSavable(current, version, call.criteria);
      throw DomainError.conflict(messageOf(EVALUATION_MESSAGES, 'review.stale_version', { version, current: current.version }), { currentVersion: current.version });
    }
    return {
      ...viewOf({ ...record, version: saved.version, updatedAt: saved.updatedAt, scores: result.scores }, call.criteria),
      call: { id: call.id, title: call.title, reviewDeadline: call.reviewDeadline, criteria: call.criteria },
      revision: { id: record.revisionId, number: saved.revisionNumber, submittedAt: saved.submittedAt, snapshot: saved.snapshot },
    };
  }

  private assertSavable(record: ReviewRecord, version: number, criteria: readonly Criterion[]): void {
    const step = saveDraft(record.state);
    if (!step.ok) throw DomainError.conflict(step.message, { state: record.state });
    if (record.version !== version) {
      throw new DomainError('stale_version', messageOf(EVALUATION_MESSAGES, 'review.stale_version', { version, current: record.version }), {
        currentVersion: record.version,
        current: viewOf(record, criteria),
      });
    }
  }

  async submit(actor: Actor, id: string, version: number): Promise<ReviewDetail> {
    return this.dataSource.transaction(async (tx) => {
      // The reviews of one application are submitted one after another, on its row (taken before
      // the review's, as aggregation takes it), so that the last of them sees all the others.
      await tx.query(`SELECT 1 FROM applications WHERE id = (SELECT application_id FROM reviews WHERE id = $1) FOR NO KEY UPDATE`, [id]);
      const record = await this.writable(tx, actor, id);
      const call = await findEvaluationCall(tx, record.callId);
      if (record.state === 'assigned') await this.checkVersion(tx, record, version, call.criteria);
      const step = submitReview(record.state, call.criteria, record.scores);
      if (!step.ok) {
        if (step.problems) throw new DomainError('rule_violation', step.message, { fields: step.problems });
        throw DomainError.conflict(step.message, { state: record.state });
      }
      const [after] = await changedRows<{ version: number; submittedAt: Date }>(tx,
        `UPDATE reviews SET state = 'submitted', submitted_at = now(), version = version + 1, updated_at = now() WHERE id = $1
         RETURNING version, submitted_at AS "submittedAt"`,
        [id],
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'review.submitted',
        entityType: 'review',
        entityId: id,
        cityId: record.cityId,
        callId: record.callId,
        before: { state: 'assigned', version: record.version },
        after: { state: 'submitted', version: after.version, submittedAt: after.submittedAt, scores: sheetOf(call.criteria, record.scores) },
      });
      // Aggregation is asked for once the application's reviews are all in (and at every later submit).
      const [{ submitted }]: { submitted: number }[] = await tx.query(
        `SELECT count(*) FILTER (WHERE state = 'submitted')::int AS submitted FROM reviews WHERE application_id = $1`,
        [record.applicationId],
      );
      if (reviewsComplete(submitted, call.reviewersPerApplication)) {
        await this.outbox.add(tx, 'application.aggregate', { applicationIds: [record.applicationId] }, { jobId: `application.aggregate.${id}` });
      }
      // A re-evaluation review of a redress request: the request concludes once all of them are in.
      const redressId = await redressRequestOf(tx, id);
      if (redressId) await this.outbox.add(tx, 'redress.conclude', { requestId: redressId }, { jobId: `redress.conclude.${id}` });
      return this.detailOf(tx, await findReview(tx, id));
    });
  }

  async decline(actor: Actor, id: string, reason: string): Promise<ReviewDetail> {
    return this.dataSource.transaction(async (tx) => {
      const record = await this.writable(tx, actor, id);
      const step = declineReview(record.state, reason);
      if (!step.ok) {
        if (step.problems) throw new DomainError('validation_failed', step.message, { fields: step.problems });
        throw DomainError.conflict(step.message, { state: record.state });
      }
      const [after] = await changedRows<{ version: number }>(tx,
        `UPDATE reviews SET state = 'declined', decline_reason = $2, declined_at = now(), version = version + 1, updated_at = now() WHERE id = $1 RETURNING version`,
        [id, reason.trim()],
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'review.declined',
        entityType: 'review',
        entityId: id,
        cityId: record.cityId,
        callId: record.callId,
        before: { state: record.state, version: record.version },
        after: { state: 'declined', version: after.version, reason: reason.trim() },
      });
      // A declined re-evaluation review of a redress request is replaced by the redress job, with someone new.
      const redressId = await redressRequestOf(tx, id);
      if (redressId) await this.outbox.add(tx, 'redress.reevaluate', { requestId: redressId }, { jobId: `redress.reevaluate.${id}` });
      else await this.outbox.add(tx, 'evaluation.reassign', { reviewId: id }, { jobId: `evaluation.reassign.${id}` });
      return this.detailOf(tx, await findReview(tx, id));
    });
  }

  /**
   * The reviews of one application the reader may see: an evaluator their own, and the other
   * submitted ones once theirs is submitted; those who run the call and its deciders the submitted
   * ones. Anyone else who may read the application (its consortium) is refused; strangers get 404.
   */
  async forApplication(actor: Actor, applicationId: string): Promise<ReviewView[]> {
    const tx = this.dataSource.manager;
    const application = await findApplication(tx, applicationId);
    this.policy.authorize(actor, 'application.read', resourceOf(application), 'Application');
    const call = await findEvaluationCall(tx, application.callId);
    const runsOrDecides = this.policy.allows(actor, 'call.evaluation.read', callResourceOf(call));
    const records: ReviewRecord[] = await tx.query(`${REVIEW_SELECT} WHERE r.application_id = $1 ORDER BY r.assigned_at, r.id`, [applicationId]);
    const reviewer = records.some((r) => r.evaluatorId === actor.userId && r.state !== 'declined');
    if (!runsOrDecides && !reviewer) throw DomainError.forbidden(messageOf(EVALUATION_MESSAGES, 'review.not_readable'));
    return visibleReviews({ userId: actor.userId, runsOrDecides }, records).map((r) => viewOf(r, call.criteria));
  }

  /** The review locked for a change by its evaluator; anyone else is refused (or does not learn of it). */
  private async writable(tx: EntityManager, actor: Actor, id: string): Promise<ReviewRecord> {
    const record = await findReview(tx, id, true);
    this.policy.authorize(actor, 'review.write', reviewResourceOf(record), 'Review');
    return record;
  }

  private async checkVersion(tx: EntityManager, record: ReviewRecord, version: number, criteria: readonly Criterion[]): Promise<void> {
    if (record.version === version) return;
    throw new DomainError('stale_version', messageOf(EVALUATION_MESSAGES, 'review.stale_version', { version, current: record.version }), {
      currentVersion: record.version,
      current: viewOf(record, criteria),
    });
  }

  private async detailOf(tx: EntityManager, record: ReviewRecord): Promise<ReviewDetail> {
    const call = await findEvaluationCall(tx, record.callId);
    const [revision]: { id: string; number: number; submittedAt: Date; snapshot: RevisionSnapshot }[] = await tx.query(
      `SELECT id, number, submitted_at AS "submittedAt", snapshot FROM application_revisions WHERE id = $1`,
      [record.revisionId],
    );
    return {
      ...viewOf(record, call.criteria),
      call: { id: call.id, title: call.title, reviewDeadline: call.reviewDeadline, criteria: call.criteria },
      revision,
    };
  }
}
