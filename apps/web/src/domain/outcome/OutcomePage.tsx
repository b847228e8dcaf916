import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { Notification } from '../../common/components/notification/Notification';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { formatDateTime, formatDecimal, formatMoney } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { RequireSignIn } from '../applications/RequireSignIn';
import { Verdicts } from '../applications/Verdicts';
import { RedressSection } from '../redress/RedressSection';
import { usePilotOf, useOutcome } from './queries';
import '../applications/applications.css';

const RESULT_TYPE = { funded: 'success', invited: 'success', reserve: 'info', pending: 'info' } as const;

/** A criterion's name in the reader's language, else in any language it has. */
function nameIn(name: Record<string, string>, locale: Locale): string {
  return name[locale] ?? name.en ?? name.fi ?? Object.values(name)[0] ?? '';
}

/**
 * What became of an application once its call is decided, and why: the result, the eligibility
 * verdicts, each criterion's mean against its threshold and the total against the call's, the
 * rank (and a tie broken), the application's place in the budget line, and the decision. A
 * funded one links to its pilot.
 */
export function OutcomePage() {
  return <RequireSignIn>{() => <Outcome />}</RequireSignIn>;
}

function Outcome() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { id = '' } = useParams();
  const outcome = useOutcome(id);
  const funded = outcome.data?.result.status === 'funded';
  const pilot = usePilotOf(id, funded);

  if (outcome.isPending) return <LoadingSpinner />;
  if (outcome.error || !outcome.data) {
    return (
      <div className="container">
        <PageTitle title={t('outcome.title')} />
        <h1>{t('outcome.title')}</h1>
        <ErrorMessage error={outcome.error} onRetry={() => void outcome.refetch()} />
        <Link to={paths.application(locale, id)}>{t('outcome.backToApplication')}</Link>
      </div>
    );
  }
  const o = outcome.data;
  const number = (value: number) => formatDecimal(value, locale);
  const money = (cents: number) => formatMoney(cents, locale);
  const criterionName = (key: string) => {
    if (key === 'total') return t('outcome.scores.total');
    const criterion = o.scores?.criteria.find((each) => each.key === key);
    return criterion ? nameIn(criterion.name, locale) : key;
  };
  const position = o.budgetLine?.position;

  return (
    <div className="container outcome">
      <PageTitle title={`${t('outcome.title')}: ${o.title}`} />
      <p className="back-link">
        <Link to={paths.application(locale, id)}>{t('outcome.backToApplication')}</Link>
      </p>
      <h1>{t('outcome.title')}</h1>
      <p className="wizard__context">
        <strong>{o.title}</strong>
      </p>
      <div data-testid="outcome-result" data-status={o.result.status}>
        <Notification type={RESULT_TYPE[o.result.status as keyof typeof RESULT_TYPE] ?? 'alert'} label={t(`outcome.result.${o.result.status}`)}>
          {o.result.failedRules.length > 0 && <p>{t('outcome.failedRules', { rules: o.result.failedRules.map((rule) => t(`eligibilityRules.${rule}`)).join(', ') })}</p>}
          {o.result.failedThresholds.length > 0 && <p>{t('outcome.failedThresholds', { criteria: o.result.failedThresholds.map(criterionName).join(', ') })}</p>}
          {funded && pilot.data && (
            <p>
              <Link to={paths.pilot(locale, pilot.data.id)}>{t('outcome.toPilot')}</Link>
            </p>
          )}
        </Notification>
      </div>

      <h2>{t('outcome.decision.title')}</h2>
      {o.decision ? (
        <dl className="facts" data-testid="outcome-decision">
          <dt>{t('outcome.decision.outcome')}</dt>
          <dd>{t(`outcome.decision.${o.decision.outcome}`)}</dd>
          {o.decision.grantCents !== null && (
            <>
              <dt>{t('outcome.decision.grant')}</dt>
              <dd>{money(o.decision.grantCents)}</dd>
            </>
          )}
          {o.decision.reservePosition !== null && (
            <>
              <dt>{t('outcome.decision.reservePosition')}</dt>
              <dd>{o.decision.reservePosition}</dd>
            </>
          )}
          <dt>{t('outcome.decision.by')}</dt>
          <dd>
            {o.decision.approvedBy}, {formatDateTime(o.decision.approvedAt, locale)}
            {o.decision.amended && ` · ${t('outcome.decision.amended')}`}
          </dd>
        </dl>
      ) : (
        <p>{t('outcome.decision.pending')}</p>
      )}

      <h2>{t('outcome.scores.title')}</h2>
      {o.scores ? (
        <>
          <Table
            caption={t('outcome.scores.caption')}
            rowKey={(row) => row.key}
            rows={o.scores.criteria}
            columns={[
              { key: 'name', header: t('outcome.scores.criterion'), render: (row) => nameIn(row.name, locale) },
              { key: 'weight', header: t('outcome.scores.weight'), render: (row) => number(row.weight) },
              { key: 'mean', header: t('outcome.scores.mean'), render: (row) => `${number(row.mean)}${row.consensus ? ` (${t('outcome.scores.consensus')})` : ''}` },
              { key: 'threshold', header: t('outcome.scores.threshold'), render: (row) => number(row.threshold) },
              { key: 'pass', header: t('outcome.scores.pass'), render: (row) => (row.pass ? t('outcome.scores.passes') : t('outcome.scores.fails')) },
            ]}
          />
          <p data-testid="outcome-total">
            {t('outcome.scores.totalLine', { total: number(o.scores.total), threshold: number(o.scores.overallThreshold) })}{' '}
            <strong>{o.scores.totalPass ? t('outcome.scores.passes') : t('outcome.scores.fails')}</strong>
          </p>
          <p className="card__meta">{t('outcome.scores.reviews', { count: o.scores.reviewCount })}</p>
        </>
      ) : (
        <p>{t(`outcome.scoresStatus.${o.scoresStatus}`)}</p>
      )}

      <h2>{t('outcome.ranking.title')}</h2>
      {o.ranking ? (
        <p data-testid="outcome-rank">
          {t('outcome.ranking.rank', { rank: o.ranking.rank })}
          {o.ranking.tieBreak && ` ${t('outcome.ranking.tieBreak', { rule: o.ranking.tieBreak.rule.startsWith('criterion:') ? criterionName(o.ranking.tieBreak.rule.slice(10)) : t(`outcome.ranking.rules.${o.ranking.tieBreak.rule}`, { defaultValue: o.ranking.tieBreak.rule }), against: o.ranking.tieBreak.againstRank ?? '–' })}`}
        </p>
      ) : (
        <p>{t(`outcome.ranking.${o.notRankedReason ?? o.rankingStatus}`)}</p>
      )}
      <p data-testid="outcome-basis">{t(`outcome.ranking.basis.${o.rankingBasis}`)}</p>

      <h2>{t('outcome.budget.title')}</h2>
      {o.budgetLine && position ? (
        <>
          <dl className="facts" data-testid="outcome-budget">
            <dt>{t('outcome.budget.budget')}</dt>
            <dd>{money(o.budgetLine.budgetCents)}</dd>
            <dt>{t('outcome.budget.committed')}</dt>
            <dd>{money(o.budgetLine.committedCents)}</dd>
            <dt>{t('outcome.budget.remaining')}</dt>
            <dd>{money(o.budgetLine.remainingCents)}</dd>
            <dt>{t('outcome.budget.policy')}</dt>
            <dd>{t(`outcome.budget.policies.${o.budgetLine.policy}`)}</dd>
            {o.budgetLine.lastFundedRank !== null && (
              <>
                <dt>{t('outcome.budget.lastFunded')}</dt>
                <dd>{o.budgetLine.lastFundedRank}</dd>
              </>
            )}
          </dl>
          <p data-testid="outcome-position">
            {position.kind === 'grant'
              ? t('outcome.budget.grant', { grant: money(position.grantCents ?? 0), cap: money(position.capCents ?? 0) })
              : position.kind === 'reserve'
                ? t('outcome.budget.reserve', { position: position.position })
                : position.kind === 'rejected'
                  ? t(`outcome.budget.rejected.${position.reason ?? 'failed_thresholds'}`)
                  : t('outcome.budget.none')}
          </p>
        </>
      ) : (
        <p>{t(`outcome.budget.${o.budgetLineStatus}`)}</p>
      )}

      {o.decision && <RedressSection applicationId={id} applicationState={o.applicationState} />}

      {o.eligibility && (
        <>
          <h2>{t('applications.eligibility.title')}</h2>
          <p>{t(`applications.eligibility.${o.eligibility.status}`, { revision: o.eligibility.revision })}</p>
          <Verdicts verdicts={o.eligibility.verdicts} testId="outcome-verdicts" />
        </>
      )}
    </div>
  );
}
