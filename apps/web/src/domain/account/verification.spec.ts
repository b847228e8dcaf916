import { ApiError } from '../app/api/problems';
import { secondsToWait, verificationProblemKey } from './verification';

describe('verificationProblemKey', () => {
  it('names the reason of a 409', () => {
    expect(verificationProblemKey(new ApiError(409, 'conflict', { reason: 'expired' }))).toBe('verifyEmail.reasons.expired');
    expect(verificationProblemKey(new ApiError(409, 'conflict', { reason: 'something new' }))).toBeNull();
  });
  it('tells a wrong code from a broken link, and a wait from both', () => {
    expect(verificationProblemKey(new ApiError(400, 'validation_failed', { errors: [{ field: 'code', message: 'is wrong' }] }))).toBe('verifyEmail.wrongCode');
    expect(verificationProblemKey(new ApiError(400, 'validation_failed', { errors: [{ field: 'token', message: 'is wrong' }] }))).toBe('verifyEmail.badLink');
    expect(verificationProblemKey(new ApiError(429, 'rate_limited'))).toBe('verifyEmail.wait');
    expect(verificationProblemKey(new Error('x'))).toBeNull();
  });
});

describe('secondsToWait', () => {
  it('takes Retry-After, else the problem’s retryAfterSeconds', () => {
    expect(secondsToWait(new ApiError(429, 'rate_limited', {}, 42))).toBe(42);
    expect(secondsToWait(new ApiError(429, 'rate_limited', { retryAfterSeconds: 17 }))).toBe(17);
    expect(secondsToWait(new ApiError(409, 'conflict'))).toBeNull();
  });
});
