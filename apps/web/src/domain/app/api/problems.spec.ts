import { ApiError, apiErrorOf, isTransient, networkError, problemMessageKey } from './problems';
import { retryDelay, shouldRetry } from './queryClient';

const answer = (status: number, headers: Record<string, string> = {}) => new Response(null, { status, headers });

describe('API errors', () => {
  it('take the problem’s code, or name a bare 5xx by its status', () => {
    expect(apiErrorOf(answer(404), { code: 'not_found', detail: 'Test bed not found' })).toMatchObject({ status: 404, code: 'not_found', message: 'Test bed not found' });
    expect(apiErrorOf(answer(503, { 'retry-after': '2' }), null)).toMatchObject({ code: 'unavailable', retryAfterSeconds: 2 });
    expect(apiErrorOf(answer(502), 'Bad Gateway')).toMatchObject({ code: 'internal' });
  });

  it('map to one message key each, unknown codes to a general one', () => {
    expect(problemMessageKey(new ApiError(409, 'stale_version'))).toBe('problems.stale_version');
    expect(problemMessageKey(networkError(new TypeError('Failed to fetch')))).toBe('problems.network');
    expect(problemMessageKey(new ApiError(418, 'teapot'))).toBe('problems.unknown');
    expect(problemMessageKey(new Error('boom'))).toBe('problems.unknown');
  });
});

describe('retries', () => {
  it('are for a lost connection and an unavailable service only, a few times', () => {
    expect(isTransient(networkError('x'))).toBe(true);
    expect(isTransient(new ApiError(503, 'unavailable'))).toBe(true);
    expect(isTransient(new ApiError(400, 'validation_failed'))).toBe(false);
    expect(shouldRetry(0, new ApiError(503, 'unavailable'))).toBe(true);
    expect(shouldRetry(8, new ApiError(503, 'unavailable'))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, 'not_found'))).toBe(false);
  });

  it('wait as the API asks, else longer each time up to 15 s', () => {
    expect(retryDelay(0, new ApiError(503, 'unavailable', {}, 3))).toBe(3000);
    expect([0, 1, 2, 3, 4, 5].map((attempt) => retryDelay(attempt, networkError('x')))).toEqual([1000, 2000, 4000, 8000, 15000, 15000]);
  });
});
