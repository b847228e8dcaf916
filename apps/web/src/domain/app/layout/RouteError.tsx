import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { ErrorMessage } from '../../../common/components/errorMessage/ErrorMessage';
import { networkError } from '../api/problems';

/**
 * A page that could not be shown: most often its code could not be loaded (the connection was
 * lost, or a new version replaced the files); reloading fetches it again.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <main id="maincontent" className="container" tabIndex={-1}>
      <h1>{t('problems.unknown')}</h1>
      <ErrorMessage error={error instanceof TypeError ? networkError(error) : error} onRetry={() => window.location.reload()} />
    </main>
  );
}
