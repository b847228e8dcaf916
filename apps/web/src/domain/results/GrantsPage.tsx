import { useTranslation } from 'react-i18next';
import type { Grant } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { formatDate, formatMoney } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { ProgrammeMoney } from './ProgrammeMoney';
import { useGrants } from './queries';

const localized = (texts: Record<string, string>, fallback: string, locale: Locale) => texts[locale] ?? fallback;

/** Funded pilots: where the programme's money goes, the grants awarded as a table, and the same data to download. */
export function GrantsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const grants = useGrants();
  const items = grants.data?.pages.flatMap((page) => page.items) ?? [];
  const first = grants.data?.pages[0];

  return (
    <div className="container">
      <PageTitle title={t('grants.title')} />
      <h1>{t('grants.title')}</h1>
      <p>{t('grants.intro', { licence: first?.licence.id ?? 'CC-BY-4.0' })}</p>
      <ProgrammeMoney />
      <h2>{t('grants.listTitle')}</h2>
      {grants.isPending ? (
        <LoadingSpinner />
      ) : grants.isError && !grants.data ? (
        <ErrorMessage error={grants.error} onRetry={() => void grants.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('grants.none')}</p>
      ) : (
        <>
          <p>{t('grants.total', { count: first?.total ?? items.length })}</p>
          <Table<Grant>
            caption={t('grants.tableCaption')}
            rowKey={(grant) => grant.identifier}
            rows={items}
            columns={[
              { key: 'title', header: t('grants.pilot'), render: (grant) => grant.title },
              {
                key: 'recipient',
                header: t('grants.recipient'),
                render: (grant) => `${grant.recipientOrganisation.name} (${grant.recipientOrganisation.municipality})`,
              },
              { key: 'amount', header: t('grants.amount'), render: (grant) => formatMoney(grant.amountAwardedCents, locale) },
              { key: 'awardDate', header: t('grants.awardDate'), render: (grant) => formatDate(grant.awardDate, locale) },
              {
                key: 'programme',
                header: t('grants.programme'),
                render: (grant) => <Link to={paths.call(locale, grant.grantProgramme.id)}>{localized(grant.grantProgramme.titleLocalized, grant.grantProgramme.title, locale)}</Link>,
              },
              {
                key: 'results',
                header: t('grants.results'),
                render: (grant) => (
                  <Link to={paths.callResults(locale, grant.grantProgramme.id)} aria-label={`${t('grants.results')}: ${localized(grant.grantProgramme.titleLocalized, grant.grantProgramme.title, locale)}`}>
                    {t('grants.results')}
                  </Link>
                ),
              },
            ]}
          />
          {grants.hasNextPage && (
            <div className="search-results__more">
              <Button variant="secondary" disabled={grants.isFetchingNextPage} onClick={() => void grants.fetchNextPage()}>
                {t('common.showMore')}
              </Button>
            </div>
          )}
        </>
      )}

      <h2>{t('grants.download')}</h2>
      <ul className="downloads">
        <li>
          <Link to="/api/v1/open-data/grants.csv" download>
            {t('grants.csv')}
          </Link>
        </li>
        <li>
          <Link to="/api/v1/open-data/grants?limit=1000">{t('grants.json')}</Link>
        </li>
        <li>
          <Link to="/api/v1/programme/results">{t('programmeResults.json')}</Link>
        </li>
      </ul>

      <h2>{t('grants.otherData')}</h2>
      <ul className="downloads">
        <li>
          <Link to="/api/v1/open-data/testbeds.csv" download>
            {t('grants.testbedsCsv')}
          </Link>
        </li>
        <li>
          <Link to="/api/v1/open-data/calls.csv" download>
            {t('grants.callsCsv')}
          </Link>
        </li>
      </ul>
    </div>
  );
}
