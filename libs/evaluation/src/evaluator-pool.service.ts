import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Audit, changedRows, DomainError, messageOf, Outbox } from '@kokeilu/platform';
import { EVALUATION_MESSAGES } from './domain/messages.js';
import { ConflictReason, EmailDomainChange, emailDomainChanges, RecordedDomains } from './domain/conflicts.js';
import { EXPERTISE_TAGS, isExpertiseTag } from './domain/expertise.js';
import { knownExpertise, nameSearchPatterns } from './domain/evaluator-search.js';
import type { UnassignableReason } from './domain/assignment.js';
import type { ReviewState } from './domain/review.js';
import { callResourceOf, findEvaluationCall } from './evaluation-facts.js';

export interface PoolEvaluator {
  userId: string;
  email: string;
  displayName: string;
  expertise: string[];
  addedAt: Date;
  /** Assigned and submitted reviews in this call. */
  load: number;
  submitted: number;
  declined: number;
}

/** A user holding the evaluator role, as a coordinator adding to a pool sees them: no e-mail address. */
export interface EvaluatorCandidate {
  userId: string;
  displayName: string;
  /** The tags earlier pools gave them (see knownExpertise). */
  expertise: string[];
  /** Already in this call's pool. */
  inPool: boolean;
}

export interface EvaluatorSearchInput {
  q?: string;
  expertise?: string;
  limit: number;
  offset: number;
}

export interface AssignmentStatus {
  callId: string;
  callState: string;
  reviewersPerApplication: number;
  evaluators: PoolEvaluator[];
  applications: {
    applicationId: string;
    title: string;
    state: string;
    reviews: { reviewId: string; evaluatorId: string; state: ReviewState; declineReason: string | null }[];
    conflicts: { evaluatorId: string; reasons: ConflictReason[] }[];
    /** Consortium organisations whose e-mail domain changed since the revision was submitted; conflicts keep the one at submission. */
    emailDomainChanges: (EmailDomainChange & { organisationName: string })[];
  }[];
  unassignable: { applicationId: string; title: string; required: number; covered: number; missing: number; reason: UnassignableReason; recordedAt: Date }[];
}

const POOL_SELECT = `
  SELECT ce.evaluator_id AS "userId", u.email, u.display_name AS "displayName", ce.expertise, ce.added_at AS "addedAt",
         count(r.id) FILTER (WHERE r.state IN ('assigned', 'submitted'))::int AS load,
         count(r.id) FILTER (WHERE r.state = 'submitted')::int AS submitted,
         count(r.id) FILTER (WHERE r.state = 'declined')::int AS declined
    FROM call_evaluators ce
    JOIN users u ON u.id = ce.evaluator_id
    LEFT JOIN reviews r ON r.call_id = ce.call_id AND r.evaluator_id = ce.evaluator_id`;

/** A call's evaluator pool and its assignment, for those who run the call. */
@Injectable()
export class EvaluatorPoolService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  async list(actor: Actor, callId: string): Promise<PoolEvaluator[]> {
    const call = await findEvaluationCall(this.dataSource.manager, callId);
    this.policy.authorize(actor, 'call.evaluators.manage', callResourceOf(call), 'Call');
    return this.dataSource.query(`${POOL_SELECT} WHERE ce.call_id = $1 GROUP BY ce.evaluator_id, u.id, ce.expertise, ce.added_at ORDER BY ce.added_at, ce.evaluator_id`, [callId]);
  }

  /**
   * Users holding the evaluator role, to add to the call's pool: by words of their name and by an
   * expertise tag earlier pools gave them, by name. Only for those who run the call; the answer
   * names each one and what they know, never their e-mail address.
   */
  async searchCandidates(actor: Actor, callId: string, input: EvaluatorSearchInput): Promise<{ items: EvaluatorCandidate[]; total: number }> {
    const call = await findEvaluationCall(this.dataSource.manager, callId);
    this.policy.authorize(actor, 'call.evaluators.search', callResourceOf(call), 'Call');
    const rows: (Omit<EvaluatorCandidate, 'expertise'> & { poolTags: string[][] | null; total: number })[] = await this.dataSource.query(
      `WITH candidates AS (
         SELECT u.id AS "userId", u.display_name AS "displayName",
                (SELECT json_agg(ce.expertise) FROM call_evaluators ce WHERE ce.evaluator_id = u.id) AS "poolTags",
                EXISTS (SELECT 1 FROM call_evaluators p WHERE p.call_id = $1 AND p.evaluator_id = u.id) AS "inPool"
           FROM users u
          WHERE EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND g.role = 'evaluator')
            AND (cardinality($2::text[]) = 0 OR lower(u.display_name) LIKE ALL ($2::text[]))
            AND ($3::text IS NULL OR EXISTS (SELECT 1 FROM call_evaluators t WHERE t.evaluator_id = u.id AND $3 = ANY (t.expertise))))
       SELECT *, count(*) OVER ()::int AS total FROM candidates ORDER BY lower("displayName"), "userId" LIMIT $4 OFFSET $5`,
      [callId, nameSearchPatterns(input.q), input.expertise ?? null, input.limit, input.offset],
    );
    let total = rows[0]?.total;
    if (total === undefined) {
      // A page past the end has no row to carry the count.
      total = input.offset === 0 ? 0 : (await this.searchCandidates(actor, callId, { ...input, offset: 0, limit: 1 })).total;
    }
    return {
      items: rows.map(({ poolTags, total: _total, ...row }) => ({ ...row, expertise: knownExpertise(poolTags ?? []) })),
      total,
    };
  }

  async add(actor: Actor, callId: string, input: { userId: string; expertise: string[] }): Promise<PoolEvaluator> {
    return this.dataSource.transaction(async (tx) => {
      const call = await findEvaluationCall(tx, callId, true);
      this.policy.authorize(actor, 'call.evaluators.manage', callResourceOf(call), 'Call');
      const problems = input.expertise.flatMap((tag, i) => (isExpertiseTag(tag) ? [] : [{ field: `expertise[${i}]`, message: `must be one of ${EXPERTISE_TAGS.join(', ')}` }]));
      if (problems.length) throw new DomainError('validation_failed', messageOf(EVALUATION_MESSAGES, 'pool.invalid_input', { fields: problems.map((p) => p.field).join(', ') }), { fields: problems });
      if (call.state === 'decided') throw DomainError.conflict(messageOf(EVALUATION_MESSAGES, 'pool.call_decided'), { state: call.state });
      const [evaluator] = await tx.query(`SELECT 1 FROM role_grants WHERE user_id = $1 AND role = 'evaluator'`, [input.userId]);
      if (!evaluator) {
        throw new DomainError('validation_failed', messageOf(EVALUATION_MESSAGES, 'pool.not_evaluator'), { fields: [{ field: 'userId', message: 'is not a user with the evaluator role' }] });
      }
      const expertise = [...new Set(input.expertise)];
      const added: unknown[] = await tx.query(
        `INSERT INTO call_evaluators (call_id, evaluator_id, expertise, added_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING call_id`,
        [callId, input.userId, expertise, actor.userId],
      );
      if (!added.length) throw DomainError.conflict(messageOf(EVALUATION_MESSAGES, 'pool.already_in_pool'), { userId: input.userId });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'call.evaluator_added',
        entityType: 'call',
        entityId: callId,
        cityId: call.cityId,
        callId,
        after: { evaluatorId: input.userId, expertise },
      });
      const [row]: PoolEvaluator[] = await tx.query(`${POOL_SELECT} WHERE ce.call_id = $1 AND ce.evaluator_id = $2 GROUP BY ce.evaluator_id, u.id, ce.expertise, ce.added_at`, [
        callId,
        input.userId,
      ]);
      return row;
    });
  }

  /**
   * Takes an evaluator out of the pool. Their unsubmitted reviews are withdrawn and handed to the
   * rest of the pool; submitted ones stay, as they count.
   */
  async remove(actor: Actor, callId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const call = await findEvaluationCall(tx, callId, true);
      this.policy.authorize(actor, 'call.evaluators.manage', callResourceOf(call), 'Call');
      const removed = await changedRows<unknown>(tx, `DELETE FROM call_evaluators WHERE call_id = $1 AND evaluator_id = $2 RETURNING call_id`, [callId, userId]);
      if (!removed.length) throw DomainError.notFound('Evaluator in the pool');
      const withdrawn = await changedRows<{ id: string }>(tx,
        `UPDATE reviews SET state = 'declined', decline_reason = 'removed from the evaluator pool', declined_at = now(), version = version + 1, updated_at = now()
          WHERE call_id = $1 AND evaluator_id = $2 AND state = 'assigned' RETURNING id`,
        [callId, userId],
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'call.evaluator_removed',
        entityType: 'call',
        entityId: callId,
        cityId: call.cityId,
        callId,
        before: { evaluatorId: userId },
        after: { withdrawnReviewIds: withdrawn.map((w) => w.id) },
      });
      for (const review of withdrawn) {
        await this.audit.record(tx, {
          actorId: actor.userId,
          action: 'review.withdrawn',
          entityType: 'review',
          entityId: review.id,
          cityId: call.cityId,
          callId,
          before: { state: 'assigned' },
          after: { state: 'declined', reason: 'removed from the evaluator pool' },
        });
      }
      if (withdrawn.length) await this.outbox.add(tx, 'evaluation.assign', { callId }, { jobId: `evaluation.assign.${callId}.${randomUUID()}` });
    });
  }

  /** A coordinator's request to assign again after late changes (pool, conflicts, extensions). */
  async requestAssignment(actor: Actor, callId: string): Promise<{ callId: string; jobId: string }> {
    return this.dataSource.transaction(async (tx) => {
      const call = await findEvaluationCall(tx, callId);
      this.policy.authorize(actor, 'call.evaluators.manage', callResourceOf(call), 'Call');
      if (call.state !== 'closed' && call.state !== 'in_evaluation') {
        throw DomainError.conflict(messageOf(EVALUATION_MESSAGES, 'pool.not_closed'), { state: call.state });
      }
      const jobId = `evaluation.assign.${callId}.${randomUUID()}`;
      await this.outbox.add(tx, 'evaluation.assign', { callId }, { jobId });
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'call.assignment_requested',
        entityType: 'call',
        entityId: callId,
        cityId: call.cityId,
        callId,
        after: { jobId },
      });
      return { callId, jobId };
    });
  }

  /** Who reviews what, the conflicts found and what the pool cannot cover: those who run the call and its deciders. */
  async status(actor: Actor, callId: string): Promise<AssignmentStatus> {
    const tx = this.dataSource.manager;
    const call = await findEvaluationCall(tx, callId);
    this.policy.authorize(actor, 'call.evaluation.read', callResourceOf(call), 'Call');
    const evaluators: PoolEvaluator[] = await tx.query(
      `${POOL_SELECT} WHERE ce.call_id = $1 GROUP BY ce.evaluator_id, u.id, ce.expertise, ce.added_at ORDER BY ce.added_at, ce.evaluator_id`,
      [callId],
    );
    const rows: (Omit<AssignmentStatus['applications'][number], 'emailDomainChanges'> & {
      recordedDomains: RecordedDomains | null;
      organisations: { id: string; name: string; emailDomain: string | null }[];
    })[] = await tx.query(
      `SELECT a.id AS "applicationId", coalesce(v.snapshot->>'title', a.title) AS title, a.state, v.email_domains AS "recordedDomains",
              coalesce((SELECT json_agg(json_build_object('id', o.id, 'name', o.name, 'emailDomain', o.email_domain) ORDER BY o.id)
                          FROM organisations o WHERE v.email_domains ? o.id::text), '[]') AS organisations,
              coalesce((SELECT json_agg(json_build_object('reviewId', r.id, 'evaluatorId', r.evaluator_id, 'state', r.state, 'declineReason', r.decline_reason)
                                        ORDER BY r.assigned_at, r.id) FROM reviews r WHERE r.application_id = a.id), '[]') AS reviews,
              coalesce((SELECT json_agg(json_build_object('evaluatorId', d.evaluator_id, 'reasons', d.reasons) ORDER BY d.evaluator_id)
                          FROM detected_conflicts d WHERE d.application_id = a.id), '[]') AS conflicts
         FROM applications a
         LEFT JOIN application_revisions v ON v.application_id = a.id AND v.number = a.revision
        WHERE a.call_id = $1 AND a.revision >= 1
        ORDER BY a.submitted_at, a.id`,
      [callId],
    );
    const applications = rows.map(({ recordedDomains, organisations, ...application }) => ({
      ...application,
      emailDomainChanges: emailDomainChanges(recordedDomains, organisations).map((c) => ({ ...c, organisationName: organisations.find((o) => o.id === c.organisationId)!.name })),
    }));
    const unassignable: AssignmentStatus['unassignable'] = await tx.query(
      `SELECT g.application_id AS "applicationId", coalesce(v.snapshot->>'title', a.title) AS title, g.required, g.covered, g.missing, g.reason, g.recorded_at AS "recordedAt"
         FROM assignment_gaps g
         JOIN applications a ON a.id = g.application_id
         LEFT JOIN application_revisions v ON v.application_id = a.id AND v.number = a.revision
        WHERE g.call_id = $1
        ORDER BY a.submitted_at, a.id`,
      [callId],
    );
    return { callId, callState: call.state, reviewersPerApplication: call.reviewersPerApplication, evaluators, applications, unassignable };
  }
}
