import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { components } from '../../api/schema';
import { ChartFigure } from '../../common/components/chart/ChartFigure';
import { CategoryBars, TimeSeries } from '../../common/components/chart/Charts';
import { NEUTRAL, SERIES_COLORS } from '../../common/components/chart/colors';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { SignedIn } from '../account/SignedIn';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDate, formatDecimal } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { DASHBOARD_MESSAGES } from './dashboardMessages';
import { INTL, localized, monthLabel } from './figures';
import { useCityCalls, useCityDashboard } from './queries';
import './dashboards.css';

type Dashboard = components['schemas']['CityDashboardDto'];

/** A city's dashboard for its coordinators: bookings per bed over time, use against capacity, and its calls' dashboards. */
export function CityDashboardPage() {
  useFeatureMessages(DASHBOARD_MESSAGES);
  return (
    <div className="container dashboard">
      <SignedIn>{() => <CityDashboard />}</SignedIn>
    </div>
  );
}

function CityDashboard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const dashboard = useCityDashboard(id);
  if (dashboard.isPending) return <LoadingSpinner />;
  if (dashboard.isError || !dashboard.data) {
    return (
      <>
        <PageTitle title={t('dashboards.city.title')} />
        <h1>{t('dashboards.city.title')}</h1>
        <ErrorMessage error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      </>
    );
  }
  return <Charts data={dashboard.data} locale={locale} />;
}

function Charts({ data, locale }: { data: Dashboard; locale: Locale }) {
  const { t } = useTranslation();
  const city = localized(data.city.name, locale);
  const beds = data.bookings;
  const percent = (value: number) => `${formatDecimal(value, locale, 1)} %`;
  return (
    <>
      <PageTitle title={t('dashboards.city.pageTitle', { city })} />
      <h1>{t('dashboards.city.heading', { city })}</h1>
      <p className="lead">{t('dashboards.city.window', { start: formatDate(data.window.start, locale), end: formatDate(data.window.end, locale) })}</p>

      <h2>{t('dashboards.city.testbeds')}</h2>
      {beds.length === 0 ? (
        <p>{t('dashboards.city.noBeds')}</p>
      ) : (
        <div className="chart-grid">
          <ChartFigure
            id="bookings"
            title={t('dashboards.city.bookings')}
            description={t('dashboards.city.bookingsHelp')}
            fileName="bookings-per-bed"
            data={{
              header: [t('dashboards.month'), ...beds.map((bed) => localized(bed.name, locale))],
              rows: data.window.months.map((month, i) => ({
                key: month,
                cells: [monthLabel(month, INTL[locale]), ...beds.map((bed) => bed.months[i]?.bookings ?? 0)],
                values: [month, ...beds.map((bed) => bed.months[i]?.bookings ?? 0)],
              })),
            }}
          >
            <TimeSeries
              data={data.window.months.map((month, i) => ({ label: monthLabel(month, INTL[locale]), ...Object.fromEntries(beds.map((bed) => [bed.testbedId, bed.months[i]?.bookings ?? 0])) }))}
              bars={beds.map((bed, i) => ({ key: bed.testbedId, name: localized(bed.name, locale), color: SERIES_COLORS[i % SERIES_COLORS.length] }))}
            />
          </ChartFigure>
          <ChartFigure
            id="use"
            title={t('dashboards.city.use')}
            description={t('dashboards.city.useHelp')}
            fileName="testbed-use"
            data={{
              header: [t('dashboards.city.bed'), t('dashboards.city.capacity'), t('dashboards.city.capacityDays'), t('dashboards.city.bookedDays'), t('dashboards.city.usePercent')],
              rows: data.use.map((bed) => ({
                key: bed.testbedId,
                cells: [localized(bed.name, locale), bed.capacity, bed.capacityDays, bed.bookedDays, percent(bed.usePercent)],
                values: [localized(bed.name, locale), bed.capacity, bed.capacityDays, bed.bookedDays, bed.usePercent],
              })),
            }}
          >
            <CategoryBars
              horizontal
              format={percent}
              data={data.use.map((bed) => ({ label: localized(bed.name, locale), use: bed.usePercent }))}
              bars={[{ key: 'use', name: t('dashboards.city.usePercent'), color: NEUTRAL }]}
              reference={{ value: 100, label: t('dashboards.city.full') }}
              atLeast={100}
            />
          </ChartFigure>
        </div>
      )}

      <CallLinks cityId={data.city.id} locale={locale} />
    </>
  );
}

/** The city's calls, each with a link to its dashboard. */
function CallLinks({ cityId, locale }: { cityId: string; locale: Locale }) {
  const { t } = useTranslation();
  const calls = useCityCalls(locale, cityId);
  return (
    <>
      <h2>{t('dashboards.city.calls')}</h2>
      {calls.isPending ? (
        <LoadingSpinner />
      ) : calls.isError ? (
        <ErrorMessage error={calls.error} onRetry={() => void calls.refetch()} />
      ) : calls.data.items.length === 0 ? (
        <p>{t('dashboards.city.noCalls')}</p>
      ) : (
        <ul className="dashboard-calls">
          {calls.data.items.map((call) => (
            <li key={call.id}>
              <Link to={paths.deskCallDashboard(locale, call.id)}>{call.title}</Link> ({t(`dashboards.callStates.${call.state}`)})
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
