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

import type { Message, Sentence } from '../i18n/messages.js';

export interface FieldError {
  field: string;
  message: string;
}

/**
 * A domain error says what went wrong as a sentence: in English alone (a string), or as a message
 * of a feature's table (`domain/messages.ts`), in every language with a stable code; the problem
 * then answers in the caller's language and names that code as `messageCode`.
 */
export class DomainError extends Error {
  /** The sentence in every language, when the error was raised with a message of a table. */
  readonly text?: Sentence;
  /** The stable code of that message. */
  readonly messageCode?: string;

  constructor(
    readonly code: ErrorCode,
    message: string | Message,
    readonly details: { fields?: FieldError[]; [key: string]: unknown } = {},
  ) {
    super(typeof message === 'string' ? message : message.text.en);
    this.name = 'DomainError';
    if (typeof message !== 'string') {
      this.text = message.text;
      this.messageCode = message.code;
    }
  }

  static notFound(what: string): DomainError {
    return new DomainError('not_found', `${what} not found`);
  }

  static forbidden(message: string | Message = 'You may not do this.'): DomainError {
    return new DomainError('forbidden', message);
  }

  /** Bad input in one field: a fragment (`must be a UUID`) says `field: fragment`; a message of a table is its own sentence. */
  static invalid(field: string, message: string | Message): DomainError {
    if (typeof message !== 'string') return new DomainError('validation_failed', message, { fields: [{ field, message: message.text.en }] });
    return new DomainError('validation_failed', `${field}: ${message}`, { fields: [{ field, message }] });
  }

  static conflict(message: string | Message, details: Record<string, unknown> = {}): DomainError {
    return new DomainError('conflict', message, details);
  }
}
