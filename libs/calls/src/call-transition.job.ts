import { Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { CallTransitionPayload, HandlesJob, JobHandler } from '@kokeilu/platform';
import type { JobVerdict, TimedTransition } from './domain/lifecycle.js';
import { CallTransitions } from './call-transitions.js';

const logger = new Logger('CallTransitionJob');

async function run(transitions: CallTransitions, transition: TimedTransition, payload: CallTransitionPayload, job: Job<CallTransitionPayload>): Promise<JobVerdict> {
  const at = new Date(payload.at);
  if (typeof payload.callId !== 'string' || Number.isNaN(at.getTime())) throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)}`);
  const verdict = await transitions.runJob(transition, payload.callId, at);
  if (verdict.action === 'wait') {
    // The queue's clock ran ahead of the database's: come back when the database agrees, without
    // spending an attempt.
    await job.moveToDelayed(Date.now() + verdict.ms, job.token);
    throw new DelayedError();
  }
  if (verdict.action === 'skip') logger.log(`call.${transition} ${payload.callId} at ${payload.at}: nothing to do (${verdict.reason})`);
  return verdict;
}

/** Opens a call at its opensAt; a job for a moved opensAt does nothing. */
@Injectable()
@HandlesJob('call.open')
export class OpenCallJob implements JobHandler<'call.open'> {
  constructor(private readonly transitions: CallTransitions) {}

  handle(payload: CallTransitionPayload, job: Job<CallTransitionPayload>): Promise<JobVerdict> {
    return run(this.transitions, 'open', payload, job);
  }
}

/** Closes a call at its closesAt (opening it first if that never happened); a job for a moved closesAt does nothing. */
@Injectable()
@HandlesJob('call.close')
export class CloseCallJob implements JobHandler<'call.close'> {
  constructor(private readonly transitions: CallTransitions) {}

  handle(payload: CallTransitionPayload, job: Job<CallTransitionPayload>): Promise<JobVerdict> {
    return run(this.transitions, 'close', payload, job);
  }
}
