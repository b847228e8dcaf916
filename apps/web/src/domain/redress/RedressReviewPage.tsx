import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { TextInput } from '../../common/components/textInput/TextInput';
import { SignedIn } from '../account/SignedIn';
import { useAnnounce } from '../app/a11y/Announcer';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDateTime } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { RedressFacts } from './RedressFacts';
import { type RedressView, useAssignedRedress, useRecordOutcome, useRedress } from './queries';
import { REDRESS_MESSAGES } from './redressMessages';
import { useStoredText } from './storedText';
import './redress.css';

function titleIn(title: Record<string, string | undefined>, locale: Locale): string {
  return title[locale] ?? title.fi ?? title.en ?? title.sv ?? '';
}

/** The redress requests appointed to the signed-in reviewer. */
export function RedressReviewsPage() {
  useFeatureMessages(REDRESS_MESSAGES);
  const { t } = useTranslation();
  return (
    <div className="container redress">
      <PageTitle title={t('redress.review.listTitle')} />
      <h1>{t('redress.review.listTitle')}</h1>
      <SignedIn>{() => <Assigned />}</SignedIn>
    </div>
  );
}

function Assigned() {
  const { t } = useTranslation();
  const locale = useLocale();
  const assigned = useAssignedRedress();
  if (assigned.isPending) return <LoadingSpinner />;
  if (assigned.isError) return <ErrorMessage error={assigned.error} onRetry={() => void assigned.refetch()} />;
  if (assigned.data.length === 0) return <p role="status">{t('redress.review.none')}</p>;
  return (
    <Table
      caption={t('redress.review.listTitle')}
      rowKey={(row) => row.id}
      rows={assigned.data}
      columns={[
        { key: 'application', header: t('redress.review.application'), render: (row) => <Link to={paths.redressReview(locale, row.id)}>{row.applicationTitle}</Link> },
        { key: 'call', header: t('redress.review.call'), render: (row) => titleIn(row.callTitle, locale) },
        { key: 'requested', header: t('redress.requestedAt'), render: (row) => formatDateTime(row.requestedAt, locale) },
        { key: 'state', header: t('redress.state'), render: (row) => t(`redress.states.${row.state}`) },
      ]}
    />
  );
}

/** One redress request for its reviewer: the grounds, and the outcome with its reasons. */
export function RedressReviewPage() {
  useFeatureMessages(REDRESS_MESSAGES);
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  return (
    <div className="container redress">
      <PageTitle title={t('redress.review.title')} />
      <p className="back-link">
        <Link to={paths.redressReviews(locale)}>{t('redress.review.back')}</Link>
      </p>
      <h1>{t('redress.review.title')}</h1>
      <SignedIn>{() => <Review id={id} />}</SignedIn>
    </div>
  );
}

function Review({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const redress = useRedress(id);
  if (redress.isPending) return <LoadingSpinner />;
  if (redress.isError) return <ErrorMessage error={redress.error} onRetry={() => void redress.refetch()} />;
  const request = redress.data;
  return (
    <>
      <RedressFacts request={request}>
        <dt>{t('redress.review.call')}</dt>
        <dd>{titleIn(request.callTitle, locale)}</dd>
        <dt>{t('redress.review.application')}</dt>
        <dd>{request.applicationTitle}</dd>
        <dt>{t('redress.review.applicant')}</dt>
        <dd>{request.leadOrganisationName}</dd>
      </RedressFacts>
      {request.state === 'in_review' && <OutcomeForm request={request} />}
    </>
  );
}

function OutcomeForm({ request }: { request: RedressView }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const record = useRecordOutcome(request.id);
  const [outcome, setOutcome] = useState<'rejected' | 'upheld' | ''>('');
  const [reasons, setReasons, clear] = useStoredText(`kokeilu.redress-outcome.${request.id}`);
  const [missing, setMissing] = useState<{ outcome?: boolean; reasons?: boolean }>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = { outcome: !outcome, reasons: !reasons.trim() };
    setMissing(empty);
    if (empty.outcome || empty.reasons) {
      document.getElementById(empty.outcome ? 'redress-outcome-rejected' : 'redress-reasons')?.focus();
      return;
    }
    record.mutate(
      { outcome: outcome as 'rejected' | 'upheld', reasons: reasons.trim() },
      {
        onSuccess: () => {
          clear();
          announce(t('redress.review.recorded'));
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate data-testid="redress-outcome-form">
      <h2>{t('redress.review.decide')}</h2>
      <fieldset aria-describedby={missing.outcome ? 'redress-outcome-error' : undefined}>
        <legend>{t('redress.outcome')}</legend>
        {(['rejected', 'upheld'] as const).map((value) => (
          <div key={value}>
            <input type="radio" id={`redress-outcome-${value}`} name="redress-outcome" value={value} checked={outcome === value} onChange={() => {
                setOutcome(value);
                setMissing((m) => ({ ...m, outcome: false }));
              }} />{' '}
            <label htmlFor={`redress-outcome-${value}`}>{t(`redress.outcomes.${value}`)}</label>
          </div>
        ))}
        {missing.outcome && (
          <p id="redress-outcome-error" className="field-error">
            {t('redress.review.pickOne')}
          </p>
        )}
      </fieldset>
      <TextInput
        id="redress-reasons"
        label={t('redress.reasons')}
        helperText={t('redress.review.reasonsHelp')}
        value={reasons}
        onChange={(value) => {
          setReasons(value);
          setMissing((m) => ({ ...m, reasons: false }));
        }}
        multiline
        required
        maxLength={5000}
        errorText={missing.reasons ? t('redress.review.reasonsMissing') : undefined}
      />
      <div className="actions">
        <Button type="submit" disabled={record.isPending}>
          {t('redress.review.record')}
        </Button>
      </div>
      {record.isError && <ErrorMessage error={record.error} />}
    </form>
  );
}
