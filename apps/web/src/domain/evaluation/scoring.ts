import type { Locale } from '../app/i18n/locales';

/** A call's criterion as a review carries it: texts in every language the call has. */
export interface ReviewCriterion {
  key: string;
  name: Partial<Record<Locale, string>>;
  guidance: Partial<Record<Locale, string>> | null;
  weight: number;
  scale: { min: number; max: number; step: number };
  threshold: number;
}

export interface CriterionScore {
  score: number | null;
  comment: string;
}

export type ScoreSheet = Record<string, CriterionScore>;

/** A localized text in the reader's language, else in the first language it has. */
export function textIn(text: Partial<Record<Locale, string>> | null | undefined, locale: Locale): string {
  if (!text) return '';
  return text[locale] || text.fi || text.sv || text.en || '';
}

/** Every step of a scale from its minimum to its maximum (0, 0.5, … 5), without floating-point drift. */
export function scaleSteps(scale: { min: number; max: number; step: number }): number[] {
  if (!(scale.step > 0) || scale.max < scale.min) return [scale.min];
  const count = Math.round((scale.max - scale.min) / scale.step);
  return Array.from({ length: count + 1 }, (_, i) => Math.round((scale.min + i * scale.step) * 1e6) / 1e6);
}

/** The criteria still without a score. */
export function unscored(criteria: readonly ReviewCriterion[], sheet: ScoreSheet): ReviewCriterion[] {
  return criteria.filter((criterion) => sheet[criterion.key]?.score === null || sheet[criterion.key]?.score === undefined);
}

/** Σ weight × score over the scored criteria, and the most the call's weights allow. */
export function weightedTotal(criteria: readonly ReviewCriterion[], sheet: ScoreSheet): { total: number; max: number } {
  let total = 0;
  let max = 0;
  for (const criterion of criteria) {
    const score = sheet[criterion.key]?.score;
    if (typeof score === 'number') total += criterion.weight * score;
    max += criterion.weight * criterion.scale.max;
  }
  return { total: Math.round(total * 100) / 100, max: Math.round(max * 100) / 100 };
}

/** The criteria whose score or comment differ from the saved ones: what a draft save sends. */
export function changedScores(sheet: ScoreSheet, saved: ScoreSheet): ScoreSheet {
  const changes: ScoreSheet = {};
  for (const [key, value] of Object.entries(sheet)) {
    const before = saved[key];
    if (!before || before.score !== value.score || before.comment !== value.comment) changes[key] = value;
  }
  return changes;
}

/** A draft kept in the browser until the server has it: the review version it was typed on and the sheet. */
export interface StoredSheet {
  baseVersion: number;
  sheet: ScoreSheet;
}

export function parseStoredSheet(raw: string | null): StoredSheet | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as unknown;
    if (!value || typeof value !== 'object') return null;
    const { baseVersion, sheet } = value as Record<string, unknown>;
    if (typeof baseVersion !== 'number' || !sheet || typeof sheet !== 'object') return null;
    const clean: ScoreSheet = {};
    for (const [key, entry] of Object.entries(sheet as Record<string, unknown>)) {
      if (!entry || typeof entry !== 'object') continue;
      const { score, comment } = entry as Record<string, unknown>;
      clean[key] = { score: typeof score === 'number' ? score : null, comment: typeof comment === 'string' ? comment : '' };
    }
    return { baseVersion, sheet: clean };
  } catch {
    return null;
  }
}

/** Whole days from now to a deadline (negative once it has passed), counted by the calendar in Finnish time. */
export function daysUntil(deadline: Date | string, now: Date): number {
  const day = (value: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(value);
  const [a, b] = [day(now), day(new Date(deadline))].map((text) => Date.parse(`${text}T00:00:00Z`));
  return Math.round((b! - a!) / 86_400_000);
}

/** The next assignment to review after the one just finished: the first still assigned, oldest deadline first. */
export function nextAssignment<T extends { id: string; state: string; reviewDeadline: string | Date }>(items: readonly T[], after: string): T | null {
  const open = items.filter((item) => item.state === 'assigned' && item.id !== after);
  open.sort((a, b) => new Date(a.reviewDeadline).getTime() - new Date(b.reviewDeadline).getTime());
  return open[0] ?? null;
}
