import { StatusLabel } from 'hds-react';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Call } from '../../api/types';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { Table } from '../../common/components/table/Table';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useAnnounce } from '../app/a11y/Announcer';
import { ApiError } from '../app/api/problems';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDate, formatDecimal } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { RequireSignIn } from '../applications/RequireSignIn';
import { deadlineText } from './deadline';
import { EVALUATION_MESSAGES } from './messages';
import { AddEvaluator, RemoveEvaluator } from './PoolEditor';
import { type AssignmentStatus, type RankingEntry, useApplicationReviews, useAssignmentStatus, useRanking, useRecordConsensus, useRequestAssignment, useStaffCall } from './queries';
import { daysUntil, scaleSteps } from './scoring';
import './evaluation.css';

/** A call's evaluation as its coordinator runs it: pool, conflicts, assignment, progress and the flagged applications. */
export function CallEvaluationPage() {
  useFeatureMessages(EVALUATION_MESSAGES);
  const { id = '' } = useParams();
  return <RequireSignIn>{() => <CallEvaluation key={id} callId={id} />}</RequireSignIn>;
}

export function expertiseLabel(t: TFunction, tag: string): string {
  return t(`themes.${tag}`, { defaultValue: t(`focusAreas.${tag}`, { defaultValue: tag }) });
}

function CallEvaluation({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const call = useStaffCall(callId, locale);
  const status = useAssignmentStatus(callId);
  const ranking = useRanking(callId);
  const rerun = useRequestAssignment(callId);
  const announce = useAnnounce();

  if (call.isPending || status.isPending) return <LoadingSpinner />;
  const failed = call.error ?? status.error;
  if (failed || !call.data || !status.data) {
    return (
      <div className="container">
        <ErrorMessage error={failed} onRetry={() => void Promise.all([call.refetch(), status.refetch()])} />
      </div>
    );
  }
  const data = status.data;
  const names = new Map(data.evaluators.map((evaluator) => [evaluator.userId, evaluator.displayName || evaluator.email]));
  const live = data.applications.flatMap((application) => application.reviews).filter((review) => review.state !== 'declined');
  const submitted = live.filter((review) => review.state === 'submitted').length;
  const days = daysUntil(call.data.reviewDeadline, new Date());
  const flagged = (ranking.data?.entries ?? []).filter((entry) => entry.needsConsensus);

  return (
    <div className="container evaluation-page">
      <PageTitle title={t('evaluation.call.title', { call: call.data.title })} />
      <p className="back-link">
        <Link to={paths.deskEvaluation(locale)}>{t('evaluation.call.back')}</Link>
      </p>
      <h1>{t('evaluation.call.title', { call: call.data.title })}</h1>
      <p>
        <StatusLabel type="info">{t(`callStates.${call.data.state}`, { defaultValue: call.data.state })}</StatusLabel>{' '}
        <Link to={paths.ranking(locale, callId)}>{t('evaluation.call.toRanking')}</Link>
        {' · '}
        <Link to={paths.calibration(locale, callId)}>{t('evaluation.call.toCalibration')}</Link>
      </p>

      <section aria-labelledby="progress-title">
        <h2 id="progress-title">{t('evaluation.call.progressTitle')}</h2>
        <p data-testid="review-progress">
          {t('evaluation.call.progress', { submitted, assigned: live.length })} {deadlineText(t, formatDate(call.data.reviewDeadline, locale), days)}
        </p>
        <progress max={Math.max(live.length, 1)} value={submitted} aria-label={t('evaluation.call.progressTitle')} />
      </section>

      <section aria-labelledby="pool-title">
        <h2 id="pool-title" tabIndex={-1}>
          {t('evaluation.call.poolTitle')}
        </h2>
        {data.evaluators.length === 0 && <p>{t('evaluation.pool.empty')}</p>}
        <Table
          caption={t('evaluation.call.poolTitle')}
          hideCaption
          rowKey={(row) => row.userId}
          rows={data.evaluators}
          columns={[
            { key: 'name', header: t('evaluation.call.columns.evaluator'), render: (row) => `${row.displayName} (${row.email})` },
            { key: 'expertise', header: t('evaluation.call.columns.expertise'), render: (row) => row.expertise.map((tag) => expertiseLabel(t, tag)).join(', ') || '–' },
            { key: 'load', header: t('evaluation.call.columns.load'), render: (row) => String(row.load) },
            { key: 'submitted', header: t('evaluation.call.columns.submitted'), render: (row) => t('evaluation.call.ofLoad', { submitted: row.submitted, load: row.load }) },
            { key: 'declined', header: t('evaluation.call.columns.declined'), render: (row) => String(row.declined) },
            ...(call.data.state === 'decided'
              ? []
              : [{ key: 'remove', header: t('evaluation.pool.actions'), render: (row: (typeof data.evaluators)[number]) => <RemoveEvaluator callId={callId} evaluator={row} /> }]),
          ]}
        />
        {call.data.state !== 'decided' && <AddEvaluator callId={callId} />}
      </section>

      <section aria-labelledby="assignment-title">
        <h2 id="assignment-title">{t('evaluation.call.assignmentTitle')}</h2>
        <p>{t('evaluation.call.assignmentIntro', { count: data.reviewersPerApplication })}</p>
        <Button
          variant="secondary"
          disabled={rerun.isPending}
          onClick={() => rerun.mutate(undefined, { onSuccess: () => announce(t('evaluation.call.rerunQueued')) })}
          data-testid="rerun-assignment"
        >
          {t('evaluation.call.rerun')}
        </Button>
        {rerun.isSuccess && <p role="status">{t('evaluation.call.rerunQueued')}</p>}
        {rerun.error && <ProblemText error={rerun.error} />}
        <Table
          caption={t('evaluation.call.assignmentTitle')}
          hideCaption
          rowKey={(row) => row.applicationId}
          rows={data.applications}
          columns={[
            { key: 'title', header: t('evaluation.call.columns.application'), render: (row) => row.title },
            { key: 'state', header: t('evaluation.call.columns.state'), render: (row) => t(`applicationStates.${row.state}`, { defaultValue: row.state }) },
            {
              key: 'reviewers',
              header: t('evaluation.call.columns.reviewers'),
              render: (row) => (
                <ul className="plain-list">
                  {row.reviews.map((review) => (
                    <li key={review.reviewId}>
                      {names.get(review.evaluatorId) ?? t('evaluation.call.formerEvaluator')}: {t(`evaluation.states.${review.state}`)}
                      {review.declineReason ? ` — ${review.declineReason}` : ''}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      </section>

      <ConflictsSection data={data} names={names} />

      <section aria-labelledby="unassignable-title">
        <h2 id="unassignable-title">{t('evaluation.call.unassignableTitle')}</h2>
        {data.unassignable.length === 0 ? (
          <p>{t('evaluation.call.noUnassignable')}</p>
        ) : (
          <Table
            caption={t('evaluation.call.unassignableTitle')}
            hideCaption
            rowKey={(row) => row.applicationId}
            rows={data.unassignable}
            columns={[
              { key: 'title', header: t('evaluation.call.columns.application'), render: (row) => row.title },
              { key: 'missing', header: t('evaluation.call.columns.covered'), render: (row) => t('evaluation.call.covered', { covered: row.covered, required: row.required }) },
              {
                key: 'why',
                header: t('evaluation.call.columns.why'),
                render: (row) =>
                  t('evaluation.call.why', {
                    pool: row.reason.poolSize,
                    candidates: row.reason.candidates,
                    conflicted: row.reason.conflicted,
                    declined: row.reason.declined,
                  }),
              },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="flagged-title">
        <h2 id="flagged-title">{t('evaluation.call.flaggedTitle')}</h2>
        {ranking.error ? (
          <ErrorMessage error={ranking.error} onRetry={() => void ranking.refetch()} />
        ) : flagged.length === 0 ? (
          <p>{t('evaluation.call.noFlagged')}</p>
        ) : (
          flagged.map((entry) => <FlaggedApplication key={entry.applicationId} entry={entry} call={call.data} names={names} />)
        )}
      </section>
    </div>
  );
}

function ConflictsSection({ data, names }: { data: AssignmentStatus; names: Map<string, string> }) {
  const { t } = useTranslation();
  const rows = data.applications.flatMap((application) =>
    application.conflicts.map((conflict) => ({ key: `${application.applicationId}-${conflict.evaluatorId}`, title: application.title, evaluatorId: conflict.evaluatorId, reasons: conflict.reasons })),
  );
  return (
    <section aria-labelledby="conflicts-title">
      <h2 id="conflicts-title">{t('evaluation.call.conflictsTitle')}</h2>
      {rows.length === 0 ? (
        <p>{t('evaluation.call.noConflicts')}</p>
      ) : (
        <Table
          caption={t('evaluation.call.conflictsTitle')}
          hideCaption
          rowKey={(row) => row.key}
          rows={rows}
          columns={[
            { key: 'title', header: t('evaluation.call.columns.application'), render: (row) => row.title },
            { key: 'evaluator', header: t('evaluation.call.columns.evaluator'), render: (row) => names.get(row.evaluatorId) ?? t('evaluation.call.formerEvaluator') },
            {
              key: 'reasons',
              header: t('evaluation.call.columns.reasons'),
              render: (row) => (
                <ul className="plain-list" data-testid="conflict-reasons">
                  {row.reasons.map((reason, index) => (
                    <li key={index}>
                      {t(`evaluation.conflictKinds.${reason.kind}`, { defaultValue: reason.kind })}: {reason.detail}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

function FlaggedApplication({ entry, call, names }: { entry: RankingEntry; call: Call; names: Map<string, string> }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const reviews = useApplicationReviews(entry.applicationId, true);
  const consensus = useRecordConsensus(call.id);
  const divergent = (entry.divergences as unknown as { key: string }[]).map((divergence) => divergence.key);
  const criteria = call.criteria;
  const [scores, setScores] = useState<Record<string, string>>({});
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const submitted = (reviews.data ?? []).filter((review) => review.state === 'submitted');
  const fieldError = (field: string) => (consensus.error instanceof ApiError ? consensus.error.fieldErrors.find((error) => error.field === field)?.message : undefined);
  const headingId = `flagged-${entry.applicationId}`;

  return (
    <article className="flagged" aria-labelledby={headingId} data-testid="flagged-application">
      <h3 id={headingId}>{entry.title}</h3>
      <p className="card__meta">{entry.leadOrganisationName}</p>
      {reviews.isPending ? (
        <LoadingSpinner />
      ) : reviews.error ? (
        <ErrorMessage error={reviews.error} onRetry={() => void reviews.refetch()} />
      ) : (
        <div className="table-scroll">
          <table className="hds-table staff-table">
            <caption>{t('evaluation.call.scoresOf', { title: entry.title })}</caption>
            <thead className="hds-table__header-row">
              <tr>
                <th scope="col">{t('evaluation.review.criterion')}</th>
                {submitted.map((review) => (
                  <th scope="col" key={review.id}>
                    {names.get(review.evaluatorId) ?? t('evaluation.call.formerEvaluator')}
                  </th>
                ))}
                <th scope="col">{t('evaluation.call.mean')}</th>
              </tr>
            </thead>
            <tbody className="hds-table__content">
              {criteria.map((criterion) => {
                const diverges = divergent.includes(criterion.key);
                const mean = entry.criteria.find((result) => result.key === criterion.key)?.mean;
                return (
                  <tr key={criterion.key} className={diverges ? 'diverges' : undefined}>
                    <th scope="row">
                      {criterion.name}
                      {diverges && <span className="diverges__mark"> ({t('evaluation.call.diverges')})</span>}
                    </th>
                    {submitted.map((review) => (
                      <td key={review.id}>{typeof review.scores[criterion.key]?.score === 'number' ? formatDecimal(review.scores[criterion.key]!.score!, locale) : '–'}</td>
                    ))}
                    <td>{mean !== undefined ? formatDecimal(mean, locale) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <form
        className="form"
        noValidate
        aria-label={t('evaluation.call.consensusFor', { title: entry.title })}
        onSubmit={(event) => {
          event.preventDefault();
          if (!reason.trim()) {
            setReasonError(t('evaluation.call.reasonRequired'));
            document.getElementById(`consensus-reason-${entry.applicationId}`)?.focus();
            return;
          }
          setReasonError(undefined);
          const picked: Record<string, number> = {};
          for (const key of divergent) if (scores[key] !== undefined && scores[key] !== '') picked[key] = Number(scores[key]);
          consensus.mutate({ applicationId: entry.applicationId, scores: picked, reason: reason.trim() }, { onSuccess: () => announce(t('evaluation.call.consensusDone', { title: entry.title })) });
        }}
      >
        <h4>{t('evaluation.call.consensusTitle')}</h4>
        {criteria
          .filter((criterion) => divergent.includes(criterion.key))
          .map((criterion) => (
            <div key={criterion.key}>
              <Select
                id={`consensus-${entry.applicationId}-${criterion.key}`}
                label={t('evaluation.call.consensusScore', { name: criterion.name })}
                value={scores[criterion.key] ?? ''}
                options={[{ value: '', label: t('evaluation.call.pick') }, ...scaleSteps(criterion.scale).map((step) => ({ value: String(step), label: formatDecimal(step, locale) }))]}
                onChange={(value) => setScores({ ...scores, [criterion.key]: value })}
              />
              {fieldError(`scores.${criterion.key}`) && <p className="field-error">{fieldError(`scores.${criterion.key}`)}</p>}
            </div>
          ))}
        <TextInput
          id={`consensus-reason-${entry.applicationId}`}
          label={t('evaluation.call.consensusReason')}
          value={reason}
          onChange={setReason}
          multiline
          required
          errorText={reasonError ?? fieldError('reason')}
        />
        {consensus.error && !(consensus.error instanceof ApiError && consensus.error.fieldErrors.length) && <ProblemText error={consensus.error} />}
        <Button type="submit" disabled={consensus.isPending}>
          {t('evaluation.call.consensusSend')}
        </Button>
      </form>
    </article>
  );
}

export function ProblemText({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.problem.detail && error.status >= 400 && error.status < 500 && error.status !== 401) {
    return (
      <div role="alert" className="error-message">
        <p>{error.problem.detail}</p>
      </div>
    );
  }
  return <ErrorMessage error={error} />;
}

