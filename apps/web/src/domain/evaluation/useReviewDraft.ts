import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../app/api/problems';
import { type ReviewDetail, saveReview } from './queries';
import { changedScores, parseStoredSheet, type ScoreSheet } from './scoring';

/** How long typing may pause before the draft is saved. */
export const REVIEW_AUTOSAVE_DELAY_MS = 700;
const RETRY_MS = 5000;

export type DraftStatus = 'saved' | 'unsaved' | 'saving' | 'invalid' | 'error';

const storageKey = (id: string) => `kokeilu.review.${id}`;

function sheetOf(review: ReviewDetail): ScoreSheet {
  const sheet: ScoreSheet = {};
  for (const [key, value] of Object.entries(review.scores)) sheet[key] = { score: value.score ?? null, comment: value.comment ?? '' };
  return sheet;
}

/**
 * The evaluator's score sheet, saved as they type: after a short pause only the changed criteria
 * go to the server with the version they were typed on. Until the server has them they wait in
 * localStorage, so a reload (or a closed tab) loses nothing. The review has one writer, so a 409
 * (saved from another tab) takes the newer version and sends these edits again on top of it.
 */
export function useReviewDraft(review: ReviewDetail) {
  const client = useQueryClient();
  const id = review.id;
  const editable = review.state === 'assigned';
  const base = useRef({ version: review.version, sheet: sheetOf(review) });
  const [sheet, setSheet] = useState<ScoreSheet>(() => {
    const saved = sheetOf(review);
    if (!editable) return saved;
    const stored = parseStoredSheet(readStorage(id));
    return stored && stored.baseVersion <= review.version ? { ...saved, ...stored.sheet } : saved;
  });
  const sheetRef = useRef(sheet);
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const [status, setStatus] = useState<DraftStatus>(() => (Object.keys(changedScores(sheet, base.current.sheet)).length ? 'unsaved' : 'saved'));
  const [error, setError] = useState<unknown>(null);

  const remember = useCallback(() => {
    try {
      if (Object.keys(changedScores(sheetRef.current, base.current.sheet)).length) {
        window.localStorage.setItem(storageKey(id), JSON.stringify({ baseVersion: base.current.version, sheet: sheetRef.current }));
      } else {
        window.localStorage.removeItem(storageKey(id));
      }
    } catch {
      // A refused storage only loses the copy kept against a reload.
    }
  }, [id]);

  const save = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (!editable) return;
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const changes = changedScores(sheetRef.current, base.current.sheet);
    if (!Object.keys(changes).length) {
      remember();
      setStatus('saved');
      return;
    }
    setStatus('saving');
    const run = (async () => {
      try {
        const saved = await saveReview(id, base.current.version, changes);
        base.current = { version: saved.version, sheet: sheetOf(saved) };
        client.setQueryData(['reviews', 'one', id], saved);
        setError(null);
        remember();
        setStatus(Object.keys(changedScores(sheetRef.current, base.current.sheet)).length ? 'unsaved' : 'saved');
      } catch (caught) {
        remember();
        if (caught instanceof ApiError && caught.code === 'stale_version' && caught.problem.current) {
          const current = caught.problem.current as ReviewDetail;
          base.current = { version: current.version, sheet: sheetOf(current) };
          again.current = true;
          setStatus('unsaved');
        } else if (caught instanceof ApiError && caught.status === 400) {
          setError(caught);
          setStatus('invalid');
        } else {
          setError(caught);
          setStatus('error');
          if (caught instanceof ApiError && (caught.code === 'network' || caught.status >= 500)) timer.current = window.setTimeout(() => void save(), RETRY_MS);
        }
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (again.current) {
      again.current = false;
      await save();
    }
  }, [client, editable, id, remember]);

  const change = useCallback(
    (key: string, value: Partial<{ score: number | null; comment: string }>) => {
      const next = { ...sheetRef.current, [key]: { ...(sheetRef.current[key] ?? { score: null, comment: '' }), ...value } };
      sheetRef.current = next;
      setSheet(next);
      remember();
      setStatus('unsaved');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save(), REVIEW_AUTOSAVE_DELAY_MS);
    },
    [remember, save],
  );

  // Edits kept from before a reload go to the server at once.
  useEffect(() => {
    if (editable && Object.keys(changedScores(sheetRef.current, base.current.sheet)).length) void save();
    return () => window.clearTimeout(timer.current);
  }, [editable, save]);

  // Leaving with unsaved edits: they stay in localStorage; the browser asks before closing the tab.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (Object.keys(changedScores(sheetRef.current, base.current.sheet)).length) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  /** Saves whatever is pending and answers the version the server now has. */
  const flush = useCallback(async (): Promise<number> => {
    await save();
    return base.current.version;
  }, [save]);

  const forget = useCallback(() => {
    try {
      window.localStorage.removeItem(storageKey(id));
    } catch {
      // nothing kept
    }
  }, [id]);

  return { sheet, change, status, error, flush, forget };
}

function readStorage(id: string): string | null {
  try {
    return window.localStorage.getItem(storageKey(id));
  } catch {
    return null;
  }
}
