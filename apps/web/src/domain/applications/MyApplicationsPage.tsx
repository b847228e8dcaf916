import { StatusLabel } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { formatDateTime, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { type Me, RequireSignIn } from './RequireSignIn';
import { useMyApplications } from './queries';

/** The applications of the user's organisations, as lead or partner, newest first. */
export function MyApplicationsPage() {
  return <RequireSignIn>{(me) => <MyApplications me={me} />}</RequireSignIn>;
}

function MyApplications({ me }: { me: Me }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const list = useMyApplications(page);
  const mine = new Set(me.memberships.map((membership) => membership.organisationId));

  return (
    <div className="container">
      <PageTitle title={t('applications.listTitle')} />
      <h1>{t('applications.listTitle')}</h1>
      <p>{t('applications.listIntro')}</p>
      <p>
        <Link to={paths.calls(locale)}>{t('applications.findCall')}</Link>
      </p>
      {list.isPending ? (
        <LoadingSpinner />
      ) : list.error ? (
        <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <p data-testid="no-applications">{t('applications.none')}</p>
      ) : (
        <>
          <Table
            caption={t('applications.listTitle')}
            hideCaption
            rowKey={(row) => row.id}
            rows={list.data.items}
            columns={[
              {
                key: 'title',
                header: t('applications.columns.title'),
                render: (row) => (
                  <>
                    <Link to={paths.application(locale, row.id)}>{row.title}</Link>
                    {row.stage && <span className="card__meta"> · {t(`applications.idea.stages.${row.stage}`)}</span>}
                  </>
                ),
              },
              { key: 'role', header: t('applications.columns.role'), render: (row) => (mine.has(row.leadOrganisationId) ? t('applications.roleLead') : t('applications.rolePartner')) },
              { key: 'lead', header: t('applications.columns.lead'), render: (row) => row.leadOrganisationName },
              {
                key: 'state',
                header: t('applications.columns.state'),
                render: (row) => <StatusLabel type={row.state === 'draft' ? 'info' : row.state === 'funded' || row.state === 'invited' ? 'success' : 'neutral'}>{t(`applicationStates.${row.state}`)}</StatusLabel>,
              },
              { key: 'grant', header: t('applications.columns.grant'), render: (row) => (row.requestedGrantCents !== null ? formatMoney(row.requestedGrantCents, locale) : '–') },
              { key: 'updated', header: t('applications.columns.updated'), render: (row) => formatDateTime(row.updatedAt, locale) },
            ]}
          />
          {list.data.total > page * list.data.limit && (
            <Button variant="secondary" onClick={() => setPage(page + 1)}>
              {t('applications.nextPage')}
            </Button>
          )}
          {page > 1 && (
            <Button variant="clear" onClick={() => setPage(page - 1)}>
              {t('applications.previousPage')}
            </Button>
          )}
        </>
      )}
    </div>
  );
}
