import { useTranslation } from 'react-i18next';
import { Link } from '../../common/components/link/Link';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';

/** The queue board the API serves (admins; the browser asks for an admin's e-mail and password). */
export const QUEUE_BOARD = '/admin/queues';

/** The admin pages, and the queue board. */
export function AdminNav() {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <nav aria-label={t('admin.nav')} className="admin-nav">
      <ul>
        <li>
          <Link to={paths.adminUsers(locale)}>{t('admin.users.title')}</Link>
        </li>
        <li>
          <Link to={paths.adminCities(locale)}>{t('admin.cities.title')}</Link>
        </li>
        <li>
          <Link to={paths.adminClaims(locale)}>{t('admin.claims.title')}</Link>
        </li>
        <li>
          <a href={QUEUE_BOARD}>{t('admin.queues')}</a>
        </li>
      </ul>
    </nav>
  );
}
