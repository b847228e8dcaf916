import { StatusLabel } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Link } from '../../common/components/link/Link';
import { PageTitle } from '../../common/components/pageTitle/PageTitle';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useAnnounce } from '../app/a11y/Announcer';
import { ApiError } from '../app/api/problems';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDate, formatDecimal } from '../app/i18n/format';
import type { Locale } from '../app/i18n/locales';
import { useLocale } from '../app/i18n/useLocale';
import { paths } from '../app/paths';
import { RequireSignIn } from '../applications/RequireSignIn';
import { EvaluatorClarifications } from '../clarifications/Clarifications';
import { deadlineText } from './deadline';
import { EVALUATION_MESSAGES } from './messages';
import { type ReviewDetail, useApplicationReviews, useMyAssignments, useReview, useSubmitReview } from './queries';
import { RevisionView } from './RevisionView';
import { daysUntil, nextAssignment, type ReviewCriterion, scaleSteps, type ScoreSheet, textIn, unscored, weightedTotal } from './scoring';
import { useReviewDraft } from './useReviewDraft';
import './evaluation.css';

/** One assignment: the pinned application beside the score sheet, saved as typed; submitted, the other reviews of it. */
export function ReviewPage() {
  useFeatureMessages(EVALUATION_MESSAGES);
  const { id = '' } = useParams();
  return <RequireSignIn>{() => <ReviewLoader key={id} id={id} />}</RequireSignIn>;
}

function ReviewLoader({ id }: { id: string }) {
  const review = useReview(id);
  if (review.isPending) return <LoadingSpinner />;
  if (review.error) {
    return (
      <div className="container">
        <ErrorMessage error={review.error} onRetry={() => void review.refetch()} />
      </div>
    );
  }
  return <Bench review={review.data} />;
}

function Bench({ review }: { review: ReviewDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const criteria = review.call.criteria as unknown as ReviewCriterion[];
  const callTitle = textIn(review.call.title, locale);
  const title = (review.revision.snapshot as { title?: string }).title ?? '';
  const days = daysUntil(review.call.reviewDeadline, new Date());
  return (
    <div className="container bench-page">
      <PageTitle title={title} />
      <p className="back-link">
        <Link to={paths.reviews(locale)}>{t('evaluation.review.back')}</Link>
      </p>
      <h1>{t('evaluation.review.title', { title })}</h1>
      <p className="card__meta">
        {callTitle} · {deadlineText(t, formatDate(review.call.reviewDeadline, locale), days)}{' '}
        <StatusLabel type={review.state === 'submitted' ? 'success' : review.state === 'declined' ? 'error' : 'info'}>{t(`evaluation.states.${review.state}`)}</StatusLabel>
      </p>
      <div className="bench">
        <div className="bench__application">
          <RevisionView revision={review.revision} />
          {review.state !== 'declined' && <EvaluatorClarifications applicationId={review.applicationId} />}
        </div>
        <div className="bench__sheet">
          {review.state === 'assigned' ? <ScoreSheetForm review={review} criteria={criteria} /> : <SubmittedSheet review={review} criteria={criteria} />}
        </div>
      </div>
    </div>
  );
}

function ScoreSheetForm({ review, criteria }: { review: ReviewDetail; criteria: ReviewCriterion[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const draft = useReviewDraft(review);
  const submit = useSubmitReview(review.id);
  const assignments = useMyAssignments(1);
  const [confirming, setConfirming] = useState<null | 'stay' | 'next'>(null);
  const missing = unscored(criteria, draft.sheet);
  const { total, max } = weightedTotal(criteria, draft.sheet);

  const send = async (then: 'stay' | 'next') => {
    try {
      const version = await draft.flush();
      await submit.mutateAsync(version);
      draft.forget();
      announce(t('evaluation.review.submitted'));
      if (then === 'next') {
        const refreshed = await assignments.refetch();
        const next = nextAssignment(refreshed.data?.items ?? [], review.id);
        navigate(next ? paths.review(locale, next.id) : paths.reviews(locale));
      }
    } catch {
      // The mutation's error is shown below the buttons.
    }
  };

  return (
    <form
      className="score-sheet"
      aria-labelledby="sheet-title"
      onSubmit={(event) => {
        event.preventDefault();
        setConfirming('stay');
      }}
    >
      <h2 id="sheet-title">{t('evaluation.review.sheet')}</h2>
      <p className={`save-status save-status--${draft.status}`} role="status" data-testid="draft-status">
        {t(`evaluation.review.draft.${draft.status}`)}
      </p>
      {draft.status === 'invalid' && <ErrorMessage error={draft.error} />}
      {criteria.map((criterion) => (
        <CriterionField key={criterion.key} criterion={criterion} locale={locale} sheet={draft.sheet} onChange={(value) => draft.change(criterion.key, value)} />
      ))}
      <section className="score-summary" aria-labelledby="summary-title">
        <h3 id="summary-title">{t('evaluation.review.summary')}</h3>
        <p data-testid="weighted-total">{t('evaluation.review.total', { total: formatDecimal(total, locale), max: formatDecimal(max, locale) })}</p>
        {missing.length > 0 ? (
          <p>{t('evaluation.review.missing', { criteria: missing.map((criterion) => textIn(criterion.name, locale)).join(', ') })}</p>
        ) : (
          <p>{t('evaluation.review.complete')}</p>
        )}
      </section>
      {confirming ? (
        <div className="confirm" role="group" aria-labelledby="confirm-title">
          <p id="confirm-title">
            <strong>{t('evaluation.review.confirmTitle')}</strong>
          </p>
          <ul>
            {criteria.map((criterion) => (
              <li key={criterion.key}>
                {textIn(criterion.name, locale)}: {draft.sheet[criterion.key]?.score != null ? formatDecimal(draft.sheet[criterion.key]!.score!, locale) : '–'}
              </li>
            ))}
          </ul>
          <div className="actions">
            <Button type="button" onClick={() => void send(confirming)} disabled={submit.isPending} data-testid="confirm-submit">
              {confirming === 'next' ? t('evaluation.review.confirmNext') : t('evaluation.review.confirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(null)}>
              {t('evaluation.review.keepEditing')}
            </Button>
          </div>
        </div>
      ) : (
        <div className="actions">
          <Button type="submit" disabled={missing.length > 0}>
            {t('evaluation.review.submit')}
          </Button>
          <Button type="button" variant="secondary" disabled={missing.length > 0} onClick={() => setConfirming('next')}>
            {t('evaluation.review.submitNext')}
          </Button>
        </div>
      )}
      {submit.error && <SubmitError error={submit.error} />}
    </form>
  );
}

function SubmitError({ error }: { error: unknown }) {
  if (error instanceof ApiError && error.problem.detail && (error.status === 409 || error.status === 422)) {
    return (
      <div role="alert" className="error-message">
        <p>{error.problem.detail}</p>
      </div>
    );
  }
  return <ErrorMessage error={error} />;
}

function CriterionField({
  criterion,
  locale,
  sheet,
  onChange,
}: {
  criterion: ReviewCriterion;
  locale: Locale;
  sheet: ScoreSheet;
  onChange: (value: Partial<{ score: number | null; comment: string }>) => void;
}) {
  const { t } = useTranslation();
  const value = sheet[criterion.key] ?? { score: null, comment: '' };
  const name = textIn(criterion.name, locale);
  const guidance = textIn(criterion.guidance, locale);
  const steps = scaleSteps(criterion.scale);
  return (
    <fieldset className="criterion" data-testid={`criterion-${criterion.key}`}>
      <legend>{name}</legend>
      <p className="card__meta">
        {t('evaluation.review.weight', {
          weight: formatDecimal(criterion.weight, locale),
          threshold: formatDecimal(criterion.threshold, locale),
          min: formatDecimal(criterion.scale.min, locale),
          max: formatDecimal(criterion.scale.max, locale),
          step: formatDecimal(criterion.scale.step, locale),
        })}
      </p>
      {guidance && <p className="criterion__guidance">{guidance}</p>}
      <div className="scale" role="radiogroup" aria-label={t('evaluation.review.scoreOf', { name })}>
        {steps.map((step) => {
          const id = `score-${criterion.key}-${String(step).replace('.', '_')}`;
          return (
            <span key={step} className="scale__step">
              <input type="radio" id={id} name={`score-${criterion.key}`} value={step} checked={value.score === step} onChange={() => onChange({ score: step })} />
              <label htmlFor={id}>{formatDecimal(step, locale)}</label>
            </span>
          );
        })}
      </div>
      {value.score !== null && (
        <Button type="button" variant="clear" onClick={() => onChange({ score: null })}>
          {t('evaluation.review.clear', { name })}
        </Button>
      )}
      <TextInput id={`comment-${criterion.key}`} label={t('evaluation.review.comment', { name })} value={value.comment} multiline maxLength={10000} onChange={(comment) => onChange({ comment })} />
    </fieldset>
  );
}

function SubmittedSheet({ review, criteria }: { review: ReviewDetail; criteria: ReviewCriterion[] }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const submitted = review.state === 'submitted';
  const others = useApplicationReviews(review.applicationId, submitted);
  const { total } = weightedTotal(criteria, review.scores as ScoreSheet);
  return (
    <section aria-labelledby="mine-title">
      <h2 id="mine-title">{t('evaluation.review.mine')}</h2>
      {review.state === 'declined' && <p>{t('evaluation.review.declinedBecause', { reason: review.declineReason ?? '' })}</p>}
      <ul className="score-list">
        {criteria.map((criterion) => (
          <li key={criterion.key}>
            <strong>{textIn(criterion.name, locale)}</strong>: {review.scores[criterion.key]?.score != null ? formatDecimal(review.scores[criterion.key]!.score!, locale) : '–'}
            {review.scores[criterion.key]?.comment ? ` — ${review.scores[criterion.key]!.comment}` : ''}
          </li>
        ))}
      </ul>
      {submitted && <p>{t('evaluation.review.total', { total: formatDecimal(total, locale), max: formatDecimal(weightedTotal(criteria, {}).max, locale) })}</p>}
      {submitted && (
        <section aria-labelledby="others-title" data-testid="other-reviews">
          <h2 id="others-title">{t('evaluation.review.others')}</h2>
          {others.isPending ? (
            <LoadingSpinner />
          ) : others.error ? (
            <ErrorMessage error={others.error} onRetry={() => void others.refetch()} />
          ) : (
            (() => {
              const rest = others.data.filter((other) => other.id !== review.id && other.state === 'submitted');
              if (!rest.length) return <p>{t('evaluation.review.noOthers')}</p>;
              return (
                <div className="table-scroll table-scroll--hidden-caption">
                  <table className="hds-table staff-table">
                    <caption>{t('evaluation.review.others')}</caption>
                    <thead className="hds-table__header-row">
                      <tr>
                        <th scope="col">{t('evaluation.review.criterion')}</th>
                        <th scope="col">{t('evaluation.review.you')}</th>
                        {rest.map((other, index) => (
                          <th scope="col" key={other.id}>
                            {t('evaluation.review.evaluatorN', { n: index + 1 })}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody className="hds-table__content">
                      {criteria.map((criterion) => (
                        <tr key={criterion.key}>
                          <th scope="row">{textIn(criterion.name, locale)}</th>
                          <td>{formatScore(review.scores[criterion.key]?.score, locale)}</td>
                          {rest.map((other) => (
                            <td key={other.id}>
                              {formatScore(other.scores[criterion.key]?.score, locale)}
                              {other.scores[criterion.key]?.comment ? <span className="card__meta"> — {other.scores[criterion.key]!.comment}</span> : null}
                            </td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              );
            })()
          )}
        </section>
      )}
    </section>
  );
}

function formatScore(score: number | null | undefined, locale: Locale): string {
  return typeof score === 'number' ? formatDecimal(score, locale) : '–';
}
