import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from '../../../api/schema';
import { apiErrorOf, networkError } from './problems';

/**
 * The one client of the API, typed by the generated OpenAPI types (src/api/schema.d.ts). Requests
 * carry the page's language; an answer that is not 2xx becomes an ApiError (see `unwrap`).
 */
export const api = createClient<paths>({ baseUrl: '' });

let language = 'fi';
let accessToken: string | null = null;

/** The language the API answers texts in (Accept-Language). */
export function setApiLanguage(locale: string): void {
  language = locale;
}

/** The signed-in user's access token, kept in memory only. */
export function setAccessToken(token: string | null): void {
  accessToken = token;
}

export function currentAccessToken(): string | null {
  return accessToken;
}

const headers: Middleware = {
  onRequest({ request }) {
    if (!request.headers.has('accept-language')) request.headers.set('accept-language', language);
    if (accessToken && !request.headers.has('authorization')) request.headers.set('authorization', `Bearer ${accessToken}`);
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
