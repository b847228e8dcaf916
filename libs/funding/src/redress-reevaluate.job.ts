import { Injectable } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { callRunnerIds, Notifier } from '@kokeilu/notifications';
import { Audit, HandlesJob, isUuid, JobHandler, programmeText, RedressPayload } from '@kokeilu/platform';
import { pickReEvaluators } from './domain/redress.js';
import { loadCall } from './funding-facts.js';
import { conflictsWith, findRedress, type ReEvaluation } from './redress-facts.js';

/**
 * An upheld redress request's re-evaluation: the application gets new evaluators from the call's
 * pool until it has the call's reviewers per application (never one who reviewed, was assigned or
 * declined it before, nor one with a conflict), each reviewing its latest revision. Fills only
 * what is missing, so a repeat changes nothing and a declined review is replaced by the next run.
 */
@Injectable()
@HandlesJob('redress.reevaluate')
export class RedressReEvaluateJob implements JobHandler<'redress.reevaluate'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  async handle(payload: RedressPayload): Promise<{ assigned: string[]; shortage?: number; skipped?: string }> {
    if (!isUuid(payload?.requestId)) throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)}`);
    return this.dataSource.transaction(async (tx) => {
      const record = await findRedress(tx, payload.requestId, true);
      if (record.state !== 're_evaluating') return { assigned: [], skipped: `request is ${record.state}` };
      const call = await loadCall(tx, record.callId);
      const [{ active }]: { active: number }[] = await tx.query(
        `SELECT count(*)::int AS active FROM reviews WHERE redress_request_id = $1 AND state <> 'declined'`,
        [record.id],
      );
      const missing = call.reviewersPerApplication - active;
      if (missing <= 0) return { assigned: [], skipped: 'every re-evaluation review is assigned' };
      const pool: { userId: string; load: number }[] = await tx.query(
        `SELECT ce.evaluator_id AS "userId", (SELECT count(*)::int FROM reviews r WHERE r.evaluator_id = ce.evaluator_id AND r.state = 'assigned') AS load
           FROM call_evaluators ce
          WHERE ce.call_id = $1 AND EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = ce.evaluator_id AND g.role = 'evaluator')`,
        [call.id],
      );
      const before: { evaluatorId: string }[] = await tx.query(`SELECT evaluator_id AS "evaluatorId" FROM reviews WHERE application_id = $1`, [record.applicationId]);
      const conflicts = await conflictsWith(
        tx,
        record.applicationId,
        pool.map((p) => p.userId),
      );
      const excluded = new Set([...before.map((b) => b.evaluatorId), ...[...conflicts].filter(([, reasons]) => reasons.length).map(([id]) => id), ...(record.reviewerId ? [record.reviewerId] : [])]);
      const picked = pickReEvaluators(pool, excluded, missing);
      const evaluatorIds = picked.ok ? picked.evaluatorIds : pool.filter((p) => !excluded.has(p.userId)).map((p) => p.userId);
      const shortage = picked.ok ? 0 : missing - picked.available;
      const reEvaluation: ReEvaluation = { ...(record.reEvaluation as ReEvaluation), shortage };
      await tx.query(`UPDATE redress_requests SET re_evaluation = $2, updated_at = now() WHERE id = $1`, [record.id, JSON.stringify(reEvaluation)]);
      if (evaluatorIds.length) {
        await tx.query(
          `INSERT INTO reviews (call_id, application_id, revision_id, evaluator_id, redress_request_id)
           SELECT a.call_id, a.id, v.id, e.id, $3
             FROM applications a JOIN application_revisions v ON v.application_id = a.id AND v.number = a.revision, unnest($2::uuid[]) AS e(id)
            WHERE a.id = $1`,
          [record.applicationId, evaluatorIds, record.id],
        );
        await this.notifier.notify(tx, {
          userIds: evaluatorIds,
          kind: 'review.assigned',
          params: { callTitle: programmeText(record.callTitle), count: 1, reviewDeadline: reEvaluation.deadline },
          entity: { type: 'call', id: call.id, view: 'reviews' },
        });
      }
      await this.audit.record(tx, {
        actorId: null,
        action: 'redress.re_evaluation_assigned',
        entityType: 'redress',
        entityId: record.id,
        cityId: record.cityId,
        callId: record.callId,
        after: { applicationId: record.applicationId, evaluatorIds, shortage },
      });
      if (shortage > 0) {
        // The call's coordinators add evaluators to the pool and assign again from the redress desk.
        await this.notifier.notify(tx, {
          userIds: await callRunnerIds(tx, record.cityId),
          kind: 'evaluation.assigned',
          params: { callTitle: programmeText(record.callTitle), applications: 1, reviews: evaluatorIds.length, unassignable: 1, reviewDeadline: reEvaluation.deadline },
          entity: { type: 'call', id: call.id, view: 'redress' },
        });
      }
      return { assigned: evaluatorIds, ...(shortage ? { shortage } : {}) };
    });
  }
}
