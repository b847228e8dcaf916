import { QueryClient } from '@tanstack/react-query';
import { ApiError, isTransient } from './problems';

/** How many times a lost connection or a 503 is retried before the page shows the error. */
export const MAX_RETRIES = 8;

/** Waits `Retry-After` when the API gave one, else 1, 2, 4, 8 … seconds, at most 15. */
export function retryDelay(attempt: number, error: unknown): number {
  if (error instanceof ApiError && error.retryAfterSeconds) return Math.min(error.retryAfterSeconds, 30) * 1000;
  return Math.min(1000 * 2 ** attempt, 15_000);
}

/** Retries passing faults (no connection, 502–504) only; a 4xx is an answer, shown at once. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isTransient(error) && failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, gcTime: 5 * 60_000, retry: shouldRetry, retryDelay, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
