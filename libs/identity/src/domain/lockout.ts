/**
 * Sign-in lockout, per e-mail address *and* client: after `maxFailures` wrong passwords in a row
 * for one address from one client, sign-in for that address from that client is refused for a
 * while, whether or not an account exists (so the lock tells nothing about which addresses are
 * registered). Someone guessing from elsewhere cannot lock the owner out: the owner's own client
 * has a count of its own.
 *
 * Each lock in a row is twice as long as the one before (`lockMinutes`, 2×, 4× … up to
 * `maxLockMinutes`), so a guesser who waits out the locks gets ever fewer tries. A correct
 * password clears the record; so does a quiet spell as long as the longest lock.
 */
export interface LockoutPolicy {
  maxFailures: number;
  lockMinutes: number;
  maxLockMinutes: number;
}

export interface AttemptState {
  /** Wrong passwords since the last success or lock. */
  failures: number;
  lockedUntil: Date | null;
  /** Locks in a row without a success between them: the next lock is longer for each. */
  locks: number;
  lastFailureAt: Date | null;
}

const MINUTE = 60_000;

export function isLocked(state: AttemptState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** How long the `n`-th lock in a row lasts: doubling from `lockMinutes`, at most `maxLockMinutes`. */
export function lockMinutesFor(n: number, policy: LockoutPolicy): number {
  return Math.min(policy.lockMinutes * 2 ** Math.max(0, n - 1), Math.max(policy.lockMinutes, policy.maxLockMinutes));
}

/** Whether the record is old enough to forget: nothing happened for as long as the longest lock. */
function forgotten(state: AttemptState, now: Date, policy: LockoutPolicy): boolean {
  const last = Math.max(state.lastFailureAt?.getTime() ?? 0, state.lockedUntil?.getTime() ?? 0);
  return now.getTime() - last >= Math.max(policy.lockMinutes, policy.maxLockMinutes) * MINUTE;
}

/** The state after one more wrong password; `locked` says whether this failure started a lock. */
export function afterFailure(state: AttemptState | null, now: Date, policy: LockoutPolicy): AttemptState & { locked: boolean } {
  const previous = state && !forgotten(state, now, policy) ? state : null;
  const failures = (previous && !isLocked(previous, now) ? previous.failures : 0) + 1;
  const locks = previous?.locks ?? 0;
  if (failures >= policy.maxFailures) {
    const lockedUntil = new Date(now.getTime() + lockMinutesFor(locks + 1, policy) * MINUTE);
    return { failures: 0, lockedUntil, locks: locks + 1, lastFailureAt: now, locked: true };
  }
  return { failures, lockedUntil: null, locks, lastFailureAt: now, locked: false };
}

/** Whole seconds until the lock ends (at least 1 while locked). */
export function secondsLeft(state: AttemptState, now: Date): number {
  return state.lockedUntil ? Math.max(1, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000)) : 0;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * The client a count belongs to, from the address the request came from (the proxy's word for it
 * only when TRUST_PROXY names the proxy). IPv4 is one address; IPv6 counts by its /64 network,
 * as one host is given a whole /64 and could otherwise take a fresh address for every try.
 */
export function clientKey(address: string | undefined): string {
  const raw = (address ?? '').trim().toLowerCase().replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(raw);
  if (mapped) return mapped[1];
  if (IPV4.test(raw)) return raw;
  if (!raw.includes(':')) return raw || 'unknown';
  const groups = expandIpv6(raw);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : raw;
}

/** The eight 16-bit groups of an IPv6 address, without leading zeros, or null when it is not one. */
function expandIpv6(address: string): string[] | null {
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const part = (text: string) => (text ? text.split(':') : []);
  const head = part(halves[0]);
  const tail = halves.length === 2 ? part(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const groups = [...head, ...Array.from({ length: halves.length === 2 ? missing : 0 }, () => '0'), ...tail];
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  return groups.map((g) => g.replace(/^0+(?=.)/, ''));
}
