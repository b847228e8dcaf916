import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { ApiError } from '../app/api/problems';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useSession } from '../auth/useSession';
import { useMe } from './queries';

export type Me = NonNullable<ReturnType<typeof useMe>['data']>;

/**
 * A page for the signed-in only: it waits for the page's first refresh (the session cookie), and
 * anyone not signed in goes to sign-in and comes back here.
 */
export function RequireSignIn({ children }: { children: (me: Me) => ReactNode }) {
  const session = useSession();
  const locale = useLocale();
  const { pathname, search } = useLocation();
  const me = useMe(session === 'signedIn');
  if (session === 'signedOut') return <Navigate to={paths.signIn(locale, `${pathname}${search}`)} replace />;
  if (session === 'unknown' || me.isPending || (me.isError && me.isFetching)) return <LoadingSpinner />;
  if (me.error instanceof ApiError && me.error.status === 401) return <Navigate to={paths.signIn(locale, `${pathname}${search}`)} replace />;
  if (me.error || !me.data) {
    return (
      <div className="container">
        <ErrorMessage error={me.error} onRetry={() => void me.refetch()} />
      </div>
    );
  }
  return <>{children(me.data)}</>;
}
