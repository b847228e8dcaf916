import { StatusLabel } from 'hds-react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { Notification } from '../../common/components/notification/Notification';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { describedBy, FieldFrame } from '../../common/components/textInput/FieldFrame';
import { useAnnounce } from '../app/a11y/Announcer';
import { ApiError } from '../app/api/problems';
import { formatDate, formatDateTime, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { RequireSignIn } from '../applications/RequireSignIn';
import { type FileReport, useFileReport, usePilot } from './queries';
import '../applications/applications.css';

type Pilot = NonNullable<ReturnType<typeof usePilot>['data']>;

/** A pilot: its grant and where the money comes from, its period, KPIs with the values reported, test-bed bookings, and its reports, with a form to file the next. */
export function PilotPage() {
  return <RequireSignIn>{() => <PilotView />}</RequireSignIn>;
}

function PilotView() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const pilot = usePilot(id);

  if (pilot.isPending) return <LoadingSpinner />;
  if (pilot.error || !pilot.data) {
    return (
      <div className="container">
        <PageTitle title={t('pilot.title')} />
        <h1>{t('pilot.title')}</h1>
        <ErrorMessage error={pilot.error} onRetry={() => void pilot.refetch()} />
      </div>
    );
  }
  const p = pilot.data;
  return (
    <div className="container pilot">
      <PageTitle title={p.title} />
      <p className="back-link">
        <Link to={paths.outcome(locale, p.applicationId)}>{t('pilot.backToOutcome')}</Link>
      </p>
      <h1>{p.title}</h1>
      <p>
        <StatusLabel type={p.state === 'active' ? 'info' : p.state === 'completed' ? 'success' : 'neutral'}>{t(`pilot.states.${p.state}`)}</StatusLabel>{' '}
        <span className="card__meta">{p.leadOrganisationName}</span>
      </p>
      <dl className="facts" data-testid="pilot-facts">
        <dt>{t('pilot.grant')}</dt>
        <dd>
          {formatMoney(p.grantCents, locale)}
          {p.grant.shares.length > 0 && ` (${p.grant.shares.map((share) => `${t(`fundingSources.${share.source}`, { defaultValue: share.source })} ${formatMoney(share.cents, locale)}`).join(', ')})`}
        </dd>
        <dt>{t('pilot.period')}</dt>
        <dd>{p.pilotStart && p.pilotEnd ? `${formatDate(p.pilotStart, locale)} – ${formatDate(p.pilotEnd, locale)}` : '–'}</dd>
        <dt>{t('pilot.pendingReports')}</dt>
        <dd>{p.pendingReports}</dd>
      </dl>

      <h2>{t('pilot.kpis')}</h2>
      {p.kpis.length === 0 ? (
        <p>{t('pilot.noKpis')}</p>
      ) : (
        <Table
          caption={t('pilot.kpis')}
          hideCaption
          rowKey={(row) => row.id}
          rows={p.kpis}
          columns={[
            { key: 'name', header: t('applications.kpis.name'), render: (row) => row.name },
            { key: 'baseline', header: t('applications.kpis.baseline'), render: (row) => row.baseline || '–' },
            { key: 'target', header: t('applications.kpis.target'), render: (row) => row.target },
            { key: 'latest', header: t('pilot.latest'), render: (row) => row.latestValue ?? '–' },
            { key: 'final', header: t('pilot.final'), render: (row) => row.finalValue ?? '–' },
          ]}
        />
      )}

      <h2>{t('pilot.bookings')}</h2>
      {p.bookings.length === 0 ? (
        <p>{t('pilot.noBookings')}</p>
      ) : (
        <ul>
          {p.bookings.map((booking) => (
            <li key={booking.bookingId}>
              {booking.testbedName[locale] ?? Object.values(booking.testbedName)[0]}: {formatDate(booking.startDate, locale)} – {formatDate(booking.endDate, locale)} ·{' '}
              {t(`pilot.bookingStatus.${booking.status}`)}
              {booking.reason && ` (${booking.reason})`}
            </li>
          ))}
        </ul>
      )}

      <h2>{t('pilot.reports')}</h2>
      {p.reports.length === 0 ? (
        <p>{t('pilot.noReports')}</p>
      ) : (
        <ol className="reports" data-testid="reports">
          {p.reports.map((report) => (
            <li key={report.id} data-testid="report">
              <strong>
                {t(`pilot.kinds.${report.kind}`)} {formatDate(report.periodStart, locale)} – {formatDate(report.periodEnd, locale)}
              </strong>{' '}
              · {t(`pilot.reportStates.${report.state}`)} · {formatDateTime(report.submittedAt, locale)}
              <p className="report__text">{report.text}</p>
              {report.reviewComment && <p>{t('pilot.comment', { comment: report.reviewComment })}</p>}
              {report.returnReason && <p>{t('pilot.returned', { reason: report.returnReason })}</p>}
            </li>
          ))}
        </ol>
      )}
      {p.state === 'active' && <ReportForm pilot={p} />}
    </div>
  );
}

interface ReportValues {
  kind: 'progress' | 'final';
  periodStart: string;
  periodEnd: string;
  text: string;
  kpiValues: Record<string, string>;
}

/** Files a progress or final report; the API's field errors are shown at their fields. */
function ReportForm({ pilot }: { pilot: Pilot }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const file = useFileReport(pilot.id);
  const form = useForm<ReportValues>({ defaultValues: { kind: 'progress', periodStart: pilot.pilotStart ?? '', periodEnd: '', text: '', kpiValues: {} } });
  const errors = form.formState.errors;

  const submit = form.handleSubmit((values) => {
    const kpiValues = Object.fromEntries(Object.entries(values.kpiValues).filter(([, value]) => value.trim() !== ''));
    const body: FileReport = { kind: values.kind, periodStart: values.periodStart, periodEnd: values.periodEnd, text: values.text, kpiValues };
    file.mutate(body, {
      onSuccess: () => {
        announce(t('pilot.form.filed'));
        form.reset({ kind: 'progress', periodStart: values.periodEnd, periodEnd: '', text: '', kpiValues: Object.fromEntries(pilot.kpis.map((kpi) => [kpi.id, ''])) });
      },
      onError: (error) => {
        if (!(error instanceof ApiError)) return;
        for (const field of error.fieldErrors) form.setError(field.field as keyof ReportValues, { type: 'server', message: field.message });
        const first = error.fieldErrors[0]?.field;
        if (first) document.getElementById(first.startsWith('kpiValues.') ? `report-kpi-${first.slice('kpiValues.'.length)}` : `report-${first.split('.')[0]}`)?.focus();
      },
    });
  });

  const field = (name: 'periodStart' | 'periodEnd' | 'text', label: string, type: 'date' | 'textarea') => {
    const id = `report-${name}`;
    const error = errors[name]?.message;
    const props = {
      id,
      className: type === 'textarea' ? 'hds-text-input__input textarea' : 'hds-text-input__input',
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(id, error),
      'aria-required': true,
      ...form.register(name, { required: t('applications.required') }),
    };
    return (
      <FieldFrame id={id} label={label} errorText={error} required>
        {type === 'textarea' ? <textarea rows={5} {...props} /> : <input type="date" {...props} />}
      </FieldFrame>
    );
  };

  return (
    <section aria-labelledby="report-form-heading">
      <h2 id="report-form-heading">{t('pilot.form.title')}</h2>
      <form className="form wizard__form" onSubmit={(event) => void submit(event)} noValidate data-testid="report-form">
        <div className="select-field">
          <label className="select-field__label" htmlFor="report-kind">
            {t('pilot.form.kind')}
          </label>
          <select id="report-kind" className="select-field__input" {...form.register('kind')}>
            <option value="progress">{t('pilot.kinds.progress')}</option>
            <option value="final">{t('pilot.kinds.final')}</option>
          </select>
        </div>
        <div className="row-fields">
          {field('periodStart', t('pilot.form.start'), 'date')}
          {field('periodEnd', t('pilot.form.end'), 'date')}
        </div>
        {field('text', t('pilot.form.text'), 'textarea')}
        {pilot.kpis.length > 0 && (
          <fieldset className="row-fieldset">
            <legend>{t('pilot.form.kpiValues')}</legend>
            <div className="row-fields">
              {pilot.kpis.map((kpi) => {
                const id = `report-kpi-${kpi.id}`;
                const error = errors.kpiValues?.[kpi.id]?.message;
                return (
                  <FieldFrame key={kpi.id} id={id} label={t('pilot.form.kpiValue', { name: kpi.name, target: kpi.target })} errorText={error}>
                    <input
                      id={id}
                      className="hds-text-input__input"
                      aria-invalid={error ? true : undefined}
                      aria-describedby={describedBy(id, error)}
                      {...form.register(`kpiValues.${kpi.id}`)}
                    />
                  </FieldFrame>
                );
              })}
            </div>
          </fieldset>
        )}
        {file.isError && <ErrorMessage error={file.error} />}
        {file.isSuccess && (
          <div role="status">
            <Notification type="success" label={t('pilot.form.filed')} />
          </div>
        )}
        <Button type="submit" disabled={file.isPending}>
          {t('pilot.form.submit')}
        </Button>
      </form>
    </section>
  );
}
