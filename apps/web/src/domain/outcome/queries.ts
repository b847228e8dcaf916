import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';

export function useOutcome(applicationId: string) {
  return useQuery({ queryKey: ['outcome', applicationId], queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/outcome', { params: { path: { id: applicationId } } })) });
}

/** The pilot a funded application became, if any (the user's pilots, newest first). */
export function usePilotOf(applicationId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['pilots', 'of', applicationId],
    queryFn: async () => {
      const page = await unwrap(api.GET('/api/v1/pilots', { params: { query: { limit: 100 } } }));
      return page.items.find((pilot) => pilot.applicationId === applicationId) ?? null;
    },
    enabled,
  });
}
