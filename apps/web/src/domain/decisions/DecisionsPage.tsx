import { StatusLabel } from 'hds-react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDate, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { RequireSignIn } from '../applications/RequireSignIn';
import { DECISION_MESSAGES } from './messages';
import { useDeciderCalls } from './queries';

/** The decider's own calls (those naming them as a decider), each with its state and whether a proposal awaits them. */
export function DecisionsPage() {
  useFeatureMessages(DECISION_MESSAGES);
  return <RequireSignIn>{() => <Decisions />}</RequireSignIn>;
}

function Decisions() {
  const { t } = useTranslation();
  const locale = useLocale();
  const calls = useDeciderCalls(locale);
  const awaiting = calls.data?.items.filter((row) => row.awaitingDecision).length ?? 0;
  return (
    <div className="container">
      <PageTitle title={t('decisions.list.title')} />
      <h1>{t('decisions.list.title')}</h1>
      <p>{t('decisions.list.intro')}</p>
      {calls.isPending ? (
        <LoadingSpinner />
      ) : calls.error ? (
        <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
      ) : calls.data.items.length === 0 ? (
        <p>{t('decisions.list.none')}</p>
      ) : (
        <>
          {awaiting > 0 && <p data-testid="awaiting-count">{t('decisions.list.awaitingCount', { count: awaiting })}</p>}
          <Table
            caption={t('decisions.list.title')}
            hideCaption
            rowKey={(row) => row.id}
            rows={calls.data.items}
            columns={[
              { key: 'title', header: t('decisions.list.columns.call'), render: (row) => <Link to={paths.decision(locale, row.id)}>{row.title}</Link> },
              { key: 'state', header: t('decisions.list.columns.state'), render: (row) => t(`callStates.${row.state}`, { defaultValue: row.state }) },
              {
                key: 'proposal',
                header: t('decisions.list.columns.proposal'),
                render: (row) =>
                  row.awaitingDecision ? (
                    <StatusLabel type="alert">{t('decisions.list.awaiting')}</StatusLabel>
                  ) : row.proposalState === 'decided' ? (
                    <StatusLabel type="success">{t('decisions.list.decided')}</StatusLabel>
                  ) : row.proposalState === null ? (
                    t('decisions.list.noProposal')
                  ) : (
                    t(`decisions.proposalStates.${row.proposalState}`)
                  ),
              },
              { key: 'closed', header: t('decisions.list.columns.closed'), render: (row) => formatDate(row.closesAt, locale) },
              { key: 'budget', header: t('decisions.list.columns.budget'), render: (row) => formatMoney(row.budgetCents, locale) },
            ]}
          />
        </>
      )}
    </div>
  );
}
