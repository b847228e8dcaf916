import { ApiError } from '../app/api/problems';

/** Why a verification no longer works, as the API's 409 says in `reason`. */
export const VERIFICATION_REASONS = ['used', 'replaced', 'expired', 'address_changed', 'too_many_attempts', 'none_sent', 'already_verified'] as const;

/**
 * The message key for a failed verification or resend: the 409's reason, a wrong code or link
 * (400), or the wait before another e-mail may be sent (429); else null (the general message).
 */
export function verificationProblemKey(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  if (error.status === 409) {
    const reason = error.problem.reason;
    return typeof reason === 'string' && (VERIFICATION_REASONS as readonly string[]).includes(reason) ? `verifyEmail.reasons.${reason}` : null;
  }
  if (error.status === 400 && error.fieldErrors.some((problem) => problem.field === 'code')) return 'verifyEmail.wrongCode';
  if (error.status === 400 && error.fieldErrors.some((problem) => problem.field === 'token')) return 'verifyEmail.badLink';
  if (error.status === 429) return 'verifyEmail.wait';
  return null;
}

/** Seconds until another verification e-mail may be asked for, from a 429 (its Retry-After or problem). */
export function secondsToWait(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.status !== 429) return null;
  const fromProblem = Number(error.problem.retryAfterSeconds);
  return error.retryAfterSeconds ?? (Number.isFinite(fromProblem) && fromProblem > 0 ? fromProblem : null);
}
