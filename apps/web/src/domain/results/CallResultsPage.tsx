import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { components } from '../../api/schema';
import { ChartFigure } from '../../common/components/chart/ChartFigure';
import { SimpleBars } from '../../common/components/chart/SimpleBars';
import { SERIES_COLORS } from '../../common/components/chart/colors';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { formatDate, formatMoney } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { useCallResults } from './queries';

type Results = components['schemas']['CallResultsDto'];
type Project = components['schemas']['FundedProjectDto'];

const localized = (texts: Record<string, string>, locale: Locale) => texts[locale] ?? texts.fi ?? Object.values(texts)[0] ?? '';
const euros = (cents: number) => Math.round(cents) / 100;

/** A decided call's results for everyone: the funded projects, where the money goes and who pays. */
export function CallResultsPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const results = useCallResults(id);

  if (results.isPending) return <LoadingSpinner />;
  if (results.isError || !results.data) {
    return (
      <div className="container">
        <PageTitle title={t('common.notFoundTitle')} />
        <h1>{t('callResults.title')}</h1>
        <ErrorMessage error={results.error} onRetry={() => void results.refetch()} />
        <Link to={paths.call(locale, id)}>{t('callResults.backToCall')}</Link>
      </div>
    );
  }
  return <Results results={results.data} locale={locale} />;
}

function Results({ results, locale }: { results: Results; locale: Locale }) {
  const { t } = useTranslation();
  const title = localized(results.call.title, locale);
  const money = (cents: number) => formatMoney(cents, locale);
  const source = (key: string) => t(`fundingSources.${key}`, { defaultValue: key });
  return (
    <div className="container">
      <PageTitle title={t('callResults.pageTitle', { call: title })} />
      <p className="back-link">
        <Link to={paths.call(locale, results.call.id)}>{t('callResults.backToCall')}</Link>
      </p>
      <h1>{t('callResults.heading', { call: title })}</h1>
      <p className="lead">
        {t('callResults.summary', {
          count: results.projects.length,
          total: money(results.totalCents),
          budget: money(results.call.budgetCents),
          date: results.decidedAt ? formatDate(results.decidedAt, locale) : '',
        })}
      </p>
      <p>
        {results.call.city ? localized(results.call.city.name, locale) : t('common.nationalCall')} · {t(`focusAreas.${results.call.focusArea}`)}
      </p>

      <h2>{t('callResults.projects')}</h2>
      {results.projects.length === 0 ? (
        <p>{t('callResults.none')}</p>
      ) : (
        <Table<Project>
          caption={t('callResults.projects')}
          hideCaption
          rowKey={(project) => project.applicationId}
          rows={results.projects}
          columns={[
            { key: 'title', header: t('callResults.project'), render: (project) => project.title },
            { key: 'recipient', header: t('callResults.recipient'), render: (project) => project.recipient },
            { key: 'municipality', header: t('callResults.municipality'), render: (project) => project.municipality },
            { key: 'grant', header: t('callResults.grant'), render: (project) => money(project.grantCents) },
            { key: 'shares', header: t('callResults.shares'), render: (project) => project.shares.map((share) => `${source(share.source)} ${money(share.cents)}`).join(', ') },
          ]}
        />
      )}

      <h2>{t('callResults.whereMoneyGoes')}</h2>
      <div className="chart-grid">
        <ChartFigure
          id="by-municipality"
          title={t('callResults.byMunicipality')}
          description={t('callResults.byMunicipalityHelp')}
          fileName="grants-by-municipality"
          data={{
            header: [t('callResults.municipality'), t('callResults.projectCount'), t('callResults.euros')],
            rows: results.byMunicipality.map((row) => ({
              key: row.municipality,
              cells: [row.municipality, row.projects, money(row.cents)],
              values: [row.municipality, row.projects, euros(row.cents)],
            })),
          }}
        >
          <SimpleBars format={money} color={SERIES_COLORS[0]} data={results.byMunicipality.map((row) => ({ label: row.municipality, value: row.cents }))} />
        </ChartFigure>
        <ChartFigure
          id="by-source"
          title={t('callResults.bySource')}
          description={t('callResults.bySourceHelp')}
          fileName="grants-by-source"
          data={{
            header: [t('callResults.source'), t('callResults.euros')],
            rows: results.bySource.map((row) => ({ key: row.source, cells: [source(row.source), money(row.cents)], values: [row.source, euros(row.cents)] })),
          }}
        >
          <SimpleBars format={money} color={SERIES_COLORS[1]} data={results.bySource.map((row) => ({ label: source(row.source), value: row.cents }))} />
        </ChartFigure>
      </div>
      <p>
        <Link to={paths.grants(locale)}>{t('callResults.allGrants')}</Link>
      </p>
    </div>
  );
}
