/**
 * Every failure a use case can report. The HTTP layer maps codes to statuses in one table
 * (`http/problem.ts`); workers see the same errors and never an HTTP exception.
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  /** Signed in, but the account's e-mail address is not verified yet: reads only. */
  'email_unverified',
  'not_found',
  'conflict',
  'stale_version',
  'rule_violation',
  'rate_limited',
  'payload_too_large',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { fields?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }

  static notFound(what: string): DomainError {
    return new DomainError('not_found', `${what} not found`);
  }

  static forbidden(message = 'You may not do this'): DomainError {
    return new DomainError('forbidden', message);
  }

  static invalid(field: string, message: string): DomainError {
    return new DomainError('validation_failed', `${field}: ${message}`, { fields: [{ field, message }] });
  }

  static conflict(message: string, details: Record<string, unknown> = {}): DomainError {
    return new DomainError('conflict', message, details);
  }
}
