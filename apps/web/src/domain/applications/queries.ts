import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';
import type { Locale } from '../app/i18n/locales';
import type { Application, ContentPatch } from './draft';

/** The signed-in user with their organisations; a 401 means nobody is signed in. */
export function useMe(enabled = true) {
  return useQuery({ queryKey: ['me'], queryFn: () => unwrap(api.GET('/api/v1/me')), staleTime: 30_000, retry: false, enabled });
}

export function useMyApplications(page: number) {
  return useQuery({
    queryKey: ['applications', 'mine', page],
    queryFn: () => unwrap(api.GET('/api/v1/applications', { params: { query: { page, limit: 20 } } })),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
}

export function useApplication(id: string) {
  return useQuery({ queryKey: ['applications', 'one', id], queryFn: () => unwrap(api.GET('/api/v1/applications/{id}', { params: { path: { id } } })), staleTime: 0 });
}

/** Keeps the cached application in step with what a write answered. */
function useStore() {
  const client = useQueryClient();
  return (application: Application) => {
    client.setQueryData(['applications', 'one', application.id], application);
    void client.invalidateQueries({ queryKey: ['applications', 'mine'] });
  };
}

export function useCreateApplication() {
  const store = useStore();
  return useMutation({
    mutationFn: (body: { callId: string; organisationId: string; title: string }) => unwrap(api.POST('/api/v1/applications', { body })),
    onSuccess: store,
  });
}

/** One save of the draft: the fields given, from the version the edits were made on. */
export function saveApplication(id: string, version: number, patch: ContentPatch) {
  return unwrap(api.PATCH('/api/v1/applications/{id}', { params: { path: { id } }, body: { version, ...patch } }));
}

export function useInvitePartner(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: (body: { organisationId: string } | { businessId: string }) => unwrap(api.POST('/api/v1/applications/{id}/partners', { params: { path: { id } }, body })),
    onSuccess: store,
  });
}

export function useRemovePartner(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (organisationId: string) =>
      unwrap(api.DELETE('/api/v1/applications/{id}/partners/{organisationId}', { params: { path: { id, organisationId } }, body: {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['applications'] }),
  });
}

export function useAcceptPartner(id: string) {
  const store = useStore();
  return useMutation({
    mutationFn: (organisationId: string) =>
      unwrap(api.POST('/api/v1/applications/{id}/partners/{organisationId}/accept', { params: { path: { id, organisationId } }, body: {} })),
    onSuccess: store,
  });
}

export function usePrecheck(id: string, version: number, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', 'precheck', id, version],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/eligibility/precheck', { params: { path: { id } } })),
    enabled,
    staleTime: 0,
  });
}

export function useSubmitApplication(id: string) {
  const store = useStore();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => unwrap(api.POST('/api/v1/applications/{id}/submit', { params: { path: { id } }, body: { version } })),
    onSuccess: (application) => {
      store(application);
      void client.invalidateQueries({ queryKey: ['applications', 'revisions', id] });
      void client.invalidateQueries({ queryKey: ['applications', 'eligibility', id] });
    },
  });
}

export function useRevisions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', 'revisions', id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/revisions', { params: { path: { id } } })),
    enabled,
    staleTime: 0,
  });
}

export function useRevisionDiff(id: string, from: number, to: number) {
  return useQuery({
    queryKey: ['applications', 'diff', id, from, to],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/revisions/{number}/diff/{to}', { params: { path: { id, number: from, to } } })),
    enabled: from >= 1 && to > from,
  });
}

/** The eligibility verdicts of the latest revision; asked again every few seconds while the check is pending. */
export function useEligibility(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['applications', 'eligibility', id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/eligibility', { params: { path: { id }, query: {} } })),
    enabled,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.status === 'pending' ? 2000 : false),
  });
}

export function useOrganisation(id: string | undefined) {
  return useQuery({
    queryKey: ['organisations', 'one', id],
    queryFn: () => unwrap(api.GET('/api/v1/organisations/{id}', { params: { path: { id: id ?? '' } } })),
    enabled: !!id,
  });
}

export type { Locale };
