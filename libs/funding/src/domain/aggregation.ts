/**
 * Rule 5: aggregation of an application's submitted reviews. Means and totals are rounded to
 * SCORE_DECIMALS places so that equal scores give equal totals whatever order the reviews are
 * summed in (ties in the ranking are then real ties, broken by the tie-break chain).
 */

export const SCORE_DECIMALS = 6;

export function roundScore(value: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  return Math.round(value * factor) / factor;
}

/** What aggregation needs of a call's criterion. */
export interface ScoredCriterion {
  key: string;
  weight: number;
  threshold: number;
  scale: { min: number; max: number; step: number };
}

export interface AggregationRules {
  criteria: ScoredCriterion[];
  /** total ≥ this to pass */
  overallThreshold: number;
  /** reviews whose scores on one criterion differ by at least this flag the application */
  divergenceLimit: number;
}

/** One submitted review as stored in `reviews.scores`. */
export interface SubmittedReview {
  evaluatorId: string;
  scores: Record<string, { score: number | null; comment?: string } | undefined>;
}

export interface CriterionResult {
  key: string;
  /** mean of the reviews' scores, or the consensus score when one was recorded */
  mean: number;
  /** how many reviews scored it */
  count: number;
  threshold: number;
  pass: boolean;
}

export interface Divergence {
  key: string;
  min: number;
  max: number;
}

export interface Aggregate {
  criteria: CriterionResult[];
  /** Σ weight × mean */
  total: number;
  pass: boolean;
  /** criteria on which reviews differ by ≥ the divergence limit */
  divergences: Divergence[];
  /** divergent and no consensus recorded yet: it may not be ranked */
  needsConsensus: boolean;
  reviewCount: number;
}

export class AggregationError extends Error {
  constructor(
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'AggregationError';
  }
}

function totalOf(rules: AggregationRules, criteria: CriterionResult[]): number {
  const byKey = new Map(criteria.map((c) => [c.key, c.mean]));
  return roundScore(rules.criteria.reduce((sum, c) => sum + c.weight * (byKey.get(c.key) ?? 0), 0));
}

function judge(rules: AggregationRules, criteria: CriterionResult[], divergences: Divergence[], needsConsensus: boolean, reviewCount: number): Aggregate {
  const total = totalOf(rules, criteria);
  const pass = criteria.every((c) => c.pass) && total >= rules.overallThreshold;
  return { criteria, total, pass, divergences, needsConsensus, reviewCount };
}

/**
 * Aggregates the submitted reviews of one application. A criterion no review scored counts as
 * the scale's minimum (it cannot pass unless its threshold is the minimum).
 */
export function aggregate(rules: AggregationRules, reviews: SubmittedReview[]): Aggregate {
  if (reviews.length === 0) throw new AggregationError('reviews', 'an application needs at least one submitted review');
  const divergences: Divergence[] = [];
  const criteria = rules.criteria.map((criterion): CriterionResult => {
    const scores = reviews
      .map((r) => r.scores[criterion.key]?.score)
      .filter((s): s is number => typeof s === 'number' && Number.isFinite(s));
    const mean = scores.length ? roundScore(scores.reduce((a, b) => a + b, 0) / scores.length) : criterion.scale.min;
    if (scores.length >= 2) {
      const min = Math.min(...scores);
      const max = Math.max(...scores);
      // Scores are on steps like 0.5: compare with a little slack for the float subtraction.
      if (max - min >= rules.divergenceLimit - 1e-9) divergences.push({ key: criterion.key, min, max });
    }
    return { key: criterion.key, mean, count: scores.length, threshold: criterion.threshold, pass: mean >= criterion.threshold };
  });
  return judge(rules, criteria, divergences, divergences.length > 0, reviews.length);
}

/** True when `value` is on the scale: within min..max and a whole number of steps from min. */
export function onScale(scale: { min: number; max: number; step: number }, value: number): boolean {
  if (!Number.isFinite(value) || value < scale.min || value > scale.max) return false;
  const steps = (value - scale.min) / scale.step;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

/**
 * The coordinator's consensus: scores for (at least) every divergent criterion, each on its
 * criterion's scale. They replace the means of those criteria; the total and verdict follow.
 */
export function applyConsensus(rules: AggregationRules, computed: Aggregate, consensus: Record<string, number>): Aggregate {
  const known = new Map(rules.criteria.map((c) => [c.key, c]));
  for (const [key, value] of Object.entries(consensus)) {
    const criterion = known.get(key);
    if (!criterion) throw new AggregationError(`scores.${key}`, `is not a criterion of this call`);
    if (typeof value !== 'number' || !onScale(criterion.scale, value)) {
      throw new AggregationError(
        `scores.${key}`,
        `must be on the criterion's scale ${criterion.scale.min}–${criterion.scale.max} in steps of ${criterion.scale.step}`,
      );
    }
  }
  for (const divergence of computed.divergences) {
    if (!(divergence.key in consensus)) throw new AggregationError(`scores.${divergence.key}`, 'the reviews diverge on this criterion: a consensus score is required');
  }
  const criteria = computed.criteria.map((c) =>
    c.key in consensus ? { ...c, mean: consensus[c.key]!, pass: consensus[c.key]! >= c.threshold } : c,
  );
  return judge(rules, criteria, computed.divergences, false, computed.reviewCount);
}
