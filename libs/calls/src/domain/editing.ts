import type { CallContent, CallState } from './call.js';
import type { FieldProblem } from './problems.js';

/** Once a call is public, applicants rely on its rules: only its texts and dates may still change. */
export const EDITABLE_AFTER_PUBLISH = ['title', 'summary', 'body', 'opensAt', 'closesAt', 'reviewDeadline'] as const satisfies readonly (keyof CallContent)[];

/** Equality of stored values: jsonb returns object keys in its own order, so key order does not count. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keysA = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const keysB = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return keysA.length === keysB.length && keysA.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** The fields whose value differs between two versions of a call, in the order of `CallContent`. */
export function changedFields(before: CallContent, after: CallContent): (keyof CallContent)[] {
  return (Object.keys(after) as (keyof CallContent)[]).filter((key) => !sameValue(before[key], after[key]));
}

export type EditVerdict =
  | { ok: true; changed: (keyof CallContent)[] }
  /** 409: the state no longer lets these fields change. */
  | { ok: false; reason: 'locked'; problems: FieldProblem[] }
  /** 422: the new time has already passed. */
  | { ok: false; reason: 'past'; problems: FieldProblem[] };

/**
 * What an edit may change in the call's state: anything in a draft; after publishing only texts
 * and dates, and of the dates only those still ahead of the call (opensAt until it opens, closesAt
 * until it closes, reviewDeadline until funding is decided). A moved closesAt or reviewDeadline
 * must lie in the future by `now`, since a deadline in the past would close the call retroactively.
 */
export function judgeEdit(state: CallState, before: CallContent, after: CallContent, now: Date): EditVerdict {
  const changed = changedFields(before, after);
  if (state === 'draft') return { ok: true, changed };
  const locked: FieldProblem[] = [];
  for (const field of changed) {
    if (!(EDITABLE_AFTER_PUBLISH as readonly string[]).includes(field)) {
      locked.push({ field, message: 'cannot change after the call is published' });
    } else if (field === 'opensAt' && state !== 'scheduled') {
      locked.push({ field, message: `cannot change once the call is ${state}` });
    } else if (field === 'closesAt' && state !== 'scheduled' && state !== 'open') {
      locked.push({ field, message: `cannot change once the call is ${state}` });
    } else if (field === 'reviewDeadline' && state === 'decided') {
      locked.push({ field, message: 'cannot change once funding is decided' });
    }
  }
  if (locked.length) return { ok: false, reason: 'locked', problems: locked };
  const past: FieldProblem[] = [];
  for (const field of ['closesAt', 'reviewDeadline'] as const) {
    if (changed.includes(field) && after[field].getTime() <= now.getTime()) past.push({ field, message: 'must be in the future' });
  }
  if (past.length) return { ok: false, reason: 'past', problems: past };
  return { ok: true, changed };
}
