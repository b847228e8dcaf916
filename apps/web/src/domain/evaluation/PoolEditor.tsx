import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../common/components/button/Button';
import { Checkbox } from '../../common/components/checkbox/Checkbox';
import { ErrorMessage } from '../../common/components/errorMessage/ErrorMessage';
import { Select } from '../../common/components/select/Select';
import { LoadingSpinner } from '../../common/components/spinner/LoadingSpinner';
import { TextInput } from '../../common/components/textInput/TextInput';
import { useAnnounce } from '../app/a11y/Announcer';
import { FOCUS_AREAS } from '../calls/vocabulary';
import { THEMES } from '../testbeds/vocabulary';
import { expertiseLabel, ProblemText } from './CallEvaluationPage';
import { type EvaluatorCandidate, type PoolEvaluator, useAddEvaluator, useEvaluatorCandidates, useRemoveEvaluator } from './queries';
import { POOL_SEARCH_PAGE_SIZE, searchPages, toggleTag } from './poolSearch';

const EXPERTISE_TAGS = [...THEMES, ...FOCUS_AREAS];

/**
 * Adding evaluators to a call's pool: search users with the evaluator role by name and expertise,
 * pick one, choose the tags, add. Results, additions and failures are announced; after adding,
 * focus returns to the search field for the next one.
 */
export function AddEvaluator({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [q, setQ] = useState('');
  const [expertise, setExpertise] = useState('');
  // `n` counts the searches asked for: the same words searched again are read out again.
  const [search, setSearch] = useState<{ q: string; expertise: string; page: number; limit: number; n: number } | null>(null);
  const [picked, setPicked] = useState<EvaluatorCandidate | null>(null);
  const candidates = useEvaluatorCandidates(callId, search);
  const searchInput = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const resultsTitle = useId();

  const run = (page: number) => {
    setPicked(null);
    setSearch((previous) => ({ q, expertise, page, limit: POOL_SEARCH_PAGE_SIZE, n: (previous?.n ?? 0) + 1 }));
  };
  // A new search shows nothing of the previous one; a refresh after adding someone keeps the list in place.
  const shown = search && candidates.data && !candidates.isPlaceholderData ? candidates.data : null;
  const pages = shown ? searchPages(shown.total, shown.page, shown.limit) : null;
  const foundText = shown && pages ? (shown.total === 0 ? t('evaluation.pool.noneFound') : t('evaluation.pool.found', { count: shown.total, page: shown.page, pages: pages.pages })) : null;
  // Each search's (or page's) count is read out once, when it arrives; focus stays where it was.
  const announcedFor = useRef(0);
  useEffect(() => {
    if (!foundText || !search || announcedFor.current === search.n) return;
    announcedFor.current = search.n;
    announce(foundText);
  }, [foundText, search, announce]);

  return (
    <section aria-labelledby="add-evaluator-title" className="add-evaluator">
      <h3 id="add-evaluator-title">{t('evaluation.pool.addTitle')}</h3>
      <p>{t('evaluation.pool.addIntro')}</p>
      <form
        className="form add-evaluator__search"
        role="search"
        aria-label={t('evaluation.pool.searchLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          run(1);
        }}
      >
        <TextInput id="evaluator-search-q" ref={searchInput} type="search" label={t('evaluation.pool.name')} value={q} onChange={setQ} maxLength={100} autoComplete="off" />
        <Select
          id="evaluator-search-expertise"
          label={t('evaluation.pool.expertise')}
          value={expertise}
          options={[{ value: '', label: t('evaluation.pool.anyExpertise') }, ...EXPERTISE_TAGS.map((tag) => ({ value: tag, label: expertiseLabel(t, tag) }))]}
          onChange={setExpertise}
        />
        <Button type="submit" variant="secondary" data-testid="evaluator-search">
          {t('evaluation.pool.search')}
        </Button>
      </form>
      {search && candidates.isFetching && !shown && <LoadingSpinner />}
      {search && candidates.error && <ErrorMessage error={candidates.error} onRetry={() => void candidates.refetch()} />}
      {shown && pages && (
        <div aria-labelledby={resultsTitle}>
          <h4 id={resultsTitle}>{t('evaluation.pool.results')}</h4>
          <p data-testid="evaluator-found">{foundText}</p>
          {shown.items.length > 0 && (
            <ul className="plain-list candidate-list" data-testid="evaluator-candidates">
              {shown.items.map((candidate) => (
                <li key={candidate.userId} className="candidate">
                  <span>
                    <strong>{candidate.displayName}</strong>
                    <br />
                    <span className="card__meta">
                      {candidate.expertise.length ? candidate.expertise.map((tag) => expertiseLabel(t, tag)).join(', ') : t('evaluation.pool.noKnownExpertise')}
                    </span>
                  </span>
                  {candidate.inPool ? (
                    <span>{t('evaluation.pool.inPool')}</span>
                  ) : (
                    <Button
                      variant="secondary"
                      aria-expanded={picked?.userId === candidate.userId}
                      aria-controls={picked?.userId === candidate.userId ? 'pick-evaluator' : undefined}
                      onClick={() => setPicked(picked?.userId === candidate.userId ? null : candidate)}
                    >
                      {t('evaluation.pool.pick', { name: candidate.displayName })}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {(pages.hasPrevious || pages.hasNext) && (
            <nav aria-label={t('evaluation.pool.pages')} className="row-actions">
              <Button variant="clear" disabled={!pages.hasPrevious} onClick={() => run(shown.page - 1)}>
                {t('evaluation.pool.previous')}
              </Button>
              <Button variant="clear" disabled={!pages.hasNext} onClick={() => run(shown.page + 1)}>
                {t('evaluation.pool.next')}
              </Button>
            </nav>
          )}
        </div>
      )}
      {picked && (
        <PickedEvaluator
          key={picked.userId}
          callId={callId}
          candidate={picked}
          onDone={(name) => {
            setPicked(null);
            announce(t('evaluation.pool.added', { name }));
            searchInput.current?.focus();
          }}
        />
      )}
    </section>
  );
}

function PickedEvaluator({ callId, candidate, onDone }: { callId: string; candidate: EvaluatorCandidate; onDone: (name: string) => void }) {
  const { t } = useTranslation();
  const [tags, setTags] = useState<string[]>(candidate.expertise);
  const add = useAddEvaluator(callId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The choice opens below the results: take the keyboard there.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <form
      id="pick-evaluator"
      className="form add-evaluator__pick"
      aria-labelledby="pick-evaluator-title"
      onSubmit={(event) => {
        event.preventDefault();
        add.mutate({ userId: candidate.userId, expertise: tags }, { onSuccess: () => onDone(candidate.displayName) });
      }}
    >
      <h4 id="pick-evaluator-title" ref={headingRef} tabIndex={-1}>
        {t('evaluation.pool.pickTitle', { name: candidate.displayName })}
      </h4>
      <fieldset className="tag-choices">
        <legend>{t('evaluation.pool.tagsLegend')}</legend>
        {EXPERTISE_TAGS.map((tag) => (
          <Checkbox
            key={tag}
            id={`pick-tag-${tag}`}
            label={expertiseLabel(t, tag)}
            checked={tags.includes(tag)}
            onChange={(on) => setTags(toggleTag(tags, tag, on))}
          />
        ))}
      </fieldset>
      {add.error && <ProblemText error={add.error} />}
      <Button type="submit" disabled={add.isPending} data-testid="add-evaluator">
        {t('evaluation.pool.add', { name: candidate.displayName })}
      </Button>
    </form>
  );
}

/** A pool row's removal, with a confirmation that says what happens to the evaluator's reviews. */
export function RemoveEvaluator({ callId, evaluator }: { callId: string; evaluator: PoolEvaluator }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const remove = useRemoveEvaluator(callId);
  const [confirming, setConfirming] = useState(false);
  const name = evaluator.displayName || evaluator.email;
  if (!confirming) {
    return (
      <Button variant="clear" onClick={() => setConfirming(true)} data-testid="remove-evaluator">
        {t('evaluation.pool.remove', { name })}
      </Button>
    );
  }
  return (
    <div role="group" aria-label={t('evaluation.pool.remove', { name })} className="confirm-remove">
      <p>{t('evaluation.pool.removeConfirm', { name })}</p>
      <span className="row-actions">
        <Button
          variant="secondary"
          autoFocus
          disabled={remove.isPending}
          onClick={() =>
            remove.mutate(evaluator.userId, {
              onSuccess: () => {
                announce(t('evaluation.pool.removed', { name }));
                document.getElementById('pool-title')?.focus();
              },
            })
          }
          data-testid="confirm-remove-evaluator"
        >
          {t('evaluation.pool.removeYes')}
        </Button>
        <Button variant="clear" onClick={() => setConfirming(false)}>
          {t('evaluation.pool.removeNo')}
        </Button>
      </span>
      {remove.error && <ProblemText error={remove.error} />}
    </div>
  );
}
