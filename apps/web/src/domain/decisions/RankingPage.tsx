import { StatusLabel } from 'hds-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Call } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useAnnounce } from '../app/a11y/Announcer';
import { api, unwrap } from '../app/api/client';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDecimal } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { RequireSignIn } from '../applications/RequireSignIn';
import { ProblemText } from '../evaluation/CallEvaluationPage';
import { type Ranking, useRanking, useStaffCall } from '../evaluation/queries';
import { BudgetLineView } from './BudgetLineView';
import { DECISION_MESSAGES } from './messages';
import { useProposal } from './queries';
import './decisions.css';

/** The coordinator's ranking of a call: totals, criterion means, the tie-break used, and the proposal's budget line. */
export function RankingPage() {
  useFeatureMessages(DECISION_MESSAGES);
  const { id = '' } = useParams();
  return <RequireSignIn>{() => <CallRanking key={id} callId={id} />}</RequireSignIn>;
}

/** A tie-break rule in words: `criterion:impact` → "the higher Impact". */
export function tieBreakText(t: TFunction, rule: string, call: Call): string {
  if (rule.startsWith('criterion:')) {
    const key = rule.slice('criterion:'.length);
    return t('decisions.ranking.tieCriterion', { name: call.criteria.find((criterion) => criterion.key === key)?.name ?? key });
  }
  return t(`decisions.ranking.tie.${rule}`, { defaultValue: rule });
}

function CallRanking({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const call = useStaffCall(callId, locale);
  const ranking = useRanking(callId);
  const proposal = useProposal(callId);
  const client = useQueryClient();
  const announce = useAnnounce();
  const rank = useMutation({
    mutationFn: () => unwrap(api.POST('/api/v1/calls/{id}/ranking', { params: { path: { id: callId } }, body: {} })),
    onSuccess: () => {
      announce(t('decisions.ranking.rankQueued'));
      window.setTimeout(() => void client.invalidateQueries({ queryKey: ['funding', callId] }), 1500);
      window.setTimeout(() => void client.invalidateQueries({ queryKey: ['calls', callId, 'ranking'] }), 1500);
    },
  });

  if (call.isPending || ranking.isPending || proposal.isPending) return <LoadingSpinner />;
  const failed = call.error ?? ranking.error ?? proposal.error;
  if (failed || !call.data || !ranking.data) {
    return (
      <div className="container">
        <ErrorMessage error={failed} onRetry={() => void Promise.all([call.refetch(), ranking.refetch(), proposal.refetch()])} />
      </div>
    );
  }
  return (
    <div className="container ranking-page">
      <PageTitle title={t('decisions.ranking.title', { call: call.data.title })} />
      <p className="back-link">
        <Link to={paths.callEvaluation(locale, callId)}>{t('decisions.ranking.toEvaluation')}</Link>
      </p>
      <h1>{t('decisions.ranking.title', { call: call.data.title })}</h1>
      <p>
        <StatusLabel type="info">{t(`callStates.${call.data.state}`, { defaultValue: call.data.state })}</StatusLabel>{' '}
        <Link to={paths.calibration(locale, callId)}>{t('decisions.ranking.toCalibration')}</Link>
      </p>
      <RankedList ranking={ranking.data} call={call.data} />
      {proposal.data ? (
        <BudgetLineView proposal={proposal.data} />
      ) : (
        <p data-testid="no-proposal">{ranking.data.awaitingConsensus > 0 || ranking.data.awaitingReviews > 0 ? t('decisions.ranking.noProposalYet') : t('decisions.ranking.noProposal')}</p>
      )}
      {(!proposal.data || (proposal.data.state === 'proposed' && proposal.data.amendments === 0)) && (
        <div className="actions">
          <Button variant="secondary" disabled={rank.isPending} onClick={() => rank.mutate()}>
            {t('decisions.ranking.rankNow')}
          </Button>
        </div>
      )}
      {rank.error && <ProblemText error={rank.error} />}
    </div>
  );
}

export function RankedList({ ranking, call }: { ranking: Ranking; call: Call }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const entries = [...ranking.entries].sort((a, b) => (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) || b.total - a.total);
  const chain = [...call.tieBreaks.map((key) => tieBreakText(t, `criterion:${key}`, call)), t('decisions.ranking.tie.submitted_at')];
  return (
    <section aria-labelledby="ranked-title">
      <h2 id="ranked-title">{t('decisions.ranking.listTitle')}</h2>
      <p>{t('decisions.ranking.chain', { chain: chain.join(' → ') })}</p>
      {(ranking.awaitingReviews > 0 || ranking.awaitingConsensus > 0) && (
        <p role="status">{t('decisions.ranking.waiting', { reviews: ranking.awaitingReviews, consensus: ranking.awaitingConsensus })}</p>
      )}
      <div className="table-scroll">
        <table className="hds-table staff-table" data-testid="ranked-list">
          <caption>{t('decisions.ranking.caption')}</caption>
          <thead className="hds-table__header-row">
            <tr>
              <th scope="col">{t('decisions.budget.columns.rank')}</th>
              <th scope="col">{t('decisions.budget.columns.application')}</th>
              <th scope="col">{t('decisions.budget.columns.total')}</th>
              {call.criteria.map((criterion) => (
                <th scope="col" key={criterion.key}>
                  {t('decisions.ranking.meanOf', { name: criterion.name })}
                </th>
              ))}
              <th scope="col">{t('decisions.ranking.tieBreak')}</th>
            </tr>
          </thead>
          <tbody className="hds-table__content">
            {entries.map((entry) => (
              <tr key={entry.applicationId}>
                <td>{entry.rank ?? '–'}</td>
                <td>
                  {entry.title}
                  <span className="card__meta"> · {entry.leadOrganisationName}</span>
                  {!entry.pass && <span className="card__meta"> · {t('decisions.ranking.fails')}</span>}
                  {entry.needsConsensus && <span className="card__meta"> · {t('decisions.ranking.needsConsensus')}</span>}
                </td>
                <td>{formatDecimal(entry.total, locale)}</td>
                {call.criteria.map((criterion) => {
                  const result = entry.criteria.find((item) => item.key === criterion.key);
                  return <td key={criterion.key}>{result ? formatDecimal(result.mean, locale) : '–'}</td>;
                })}
                <td>{entry.tieBreak ? tieBreakText(t, entry.tieBreak.rule, call) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
