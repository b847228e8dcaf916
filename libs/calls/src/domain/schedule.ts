import type { CallState } from './call.js';
import type { CallTimes, TimedTransition } from './lifecycle.js';

/** One delayed transition job to write: run `transition` at `at`. */
export interface PlannedJob {
  transition: TimedTransition;
  at: Date;
}

/**
 * The queue's id of a transition job: one per call, transition and time. Adding a job whose id
 * exists is ignored, so publishing again, relaying an outbox row twice or restarting never doubles
 * a job; a moved time makes a new id, so the new time gets its own job. (Dots, not colons: BullMQ
 * refuses colons in custom ids.)
 */
export function transitionJobId(transition: TimedTransition, callId: string, at: Date): string {
  return `call.${transition}.${callId}.${at.getTime()}`;
}

/** Jobs to write when a draft is published into `to`. An open call only needs its closing. */
export function jobsForPublish(to: 'scheduled' | 'open', times: CallTimes): PlannedJob[] {
  const close: PlannedJob = { transition: 'close', at: times.closesAt };
  return to === 'scheduled' ? [{ transition: 'open', at: times.opensAt }, close] : [close];
}

/**
 * Jobs to write when a published call's times change: a new job for each moved time that is
 * still ahead of the call. The job for the old time stays queued; when it fires it finds the
 * stored time differs and does nothing.
 */
export function jobsForChange(state: CallState, before: CallTimes, after: CallTimes): PlannedJob[] {
  const jobs: PlannedJob[] = [];
  if (state === 'scheduled' && before.opensAt.getTime() !== after.opensAt.getTime()) jobs.push({ transition: 'open', at: after.opensAt });
  if ((state === 'scheduled' || state === 'open') && before.closesAt.getTime() !== after.closesAt.getTime()) {
    jobs.push({ transition: 'close', at: after.closesAt });
  }
  return jobs;
}
