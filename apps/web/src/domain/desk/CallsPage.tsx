import { useTranslation } from 'react-i18next';
import type { City } from '../../api/types';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { StatusLabel } from '../../common/components/statusLabel/StatusLabel';
import { Table } from '../../common/components/table/Table';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDateTime, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { CALL_STATUS, callStateKey } from './CallEditPage';
import { DeskCity } from './DeskCity';
import { DESK_MESSAGES } from './deskMessages';
import { useCityCalls } from './queries';
import './desk.css';

/** The city's calls in every state, drafts too, each with its way to its applications. */
export function CallsPage() {
  useFeatureMessages(DESK_MESSAGES);
  const { t } = useTranslation();
  return (
    <div className="container">
      <PageTitle title={t('deskCalls.title')} />
      <h1>{t('deskCalls.title')}</h1>
      <DeskCity>{(city) => <Calls city={city} />}</DeskCity>
    </div>
  );
}

function Calls({ city }: { city: City }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const calls = useCityCalls(city.id);
  return (
    <>
      <div className="actions">
        <Link button to={paths.deskNewCall(locale, city.id)}>
          {t('deskCalls.new')}
        </Link>
      </div>
      {calls.isPending ? (
        <LoadingSpinner />
      ) : calls.error || !calls.data ? (
        <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
      ) : calls.data.items.length === 0 ? (
        <p>{t('deskCalls.none')}</p>
      ) : (
        <Table
          caption={t('deskCalls.title')}
          hideCaption
          rowKey={(call) => call.id}
          rows={calls.data.items}
          columns={[
            {
              key: 'title',
              header: t('deskCalls.callTitle'),
              render: (call) => (
                <>
                  <Link to={paths.deskCall(locale, call.id)}>{call.title}</Link>
                  {(call.secondStageId || call.firstStage) && <span className="card__meta"> · {t(call.secondStageId ? 'deskCalls.firstStage' : 'deskCalls.twoStages')}</span>}
                </>
              ),
            },
            { key: 'state', header: t('deskCalls.state'), render: (call) => <StatusLabel type={CALL_STATUS[call.state]}>{t(callStateKey(call.state))}</StatusLabel> },
            { key: 'closes', header: t('deskCalls.closesAt'), render: (call) => formatDateTime(call.closesAt, locale) },
            { key: 'budget', header: t('deskCalls.budget'), render: (call) => formatMoney(call.budgetCents, locale) },
            {
              key: 'applications',
              header: t('deskCalls.applications'),
              render: (call) =>
                call.state === 'draft' ? (
                  '—'
                ) : (
                  <Link to={paths.deskCallApplications(locale, call.id)} aria-label={t('deskCalls.applicationsOf', { title: call.title })}>
                    {t('deskCalls.applications')}
                  </Link>
                ),
            },
            {
              key: 'evaluation',
              header: t('deskCalls.evaluation'),
              render: (call) =>
                call.state === 'draft' ? (
                  '—'
                ) : (
                  <Link to={paths.callEvaluation(locale, call.id)} aria-label={t('deskCalls.evaluationOf', { title: call.title })}>
                    {t('deskCalls.evaluation')}
                  </Link>
                ),
            },
          ]}
        />
      )}
    </>
  );
}
