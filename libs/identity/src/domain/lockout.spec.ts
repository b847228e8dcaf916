import { afterFailure, isLocked, secondsLeft } from './lockout.js';

const policy = { maxFailures: 3, lockMinutes: 15 };
const now = new Date('2027-05-01T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('sign-in lockout', () => {
  it('counts wrong passwords and locks at the limit', () => {
    let state = afterFailure(null, now, policy);
    expect(state).toEqual({ failures: 1, lockedUntil: null, locked: false });
    state = afterFailure(state, now, policy);
    expect(state.failures).toBe(2);
    state = afterFailure(state, now, policy);
    expect(state).toEqual({ failures: 0, lockedUntil: later(15 * 60_000), locked: true });
    expect(isLocked(state, later(60_000))).toBe(true);
    expect(secondsLeft(state, later(60_000))).toBe(14 * 60);
  });

  it('ends the lock at its time, and starts counting afresh', () => {
    const locked = { failures: 0, lockedUntil: later(1000) };
    expect(isLocked(locked, later(999))).toBe(true);
    expect(isLocked(locked, later(1000))).toBe(false);
    expect(afterFailure(locked, later(2000), policy)).toEqual({ failures: 1, lockedUntil: null, locked: false });
  });

  it('is not locked without a record', () => {
    expect(isLocked(null, now)).toBe(false);
    expect(isLocked({ failures: 2, lockedUntil: null }, now)).toBe(false);
  });
});
