import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';

export type GrantableRole = 'coordinator' | 'evaluator' | 'decider' | 'admin';

export function useUsers(email: string) {
  return useQuery({
    queryKey: ['admin', 'users', email],
    queryFn: () => unwrap(api.GET('/api/v1/users', { params: { query: { email: email || undefined, limit: 20 } } })),
  });
}

export function useGrantRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role, cityId }: { userId: string; role: GrantableRole; cityId?: string }) =>
      unwrap(api.POST('/api/v1/users/{id}/roles', { params: { path: { id: userId } }, body: { role, cityId } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useRevokeRole() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, grantId }: { userId: string; grantId: string }) => unwrap(api.DELETE('/api/v1/users/{id}/roles/{grantId}', { params: { path: { id: userId, grantId } } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'users'] }),
  });
}

export function useCreateCity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { slug: string; name: { fi?: string; sv?: string; en?: string } }) => unwrap(api.POST('/api/v1/cities', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['cities'] }),
  });
}

export function useClaims(state: 'open' | 'resolved' | 'withdrawn') {
  return useQuery({
    queryKey: ['admin', 'claims', state],
    queryFn: () => unwrap(api.GET('/api/v1/organisation-claims', { params: { query: { state, limit: 50 } } })),
  });
}

export function useResolveClaim() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, award, reason }: { id: string; award: 'claimant' | 'holder'; reason: string }) =>
      unwrap(api.POST('/api/v1/organisation-claims/{id}/resolve', { params: { path: { id } }, body: { award, reason } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['admin', 'claims'] }),
  });
}
