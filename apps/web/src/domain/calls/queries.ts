import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';
import type { Locale } from '../app/i18n/locales';

export const CALL_PAGE_SIZE = 20;

export interface CallFilter {
  /** One or more public states, comma-separated; empty for all. */
  state: string;
  focusArea: string;
  /** A city's slug, `national`, or empty for all. */
  city?: string;
}

/** Published calls by deadline, a page at a time. */
export function useCalls(locale: Locale, filter: CallFilter, limit = CALL_PAGE_SIZE) {
  return useInfiniteQuery({
    queryKey: ['calls', 'list', locale, filter, limit],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/calls', {
          params: {
            header: { 'accept-language': locale },
            query: {
              state: filter.state || undefined,
              focusArea: (filter.focusArea || undefined) as 'open_innovation_platforms' | undefined,
              city: filter.city || undefined,
              limit,
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });
}

export function useCall(locale: Locale, id: string) {
  return useQuery({
    queryKey: ['calls', 'one', locale, id],
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}', { params: { header: { 'accept-language': locale }, path: { id } } })),
  });
}
