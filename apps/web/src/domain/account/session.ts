import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../app/api/client';
import { useSession } from '../auth/useSession';

export const ME_KEY = ['me'] as const;

/**
 * The signed-in user (GET /me) with roles and organisations; nothing is asked while nobody is
 * signed in (an anonymous visitor's pages make no request that must fail).
 */
export function useMe() {
  const session = useSession();
  return useQuery({
    queryKey: ME_KEY,
    queryFn: () => unwrap(api.GET('/api/v1/me')),
    enabled: session === 'signedIn',
    staleTime: 30_000,
  });
}
