import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { ChartFigure } from '../../common/components/chart/ChartFigure';
import { SimpleBars } from '../../common/components/chart/SimpleBars';
import { SERIES_COLORS } from '../../common/components/chart/colors';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { formatDecimal, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { useProgrammeResults } from './queries';

type CityMoney = components['schemas']['ProgrammeCityMoneyDto'];

const euros = (cents: number) => Math.round(cents) / 100;

/** Where the programme's money goes across every decided call: a chart by city and one by focus area, each with its table and CSV. */
export function ProgrammeMoney() {
  const { t } = useTranslation();
  const locale = useLocale();
  const results = useProgrammeResults();
  const money = (cents: number) => formatMoney(cents, locale);
  const cityName = (row: CityMoney) => (row.city ? (row.city.name[locale] ?? row.city.name.fi ?? row.city.slug) : t('programmeResults.national'));
  const header = (first: string) => [first, t('programmeResults.calls'), t('programmeResults.projects'), t('programmeResults.euros'), t('programmeResults.share')];

  return (
    <section aria-labelledby="programme-money-title" data-testid="programme-money">
      <h2 id="programme-money-title">{t('programmeResults.title')}</h2>
      {results.isPending ? (
        <LoadingSpinner />
      ) : results.isError || !results.data ? (
        <ErrorMessage error={results.error} onRetry={() => void results.refetch()} />
      ) : results.data.calls === 0 ? (
        <p>{t('programmeResults.none')}</p>
      ) : (
        <>
          <p data-testid="programme-summary">
            {t('programmeResults.summary', { count: results.data.calls, calls: results.data.calls, projects: results.data.projects, total: money(results.data.totalCents) })}
          </p>
          <div className="chart-grid">
            <ChartFigure
              id="programme-by-city"
              title={t('programmeResults.byCity')}
              description={t('programmeResults.byCityHelp')}
              fileName="grants-by-city"
              data={{
                header: header(t('programmeResults.city')),
                rows: results.data.byCity.map((row) => ({
                  key: row.city?.id ?? 'national',
                  cells: [cityName(row), row.calls, row.projects, money(row.cents), formatDecimal(row.percent, locale, 1)],
                  values: [cityName(row), row.calls, row.projects, euros(row.cents), row.percent],
                })),
              }}
            >
              <SimpleBars format={money} color={SERIES_COLORS[0]} data={results.data.byCity.map((row) => ({ label: cityName(row), value: row.cents }))} />
            </ChartFigure>
            <ChartFigure
              id="programme-by-focus-area"
              title={t('programmeResults.byFocusArea')}
              description={t('programmeResults.byFocusAreaHelp')}
              fileName="grants-by-focus-area"
              data={{
                header: header(t('programmeResults.focusArea')),
                rows: results.data.byFocusArea.map((row) => ({
                  key: row.focusArea,
                  cells: [t(`focusAreas.${row.focusArea}`, { defaultValue: row.focusArea }), row.calls, row.projects, money(row.cents), formatDecimal(row.percent, locale, 1)],
                  values: [row.focusArea, row.calls, row.projects, euros(row.cents), row.percent],
                })),
              }}
            >
              <SimpleBars
                format={money}
                color={SERIES_COLORS[1]}
                data={results.data.byFocusArea.map((row) => ({ label: t(`focusAreas.${row.focusArea}`, { defaultValue: row.focusArea }), value: row.cents }))}
              />
            </ChartFigure>
          </div>
        </>
      )}
    </section>
  );
}
