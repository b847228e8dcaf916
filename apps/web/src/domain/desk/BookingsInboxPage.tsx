import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { components } from '../../api/schema';
import type { City } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Notification } from '../../common/components/notification/Notification';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { StatusLabel } from '../../common/components/statusLabel/StatusLabel';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useAnnounce } from '../app/a11y/Announcer';
import { api, unwrap } from '../app/api/client';
import { ApiError } from '../app/api/problems';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDateTime, formatPeriod } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { type BookingState, STATE_STATUS } from '../bookings/state';
import { type BookingFilters, readFilters, writeFilters } from './bookingFilters';
import { DeskCity } from './DeskCity';
import { DESK_MESSAGES } from './deskMessages';
import { ProblemMessage } from '../../common/components/problemMessage/ProblemMessage';
import { DESK_KEY, DESK_PAGE_SIZE, useCityTestbeds } from './queries';
import './desk.css';

type CityBooking = components['schemas']['CityBookingDto'];

/** The city's booking requests, filtered by bed, state and period, each approved or declined with a reason. */
export function BookingsInboxPage() {
  useFeatureMessages(DESK_MESSAGES);
  const { t } = useTranslation();
  return (
    <div className="container">
      <PageTitle title={t('deskBookings.title')} />
      <h1>{t('deskBookings.title')}</h1>
      <DeskCity>{(city) => <Inbox city={city} />}</DeskCity>
    </div>
  );
}

function bedName(names: Record<string, string>, locale: Locale): string {
  return names[locale] ?? names.fi ?? names.sv ?? names.en ?? '';
}

function Inbox({ city }: { city: City }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useSearchParams();
  const filters = readFilters(query);
  const beds = useCityTestbeds(city.id);
  const change = (patch: Partial<BookingFilters>) => setQuery(writeFilters({ ...filters, page: 1, ...patch }, city.id));
  const list = useQuery({
    staleTime: 0,
    queryKey: [...DESK_KEY, 'bookings', city.id, filters],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/booking-requests', {
          params: {
            query: {
              cityId: city.id,
              page: filters.page,
              limit: DESK_PAGE_SIZE,
              ...(filters.state ? { state: filters.state } : {}),
              ...(filters.testbed ? { testbedId: filters.testbed } : {}),
              ...(filters.from ? { from: filters.from } : {}),
              ...(filters.to ? { to: filters.to } : {}),
            },
          },
        }),
      ),
  });
  const pages = list.data ? Math.ceil(list.data.total / DESK_PAGE_SIZE) : 1;
  return (
    <>
      <form className="desk-filters" aria-label={t('deskBookings.filters')} onSubmit={(event) => event.preventDefault()}>
        <Select
          id="filter-state"
          label={t('deskBookings.state')}
          value={filters.state || 'all'}
          options={[{ value: 'all', label: t('deskBookings.allStates') }, ...(['requested', 'approved', 'declined', 'cancelled'] as const).map((value) => ({ value, label: t(`deskBookings.states.${value}`) }))]}
          onChange={(value) => change({ state: value === 'all' ? '' : (value as BookingFilters['state']) })}
        />
        <Select
          id="filter-testbed"
          label={t('deskBookings.testbed')}
          value={filters.testbed}
          options={[{ value: '', label: t('deskBookings.allBeds') }, ...(beds.data?.items ?? []).map((bed) => ({ value: bed.id, label: bed.name }))]}
          onChange={(value) => change({ testbed: value })}
        />
        <TextInput id="filter-from" type="date" label={t('deskBookings.from')} value={filters.from} onChange={(value) => change({ from: value })} />
        <TextInput id="filter-to" type="date" label={t('deskBookings.to')} value={filters.to} onChange={(value) => change({ to: value })} />
      </form>
      {list.isPending ? (
        <LoadingSpinner />
      ) : list.error || !list.data ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.total === 0 ? (
        <p role="status">{t('deskBookings.none')}</p>
      ) : (
        <>
          <p role="status">{t('deskBookings.count', { count: list.data.total })}</p>
          <ul className="desk-cards">
            {list.data.items.map((booking) => (
              <BookingCard key={booking.id} booking={booking} locale={locale} />
            ))}
          </ul>
          {pages > 1 && (
            <div className="actions">
              {filters.page > 1 && (
                <Button variant="secondary" onClick={() => change({ page: filters.page - 1 })}>
                  {t('common.previous')}
                </Button>
              )}
              {filters.page < pages && (
                <Button variant="secondary" onClick={() => change({ page: filters.page + 1 })}>
                  {t('common.next')}
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </>
  );
}

interface CapacityProblem {
  capacity?: number;
  conflicts?: { bookingId: string; start: string; end: string }[];
}

function BookingCard({ booking, locale }: { booking: CityBooking; locale: Locale }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState('');
  const name = bedName(booking.testbedName, locale);
  const period = formatPeriod(booking.start, booking.end, locale);
  const done = (key: string) => {
    announce(t(key, { testbed: name, period }));
    void queryClient.invalidateQueries({ queryKey: [...DESK_KEY, 'bookings'] });
    void queryClient.invalidateQueries({ queryKey: [...DESK_KEY, 'testbed-bookings'] });
  };
  const approve = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/bookings/{id}/approve', { params: { path: { id: booking.id } } })),
    onSuccess: () => done('deskBookings.approved'),
  });
  const decline = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/bookings/{id}/decline', { params: { path: { id: booking.id } }, body: { reason: reason.trim() } })),
    onSuccess: () => done('deskBookings.declined'),
  });
  const conflict = approve.error instanceof ApiError && approve.error.status === 409 ? (approve.error.problem as CapacityProblem) : null;
  const headingId = `booking-${booking.id}`;
  return (
    <li className="desk-card" aria-labelledby={headingId} data-testid="booking-card">
      <h2 id={headingId} className="desk-card__title">
        {name}: {period}
      </h2>
      <dl className="facts">
        <dt>{t('deskBookings.organisation')}</dt>
        <dd>{booking.organisationName}</dd>
        <dt>{t('deskBookings.state')}</dt>
        <dd>
          <StatusLabel type={STATE_STATUS[booking.state as BookingState]}>{t(`deskBookings.states.${booking.state}`)}</StatusLabel>
        </dd>
        <dt>{t('deskBookings.participants')}</dt>
        <dd>{booking.participants}</dd>
        <dt>{t('deskBookings.purpose')}</dt>
        <dd>{booking.purpose}</dd>
        <dt>{t('deskBookings.requestedAt')}</dt>
        <dd>{formatDateTime(booking.createdAt, locale)}</dd>
        {booking.decisionReason && (
          <>
            <dt>{t('deskBookings.reason')}</dt>
            <dd>{booking.decisionReason}</dd>
          </>
        )}
      </dl>
      {conflict ? (
        <div role="alert" data-testid="capacity-conflict">
          <Notification type="alert" label={t('deskBookings.conflictTitle')}>
            <p>{approve.error instanceof ApiError ? approve.error.problem.detail : null}</p>
            {conflict.conflicts && conflict.conflicts.length > 0 && (
              <>
                <p>{t('deskBookings.conflictPeriods')}</p>
                <ul>
                  {conflict.conflicts.map((c) => (
                    <li key={`${c.bookingId}-${c.start}`}>{formatPeriod(c.start, c.end, locale)}</li>
                  ))}
                </ul>
              </>
            )}
          </Notification>
        </div>
      ) : approve.error ? (
        <ProblemMessage error={approve.error} />
      ) : null}
      {decline.error ? <ProblemMessage error={decline.error} /> : null}
      {booking.state === 'requested' && (
        <>
          {declining ? (
            <form
              className="form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                if (!reason.trim()) {
                  setReasonError(t('deskBookings.reasonRequired'));
                  document.getElementById(`reason-${booking.id}`)?.focus();
                  return;
                }
                setReasonError('');
                decline.mutate();
              }}
            >
              <TextInput id={`reason-${booking.id}`} label={t('deskBookings.declineReason')} value={reason} onChange={setReason} multiline required errorText={reasonError} helperText={t('deskBookings.declineHelp')} />
              <div className="actions">
                <Button type="submit" disabled={decline.isPending}>
                  {t('deskBookings.confirmDecline')}
                </Button>
                <Button type="button" variant="secondary" onClick={() => setDeclining(false)}>
                  {t('common.cancel')}
                </Button>
              </div>
            </form>
          ) : (
            <div className="actions">
              <Button onClick={() => approve.mutate()} disabled={approve.isPending} aria-label={t('deskBookings.approveOne', { testbed: name, period })}>
                {t('deskBookings.approve')}
              </Button>
              <Button variant="secondary" onClick={() => setDeclining(true)} aria-label={t('deskBookings.declineOne', { testbed: name, period })}>
                {t('deskBookings.decline')}
              </Button>
            </div>
          )}
        </>
      )}
    </li>
  );
}
