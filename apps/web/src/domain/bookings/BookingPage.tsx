import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Booking, Me } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { StatusLabel } from '../../common/components/statusLabel/StatusLabel';
import { useAnnounce } from '../app/a11y/Announcer';
import { api, unwrap } from '../app/api/client';
import { formatDateTime, formatPeriod } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { SignedIn } from '../account/SignedIn';
import { BOOKINGS_KEY, useBooking } from './queries';
import { type BookingState, canCancel, STATE_STATUS } from './state';
import { TestbedName } from './TestbedName';

/** One booking of the user's organisation: period, purpose, state and its reasons; cancelled here while it is waiting or approved. */
export function BookingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <div className="container narrow">
      <PageTitle title={t('bookings.one')} />
      <h1>{t('bookings.one')}</h1>
      <SignedIn>{(me) => <BookingView id={id} me={me} />}</SignedIn>
    </div>
  );
}

function BookingView({ id, me }: { id: string; me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const { data: booking, error, isPending, refetch } = useBooking(id);
  const cancel = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/bookings/{id}/cancel', { params: { path: { id } }, body: {} })),
    onSuccess: async (saved) => {
      queryClient.setQueryData([...BOOKINGS_KEY, 'one', id], saved);
      await queryClient.invalidateQueries({ queryKey: [...BOOKINGS_KEY, 'mine'] });
      announce(t('bookings.cancelled'));
      document.getElementById('booking-state')?.focus();
    },
  });
  if (isPending) return <LoadingSpinner />;
  if (error || !booking) return <ErrorMessage error={error} onRetry={() => void refetch()} />;
  const organisation = me.memberships.find((m) => m.organisationId === booking.organisationId)?.organisationName;
  return (
    <>
      <dl className="facts" data-testid="booking-facts">
        <dt>{t('bookings.testbed')}</dt>
        <dd>
          <TestbedName id={booking.testbedId} />
        </dd>
        {organisation && (
          <>
            <dt>{t('bookings.organisation')}</dt>
            <dd>
              <Link to={paths.organisation(locale, booking.organisationId)}>{organisation}</Link>
            </dd>
          </>
        )}
        <dt>{t('bookings.period')}</dt>
        <dd>{formatPeriod(booking.start, booking.end, locale)}</dd>
        <dt>{t('bookings.participants')}</dt>
        <dd>{booking.participants}</dd>
        <dt>{t('bookings.purpose')}</dt>
        <dd>{booking.purpose}</dd>
        <dt id="booking-state" tabIndex={-1}>
          {t('bookings.state')}
        </dt>
        <dd data-testid="booking-state">
          <StatusLabel type={STATE_STATUS[booking.state as BookingState]}>{t(`bookings.states.${booking.state}`)}</StatusLabel>
        </dd>
        <Decision booking={booking} />
      </dl>
      {cancel.isError && <ErrorMessage error={cancel.error} />}
      {canCancel(booking.state) && (
        <Button variant="secondary" onClick={() => cancel.mutate()} disabled={cancel.isPending}>
          {t('bookings.cancel')}
        </Button>
      )}
      <p>
        <Link to={paths.bookings(locale)}>{t('bookings.all')}</Link>
      </p>
    </>
  );
}

function Decision({ booking }: { booking: Booking }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <>
      {booking.decidedAt && (
        <>
          <dt>{t('bookings.decidedAt')}</dt>
          <dd>{formatDateTime(booking.decidedAt, locale)}</dd>
        </>
      )}
      {booking.decisionReason && (
        <>
          <dt>{t('bookings.reason')}</dt>
          <dd>{booking.decisionReason}</dd>
        </>
      )}
      {booking.cancelledAt && (
        <>
          <dt>{t('bookings.cancelledAt')}</dt>
          <dd>{formatDateTime(booking.cancelledAt, locale)}</dd>
        </>
      )}
    </>
  );
}
