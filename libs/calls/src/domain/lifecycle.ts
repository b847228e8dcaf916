import { type Message, messageOf } from '@kokeilu/platform';
import { CALL_MESSAGES, CALL_STATE_WORDS } from './messages.js';
import type { CallState } from './call.js';

/**
 * The life of a call: `draft → scheduled → open → closed` here; `in_evaluation` and `decided`
 * follow when evaluation starts and funding is decided. Opening and closing happen by themselves
 * at `opensAt` and `closesAt`; every time judgement takes `now` from the database clock.
 */

export interface CallTimes {
  opensAt: Date;
  closesAt: Date;
}

export interface CallTiming extends CallTimes {
  state: CallState;
}

/** A scheduled transition the queue runs: opening at opensAt, closing at closesAt. */
export type TimedTransition = 'open' | 'close';

export type PublishOutcome =
  | { ok: true; to: 'scheduled' | 'open' }
  | { ok: false; reason: 'illegal'; message: Message }
  | { ok: false; reason: 'too_late'; message: Message };

/**
 * Publishing makes a draft public: `scheduled` until opensAt, or `open` at once when opensAt has
 * passed. A call whose deadline has passed could take no application, so it is refused.
 */
export function publish(call: CallTiming, now: Date): PublishOutcome {
  if (call.state !== 'draft') return { ok: false, reason: 'illegal', message: messageOf(CALL_MESSAGES, 'call.publish.not_draft', { state: CALL_STATE_WORDS[call.state] }) };
  if (call.closesAt.getTime() <= now.getTime()) {
    return { ok: false, reason: 'too_late', message: messageOf(CALL_MESSAGES, 'call.publish.too_late') };
  }
  return { ok: true, to: call.opensAt.getTime() <= now.getTime() ? 'open' : 'scheduled' };
}

/**
 * The transitions that are due now, in order: a scheduled call whose closesAt has also passed
 * (nothing ran while both times went by) opens and then closes, so its history reads as it should.
 */
export function dueTransitions(call: CallTiming, now: Date): TimedTransition[] {
  const steps: TimedTransition[] = [];
  let state = call.state;
  if (state === 'scheduled' && now.getTime() >= call.opensAt.getTime()) {
    steps.push('open');
    state = 'open';
  }
  if (state === 'open' && now.getTime() >= call.closesAt.getTime()) steps.push('close');
  return steps;
}

export type JobVerdict =
  | { action: 'apply'; steps: TimedTransition[] }
  /** The job is out of date (its time was moved, or the transition already happened). */
  | { action: 'skip'; reason: string }
  /** Early by the database clock (the queue's clock runs ahead): try again after `ms`. */
  | { action: 'wait'; ms: number };

/**
 * What a transition job planned for `at` does to the call as it is now. Only the job for the
 * call's current time acts; a job for a moved time finds the stored time differs and does nothing.
 */
export function judgeTransitionJob(transition: TimedTransition, at: Date, call: CallTiming, now: Date): JobVerdict {
  const planned = transition === 'open' ? call.opensAt : call.closesAt;
  if (planned.getTime() !== at.getTime()) {
    return { action: 'skip', reason: `${transition === 'open' ? 'opensAt' : 'closesAt'} moved to ${planned.toISOString()}` };
  }
  const from: CallState[] = transition === 'open' ? ['scheduled'] : ['scheduled', 'open'];
  if (!from.includes(call.state)) return { action: 'skip', reason: `the call is already ${call.state}` };
  if (now.getTime() < planned.getTime()) return { action: 'wait', ms: planned.getTime() - now.getTime() };
  return { action: 'apply', steps: dueTransitions(call, now) };
}

/** The state a step leads to. */
export function stateAfter(step: TimedTransition): CallState {
  return step === 'open' ? 'open' : 'closed';
}
