import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { StatusLabel } from '../../common/components/statusLabel/StatusLabel';
import { Table } from '../../common/components/table/Table';
import { formatPeriod } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { SignedIn } from '../account/SignedIn';
import { BOOKINGS_PAGE_SIZE, useMyBookings } from './queries';
import { type BookingState, STATE_STATUS } from './state';
import { TestbedName } from './TestbedName';

/** The bookings of the user's organisations, newest first, with their state. */
export function BookingsPage() {
  const { t } = useTranslation();
  return (
    <div className="container">
      <PageTitle title={t('bookings.title')} />
      <h1>{t('bookings.title')}</h1>
      <SignedIn>{() => <Bookings />}</SignedIn>
    </div>
  );
}

function Bookings() {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useSearchParams();
  const page = Math.max(1, Number(query.get('page')) || 1);
  const { data, error, isPending, refetch } = useMyBookings(page);
  if (isPending) return <LoadingSpinner />;
  if (error || !data) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  if (data.total === 0) {
    return (
      <>
        <p>{t('bookings.none')}</p>
        <Link to={paths.testbeds(locale)}>{t('bookings.findTestbed')}</Link>
      </>
    );
  }
  const pages = Math.ceil(data.total / BOOKINGS_PAGE_SIZE);
  return (
    <>
      <p>{t('common.shownOfTotal', { shown: data.items.length, total: data.total })}</p>
      <Table
        caption={t('bookings.title')}
        hideCaption
        rowKey={(booking) => booking.id}
        rows={data.items}
        columns={[
          { key: 'testbed', header: t('bookings.testbed'), render: (booking) => <TestbedName id={booking.testbedId} /> },
          {
            key: 'period',
            header: t('bookings.period'),
            render: (booking) => (
              <Link to={paths.booking(locale, booking.id)} aria-label={t('bookings.open', { period: formatPeriod(booking.start, booking.end, locale) })}>
                {formatPeriod(booking.start, booking.end, locale)}
              </Link>
            ),
          },
          { key: 'state', header: t('bookings.state'), render: (booking) => <StatusLabel type={STATE_STATUS[booking.state as BookingState]}>{t(`bookings.states.${booking.state}`)}</StatusLabel> },
          { key: 'purpose', header: t('bookings.purpose'), render: (booking) => booking.purpose },
        ]}
      />
      {pages > 1 && (
        <div className="actions">
          {page > 1 && (
            <Button variant="secondary" onClick={() => setQuery({ page: String(page - 1) })}>
              {t('common.previous')}
            </Button>
          )}
          {page < pages && (
            <Button variant="secondary" onClick={() => setQuery({ page: String(page + 1) })}>
              {t('common.next')}
            </Button>
          )}
        </div>
      )}
    </>
  );
}
