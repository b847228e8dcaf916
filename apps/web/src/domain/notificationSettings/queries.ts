import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '../../api/schema';
import { api, unwrap } from '../app/api/client';

export type NotificationPreference = components['schemas']['NotificationPreferenceDto'];
export type Delivery = NotificationPreference['delivery'];

const PREFERENCES_KEY = ['notification-preferences'] as const;

export function usePreferences() {
  return useQuery({ queryKey: PREFERENCES_KEY, queryFn: async () => (await unwrap(api.GET('/api/v1/me/notification-preferences'))).items });
}

/** Saves one kind's choice and keeps the list in step with what the API answered. */
export function useSetPreference() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, delivery }: { kind: string; delivery: Delivery }) =>
      unwrap(api.PUT('/api/v1/me/notification-preferences/{kind}', { params: { path: { kind } }, body: { delivery } })),
    onSuccess: (saved) =>
      client.setQueryData<NotificationPreference[]>(PREFERENCES_KEY, (list) => list?.map((p) => (p.kind === saved.kind ? saved : p))),
  });
}

/** The one-click unsubscribe of an e-mail's link; no sign-in needed. */
export function useUnsubscribe() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/v1/notifications/unsubscribe', { params: { query: { token } }, body: {} })),
    onSuccess: () => client.invalidateQueries({ queryKey: PREFERENCES_KEY }),
  });
}
