import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../app/api/client';

export type FileReport = components['schemas']['FileReportDto'];

export function usePilot(id: string) {
  return useQuery({ queryKey: ['pilots', 'one', id], queryFn: () => unwrap(api.GET('/api/v1/pilots/{id}', { params: { path: { id } } })), staleTime: 0 });
}

export function useFileReport(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: FileReport) => unwrap(api.POST('/api/v1/pilots/{id}/reports', { params: { path: { id } }, body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['pilots'] }),
  });
}
