import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/types';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { StatusLabel } from '../../common/components/statusLabel/StatusLabel';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { SignedIn } from './SignedIn';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';

const YourData = lazy(() => import('./YourData').then((m) => ({ default: m.YourData })));
const MyAlerts = lazy(() => import('../alerts/MyAlerts').then((m) => ({ default: m.MyAlerts })));
const NotificationSettings = lazy(() => import('../notificationSettings/NotificationSettings').then((m) => ({ default: m.NotificationSettings })));

/** The signed-in user's own page: who they are, whether the address is proved, their organisations, and where their things are. */
export function AccountPage() {
  const { t } = useTranslation();
  return (
    <div className="container">
      <PageTitle title={t('account.title')} />
      <h1>{t('account.title')}</h1>
      <SignedIn>{(me) => <Account me={me} />}</SignedIn>
    </div>
  );
}

function Account({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      <dl className="facts" data-testid="account-facts">
        <dt>{t('account.name')}</dt>
        <dd>{me.displayName}</dd>
        <dt>{t('account.email')}</dt>
        <dd>
          {me.email}{' '}
          <StatusLabel type={me.emailVerified ? 'success' : 'alert'}>{me.emailVerified ? t('account.verified') : t('account.notVerified')}</StatusLabel>
        </dd>
      </dl>
      {!me.emailVerified && (
        <p>
          <Link to={paths.verifyEmail(locale)}>{t('account.verifyNow')}</Link>
        </p>
      )}

      <h2>{t('account.organisations')}</h2>
      {me.memberships.length === 0 ? (
        <p>{t('account.noOrganisations')}</p>
      ) : (
        <ul className="link-list" data-testid="my-organisations">
          {me.memberships.map((membership) => (
            <li key={membership.organisationId}>
              <Link to={paths.organisation(locale, membership.organisationId)}>{membership.organisationName}</Link>{' '}
              <span className="card__meta">{t(`roles.${membership.role}`)}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="actions">
        <Link to={paths.newOrganisation(locale)} button={me.memberships.length === 0}>
          {t('organisations.create')}
        </Link>
      </div>

      <h2>{t('account.mine')}</h2>
      <ul className="link-list">
        <li>
          <Link to={paths.bookings(locale)}>{t('bookings.title')}</Link>
        </li>
        <li>
          <Link to={paths.notifications(locale)}>{t('notifications.title')}</Link>
        </li>
      </ul>

      <Suspense fallback={<LoadingSpinner />}>
        <MyAlerts />
      </Suspense>
      <Suspense fallback={<LoadingSpinner />}>
        <NotificationSettings />
      </Suspense>

      <Suspense fallback={<LoadingSpinner />}>
        <YourData />
      </Suspense>
    </>
  );
}
