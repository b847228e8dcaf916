/**
 * Whether a call's reviewers can be assigned now. Evaluation starts once the call has closed, no
 * organisation may still submit under a deadline extension, every submitted application has had
 * its eligibility check, and the call has an evaluator pool to draw from.
 */
export interface ReadinessFacts {
  callState: string;
  /** Applications of the call still in `submitted` (eligibility check pending). */
  pendingEligibility: number;
  /** The latest extension deadline of the call, if any. */
  latestExtension: Date | null;
  poolSize: number;
  now: Date;
}

export type Readiness =
  | { action: 'run' }
  /** Nothing to do: the job ends quietly. */
  | { action: 'skip'; reason: string }
  /** Come back at `until` without spending an attempt. */
  | { action: 'wait'; until: Date; reason: string }
  /** Fail this attempt, so the queue retries with its backoff. */
  | { action: 'retry'; reason: string };

export function assignmentReadiness(facts: ReadinessFacts): Readiness {
  const { callState, now } = facts;
  if (callState !== 'closed' && callState !== 'in_evaluation') return { action: 'skip', reason: `the call is ${callState.replace(/_/g, ' ')}` };
  if (callState === 'closed' && facts.latestExtension && facts.latestExtension.getTime() > now.getTime()) {
    return { action: 'wait', until: facts.latestExtension, reason: 'an organisation may still submit under a deadline extension' };
  }
  if (facts.pendingEligibility > 0) return { action: 'retry', reason: `${facts.pendingEligibility} application(s) still wait for their eligibility check` };
  if (facts.poolSize === 0) return { action: 'skip', reason: 'the call has no evaluators yet' };
  return { action: 'run' };
}
