import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Link } from '../../common/components/link/Link';
import { Notification } from '../../common/components/notification/Notification';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useMe } from './session';

/** Above every page while the signed-in user's address is not proved: reading works, writing waits for it. */
export function UnverifiedBanner() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { pathname } = useLocation();
  const { data: me } = useMe();
  if (!me || me.emailVerified || pathname === paths.verifyEmail(locale)) return null;
  return (
    <div className="container unverified-banner" data-testid="unverified-banner">
      <Notification type="alert" label={t('account.unverifiedTitle')}>
        <p>{t('account.unverifiedText', { email: me.email })}</p>
        <Link to={paths.verifyEmail(locale)}>{t('account.verifyNow')}</Link>
      </Notification>
    </div>
  );
}
