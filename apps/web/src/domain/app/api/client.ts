import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../../api/schema';
import { apiErrorOf, networkError } from './problems';
import { createSession, SESSION_HEADERS } from './session';

/** The browser's sign-in (see session.ts): the access token in memory, the refresh token in a cookie. */
export const session = createSession((request) => globalThis.fetch(request));

/**
 * The one client of the API, typed by the generated OpenAPI types (src/api/schema.d.ts). Requests
 * carry the page's language and the access token, a 401 refreshes the sign-in once and retries;
 * an answer that is not 2xx becomes an ApiError (see `unwrap`).
 */
export const api = createClient<paths>({ baseUrl: '', fetch: (request) => session.fetch(request) });

let language = 'fi';

/** The language the API answers texts in (Accept-Language). */
export function setApiLanguage(locale: string): void {
  language = locale;
}

export function currentAccessToken(): string | null {
  return session.accessToken();
}

/** Signs in with the refresh token kept in the httpOnly cookie and the access token in memory. */
export async function signIn(email: string, password: string): Promise<void> {
  const tokens = await unwrap(api.POST('/api/v1/auth/login', { body: { email, password }, headers: SESSION_HEADERS }));
  session.signedIn(tokens);
}

/** Ends the sign-in: the API revokes it and clears the cookie; the access token is forgotten. */
export function signOut(): Promise<void> {
  return session.signOut();
}

const headers: Middleware = {
  onRequest({ request }) {
    if (!request.headers.has('accept-language')) request.headers.set('accept-language', language);
    return request;
  },
};
api.use(headers);

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Request options that ask for texts in `locale` (queries pass it, as it is part of their key). */
export function inLocale(locale: string): { headers: Record<string, string> } {
  return { headers: { 'accept-language': locale } };
}

/** The data of a 2xx answer; anything else throws an ApiError with the problem's code. */
export async function unwrap<T>(call: Promise<FetchResult<T>>): Promise<T> {
  let result: FetchResult<T>;
  try {
    result = await call;
  } catch (error) {
    throw networkError(error);
  }
  if (!result.response.ok) throw apiErrorOf(result.response, result.error);
  return result.data as T;
}
