import { roundScore } from './aggregation.js';

/**
 * Calibrated totals: evaluators differ (one gives 3 where another gives 4.5), and an application
 * that drew a harsh reviewer should not lose its place for it.
 *
 * The model is least squares over the review graph (evaluators and applications, an edge for each
 * submitted review): the weighted total t(e, a) that evaluator e gave application a is
 *
 *     t(e, a) ≈ q(a) + b(e)
 *
 * with q(a) the application's quality and b(e) the evaluator's bias, fitted by least squares. It is
 * preferred to per-evaluator z-scores because it compares evaluators only where they met (the
 * same applications): an evaluator who happened to get only strong applications is not marked
 * down for it, a small load does not blow up a standard deviation, and totals stay on the call's
 * own scale. Biases are only relative within a connected part of the graph, so in each part they
 * are fixed to average zero over its evaluators; an evaluator who shares no application with
 * anyone (or a part with one evaluator) gets bias 0: there is nothing to compare them with.
 *
 * The calibrated total of an application is its total less the mean bias of its reviewers,
 * `total − mean(b(e))`: the application's stored total (which may carry the coordinator's consensus
 * scores) moves by exactly what its reviewers' leanings put into it. Thresholds are not
 * calibrated: an application passes or fails on its scores as given; only the order changes.
 */

export interface CalibrationReview {
  evaluatorId: string;
  applicationId: string;
  /** Σ weight × score of this one review */
  total: number;
}

export interface EvaluatorBias {
  evaluatorId: string;
  /** Least-squares bias: + marks generously, − harshly (in total points) */
  bias: number;
  /** Plain mean of (own total − mean of the others' totals) over the applications shared with others; null when none */
  meanOffset: number | null;
  reviews: number;
  /** Applications this evaluator shared with at least one other reviewer */
  shared: number;
  /** Index of the connected part of the review graph the evaluator is in (0, 1, …, by first evaluator id) */
  component: number;
}

export interface Calibration {
  evaluators: EvaluatorBias[];
  /** application id → the mean bias of its reviewers (0 for an application without reviews) */
  adjustments: Map<string, number>;
  components: number;
}

const MAX_ITERATIONS = 20_000;
const TOLERANCE = 1e-12;

export function weightedReviewTotal(weights: Readonly<Record<string, number>>, scores: Readonly<Record<string, number>>): number {
  return Object.entries(weights).reduce((sum, [key, weight]) => sum + weight * (scores[key] ?? 0), 0);
}

/** Connected parts of the review graph, as evaluator id → part index (numbered by sorted evaluator id). */
function components(reviews: readonly CalibrationReview[]): Map<string, number> {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    let node = x;
    while (parent.get(node) !== root) {
      const next = parent.get(node)!;
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  const add = (x: string) => (parent.has(x) ? undefined : parent.set(x, x));
  for (const r of reviews) {
    const e = `e:${r.evaluatorId}`;
    const a = `a:${r.applicationId}`;
    add(e);
    add(a);
    const [re, ra] = [find(e), find(a)];
    if (re !== ra) parent.set(re, ra);
  }
  const evaluators = [...new Set(reviews.map((r) => r.evaluatorId))].sort();
  const index = new Map<string, number>();
  const out = new Map<string, number>();
  for (const id of evaluators) {
    const root = find(`e:${id}`);
    if (!index.has(root)) index.set(root, index.size);
    out.set(id, index.get(root)!);
  }
  return out;
}

export function calibrate(reviews: readonly CalibrationReview[]): Calibration {
  const byApplication = new Map<string, CalibrationReview[]>();
  const byEvaluator = new Map<string, CalibrationReview[]>();
  for (const r of reviews) {
    if (!Number.isFinite(r.total)) throw new RangeError(`review total is not a number: ${r.total}`);
    byApplication.set(r.applicationId, [...(byApplication.get(r.applicationId) ?? []), r]);
    byEvaluator.set(r.evaluatorId, [...(byEvaluator.get(r.evaluatorId) ?? []), r]);
  }
  const part = components(reviews);

  // Backfitting (alternating least squares) of q and b: each step is the exact least-squares
  // answer for one side given the other, and the sum of squares falls until it converges.
  const bias = new Map<string, number>([...byEvaluator.keys()].map((e) => [e, 0]));
  const quality = new Map<string, number>();
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    for (const [a, rs] of byApplication) quality.set(a, rs.reduce((s, r) => s + r.total - bias.get(r.evaluatorId)!, 0) / rs.length);
    let change = 0;
    for (const [e, rs] of byEvaluator) {
      const next = rs.reduce((s, r) => s + r.total - quality.get(r.applicationId)!, 0) / rs.length;
      change = Math.max(change, Math.abs(next - bias.get(e)!));
      bias.set(e, next);
    }
    // Fix each part's free constant: its evaluators' biases average zero.
    const sums = new Map<number, { sum: number; n: number }>();
    for (const [e, b] of bias) {
      const p = part.get(e)!;
      const s = sums.get(p) ?? { sum: 0, n: 0 };
      sums.set(p, { sum: s.sum + b, n: s.n + 1 });
    }
    for (const [e, b] of bias) {
      const s = sums.get(part.get(e)!)!;
      bias.set(e, b - s.sum / s.n);
    }
    if (change < TOLERANCE) break;
  }

  const evaluators: EvaluatorBias[] = [...byEvaluator.entries()]
    .map(([evaluatorId, rs]) => {
      const offsets = rs
        .map((r) => {
          const others = byApplication.get(r.applicationId)!.filter((o) => o.evaluatorId !== evaluatorId);
          return others.length ? r.total - others.reduce((s, o) => s + o.total, 0) / others.length : null;
        })
        .filter((x): x is number => x !== null);
      return {
        evaluatorId,
        bias: roundScore(bias.get(evaluatorId)!),
        meanOffset: offsets.length ? roundScore(offsets.reduce((s, x) => s + x, 0) / offsets.length) : null,
        reviews: rs.length,
        shared: offsets.length,
        component: part.get(evaluatorId)!,
      };
    })
    .sort((x, y) => (x.evaluatorId < y.evaluatorId ? -1 : x.evaluatorId > y.evaluatorId ? 1 : 0));
  const rounded = new Map(evaluators.map((e) => [e.evaluatorId, e.bias]));
  const adjustments = new Map<string, number>();
  for (const [a, rs] of byApplication) adjustments.set(a, roundScore(rs.reduce((s, r) => s + rounded.get(r.evaluatorId)!, 0) / rs.length));
  return { evaluators, adjustments, components: new Set(part.values()).size };
}

/** An application's total with its reviewers' mean bias taken out. */
export function calibratedTotal(total: number, adjustment: number | undefined): number {
  return roundScore(total - (adjustment ?? 0));
}

export interface ComparedEntry {
  applicationId: string;
  rawTotal: number;
  calibratedTotal: number;
  pass: boolean;
  /** rank among the passing applications by raw totals (rule 6, with the call's tie-breaks); null when failing */
  rawRank: number | null;
  calibratedRank: number | null;
  /** places gained by calibration (+2: two places higher), null when failing */
  rankChange: number | null;
}

/**
 * The ranking both ways, with rule 6's tie-breaks: which places calibration would change. Only
 * passing applications are ranked (thresholds are not calibrated).
 */
export function compareRankings(
  entries: readonly { applicationId: string; total: number; pass: boolean; means: Record<string, number>; submittedAt: Date }[],
  adjustments: ReadonlyMap<string, number>,
  tieBreaks: readonly string[],
  rankBy: (entries: { applicationId: string; total: number; means: Record<string, number>; submittedAt: Date }[], tieBreaks: readonly string[]) => { applicationId: string; rank: number }[],
): ComparedEntry[] {
  const passing = entries.filter((e) => e.pass);
  const raw = new Map(rankBy(passing.map((e) => ({ ...e })), tieBreaks).map((r) => [r.applicationId, r.rank]));
  const calibrated = new Map(
    rankBy(
      passing.map((e) => ({ ...e, total: calibratedTotal(e.total, adjustments.get(e.applicationId)) })),
      tieBreaks,
    ).map((r) => [r.applicationId, r.rank]),
  );
  return entries
    .map((e) => {
      const rawRank = raw.get(e.applicationId) ?? null;
      const calibratedRank = calibrated.get(e.applicationId) ?? null;
      return {
        applicationId: e.applicationId,
        rawTotal: e.total,
        calibratedTotal: calibratedTotal(e.total, adjustments.get(e.applicationId)),
        pass: e.pass,
        rawRank,
        calibratedRank,
        rankChange: rawRank !== null && calibratedRank !== null ? rawRank - calibratedRank : null,
      };
    })
    .sort((a, b) => (a.rawRank ?? Infinity) - (b.rawRank ?? Infinity) || b.rawTotal - a.rawTotal || (a.applicationId < b.applicationId ? -1 : 1));
}
