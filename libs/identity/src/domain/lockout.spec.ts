import { afterFailure, type AttemptState, clientKey, isLocked, lockMinutesFor, secondsLeft } from './lockout.js';

const policy = { maxFailures: 3, lockMinutes: 15, maxLockMinutes: 120 };
const now = new Date('2027-05-01T10:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const MINUTE = 60_000;

/** Three wrong passwords at `at`, from the state given. */
const threeFailures = (state: AttemptState | null, at: Date) => afterFailure(afterFailure(afterFailure(state, at, policy), at, policy), at, policy);

describe('sign-in lockout', () => {
  it('counts wrong passwords and locks at the limit', () => {
    let state = afterFailure(null, now, policy);
    expect(state).toEqual({ failures: 1, lockedUntil: null, locks: 0, lastFailureAt: now, locked: false });
    state = afterFailure(state, now, policy);
    expect(state.failures).toBe(2);
    state = afterFailure(state, now, policy);
    expect(state).toEqual({ failures: 0, lockedUntil: later(15 * MINUTE), locks: 1, lastFailureAt: now, locked: true });
    expect(isLocked(state, later(MINUTE))).toBe(true);
    expect(secondsLeft(state, later(MINUTE))).toBe(14 * 60);
  });

  it('ends the lock at its time, and starts counting afresh', () => {
    const locked = { failures: 0, lockedUntil: later(1000), locks: 1, lastFailureAt: now };
    expect(isLocked(locked, later(999))).toBe(true);
    expect(isLocked(locked, later(1000))).toBe(false);
    expect(afterFailure(locked, later(2000), policy)).toMatchObject({ failures: 1, lockedUntil: null, locks: 1, locked: false });
  });

  it('doubles each lock in a row, up to the longest', () => {
    expect([1, 2, 3, 4, 5].map((n) => lockMinutesFor(n, policy))).toEqual([15, 30, 60, 120, 120]);
    let state: AttemptState | null = null;
    let at = now;
    const lengths: number[] = [];
    for (let i = 0; i < 5; i++) {
      state = threeFailures(state, at);
      lengths.push((state.lockedUntil!.getTime() - at.getTime()) / MINUTE);
      at = new Date(state.lockedUntil!.getTime() + MINUTE);
    }
    expect(lengths).toEqual([15, 30, 60, 120, 120]);
  });

  it('forgets a record after a quiet spell as long as the longest lock', () => {
    const locked = threeFailures(threeFailures(null, now), later(16 * MINUTE));
    expect(locked.locks).toBe(2);
    const quiet = new Date(locked.lockedUntil!.getTime() + 120 * MINUTE);
    expect(threeFailures(locked, quiet)).toMatchObject({ locks: 1, lockedUntil: new Date(quiet.getTime() + 15 * MINUTE) });
    const notQuiet = new Date(locked.lockedUntil!.getTime() + 119 * MINUTE);
    expect(threeFailures(locked, notQuiet).locks).toBe(3);
  });

  it('is not locked without a record', () => {
    expect(isLocked(null, now)).toBe(false);
    expect(isLocked({ failures: 2, lockedUntil: null, locks: 0, lastFailureAt: now }, now)).toBe(false);
  });
});

describe('the client of a count', () => {
  it('is the IPv4 address, also when written as IPv4-mapped IPv6', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('is the /64 network of an IPv6 address, however it is written', () => {
    expect(clientKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:0DB8:0001:0002:ffff:0:0:9')).toBe('2001:db8:1:2::/64');
    expect(clientKey('[2001:db8:1:2::5]')).toBe('2001:db8:1:2::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('2001:db8:1:3::1')).not.toBe(clientKey('2001:db8:1:2::1'));
  });

  it('is still a key when the address is missing or odd', () => {
    expect(clientKey(undefined)).toBe('unknown');
    expect(clientKey('')).toBe('unknown');
    expect(clientKey('1:2:3')).toBe('1:2:3');
  });
});
