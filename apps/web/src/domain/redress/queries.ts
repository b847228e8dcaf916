import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../app/api/client';

export type RedressView = components['schemas']['RedressViewDto'];
export type RedressDesk = components['schemas']['RedressDeskDto'];

export function useApplicationRedress(applicationId: string) {
  return useQuery({
    queryKey: ['redress', 'application', applicationId],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/redress', { params: { path: { id: applicationId } } })),
  });
}

export function useRequestRedress(applicationId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (grounds: string) => unwrap(api.POST('/api/v1/applications/{id}/redress', { params: { path: { id: applicationId } }, body: { grounds } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['redress', 'application', applicationId] }),
  });
}

export function useRedressDesk(callId: string) {
  return useQuery({ queryKey: ['redress', 'desk', callId], queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/redress', { params: { path: { id: callId } } })) });
}

export function useSetRedressPolicy(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { remedy: 'reserve_budget' | 'reserve_list'; reserveCents: number }) =>
      unwrap(api.PUT('/api/v1/calls/{id}/redress-policy', { params: { path: { id: callId } }, body })),
    onSuccess: (desk) => client.setQueryData(['redress', 'desk', callId], desk),
  });
}

export function useReviewerCandidates(redressId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['redress', 'candidates', redressId],
    queryFn: () => unwrap(api.GET('/api/v1/redress/{id}/reviewers', { params: { path: { id: redressId } } })),
    enabled,
  });
}

export function useAppointReviewer(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reviewerId }: { id: string; reviewerId: string }) => unwrap(api.POST('/api/v1/redress/{id}/reviewer', { params: { path: { id } }, body: { reviewerId } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['redress', 'desk', callId] }),
  });
}

export function useAssignAgain(callId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/v1/redress/{id}/re-evaluation', { params: { path: { id } }, body: {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['redress', 'desk', callId] }),
  });
}

export function useAssignedRedress() {
  return useQuery({ queryKey: ['redress', 'assigned'], queryFn: () => unwrap(api.GET('/api/v1/redress')) });
}

export function useRedress(id: string) {
  return useQuery({ queryKey: ['redress', 'one', id], queryFn: () => unwrap(api.GET('/api/v1/redress/{id}', { params: { path: { id } } })) });
}

export function useRecordOutcome(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { outcome: 'rejected' | 'upheld'; reasons: string }) => unwrap(api.POST('/api/v1/redress/{id}/outcome', { params: { path: { id } }, body })),
    onSuccess: (view) => {
      client.setQueryData(['redress', 'one', id], view);
      void client.invalidateQueries({ queryKey: ['redress', 'assigned'] });
    },
  });
}
