import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../app/api/client';

export type DataExport = components['schemas']['DataExportDto'];
export type Erasure = components['schemas']['ErasureDto'];

const EXPORTS_KEY = ['data-exports'] as const;
const ERASURE_KEY = ['erasure'] as const;

const building = (items: DataExport[] | undefined) => !!items?.some((item) => item.state === 'queued' || item.state === 'building');

/** The user's downloads; asked again every second while one is being built, so that its progress moves. */
export function useDataExports() {
  return useQuery({
    queryKey: EXPORTS_KEY,
    queryFn: async () => (await unwrap(api.GET('/api/v1/me/data-exports'))).items,
    refetchInterval: (query) => (building(query.state.data) ? 1000 : false),
  });
}

export function useRequestExport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/data-exports')),
    onSuccess: () => client.invalidateQueries({ queryKey: EXPORTS_KEY }),
  });
}

/** Fetches the ZIP with the session's token and hands it to the browser as a download. */
export async function downloadExport(item: DataExport): Promise<void> {
  const { data, error } = await api.GET('/api/v1/me/data-exports/{id}/download', { params: { path: { id: item.id } }, parseAs: 'blob' });
  if (error || !(data instanceof Blob)) throw error ?? new Error('download failed');
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = `kokeilu-data-${(item.completedAt ?? item.requestedAt).slice(0, 10)}.zip`;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useErasure() {
  return useQuery({ queryKey: ERASURE_KEY, queryFn: () => unwrap(api.GET('/api/v1/me/erasure')) });
}

export function useRequestErasure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/me/erasure')),
    onSuccess: (erasure) => client.setQueryData(ERASURE_KEY, erasure),
  });
}

export function useCancelErasure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/v1/me/erasure')),
    onSuccess: (erasure) => client.setQueryData(ERASURE_KEY, erasure),
  });
}
