import { createHmac, timingSafeEqual } from 'node:crypto';
import { isUuid } from '@kokeilu/platform';
import { NOTIFICATION_KINDS, type NotificationKind } from './params.js';

/**
 * What a one-click unsubscribe link turns off: one kind of notification e-mail, or the daily
 * digest (every kind the recipient gathers into it goes in-app only).
 */
export type UnsubscribeScope = NotificationKind | 'digest';

export interface Unsubscribe {
  userId: string;
  scope: UnsubscribeScope;
}

function mac(key: string, userId: string, scope: UnsubscribeScope): string {
  return createHmac('sha256', key).update(`kokeilu:unsubscribe:${userId}:${scope}`).digest('base64url');
}

/**
 * The token of an unsubscribe link (RFC 8058): the user, the scope and a MAC of both with the
 * server's key. It is stored nowhere and works without signing in, for that user and scope only.
 */
export function unsubscribeToken(key: string, userId: string, scope: UnsubscribeScope): string {
  return `${userId}.${scope}.${mac(key, userId, scope)}`;
}

/** Whom and what a token unsubscribes, or null when it was not made with this key. */
export function readUnsubscribeToken(key: string, token: string): Unsubscribe | null {
  const first = token.indexOf('.');
  const last = token.lastIndexOf('.');
  if (first < 0 || last <= first) return null;
  const userId = token.slice(0, first);
  const scope = token.slice(first + 1, last);
  if (!isUuid(userId) || !isScope(scope)) return null;
  const expected = Buffer.from(mac(key, userId, scope));
  const given = Buffer.from(token.slice(last + 1));
  return expected.length === given.length && timingSafeEqual(expected, given) ? { userId, scope } : null;
}

function isScope(scope: string): scope is UnsubscribeScope {
  return scope === 'digest' || (NOTIFICATION_KINDS as readonly string[]).includes(scope);
}

/** The headers of RFC 2369 and RFC 8058 that let a mail program unsubscribe with one click. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${url}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
