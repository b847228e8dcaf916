import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Paragraphs } from '../../common/components/text/Paragraphs';
import { formatDate, formatDateTime, formatDecimal, formatMoney } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import type { RedressView } from './queries';

/** A request's grounds, state, outcome with its reasons, the re-evaluation's progress and result; `children` are facts (dt, dd) shown first. */
export function RedressFacts({ request, children }: { request: RedressView; children?: ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const re = request.reEvaluation;
  return (
    <dl className="facts" data-testid="redress-facts" data-state={request.state}>
      {children}
      <dt>{t('redress.state')}</dt>
      <dd data-testid="redress-state">{t(`redress.states.${request.state}`)}</dd>
      <dt>{t('redress.requestedAt')}</dt>
      <dd>{formatDateTime(request.requestedAt, locale)}</dd>
      <dt>{t('redress.grounds')}</dt>
      <dd>
        <Paragraphs text={request.grounds} />
      </dd>
      {request.outcome && (
        <>
          <dt>{t('redress.outcome')}</dt>
          <dd>{t(`redress.outcomes.${request.outcome}`)}</dd>
          <dt>{t('redress.reasons')}</dt>
          <dd>
            <Paragraphs text={request.outcomeReasons ?? ''} />
          </dd>
        </>
      )}
      {re && request.state === 're_evaluating' && (
        <>
          <dt>{t('redress.progress')}</dt>
          <dd>
            {t('redress.progressText', { submitted: re.reviewsSubmitted, assigned: re.reviewsAssigned, deadline: formatDate(re.deadline, locale) })}
            {re.shortage > 0 && ` ${t('redress.shortage', { count: re.shortage })}`}
          </dd>
        </>
      )}
      {request.result && (
        <>
          {re?.total !== null && re?.total !== undefined && (
            <>
              <dt>{t('redress.newTotal')}</dt>
              <dd>{formatDecimal(re.total, locale)}</dd>
            </>
          )}
          <dt>{t('redress.result')}</dt>
          <dd data-testid="redress-result">{t(`redress.results.${request.result}`, { grant: formatMoney(request.resultGrantCents ?? 0, locale) })}</dd>
        </>
      )}
    </dl>
  );
}
