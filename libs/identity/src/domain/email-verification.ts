import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '@kokeilu/platform';

/**
 * Proving an e-mail address: each sending is one verification with a link token and a six-digit
 * code, both derived from the verification's id with the server's key, so that neither is stored
 * anywhere (not in the database, the outbox or the queue) and a resent copy of the same mail
 * carries the same secrets. A newer sending replaces the older ones.
 */
export const VERIFICATION_HOURS = 24;
/** Wrong codes before a sending's code stops working (the link still does). */
export const MAX_CODE_ATTEMPTS = 5;

export interface ResendPolicy {
  /** Seconds between two sendings. */
  minIntervalSeconds: number;
  /** Sendings per `windowHours`, the first one at registration included. */
  maxPerWindow: number;
  windowHours: number;
}

export const RESEND_POLICY: ResendPolicy = { minIntervalSeconds: 60, maxPerWindow: 5, windowHours: 24 };

function mac(key: string, purpose: string, verificationId: string): Buffer {
  return createHmac('sha256', key).update(`kokeilu:${purpose}:${verificationId}`).digest();
}

/** The token of a verification's link: its id and a MAC of it. */
export function verificationToken(key: string, verificationId: string): string {
  return `${verificationId}.${mac(key, 'email-verification-link', verificationId).toString('base64url')}`;
}

/** The six-digit code of a verification, for typing in while signed in. */
export function verificationCode(key: string, verificationId: string): string {
  const value = mac(key, 'email-verification-code', verificationId).readUInt32BE(0) % 1_000_000;
  return String(value).padStart(6, '0');
}

/** The verification id a link token names, or null when the token was not made with this key. */
export function verificationIdOfToken(key: string, token: string): string | null {
  const dot = token.indexOf('.');
  const id = token.slice(0, dot);
  if (dot < 0 || !isUuid(id)) return null;
  return sameText(verificationToken(key, id), token) ? id : null;
}

/** Whether a typed code is the verification's code (spaces and dashes ignored). */
export function codeMatches(key: string, verificationId: string, typed: string): boolean {
  return sameText(verificationCode(key, verificationId), typed.replace(/[\s-]/g, ''));
}

function sameText(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export interface VerificationState {
  /** The address the mail went to. */
  email: string;
  expiresAt: Date;
  usedAt: Date | null;
  /** A newer sending replaced this one. */
  revokedAt: Date | null;
  codeAttempts: number;
}

export type VerificationProblem = 'used' | 'replaced' | 'expired' | 'address_changed' | 'too_many_attempts';

/**
 * Why a verification cannot prove `currentEmail` now, or null when it can. A code that was typed
 * wrong too often is refused too (`too_many_attempts`, for codes only).
 */
export function verificationProblem(v: VerificationState, currentEmail: string, now: Date, byCode: boolean): VerificationProblem | null {
  if (v.usedAt) return 'used';
  if (v.revokedAt) return 'replaced';
  if (v.expiresAt.getTime() <= now.getTime()) return 'expired';
  if (v.email !== currentEmail) return 'address_changed';
  if (byCode && v.codeAttempts >= MAX_CODE_ATTEMPTS) return 'too_many_attempts';
  return null;
}

export const VERIFICATION_PROBLEM_TEXT: Record<VerificationProblem, string> = {
  used: 'This verification has already been used',
  replaced: 'A newer verification e-mail has replaced this one: use the link or code of the latest e-mail',
  expired: `The verification has expired (it is valid for ${VERIFICATION_HOURS} hours): ask for a new e-mail`,
  address_changed: 'The account no longer has the address this verification was sent to',
  too_many_attempts: `The code was typed wrong ${MAX_CODE_ATTEMPTS} times: use the link of the e-mail or ask for a new e-mail`,
};

/**
 * Seconds until another verification e-mail may go out, given when the earlier ones went out
 * (0: now). At most one per `minIntervalSeconds`, and `maxPerWindow` in any `windowHours`.
 */
export function resendWaitSeconds(sentAt: readonly Date[], now: Date, policy: ResendPolicy = RESEND_POLICY): number {
  const t = now.getTime();
  const times = sentAt.map((d) => d.getTime()).sort((a, b) => b - a);
  let wait = 0;
  if (times.length) wait = Math.max(wait, times[0] + policy.minIntervalSeconds * 1000 - t);
  const windowMs = policy.windowHours * 3_600_000;
  const inWindow = times.filter((s) => s > t - windowMs);
  if (inWindow.length >= policy.maxPerWindow) {
    // The window frees a place when the oldest sending still in it leaves it.
    wait = Math.max(wait, inWindow[policy.maxPerWindow - 1] + windowMs - t);
  }
  return wait > 0 ? Math.ceil(wait / 1000) : 0;
}

export interface AddressHolder {
  emailVerifiedAt: Date | null;
  createdAt: Date;
  /** Memberships and platform roles: what an account may have gained beyond its own row. */
  hasMemberships: boolean;
  hasRoles: boolean;
}

/**
 * Whether an account gives up its address to a new registration: never verified, older than a
 * verification's lifetime, and holding nothing (no membership, no role). So whoever registered an
 * address that is not theirs cannot keep its owner out, and nothing of value is lost.
 */
export function releasesAddress(holder: AddressHolder, now: Date): boolean {
  if (holder.emailVerifiedAt || holder.hasMemberships || holder.hasRoles) return false;
  return holder.createdAt.getTime() + VERIFICATION_HOURS * 3_600_000 <= now.getTime();
}
