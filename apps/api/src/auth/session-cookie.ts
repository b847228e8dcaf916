import type { CookieSerializeOptions } from '@fastify/cookie';
import { DomainError } from '@kokeilu/platform';

/** The cookie that carries a browser's refresh token when it asks for `X-Session: cookie`. */
export const REFRESH_COOKIE = 'kokeilu_refresh';
/** Only the auth routes ever receive it. */
export const REFRESH_COOKIE_PATH = '/api/v1/auth';
export const SESSION_HEADER = 'x-session';

/**
 * Whether the request asks for the refresh token in a cookie. Absent: the tokens travel in the JSON
 * body as they always have; any other value than `cookie` is a 400 naming the header.
 */
export function wantsCookieSession(header: string | string[] | undefined): boolean {
  if (header === undefined) return false;
  if (header === 'cookie') return true;
  throw DomainError.invalid('X-Session', 'must be "cookie" (or left out to get the refresh token in the body)');
}

/**
 * HttpOnly so no script reads it, SameSite=Strict so no other site's page sends it, scoped to the
 * auth routes, Secure whenever the public address is https, and living as long as the token.
 */
export function refreshCookieOptions(publicUrl: string, refreshTtlDays: number): CookieSerializeOptions {
  return {
    httpOnly: true,
    sameSite: 'strict',
    path: REFRESH_COOKIE_PATH,
    secure: publicUrl.startsWith('https:'),
    maxAge: refreshTtlDays * 86_400,
  };
}

/** The same cookie, expired: the browser drops it. */
export function clearedCookieOptions(publicUrl: string): CookieSerializeOptions {
  return { httpOnly: true, sameSite: 'strict', path: REFRESH_COOKIE_PATH, secure: publicUrl.startsWith('https:'), maxAge: 0, expires: new Date(0) };
}
