import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';
import { useSession } from '../auth/useSession';

export const NOTIFICATIONS_KEY = ['notifications'] as const;
export const NOTIFICATIONS_PAGE_SIZE = 20;
/** How often the header asks for the unread count (and whenever the window regains focus). */
export const UNREAD_POLL_MS = 60_000;

export const UNREAD_KEY = [...NOTIFICATIONS_KEY, 'unread'] as const;

/** The signed-in user's unread count, for the header. */
export function useUnreadCount() {
  const session = useSession();
  return useQuery({
    queryKey: UNREAD_KEY,
    queryFn: async () => (await unwrap(api.GET('/api/v1/notifications', { params: { query: { unread: true, limit: 1 } } }))).unread,
    enabled: session === 'signedIn',
    refetchInterval: UNREAD_POLL_MS,
    refetchOnWindowFocus: true,
    staleTime: 10_000,
  });
}

/** The notifications, newest first, a page at a time (cursor paging). */
export function useNotifications() {
  return useInfiniteQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list'],
    queryFn: ({ pageParam }) => unwrap(api.GET('/api/v1/notifications', { params: { query: { limit: NOTIFICATIONS_PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchOnWindowFocus: true,
    staleTime: 0,
  });
}
