import { StatusLabel } from 'hds-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../common/components/button/Button';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { ProblemMessage } from '../../common/components/problemMessage/ProblemMessage';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useAnnounce } from '../app/a11y/Announcer';
import { ApiError } from '../app/api/problems';
import { useFeatureMessages } from '../app/i18n/featureMessages';
import { formatDateTime } from '../app/i18n/format';
import { useLocale } from '../app/i18n/useLocale';
import { fromHelsinkiLocal } from '../desk/helsinkiTime';
import { CLARIFICATION_MESSAGES } from './messages';
import { type Clarification, type Suggestion, useAnswer, useAsk, useClarifications, useDismiss, useSuggest, useSuggestions } from './queries';
import { useKeptText } from './useKeptText';
import './clarifications.css';

const STATE_TYPES = { open: 'alert', answered: 'success', expired: 'neutral' } as const;

/** Whether an error only says that this reader has no part in the application's clarifications. */
const notTheirs = (error: unknown) => error instanceof ApiError && (error.status === 403 || error.status === 404);

/** The questions and answers, oldest first; `answerFor` renders the answer form of an open question. */
function Thread({ items, answerFor }: { items: Clarification[]; answerFor?: (item: Clarification, n: number) => React.ReactNode }) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ol className="clarifications__list" data-testid="clarifications">
      {items.map((item, index) => (
        <li key={item.id} className="clarification" data-testid={`clarification-${item.state}`}>
          <h3 className="clarification__title">
            {t('clarifications.questionN', { n: index + 1 })}{' '}
            <StatusLabel type={STATE_TYPES[item.state as keyof typeof STATE_TYPES] ?? 'neutral'}>{t(`clarifications.states.${item.state}`)}</StatusLabel>
          </h3>
          <p className="clarification__text">{item.question}</p>
          <p className="card__meta">
            {t('clarifications.meta', { asked: formatDateTime(item.askedAt, locale), due: formatDateTime(item.answerDueAt, locale), revision: item.revisionNumber })}
            {item.suggested ? ` · ${t('clarifications.fromSuggestion')}` : ''}
          </p>
          {item.answer !== null ? (
            <div className="clarification__answer">
              <h4>{t('clarifications.answer')}</h4>
              <p className="clarification__text">{item.answer}</p>
              {item.answeredAt && <p className="card__meta">{t('clarifications.answeredAt', { at: formatDateTime(item.answeredAt, locale) })}</p>}
            </div>
          ) : item.state === 'open' && answerFor ? (
            answerFor(item, index + 1)
          ) : (
            <p>{t(item.state === 'expired' ? 'clarifications.expired' : 'clarifications.awaiting')}</p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** The applicant's side: the coordinator's questions, each open one with its deadline and an answer form. */
export function ConsortiumClarifications({ applicationId }: { applicationId: string }) {
  useFeatureMessages(CLARIFICATION_MESSAGES);
  const { t } = useTranslation();
  const list = useClarifications(applicationId);
  if (list.isPending) return null;
  if (list.error) return notTheirs(list.error) ? null : <ErrorMessage error={list.error} onRetry={() => void list.refetch()} />;
  if (!list.data.length) return null;
  return (
    <section className="clarifications" aria-labelledby="clarifications-title">
      <h2 id="clarifications-title">{t('clarifications.consortium.title')}</h2>
      <p>{t('clarifications.consortium.intro')}</p>
      <Thread items={list.data} answerFor={(item, n) => <AnswerForm applicationId={applicationId} clarification={item} n={n} />} />
    </section>
  );
}

function AnswerForm({ applicationId, clarification, n }: { applicationId: string; clarification: Clarification; n: number }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const announce = useAnnounce();
  const [answer, setAnswer, forget] = useKeptText(`kokeilu.clarification.answer.${clarification.id}`);
  const send = useAnswer(applicationId, clarification.id);
  const id = `answer-${clarification.id}`;
  return (
    <form
      className="form clarification__form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        send.mutate(answer.trim(), {
          onSuccess: () => {
            forget();
            announce(t('clarifications.consortium.sent'));
          },
        });
      }}
    >
      <p>
        <strong>{t('clarifications.consortium.due', { due: formatDateTime(clarification.answerDueAt, locale) })}</strong>
      </p>
      <TextInput id={id} label={t('clarifications.consortium.answerLabel', { n })} helperText={t('clarifications.consortium.answerHelp')} value={answer} onChange={setAnswer} multiline maxLength={10000} />
      {send.error ? <ProblemMessage error={send.error} labels={{ answer: t('clarifications.answer') }} /> : null}
      <div className="actions">
        <Button type="submit" disabled={send.isPending}>
          {t('clarifications.consortium.send')}
        </Button>
      </div>
    </form>
  );
}

/** The evaluator's side, beside the revision: the questions and answers, and a question to suggest to the coordinator. */
export function EvaluatorClarifications({ applicationId }: { applicationId: string }) {
  useFeatureMessages(CLARIFICATION_MESSAGES);
  const { t } = useTranslation();
  const announce = useAnnounce();
  const list = useClarifications(applicationId);
  const mine = useSuggestions(applicationId);
  const [question, setQuestion, forget] = useKeptText(`kokeilu.clarification.suggestion.${applicationId}`);
  const suggest = useSuggest(applicationId);
  if (list.error && notTheirs(list.error)) return null;
  return (
    <section className="clarifications" aria-labelledby="clarifications-title" data-testid="review-clarifications">
      <h2 id="clarifications-title">{t('clarifications.evaluator.title')}</h2>
      {list.isPending ? <LoadingSpinner small /> : list.error ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : list.data.length ? <Thread items={list.data} /> : <p>{t('clarifications.none')}</p>}
      {mine.data && mine.data.length > 0 && (
        <>
          <h3>{t('clarifications.evaluator.mine')}</h3>
          <ul className="clarifications__suggestions" data-testid="my-suggestions">
            {mine.data.map((suggestion) => (
              <li key={suggestion.id}>
                {suggestion.question} <span className="card__meta">({t(`clarifications.suggestionStates.${suggestion.state}`)})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          suggest.mutate(question.trim(), {
            onSuccess: () => {
              forget();
              announce(t('clarifications.evaluator.suggested'));
            },
          });
        }}
      >
        <TextInput id="suggest-question" label={t('clarifications.evaluator.suggestLabel')} helperText={t('clarifications.evaluator.suggestHelp')} value={question} onChange={setQuestion} multiline maxLength={4000} />
        {suggest.error ? <ProblemMessage error={suggest.error} labels={{ question: t('clarifications.question') }} /> : null}
        <div className="actions">
          <Button type="submit" variant="secondary" disabled={suggest.isPending}>
            {t('clarifications.evaluator.suggest')}
          </Button>
        </div>
      </form>
    </section>
  );
}

/** The coordinator's side: the questions and answers, the evaluators' suggestions, and a new question with its deadline. */
/** The application states in which its consortium may still be asked (the API's rule, libs/evaluation/src/domain/clarifications.ts). */
const ASKABLE_STATES = ['submitted', 'eligible', 'in_review', 'reviewed'];

export function CoordinatorClarifications({ applicationId, applicationState }: { applicationId: string; applicationState: string }) {
  useFeatureMessages(CLARIFICATION_MESSAGES);
  const { t } = useTranslation();
  const announce = useAnnounce();
  const list = useClarifications(applicationId);
  const suggestions = useSuggestions(applicationId);
  const [question, setQuestion, forgetQuestion] = useKeptText(`kokeilu.clarification.question.${applicationId}`);
  const [due, setDue, forgetDue] = useKeptText(`kokeilu.clarification.due.${applicationId}`);
  const [suggestionId, setSuggestionId] = useState<string | undefined>();
  const ask = useAsk(applicationId);
  const dismiss = useDismiss(applicationId);
  const open = (suggestions.data ?? []).filter((s) => s.state === 'open');
  const askable = ASKABLE_STATES.includes(applicationState);

  const take = (suggestion: Suggestion) => {
    setQuestion(suggestion.question);
    setSuggestionId(suggestion.id);
    document.getElementById('ask-question')?.focus();
  };

  return (
    <section className="clarifications" aria-labelledby="clarifications-title">
      <h2 id="clarifications-title">{t('clarifications.coordinator.title')}</h2>
      {list.isPending ? <LoadingSpinner small /> : list.error ? <ErrorMessage error={list.error} onRetry={() => void list.refetch()} /> : list.data.length ? <Thread items={list.data} /> : <p>{t('clarifications.none')}</p>}
      {open.length > 0 && (
        <>
          <h3>{t('clarifications.coordinator.suggestions')}</h3>
          <ul className="clarifications__suggestions" data-testid="suggestions">
            {open.map((suggestion) => (
              <li key={suggestion.id}>
                <p className="clarification__text">{suggestion.question}</p>
                <p className="card__meta">{t('clarifications.coordinator.suggestedBy', { name: suggestion.evaluatorName })}</p>
                <div className="actions">
                  {askable && (
                    <Button type="button" variant="secondary" onClick={() => take(suggestion)} aria-label={t('clarifications.coordinator.takeOf', { question: suggestion.question })}>
                      {t('clarifications.coordinator.take')}
                    </Button>
                  )}
                  <Button
                    type="button"
                    variant="clear"
                    disabled={dismiss.isPending}
                    onClick={() => dismiss.mutate(suggestion.id, { onSuccess: () => announce(t('clarifications.coordinator.dismissed')) })}
                    aria-label={t('clarifications.coordinator.dismissOf', { question: suggestion.question })}
                  >
                    {t('clarifications.coordinator.dismiss')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
          {dismiss.error ? <ProblemMessage error={dismiss.error} /> : null}
        </>
      )}
      <h3 id="ask-title">{t('clarifications.coordinator.ask')}</h3>
      {!askable ? (
        <p>{t('clarifications.coordinator.notAskable')}</p>
      ) : (
        <form
          className="form"
          aria-labelledby="ask-title"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            ask.mutate(
              { question: question.trim(), answerDueAt: fromHelsinkiLocal(due) ?? due, ...(suggestionId ? { suggestionId } : {}) },
              {
                onSuccess: () => {
                  forgetQuestion();
                  forgetDue();
                  setSuggestionId(undefined);
                  announce(t('clarifications.coordinator.asked'));
                },
              },
            );
          }}
        >
          {suggestionId && <p className="card__meta">{t('clarifications.coordinator.editing')}</p>}
          <TextInput id="ask-question" label={t('clarifications.question')} helperText={t('clarifications.coordinator.questionHelp')} value={question} onChange={setQuestion} multiline maxLength={4000} />
          <div className="hds-text-input">
            <label htmlFor="ask-due" className="hds-text-input__label">
              {t('clarifications.coordinator.due')}
            </label>
            <div className="hds-text-input__input-wrapper">
              <input id="ask-due" className="hds-text-input__input" type="datetime-local" value={due} onChange={(event) => setDue(event.target.value)} aria-describedby="ask-due-help" />
            </div>
            <span id="ask-due-help" className="hds-text-input__helper-text">
              {t('clarifications.coordinator.dueHelp')}
            </span>
          </div>
          {ask.error ? <ProblemMessage error={ask.error} labels={{ question: t('clarifications.question'), answerDueAt: t('clarifications.coordinator.due'), suggestionId: t('clarifications.coordinator.suggestions') }} /> : null}
          <div className="actions">
            <Button type="submit" disabled={ask.isPending}>
              {t('clarifications.coordinator.send')}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
