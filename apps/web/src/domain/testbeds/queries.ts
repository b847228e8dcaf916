import { keepPreviousData, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';
import type { Locale } from '../app/i18n/locales';
import type { SearchParams } from './searchParams';

export const SEARCH_PAGE_SIZE = 20;

/** The public search, a page at a time (cursor paging); the previous result stays while a new one loads. */
export function useTestbedSearch(locale: Locale, search: SearchParams) {
  return useInfiniteQuery({
    queryKey: ['testbeds', 'search', locale, search],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/testbeds', {
          params: {
            header: { 'accept-language': locale },
            query: {
              q: search.q || undefined,
              city: search.city || undefined,
              theme: search.themes.length ? (search.themes as never) : undefined,
              capability: search.capabilities.length ? search.capabilities : undefined,
              cost: (search.cost || undefined) as 'free' | 'fee' | 'negotiable' | undefined,
              availableFrom: search.availableFrom || undefined,
              availableTo: search.availableTo || undefined,
              bbox: search.bbox || undefined,
              limit: SEARCH_PAGE_SIZE,
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

/** The newest published beds, for the home page. */
export function useNewestTestbeds(locale: Locale, limit: number) {
  return useQuery({
    queryKey: ['testbeds', 'newest', locale, limit],
    queryFn: () => unwrap(api.GET('/api/v1/testbeds', { params: { header: { 'accept-language': locale }, query: { sort: 'newest', limit } } })),
  });
}

export function useTestbed(locale: Locale, id: string) {
  return useQuery({
    queryKey: ['testbeds', 'one', locale, id],
    queryFn: () => unwrap(api.GET('/api/v1/testbeds/{id}', { params: { header: { 'accept-language': locale }, path: { id } } })),
  });
}

/** Several beds by id (a call's linked beds), each its own cached query. */
export function useTestbedsById(locale: Locale, ids: string[]) {
  return useQuery({
    queryKey: ['testbeds', 'some', locale, ids],
    enabled: ids.length > 0,
    queryFn: () =>
      Promise.all(
        ids.map((id) => unwrap(api.GET('/api/v1/testbeds/{id}', { params: { header: { 'accept-language': locale }, path: { id } } })).catch(() => null)),
      ).then((beds) => beds.filter((bed) => bed !== null)),
  });
}
