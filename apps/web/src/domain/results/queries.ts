import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';

export const GRANT_PAGE_SIZE = 50;

/** Awarded grants (the open data), a page at a time in id order. */
export function useGrants() {
  return useInfiniteQuery({
    queryKey: ['grants'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/open-data/grants', { params: { query: { limit: GRANT_PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** A decided call's public results (404 before its decision). */
export function useCallResults(id: string) {
  return useQuery({
    queryKey: ['calls', 'results', id],
    enabled: !!id,
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/results', { params: { path: { id } } })),
  });
}

/** Where the programme's money goes across every decided call, by city and by focus area (public). */
export function useProgrammeResults() {
  return useQuery({ queryKey: ['programme', 'results'], queryFn: () => unwrap(api.GET('/api/v1/programme/results')) });
}
