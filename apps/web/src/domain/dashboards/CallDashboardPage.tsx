import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { components } from '../../api/schema';
import { ChartFigure } from '../../common/components/chart/ChartFigure';
import { CategoryBars, TimeSeries } from '../../common/components/chart/Charts';
import { NEGATIVE, NEUTRAL, POSITIVE, REMAINING, SERIES_COLORS } from '../../common/components/chart/colors';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { SignedIn } from '../account/SignedIn';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDate, formatDateTime, formatDecimal, formatMoney } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { DASHBOARD_MESSAGES } from './dashboardMessages';
import { dayLabel, daysLeft, INTL, localized, percent } from './figures';
import { useCallDashboard } from './queries';
import './dashboards.css';

type Dashboard = components['schemas']['CallDashboardDto'];

/** A call's dashboard for those who run it: its applications, eligibility, scores, reviewers and budget as charts with their data. */
export function CallDashboardPage() {
  useFeatureMessages(DASHBOARD_MESSAGES);
  return (
    <div className="container dashboard">
      <SignedIn>{() => <CallDashboard />}</SignedIn>
    </div>
  );
}

function CallDashboard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const dashboard = useCallDashboard(id);
  if (dashboard.isPending) return <LoadingSpinner />;
  if (dashboard.isError || !dashboard.data) {
    return (
      <>
        <PageTitle title={t('dashboards.call.title')} />
        <h1>{t('dashboards.call.title')}</h1>
        <ErrorMessage error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      </>
    );
  }
  return <Charts data={dashboard.data} locale={locale} />;
}

function Charts({ data, locale }: { data: Dashboard; locale: Locale }) {
  const { t } = useTranslation();
  const title = localized(data.call.title, locale);
  const money = (cents: number) => formatMoney(cents, locale);
  const decimal = (value: number | null) => (value === null ? '–' : formatDecimal(value, locale));
  const criterionName = (key: string) => localized(data.scores.find((c) => c.key === key)?.name ?? {}, locale) || key;
  const source = (key: string) => t(`fundingSources.${key}`, { defaultValue: key });
  const left = daysLeft(data.call.reviewDeadline, new Date());
  const totals = data.progress.reduce((sum, row) => ({ assigned: sum.assigned + row.assigned, submitted: sum.submitted + row.submitted }), { assigned: 0, submitted: 0 });

  return (
    <>
      <PageTitle title={t('dashboards.call.pageTitle', { call: title })} />
      <p className="back-link">
        <Link to={paths.call(locale, data.call.id)}>{t('dashboards.call.publicPage')}</Link>
        {data.call.state === 'decided' && (
          <>
            {' · '}
            <Link to={paths.callResults(locale, data.call.id)}>{t('dashboards.call.results')}</Link>
          </>
        )}
      </p>
      <h1>{t('dashboards.call.heading', { call: title })}</h1>
      <p className="lead">
        {t(new Date(data.call.closesAt) < new Date() ? 'dashboards.call.scheduleClosed' : 'dashboards.call.scheduleOpen', { opens: formatDate(data.call.opensAt, locale), closes: formatDateTime(data.call.closesAt, locale), state: t(`dashboards.callStates.${data.call.state}`) })}
      </p>

      <h2>{t('dashboards.call.applications')}</h2>
      <div className="chart-grid">
        <ChartFigure
          id="submissions"
          title={t('dashboards.call.submissions')}
          description={t('dashboards.call.submissionsHelp')}
          fileName="applications-by-day"
          data={{
            header: [t('dashboards.day'), t('dashboards.call.submittedThatDay'), t('dashboards.call.submittedInAll')],
            rows: data.submissions.map((d) => ({ key: d.day, cells: [formatDate(d.day, locale), d.submitted, d.cumulative], values: [d.day, d.submitted, d.cumulative] })),
          }}
        >
          <TimeSeries
            data={data.submissions.map((d) => ({ label: dayLabel(d.day, INTL[locale]), submitted: d.submitted, cumulative: d.cumulative }))}
            bars={[{ key: 'submitted', name: t('dashboards.call.submittedThatDay'), color: SERIES_COLORS[3] }]}
            lines={[{ key: 'cumulative', name: t('dashboards.call.submittedInAll'), color: SERIES_COLORS[0] }]}
          />
        </ChartFigure>
        <ChartFigure
          id="eligibility"
          title={t('dashboards.call.eligibility')}
          description={t('dashboards.call.eligibilityHelp')}
          fileName="eligibility-by-rule"
          data={{
            header: [t('dashboards.call.rule'), t('dashboards.call.passed'), t('dashboards.call.failed')],
            rows: data.eligibility.map((r) => ({ key: r.rule, cells: [t(`eligibilityRules.${r.rule}`, { defaultValue: r.rule }), r.passed, r.failed], values: [r.rule, r.passed, r.failed] })),
          }}
        >
          <CategoryBars
            horizontal
            labelWidth={200}
            data={data.eligibility.map((r) => ({ label: t(`eligibilityRules.${r.rule}`, { defaultValue: r.rule }), passed: r.passed, failed: r.failed }))}
            bars={[
              { key: 'passed', name: t('dashboards.call.passed'), color: POSITIVE, stack: 'verdict' },
              { key: 'failed', name: t('dashboards.call.failed'), color: NEGATIVE, stack: 'verdict' },
            ]}
          />
        </ChartFigure>
      </div>

      <h2>{t('dashboards.call.scores')}</h2>
      <div className="chart-grid">
        {data.scores.map((criterion) => (
          <ChartFigure
            key={criterion.key}
            id={`scores-${criterion.key}`}
            title={t('dashboards.call.criterionScores', { criterion: criterionName(criterion.key) })}
            description={t('dashboards.call.criterionHelp', { count: criterion.count, mean: decimal(criterion.mean), min: decimal(criterion.min), max: decimal(criterion.max) })}
            fileName={`scores-${criterion.key}`}
            data={{
              header: [t('dashboards.call.score'), t('dashboards.call.reviews')],
              rows: criterion.bins.map((bin) => ({ key: String(bin.score), cells: [decimal(bin.score), bin.count], values: [bin.score, bin.count] })),
            }}
          >
            <CategoryBars
              data={criterion.bins.map((bin) => ({ label: decimal(bin.score), reviews: bin.count }))}
              bars={[{ key: 'reviews', name: t('dashboards.call.reviews'), color: NEUTRAL }]}
            />
          </ChartFigure>
        ))}
        <ChartFigure
          id="evaluators"
          title={t('dashboards.call.evaluators')}
          description={t('dashboards.call.evaluatorsHelp')}
          fileName="scores-by-evaluator"
          data={{
            header: [t('dashboards.call.evaluator'), ...data.scores.flatMap((c) => [t('dashboards.call.meanOf', { criterion: criterionName(c.key) }), t('dashboards.call.differenceOf', { criterion: criterionName(c.key) })]), t('dashboards.call.leniency')],
            rows: data.evaluators.map((e) => ({
              key: e.evaluatorId,
              cells: [e.evaluatorName, ...e.criteria.flatMap((c) => [decimal(c.mean), decimal(c.difference)]), decimal(e.leniency)],
              values: [e.evaluatorName, ...e.criteria.flatMap((c) => [c.mean, c.difference]), e.leniency],
            })),
          }}
        >
          <CategoryBars
            horizontal
            format={(value) => formatDecimal(value, locale)}
            data={data.evaluators.map((e) => ({ label: e.evaluatorName, ...Object.fromEntries(e.criteria.map((c) => [c.key, c.difference])) }))}
            bars={data.scores.map((c, i) => ({ key: c.key, name: criterionName(c.key), color: SERIES_COLORS[i % SERIES_COLORS.length] }))}
            reference={{ value: 0, label: t('dashboards.call.allReviews') }}
          />
        </ChartFigure>
      </div>

      <h2>{t('dashboards.call.reviewers')}</h2>
      <p>{t('dashboards.call.progressSummary', { submitted: totals.submitted, assigned: totals.assigned, count: left, date: formatDate(data.call.reviewDeadline, locale) })}</p>
      <div className="chart-grid">
        <ChartFigure
          id="progress"
          title={t('dashboards.call.progress')}
          description={t('dashboards.call.progressHelp')}
          fileName="reviewer-progress"
          data={{
            header: [t('dashboards.call.evaluator'), t('dashboards.call.submitted'), t('dashboards.call.assigned'), t('dashboards.call.declined')],
            rows: data.progress.map((p) => ({ key: p.evaluatorId, cells: [p.evaluatorName, p.submitted, p.assigned, p.declined], values: [p.evaluatorName, p.submitted, p.assigned, p.declined] })),
          }}
        >
          <CategoryBars
            horizontal
            data={data.progress.map((p) => ({ label: p.evaluatorName, submitted: p.submitted, open: p.assigned - p.submitted, declined: p.declined }))}
            bars={[
              { key: 'submitted', name: t('dashboards.call.submitted'), color: POSITIVE, stack: 'reviews' },
              { key: 'open', name: t('dashboards.call.open'), color: REMAINING, stack: 'reviews' },
              { key: 'declined', name: t('dashboards.call.declined'), color: NEGATIVE, stack: 'reviews' },
            ]}
          />
        </ChartFigure>
      </div>

      <h2>{t('dashboards.call.budget')}</h2>
      <p>
        {t('dashboards.call.budgetSummary', {
          committed: money(data.budget.committedCents),
          budget: money(data.budget.budgetCents),
          percent: formatDecimal(percent(data.budget.committedCents, data.budget.budgetCents), locale),
          remaining: money(data.budget.remainingCents),
        })}
      </p>
      <div className="chart-grid">
        <ChartFigure
          id="budget"
          title={t('dashboards.call.budgetUse')}
          description={t('dashboards.call.budgetHelp')}
          fileName="budget-by-source"
          data={{
            header: [t('dashboards.call.source'), t('dashboards.euros'), t('dashboards.call.shareOfCommitted')],
            rows: [
              ...data.budget.bySource.map((s) => ({
                key: s.source,
                cells: [source(s.source), money(s.cents), `${formatDecimal(percent(s.cents, data.budget.committedCents), locale)} %`],
                values: [s.source, s.cents / 100, percent(s.cents, data.budget.committedCents)],
              })),
              { key: '__remaining', cells: [t('dashboards.call.remaining'), money(data.budget.remainingCents), ''], values: ['remaining', data.budget.remainingCents / 100, null] },
            ],
          }}
        >
          <CategoryBars
            horizontal
            format={(value) => formatMoney(value * 100, locale)}
            labelWidth={130}
            data={[{ label: t('dashboards.call.budgetBar'), ...Object.fromEntries(data.budget.bySource.map((s) => [s.source, s.cents / 100])), __remaining: data.budget.remainingCents / 100 }]}
            bars={[
              ...data.budget.bySource.map((s, i) => ({ key: s.source, name: source(s.source), color: SERIES_COLORS[i % 4], stack: 'budget' })),
              { key: '__remaining', name: t('dashboards.call.remaining'), color: REMAINING, stack: 'budget' },
            ]}
          />
        </ChartFigure>
      </div>
    </>
  );
}
