import { StatusLabel } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDate } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { type Me, RequireSignIn } from '../applications/RequireSignIn';
import { useClosedCalls } from '../decisions/queries';
import { EVALUATION_MESSAGES } from './messages';

/** The coordinator's calls past their deadline, each with its evaluation and its ranking. */
export function EvaluationCallsPage() {
  useFeatureMessages(EVALUATION_MESSAGES);
  return <RequireSignIn>{(me) => <EvaluationCalls me={me} />}</RequireSignIn>;
}

function EvaluationCalls({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const calls = useClosedCalls(locale);
  const admin = me.roles.some((role) => role.role === 'admin');
  const [params] = useSearchParams();
  const picked = params.get('city');
  const cities = new Set(me.roles.filter((role) => role.role === 'coordinator').map((role) => role.cityId));
  // One city when the desk asked for one (a coordinator of several gets an area per city).
  const mine = (calls.data?.items ?? []).filter((call) => (admin || cities.has(call.cityId)) && (!picked || call.cityId === picked));
  return (
    <div className="container">
      <PageTitle title={t('evaluation.calls.title')} />
      <h1>{t('evaluation.calls.title')}</h1>
      <p>{t('evaluation.calls.intro')}</p>
      {calls.isPending ? (
        <LoadingSpinner />
      ) : calls.error ? (
        <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
      ) : mine.length === 0 ? (
        <p>{t('evaluation.calls.none')}</p>
      ) : (
        <Table
          caption={t('evaluation.calls.title')}
          hideCaption
          rowKey={(row) => row.id}
          rows={mine}
          columns={[
            { key: 'title', header: t('evaluation.calls.columns.call'), render: (row) => row.title },
            { key: 'state', header: t('evaluation.calls.columns.state'), render: (row) => <StatusLabel type="info">{t(`callStates.${row.state}`, { defaultValue: row.state })}</StatusLabel> },
            { key: 'deadline', header: t('evaluation.calls.columns.reviewDeadline'), render: (row) => formatDate(row.reviewDeadline, locale) },
            {
              key: 'links',
              header: t('evaluation.calls.columns.open'),
              render: (row) => (
                <span className="row-actions">
                  <Link to={paths.callEvaluation(locale, row.id)}>{t('evaluation.calls.evaluation', { call: row.title })}</Link>
                  <Link to={paths.ranking(locale, row.id)}>{t('evaluation.calls.ranking', { call: row.title })}</Link>
                </span>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
