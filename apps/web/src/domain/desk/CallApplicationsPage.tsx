import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { components } from '../../api/schema';
import type { Call } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { TextInput } from '../../common/components/textInput/TextInput';
import { SignedIn } from '../account/SignedIn';
import { useAnnounce } from '../app/a11y/Announcer';
import { api, unwrap } from '../app/api/client';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDateTime, formatMoney } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { Verdicts } from '../applications/Verdicts';
import { type Sort, SORTS, sortApplications } from './applicationSort';
import { DESK_MESSAGES } from './deskMessages';
import { fromHelsinkiLocal } from './helsinkiTime';
import { ProblemMessage } from '../../common/components/problemMessage/ProblemMessage';
import { DESK_KEY, useDeskCall } from './queries';
import './desk.css';

type Row = components['schemas']['CallApplicationDto'];
type AppState = Row['state'];

const STATES = ['submitted', 'eligible', 'ineligible', 'in_review', 'reviewed', 'ranked', 'proposed', 'reserve', 'rejected', 'funded', 'not_funded', 'withdrawn'] as const satisfies readonly AppState[];
const INTL: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** The applications of a call: filtered by state, sorted, with the eligibility verdicts, CSV and XLSX exports, and extensions for one organisation. */
export function CallApplicationsPage() {
  useFeatureMessages(DESK_MESSAGES);
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const call = useDeskCall(id);
  const title = call.data ? t('deskApplications.titleOf', { title: call.data.title }) : t('deskApplications.title');
  return (
    <div className="container">
      <PageTitle title={title} />
      <h1>{title}</h1>
      <SignedIn>
        {() =>
          call.isPending ? <LoadingSpinner /> : call.error || !call.data ? <ErrorMessage error={call.error} onRetry={() => void call.refetch()} /> : <Applications call={call.data} />
        }
      </SignedIn>
    </div>
  );
}

/** Fetches a file of the API with the session's token and hands it to the browser as a download. */
async function download(path: '/api/v1/calls/{id}/applications.csv' | '/api/v1/calls/{id}/applications.xlsx', id: string, name: string): Promise<void> {
  const { data, error } = await api.GET(path, { params: { path: { id } }, parseAs: 'blob' });
  if (error || !(data instanceof Blob)) throw error ?? new Error('download failed');
  const url = URL.createObjectURL(data);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function Applications({ call }: { call: Call }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [query, setQuery] = useSearchParams();
  const state = (STATES as readonly string[]).includes(query.get('state') ?? '') ? (query.get('state') as AppState) : '';
  const sort: Sort = (SORTS as readonly string[]).includes(query.get('sort') ?? '') ? (query.get('sort') as Sort) : 'submitted';
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(query);
    if (value) next.set(key, value);
    else next.delete(key);
    setQuery(next, { replace: true });
  };
  const list = useQuery({
    staleTime: 0,
    queryKey: [...DESK_KEY, 'applications', call.id, state],
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/applications', { params: { path: { id: call.id }, query: { limit: 100, ...(state ? { state } : {}) } } })),
  });
  const exporting = useMutation({ mutationFn: (kind: 'csv' | 'xlsx') => download(`/api/v1/calls/{id}/applications.${kind}`, call.id, `applications-${call.id}.${kind}`) });
  const rows = list.data ? sortApplications(list.data.items, sort, new Intl.Collator(INTL[locale])) : [];
  return (
    <>
      <p>
        <Link to={paths.deskCall(locale, call.id)}>{t('deskApplications.backToCall')}</Link>
      </p>
      <div className="actions">
        <Button variant="secondary" onClick={() => exporting.mutate('csv')} disabled={exporting.isPending}>
          {t('deskApplications.csv')}
        </Button>
        <Button variant="secondary" onClick={() => exporting.mutate('xlsx')} disabled={exporting.isPending}>
          {t('deskApplications.xlsx')}
        </Button>
      </div>
      {exporting.error ? <ProblemMessage error={exporting.error} /> : null}
      <form className="desk-filters" aria-label={t('deskApplications.filters')} onSubmit={(event) => event.preventDefault()}>
        <Select
          id="applications-state"
          label={t('deskApplications.state')}
          value={state}
          options={[{ value: '', label: t('deskApplications.allStates') }, ...STATES.map((value) => ({ value, label: t(`applicationStates.${value}`) }))]}
          onChange={(value) => set('state', value)}
        />
        <Select id="applications-sort" label={t('deskApplications.sort')} value={sort} options={SORTS.map((value) => ({ value, label: t(`deskApplications.sorts.${value}`) }))} onChange={(value) => set('sort', value)} />
      </form>
      {list.isPending ? (
        <LoadingSpinner />
      ) : list.error || !list.data ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : rows.length === 0 ? (
        <p role="status">{t('deskApplications.none')}</p>
      ) : (
        <>
          <p role="status">{t('deskApplications.count', { count: list.data.total })}</p>
          <Table
            caption={t('deskApplications.title')}
            hideCaption
            rowKey={(row) => row.id}
            rows={rows}
            columns={[
              { key: 'title', header: t('deskApplications.columns.title'), render: (row) => (row.submittedAt ? <Link to={paths.deskApplication(locale, row.id)}>{row.title}</Link> : row.title) },
              { key: 'lead', header: t('deskApplications.columns.lead'), render: (row) => row.leadOrganisationName },
              { key: 'state', header: t('deskApplications.columns.state'), render: (row) => t(`applicationStates.${row.state}`) },
              { key: 'grant', header: t('deskApplications.columns.grant'), render: (row) => (row.requestedGrantCents === null ? '—' : formatMoney(row.requestedGrantCents, locale)) },
              {
                key: 'submitted',
                header: t('deskApplications.columns.submitted'),
                render: (row) => (row.submittedAt ? `${formatDateTime(row.submittedAt, locale)}${row.late ? ` (${t('deskApplications.late')})` : ''}` : '—'),
              },
              { key: 'eligibility', header: t('deskApplications.columns.eligibility'), render: (row) => <Eligibility row={row} /> },
            ]}
          />
        </>
      )}
      <Extensions call={call} leads={list.data?.items ?? []} />
    </>
  );
}

function Eligibility({ row }: { row: Row }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const report = useQuery({
    enabled: open,
    queryKey: [...DESK_KEY, 'eligibility', row.id],
    queryFn: () => unwrap(api.GET('/api/v1/applications/{id}/eligibility', { params: { path: { id: row.id } } })),
  });
  const verdict = row.eligible === true ? 'eligible' : row.eligible === false ? 'ineligible' : 'pending';
  return (
    <>
      <span>{t(`deskApplications.verdicts.${verdict}`)}</span>{' '}
      {row.eligible !== null && (
        <Button variant="clear" aria-expanded={open} onClick={() => setOpen(!open)} aria-label={t(open ? 'deskApplications.hideReasonsOf' : 'deskApplications.showReasonsOf', { title: row.title })}>
          {t(open ? 'deskApplications.hideReasons' : 'deskApplications.showReasons')}
        </Button>
      )}
      {open && (report.isPending ? <LoadingSpinner /> : report.data ? <Verdicts verdicts={report.data.verdicts} testId={`verdicts-${row.id}`} /> : <ErrorMessage error={report.error} />)}
    </>
  );
}

function Extensions({ call, leads }: { call: Call; leads: Row[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const queryClient = useQueryClient();
  const extensions = useQuery({
    staleTime: 0,
    queryKey: [...DESK_KEY, 'extensions', call.id],
    queryFn: () => unwrap(api.GET('/api/v1/calls/{id}/extensions', { params: { path: { id: call.id } } })),
  });
  const organisations = [...new Map(leads.map((row) => [row.leadOrganisationId, row.leadOrganisationName])).entries()];
  const [organisationId, setOrganisationId] = useState('');
  const [deadline, setDeadline] = useState('');
  const [reason, setReason] = useState('');
  const grant = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/v1/calls/{id}/extensions', { params: { path: { id: call.id } }, body: { organisationId, deadline: fromHelsinkiLocal(deadline) ?? deadline, reason: reason.trim() } })),
    onSuccess: () => {
      announce(t('deskApplications.extensionGranted'));
      setReason('');
      void queryClient.invalidateQueries({ queryKey: [...DESK_KEY, 'extensions', call.id] });
    },
  });
  return (
    <section aria-labelledby="extensions" className="desk-section">
      <h2 id="extensions">{t('deskApplications.extensions')}</h2>
      <p className="desk-help">{t('deskApplications.extensionsHelp')}</p>
      {extensions.data && extensions.data.length > 0 && (
        <ul>
          {extensions.data.map((extension) => (
            <li key={extension.id}>
              {t('deskApplications.extensionLine', { organisation: extension.organisationName ?? extension.organisationId, deadline: formatDateTime(extension.deadline, locale), reason: extension.reason })}
            </li>
          ))}
        </ul>
      )}
      {grant.error ? <ProblemMessage error={grant.error} labels={{ organisationId: t('deskApplications.organisation'), deadline: t('deskApplications.deadline'), reason: t('deskApplications.reason') }} /> : null}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          grant.mutate();
        }}
      >
        {organisations.length > 0 ? (
          <Select
            id="extension-organisation"
            label={t('deskApplications.organisation')}
            value={organisationId}
            options={[{ value: '', label: t('deskApplications.pickOrganisation') }, ...organisations.map(([value, label]) => ({ value, label }))]}
            onChange={setOrganisationId}
          />
        ) : null}
        <TextInput id="extension-organisation-id" label={t('deskApplications.organisationId')} helperText={t('deskApplications.organisationIdHelp')} value={organisationId} onChange={setOrganisationId} />
        <div className="hds-text-input">
          <label htmlFor="extension-deadline" className="hds-text-input__label">
            {t('deskApplications.deadline')}
          </label>
          <div className="hds-text-input__input-wrapper">
            <input id="extension-deadline" className="hds-text-input__input" type="datetime-local" value={deadline} onChange={(event) => setDeadline(event.target.value)} aria-describedby="extension-deadline-help" />
          </div>
          <span id="extension-deadline-help" className="hds-text-input__helper-text">
            {t('deskCall.helsinkiTime')}
          </span>
        </div>
        <TextInput id="extension-reason" label={t('deskApplications.reason')} value={reason} onChange={setReason} multiline />
        <div className="actions">
          <Button type="submit" disabled={grant.isPending}>
            {t('deskApplications.grantExtension')}
          </Button>
        </div>
      </form>
    </section>
  );
}
