import { useQuery } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../app/api/client';

export const DESK_KEY = ['desk'] as const;
export const DESK_PAGE_SIZE = 50;

type TestbedState = components['schemas']['TestbedDto']['state'];

/** Every bed of a city in every state (drafts too), by name, each with all its languages. */
export function useCityTestbeds(cityId: string | null, state?: TestbedState) {
  return useQuery({
    enabled: !!cityId,
    staleTime: 0,
    queryKey: [...DESK_KEY, 'testbeds', cityId, state ?? 'all'],
    queryFn: () =>
      unwrap(api.GET('/api/v1/cities/{id}/testbeds', { params: { path: { id: cityId as string }, query: { limit: 100, ...(state ? { state } : {}) } } })),
  });
}

/** One bed with every language (`lang=all`), for editing. */
export function useDeskTestbed(id: string | undefined) {
  return useQuery({
    enabled: !!id,
    staleTime: 0,
    queryKey: [...DESK_KEY, 'testbed', id],
    queryFn: () => unwrap(api.GET('/api/v1/testbeds/{id}', { params: { path: { id: id as string }, query: { lang: 'all' } } })),
  });
}

/** The bookings of one bed, by start date (the city sees everyone's). */
export function useTestbedBookings(id: string | undefined) {
  return useQuery({
    enabled: !!id,
    staleTime: 0,
    queryKey: [...DESK_KEY, 'testbed-bookings', id],
    queryFn: () => unwrap(api.GET('/api/v1/testbeds/{id}/bookings', { params: { path: { id: id as string }, query: { limit: 100 } } })),
  });
}
