import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';

export const organisationKey = (id: string) => ['organisations', id] as const;

export function useOrganisation(id: string) {
  return useQuery({ queryKey: organisationKey(id), queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id } } })) });
}

/** Members and invitations change by others' hands (an invitee accepts): read afresh whenever the page shows them. */
export function useMembers(id: string) {
  return useQuery({ staleTime: 0, queryKey: [...organisationKey(id), 'members'], queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}/members', { params: { path: { id } } })) });
}

export function useInvitations(id: string) {
  return useQuery({ staleTime: 0, queryKey: [...organisationKey(id), 'invitations'], queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}/invitations', { params: { path: { id } } })) });
}
