import { aggregate, AggregationError, AggregationRules, applyConsensus, onScale, SubmittedReview } from './aggregation.js';

const scale = { min: 0, max: 5, step: 0.5 };
const rules: AggregationRules = {
  criteria: [
    { key: 'impact', weight: 2, threshold: 3, scale },
    { key: 'feasibility', weight: 1, threshold: 2.5, scale },
  ],
  overallThreshold: 9,
  divergenceLimit: 2,
};
const review = (evaluatorId: string, impact: number | null, feasibility: number | null): SubmittedReview => ({
  evaluatorId,
  scores: { impact: { score: impact, comment: '' }, feasibility: { score: feasibility, comment: '' } },
});

describe('aggregate', () => {
  it('takes per-criterion means and the weighted total, and passes at the thresholds exactly', () => {
    const result = aggregate(rules, [review('e1', 3, 2.5), review('e2', 3, 3), review('e3', 3, 2)]);
    expect(result.criteria).toEqual([
      { key: 'impact', mean: 3, count: 3, threshold: 3, pass: true },
      { key: 'feasibility', mean: 2.5, count: 3, threshold: 2.5, pass: true },
    ]);
    expect(result.total).toBe(8.5);
    expect(result.pass).toBe(false); // total below the overall threshold 9
    expect(result.divergences).toEqual([]);
    expect(result.needsConsensus).toBe(false);
  });

  it('fails when one criterion mean is under its threshold even if the total is high', () => {
    const result = aggregate(rules, [review('e1', 5, 2), review('e2', 5, 2.5)]);
    expect(result.total).toBe(12.25);
    expect(result.criteria[1]!.pass).toBe(false);
    expect(result.pass).toBe(false);
  });

  it('passes when every criterion and the total reach their thresholds', () => {
    const result = aggregate(rules, [review('e1', 4, 3), review('e2', 3.5, 2.5)]);
    expect(result.total).toBe(10.25);
    expect(result.pass).toBe(true);
  });

  it('rounds repeating means so that the order of the reviews does not change the total', () => {
    const a = aggregate(rules, [review('e1', 3, 1), review('e2', 3.5, 1.5), review('e3', 3.5, 1)]);
    const b = aggregate(rules, [review('e3', 3.5, 1), review('e1', 3, 1), review('e2', 3.5, 1.5)]);
    expect(a.criteria[0]!.mean).toBe(3.333333);
    expect(a.total).toBe(b.total);
  });

  it('flags reviews differing on a criterion by at least the divergence limit, and not below it', () => {
    const at = aggregate(rules, [review('e1', 2, 3), review('e2', 4, 3)]);
    expect(at.divergences).toEqual([{ key: 'impact', min: 2, max: 4 }]);
    expect(at.needsConsensus).toBe(true);
    const below = aggregate(rules, [review('e1', 2.5, 3), review('e2', 4, 3)]);
    expect(below.needsConsensus).toBe(false);
  });

  it('leaves an unscored criterion at the scale minimum and refuses no reviews at all', () => {
    const result = aggregate(rules, [review('e1', 4, null)]);
    expect(result.criteria[1]).toMatchObject({ mean: 0, count: 0, pass: false });
    expect(() => aggregate(rules, [])).toThrow(AggregationError);
  });
});

describe('applyConsensus', () => {
  const divergent = aggregate(rules, [review('e1', 1, 3), review('e2', 5, 3)]);

  it('replaces the divergent means, recomputes the total and clears the flag', () => {
    const result = applyConsensus(rules, divergent, { impact: 4 });
    expect(result.criteria[0]).toMatchObject({ key: 'impact', mean: 4, pass: true });
    expect(result.total).toBe(11);
    expect(result.pass).toBe(true);
    expect(result.needsConsensus).toBe(false);
    expect(result.divergences).toEqual(divergent.divergences);
  });

  it('may also settle criteria that did not diverge', () => {
    expect(applyConsensus(rules, divergent, { impact: 3, feasibility: 2 }).pass).toBe(false);
  });

  it('requires every divergent criterion, and scores on the scale of known criteria', () => {
    expect(() => applyConsensus(rules, divergent, { feasibility: 3 })).toThrow(/scores.impact/);
    expect(() => applyConsensus(rules, divergent, { impact: 4.2 })).toThrow(/scale/);
    expect(() => applyConsensus(rules, divergent, { impact: 6 })).toThrow(/scale/);
    expect(() => applyConsensus(rules, divergent, { impact: 4, novelty: 3 })).toThrow(/not a criterion/);
  });
});

describe('onScale', () => {
  it('accepts whole steps within the bounds only', () => {
    expect(onScale(scale, 0)).toBe(true);
    expect(onScale(scale, 4.5)).toBe(true);
    expect(onScale(scale, 4.25)).toBe(false);
    expect(onScale({ min: 1, max: 10, step: 1 }, 0)).toBe(false);
    expect(onScale(scale, Number.NaN)).toBe(false);
  });
});
