import { Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { claimJobOnce, EvaluationAssignPayload, EvaluationReassignPayload, HandlesJob, jobIdOf, JobHandler } from '@kokeilu/platform';
import { AssignmentNotYetError, AssignmentRunner, AssignmentRunResult } from './assignment-runner.js';

const logger = new Logger('AssignReviewersJob');

/**
 * Assigns reviewers to a closed call's applications (at close, and when a coordinator asks).
 * While any application still waits for its eligibility check the job fails with a retriable
 * error, and BullMQ's backoff brings it back; the claim rolls back with it. While an organisation
 * may still submit under an extension, the job sleeps until the extension ends. Running again only
 * fills what is missing, so a retry or a second request changes nothing that is already right.
 */
@Injectable()
@HandlesJob('evaluation.assign')
export class AssignReviewersJob implements JobHandler<'evaluation.assign'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: AssignmentRunner,
  ) {}

  async handle(payload: EvaluationAssignPayload, job: Job<EvaluationAssignPayload>): Promise<AssignmentRunResult | { ran: false; reason: string }> {
    if (typeof payload.callId !== 'string') throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)}`);
    let result: AssignmentRunResult | { ran: false; reason: string };
    try {
      result = await this.dataSource.transaction(async (tx) => {
        if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) return { ran: false as const, reason: 'already done' };
        return this.runner.run(tx, payload.callId);
      });
    } catch (error) {
      if (!(error instanceof AssignmentNotYetError)) throw error;
      // Extensions still running: come back when the last one ends, without spending an attempt.
      logger.log(`evaluation.assign ${payload.callId}: ${error.message}; again at ${error.until.toISOString()}`);
      await job.moveToDelayed(error.until.getTime() + 1000, job.token);
      throw new DelayedError();
    }
    logger.log(`evaluation.assign ${payload.callId}: ${JSON.stringify(result)}`);
    return result;
  }
}

/** Hands a declined review's application to another evaluator of the pool. */
@Injectable()
@HandlesJob('evaluation.reassign')
export class ReassignReviewJob implements JobHandler<'evaluation.reassign'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly runner: AssignmentRunner,
  ) {}

  async handle(payload: EvaluationReassignPayload, job: Job<EvaluationReassignPayload>): Promise<AssignmentRunResult | { ran: false; reason: string }> {
    if (typeof payload.reviewId !== 'string') throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)}`);
    return this.dataSource.transaction(async (tx) => {
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) return { ran: false as const, reason: 'already done' };
      const [review]: { callId: string; applicationId: string }[] = await tx.query(
        `SELECT call_id AS "callId", application_id AS "applicationId" FROM reviews WHERE id = $1`,
        [payload.reviewId],
      );
      if (!review) return { ran: false as const, reason: 'the review no longer exists' };
      return this.runner.run(tx, review.callId, { applicationIds: [review.applicationId] });
    });
  }
}
