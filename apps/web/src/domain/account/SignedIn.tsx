import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Me } from '../../api/types';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { ApiError } from '../app/api/problems';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useSession } from '../auth/useSession';
import { useMe } from './session';

/**
 * A page for signed-in users: anyone else goes to sign-in, and comes back here after it. While the
 * page load's refresh runs, it waits.
 */
export function SignedIn({ children }: { children: (me: Me) => ReactNode }) {
  const session = useSession();
  const me = useMe();
  const locale = useLocale();
  const { pathname, search } = useLocation();
  const signedOut = session === 'signedOut' || (me.error instanceof ApiError && me.error.status === 401);
  if (signedOut) return <Navigate to={paths.signIn(locale, `${pathname}${search}`)} replace />;
  if (session === 'unknown' || me.isPending) return <LoadingSpinner />;
  if (me.isError) return <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />;
  return children(me.data);
}
