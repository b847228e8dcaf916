import type { Criterion } from '@kokeilu/calls';

/**
 * Review scores (DOMAIN.md rule 4): one score per criterion of the call, on the criterion's scale
 * (from min to max in steps of `step`), with a comment per criterion. Stored as the `reviews.scores`
 * jsonb: `{ "<criterionKey>": { "score": number | null, "comment": string } }`.
 */
export interface CriterionScore {
  score: number | null;
  comment: string;
}
export type ScoreSheet = Record<string, CriterionScore>;

export interface ScoreProblem {
  field: string;
  message: string;
}

export type ScoreResult = { ok: true; scores: ScoreSheet } | { ok: false; problems: ScoreProblem[] };

export const MAX_COMMENT_LENGTH = 10_000;

/** Scales are decimals such as 0.5; a tolerance keeps 3.3 on a 0.1 step despite binary floats. */
const EPSILON = 1e-9;

export function onScale(value: number, scale: Criterion['scale']): boolean {
  if (value < scale.min - EPSILON || value > scale.max + EPSILON) return false;
  const steps = (value - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) < EPSILON * Math.max(1, Math.abs(steps));
}

/** Every criterion of the call, unscored and uncommented, with what is stored laid over it. */
export function sheetOf(criteria: readonly Criterion[], stored: ScoreSheet): ScoreSheet {
  return Object.fromEntries(criteria.map((c) => [c.key, { score: stored[c.key]?.score ?? null, comment: stored[c.key]?.comment ?? '' }]));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A draft's scores after an edit: `input` names the criteria it changes, each with `score` (a
 * number on the scale, or null to clear it) and/or `comment`; criteria it leaves out keep what
 * `current` holds. Every problem is reported at once, each naming its field (`scores.<key>.score`).
 */
export function applyScores(criteria: readonly Criterion[], current: ScoreSheet, input: unknown): ScoreResult {
  if (!isRecord(input)) return { ok: false, problems: [{ field: 'scores', message: 'must be an object keyed by criterion' }] };
  const byKey = new Map(criteria.map((c) => [c.key, c]));
  const problems: ScoreProblem[] = [];
  const scores = sheetOf(criteria, current);
  for (const [key, entry] of Object.entries(input)) {
    const criterion = byKey.get(key);
    const field = `scores.${key}`;
    if (!criterion) {
      problems.push({ field, message: `is not a criterion of this call (criteria: ${criteria.map((c) => c.key).join(', ')})` });
      continue;
    }
    if (!isRecord(entry)) {
      problems.push({ field, message: 'must be an object with score and comment' });
      continue;
    }
    for (const extra of Object.keys(entry).filter((k) => k !== 'score' && k !== 'comment')) {
      problems.push({ field: `${field}.${extra}`, message: 'is not a field of a score' });
    }
    if ('score' in entry) {
      const score = entry.score;
      const { min, max, step } = criterion.scale;
      if (score === null) scores[key].score = null;
      else if (typeof score !== 'number' || !Number.isFinite(score)) problems.push({ field: `${field}.score`, message: 'must be a number or null' });
      else if (!onScale(score, criterion.scale)) problems.push({ field: `${field}.score`, message: `must be between ${min} and ${max} in steps of ${step}` });
      else scores[key].score = score;
    }
    if ('comment' in entry) {
      const comment = entry.comment;
      if (typeof comment !== 'string') problems.push({ field: `${field}.comment`, message: 'must be a string' });
      else if (comment.length > MAX_COMMENT_LENGTH) problems.push({ field: `${field}.comment`, message: `must be at most ${MAX_COMMENT_LENGTH} characters` });
      else scores[key].comment = comment;
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, scores };
}

/** What still keeps a review from being submitted: every criterion needs a score on its scale. */
export function missingScores(criteria: readonly Criterion[], scores: ScoreSheet): ScoreProblem[] {
  const problems: ScoreProblem[] = [];
  for (const criterion of criteria) {
    const score = scores[criterion.key]?.score;
    if (score === null || score === undefined) problems.push({ field: `scores.${criterion.key}.score`, message: 'is required to submit' });
    else if (!onScale(score, criterion.scale)) {
      problems.push({ field: `scores.${criterion.key}.score`, message: `must be between ${criterion.scale.min} and ${criterion.scale.max} in steps of ${criterion.scale.step}` });
    }
  }
  return problems;
}
