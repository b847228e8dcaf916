/**
 * Sign-in lockout: after `maxFailures` wrong passwords in a row for one e-mail address, sign-in
 * for that address is refused for `lockMinutes`, whether or not an account exists (so the lock
 * tells nothing about which addresses are registered). A correct password clears the count.
 */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
}

export interface AttemptState {
  /** Wrong passwords since the last success or lock. */
  failures: number;
  lockedUntil: Date | null;
}

export function isLocked(state: AttemptState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** The state after one more wrong password; `locked` says whether this failure started a lock. */
export function afterFailure(state: AttemptState | null, now: Date, policy: LockoutPolicy): AttemptState & { locked: boolean } {
  const failures = (state && !isLocked(state, now) ? state.failures : 0) + 1;
  if (failures >= policy.maxFailures) {
    return { failures: 0, lockedUntil: new Date(now.getTime() + policy.lockMinutes * 60_000), locked: true };
  }
  return { failures, lockedUntil: null, locked: false };
}

/** Whole seconds until the lock ends (at least 1 while locked). */
export function secondsLeft(state: AttemptState, now: Date): number {
  return state.lockedUntil ? Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000)) : 0;
}
