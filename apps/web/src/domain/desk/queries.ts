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

/** The city's calls in every state, drafts too, by closing time. */
export function useCityCalls(cityId: string | null) {
  return useQuery({
    enabled: !!cityId,
    staleTime: 0,
    queryKey: [...DESK_KEY, 'calls', cityId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/calls', { params: { query: { city: cityId as string, state: 'draft,scheduled,open,closed,in_evaluation,decided', limit: 100 } } })),
  });
}

/** One call with every language (`lang=all`), for editing. */
export function useDeskCall(id: string | undefined) {
  return useQuery({
    enabled: !!id,
    staleTime: 0,
    queryKey: [...DESK_KEY, 'call', id],
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}', { params: { path: { id: id as string }, query: { lang: 'all' } } })),
  });
}

/** The users holding the decider role, to name on a call. */
export function useDeciders() {
  return useQuery({ staleTime: 60_000, queryKey: [...DESK_KEY, 'deciders'], queryFn: () => unwrap(api.GET('/api/v1/deciders')) });
}
