import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { claimJobOnce, ClarificationSettlePayload, HandlesJob, jobIdOf, JobHandler, Outbox } from '@kokeilu/platform';
import { queueRankingWhenComplete } from './aggregate-application.job.js';
import { loadCall } from './funding-facts.js';

/**
 * A clarification was answered, or its answer deadline came: the ranking starts now if every
 * application is aggregated and no other clarification of the call is still open. Its ranking job
 * is named after this job, so that a ranking the clarification held back is queued again here
 * (the rank job itself refuses to make a second proposal).
 */
@Injectable()
@HandlesJob('clarification.settle')
export class SettleClarificationJob implements JobHandler<'clarification.settle'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: Outbox,
  ) {}

  async handle(payload: ClarificationSettlePayload, job: Job<ClarificationSettlePayload>): Promise<{ queued: boolean; reason?: string }> {
    const jobId = jobIdOf(job);
    return this.dataSource.transaction(async (tx) => {
      if (!(await claimJobOnce(tx, jobId, job.name))) return { queued: false, reason: 'already processed' };
      // The call row, as aggregation takes it: two settlements finishing together cannot both miss the moment.
      const call = await loadCall(tx, payload.callId, true);
      const queued = await queueRankingWhenComplete(tx, this.outbox, call, `call.rank.${call.id}.after.${jobId}`);
      return { queued };
    });
  }
}
