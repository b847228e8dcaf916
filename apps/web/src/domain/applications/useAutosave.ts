import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { ApiError } from '../app/api/problems';
import { adoptIds, type Application, changesOf, incompleteLists, keepMine as mergeMine, type DraftValues, formFieldOf, parseStoredDraft, type StoredDraft, valuesOf } from './draft';
import { saveApplication } from './queries';

/** How long typing may pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 800;
/** How long to wait before trying again after a lost connection or an unavailable service. */
const RETRY_MS = 5000;

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'invalid' | 'error' | 'conflict';

const storageKey = (id: string) => `kokeilu.draft.${id}`;

/** Unsaved edits of this tab for an application, if any. */
export function storedDraft(id: string): StoredDraft | null {
  try {
    return parseStoredDraft(window.sessionStorage.getItem(storageKey(id)));
  } catch {
    return null;
  }
}

/**
 * The form's first values: the unsaved edits this tab kept (sessionStorage) when there are any,
 * else the server's draft; and the version those edits were made on.
 */
export function initialDraft(application: Application, locale: string): { values: DraftValues; baseVersion: number } {
  const stored = storedDraft(application.id);
  if (stored && stored.baseVersion <= application.version) return stored;
  return { values: valuesOf(application, locale), baseVersion: application.version };
}

/**
 * Saves the draft as the user types: a pause of AUTOSAVE_DELAY_MS, then only the changed fields
 * with the version they were made on (optimistic concurrency). Until the server has them, the
 * edits wait in sessionStorage, so a reload loses nothing. A 409 with a newer version opens the
 * conflict (keep mine: save my fields on the newer version; take theirs: the form becomes theirs);
 * the API's field errors are put at their fields.
 */
export function useAutosave(form: UseFormReturn<DraftValues>, application: Application, baseVersion: number, locale: string) {
  const client = useQueryClient();
  const id = application.id;
  /** The server's copy the edits are made on: its version and its values. */
  const base = useRef({ version: baseVersion, values: valuesOf(application, locale) });
  const timer = useRef<number | undefined>(undefined);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const [status, setStatus] = useState<SaveStatus>(() => (Object.keys(changesOf(form.getValues(), base.current.values)).length ? 'unsaved' : 'saved'));
  const [conflict, setConflict] = useState<Application | null>(null);
  const [error, setError] = useState<unknown>(null);
  const conflictRef = useRef<Application | null>(null);

  const remember = useCallback(() => {
    const values = form.getValues();
    try {
      if (Object.keys(changesOf(values, base.current.values)).length) {
        window.sessionStorage.setItem(storageKey(id), JSON.stringify({ baseVersion: base.current.version, values } satisfies StoredDraft));
      } else {
        window.sessionStorage.removeItem(storageKey(id));
      }
    } catch {
      // A full or refused storage only loses the copy kept against a reload; the save goes on.
    }
  }, [form, id]);

  const save = useCallback(async (): Promise<void> => {
    window.clearTimeout(timer.current);
    if (conflictRef.current) return;
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const values = form.getValues();
    const patch = changesOf(values, base.current.values);
    for (const field of incompleteLists(values)) delete (patch as Record<string, unknown>)[field];
    if (!Object.keys(patch).length) {
      remember();
      setStatus(Object.keys(changesOf(values, base.current.values)).length ? 'unsaved' : 'saved');
      return;
    }
    setStatus('saving');
    const run = (async () => {
      try {
        const saved = await saveApplication(id, base.current.version, patch);
        base.current = { version: saved.version, values: valuesOf(saved, locale) };
        client.setQueryData(['applications', 'one', id], saved);
        const withIds = adoptIds(form.getValues(), saved);
        withIds.kpis.forEach((kpi, i) => kpi.id && !form.getValues(`kpis.${i}.id`) && form.setValue(`kpis.${i}.id`, kpi.id));
        withIds.budgetLines.forEach((line, i) => line.id && !form.getValues(`budgetLines.${i}.id`) && form.setValue(`budgetLines.${i}.id`, line.id));
        form.clearErrors();
        setError(null);
        remember();
        setStatus(Object.keys(changesOf(form.getValues(), base.current.values)).length ? 'unsaved' : 'saved');
      } catch (caught) {
        remember();
        if (caught instanceof ApiError && caught.code === 'stale_version' && caught.problem.current) {
          const current = caught.problem.current as Application;
          conflictRef.current = current;
          setConflict(current);
          setStatus('conflict');
        } else if (caught instanceof ApiError && caught.status === 400 && caught.fieldErrors.length) {
          form.clearErrors();
          for (const field of caught.fieldErrors) form.setError(formFieldOf(field.field) as FieldPath<DraftValues>, { type: 'server', message: field.message });
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
  }, [client, form, id, locale, remember]);

  useEffect(() => {
    const subscription = form.watch(() => {
      remember();
      if (conflictRef.current) return;
      setStatus((current) => (current === 'saving' ? current : 'unsaved'));
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    });
    return () => subscription.unsubscribe();
  }, [form, remember, save]);

  // Edits restored from the tab are saved at once (they may meet a conflict: someone saved meanwhile).
  useEffect(() => {
    if (Object.keys(changesOf(form.getValues(), base.current.values)).length) timer.current = window.setTimeout(() => void save(), 0);
    return () => window.clearTimeout(timer.current);
  }, [form, save]);

  /** Keep mine: my fields go on top of their newer version. */
  const keepMine = useCallback(() => {
    const theirs = conflictRef.current;
    if (!theirs) return;
    const merged = mergeMine(form.getValues(), base.current.values, valuesOf(theirs, locale));
    base.current = { version: theirs.version, values: valuesOf(theirs, locale) };
    conflictRef.current = null;
    setConflict(null);
    client.setQueryData(['applications', 'one', id], theirs);
    form.reset(merged);
    void save();
  }, [client, form, id, locale, save]);

  /** Take theirs: the form becomes the newer version and my unsaved edits are dropped. */
  const takeTheirs = useCallback(() => {
    const theirs = conflictRef.current;
    if (!theirs) return;
    base.current = { version: theirs.version, values: valuesOf(theirs, locale) };
    conflictRef.current = null;
    setConflict(null);
    client.setQueryData(['applications', 'one', id], theirs);
    form.reset(valuesOf(theirs, locale));
    remember();
    setStatus('saved');
  }, [client, form, id, locale, remember]);

  /** Saves what is left to save; answers the version the server now has, or null when something could not be saved (a conflict, an invalid field, no connection). */
  const flush = useCallback(async (): Promise<number | null> => {
    await save();
    while (inFlight.current) await inFlight.current;
    if (conflictRef.current || Object.keys(changesOf(form.getValues(), base.current.values)).length) return null;
    return base.current.version;
  }, [form, save]);

  return { status, conflict, error, keepMine, takeTheirs, flush, version: () => base.current.version, base: () => base.current.values };
}
