import { Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { Notifier } from '@kokeilu/notifications';
import { claimJobOnce, HandlesJob, JobHandler, Outbox, programmeText, ReviewRemindPayload } from '@kokeilu/platform';
import { judgeReminder, ReminderVerdict } from './domain/reminders.js';
import { findEvaluationCall } from './evaluation-facts.js';

const logger = new Logger('RemindReviewersJob');

/**
 * Reminds every evaluator of the call who still has reviews to submit, once per call, reminder
 * and day: the claim is the reminder's day, not the queue's job id, so a re-planned or doubled job
 * for the same day sends nothing more.
 */
@Injectable()
@HandlesJob('review.remind')
export class RemindReviewersJob implements JobHandler<'review.remind'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
  ) {}

  async handle(payload: ReviewRemindPayload, job: Job<ReviewRemindPayload>): Promise<ReminderVerdict & { reminded?: number }> {
    if (typeof payload.callId !== 'string' || !Number.isInteger(payload.daysBefore)) throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)}`);
    const result = await this.dataSource.transaction(async (tx) => {
      const call = await findEvaluationCall(tx, payload.callId);
      const [{ now }]: { now: Date }[] = await tx.query(`SELECT clock_timestamp() AS now`);
      const verdict = judgeReminder(call.id, call.state, call.reviewDeadline, payload.daysBefore, now);
      if (verdict.action === 'replan') {
        await this.outbox.add(tx, 'review.remind', payload, { jobId: verdict.jobId, runAt: verdict.at });
        return verdict;
      }
      if (verdict.action === 'skip') return verdict;
      if (!(await claimJobOnce(tx, verdict.jobId, job.name))) return { action: 'skip' as const, reason: 'already sent today' };
      const open: { evaluatorId: string; count: number }[] = await tx.query(
        `SELECT evaluator_id AS "evaluatorId", count(*)::int AS count FROM reviews WHERE call_id = $1 AND state = 'assigned' GROUP BY evaluator_id ORDER BY evaluator_id`,
        [call.id],
      );
      await this.notifier.notifyEach(
        tx,
        open.map(({ evaluatorId, count }) => ({
          userIds: [evaluatorId],
          kind: 'review.reminder' as const,
          params: { callTitle: programmeText(call.title), count, reviewDeadline: call.reviewDeadline.toISOString() },
          entity: { type: 'call', id: call.id, view: 'reviews' },
        })),
      );
      return { ...verdict, reminded: open.length };
    });
    logger.log(`review.remind ${payload.callId} (${payload.daysBefore} d): ${JSON.stringify(result)}`);
    return result;
  }
}
