import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../app/api/client';

export type SavedSearch = components['schemas']['SavedSearchDto'];
export type SaveSearchInput = components['schemas']['SaveSearchDto'];
export type Frequency = SaveSearchInput['frequency'];
export const FREQUENCIES: Frequency[] = ['immediate', 'digest'];

const ALERTS_KEY = ['alerts'] as const;

export function useAlerts() {
  return useQuery({ queryKey: ALERTS_KEY, queryFn: async () => (await unwrap(api.GET('/api/v1/me/alerts'))).items });
}

/** Saves a search (the same filters again answer the one saved before). */
export function useSaveAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSearchInput) => unwrap(api.POST('/api/v1/me/alerts', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ALERTS_KEY }),
  });
}

export function useUpdateAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, frequency }: { id: string; frequency: Frequency }) => unwrap(api.PATCH('/api/v1/me/alerts/{id}', { params: { path: { id } }, body: { frequency } })),
    onSuccess: (saved) => client.setQueryData<SavedSearch[]>(ALERTS_KEY, (list) => list?.map((a) => (a.id === saved.id ? saved : a))),
  });
}

export function useDeleteAlert() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await unwrap(api.DELETE('/api/v1/me/alerts/{id}', { params: { path: { id } } }));
      return id;
    },
    onSuccess: (id) => client.setQueryData<SavedSearch[]>(ALERTS_KEY, (list) => list?.filter((a) => a.id !== id)),
  });
}
