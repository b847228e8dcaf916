import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';

export const BOOKINGS_KEY = ['bookings'] as const;
export const BOOKINGS_PAGE_SIZE = 20;

/** The bookings of the user's organisations, newest first, a page at a time; read afresh on every visit, as the city decides on them. */
export function useMyBookings(page: number) {
  return useQuery({
    staleTime: 0,
    queryKey: [...BOOKINGS_KEY, 'mine', page],
    queryFn: () => unwrap(api.GET('/api/v1/bookings', { params: { query: { page, limit: BOOKINGS_PAGE_SIZE } } })),
  });
}

export function useBooking(id: string) {
  return useQuery({ staleTime: 0, queryKey: [...BOOKINGS_KEY, 'one', id], queryFn: () => unwrap(api.GET('/api/v1/bookings/{id}', { params: { path: { id } } })) });
}
