/**
 * Errors from the API as the app sees them. The API answers application/problem+json with a
 * `code` (libs/platform/src/http/problem.ts); this is the one place where a code becomes a
 * translated message key. A failed fetch (no connection) is code `network`.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  errors?: FieldProblem[];
  retryAfterSeconds?: number;
  [extension: string]: unknown;
}

/** Codes that have their own message; any other shows `problems.unknown`. */
export const PROBLEM_CODES = [
  'validation_failed',
  'bad_request',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'email_unverified',
  'not_found',
  'conflict',
  'stale_version',
  'rule_violation',
  'rate_limited',
  'payload_too_large',
  'unavailable',
  'internal',
  'network',
] as const;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly problem: Problem = {},
    /** Seconds to wait before asking again (`Retry-After`), when the API said so. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(problem.detail ?? code);
    this.name = 'ApiError';
  }

  get fieldErrors(): FieldProblem[] {
    return this.problem.errors ?? [];
  }
}

/** A problem answer (or any failed answer) as an ApiError. */
export function apiErrorOf(response: Response, body: unknown): ApiError {
  const problem: Problem = body && typeof body === 'object' ? (body as Problem) : {};
  const code = typeof problem.code === 'string' ? problem.code : response.status === 503 ? 'unavailable' : response.status >= 500 ? 'internal' : 'unknown';
  const header = Number(response.headers.get('retry-after'));
  return new ApiError(response.status, code, problem, Number.isFinite(header) && header > 0 ? header : null);
}

export function networkError(cause: unknown): ApiError {
  const error = new ApiError(0, 'network', { detail: cause instanceof Error ? cause.message : String(cause) });
  return error;
}

/** The message key of an error: `problems.<code>` for known codes, else `problems.unknown`. */
export function problemMessageKey(error: unknown): string {
  const code = error instanceof ApiError ? error.code : 'unknown';
  return (PROBLEM_CODES as readonly string[]).includes(code) ? `problems.${code}` : 'problems.unknown';
}

/** Passing faults that a retry may cure: no connection, or the service (or a proxy before it) unavailable. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'network' || error.status === 502 || error.status === 503 || error.status === 504);
}
