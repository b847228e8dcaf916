import { calibrate, calibratedTotal, CalibrationReview, compareRankings, weightedReviewTotal } from './calibration.js';
import { rank } from './ranking.js';

/** Reviews of applications with a true quality, by evaluators who each add their own lean. */
function reviewsOf(quality: Record<string, number>, lean: Record<string, number>, panels: Record<string, string[]>): CalibrationReview[] {
  return Object.entries(panels).flatMap(([applicationId, evaluators]) => evaluators.map((evaluatorId) => ({ evaluatorId, applicationId, total: quality[applicationId] + lean[evaluatorId] })));
}

const biasOf = (c: ReturnType<typeof calibrate>, id: string) => c.evaluators.find((e) => e.evaluatorId === id)!;

describe('calibration', () => {
  const quality = { a1: 8, a2: 7, a3: 6.5, a4: 9, a5: 5, a6: 7.5 };
  const panels = { a1: ['anna', 'dora'], a2: ['ben', 'dora'], a3: ['cai', 'anna'], a4: ['ben', 'cai'], a5: ['dora', 'cai'], a6: ['anna', 'ben'] };

  it('recovers a uniformly harsh evaluator: 1.5 below the others, as least squares and as a plain mean offset', () => {
    const c = calibrate(reviewsOf(quality, { anna: 0, ben: 0, cai: 0, dora: -1.5 }, panels));
    expect(c.components).toBe(1);
    expect(biasOf(c, 'dora').bias - biasOf(c, 'anna').bias).toBeCloseTo(-1.5, 9);
    expect(biasOf(c, 'ben').bias).toBeCloseTo(biasOf(c, 'anna').bias, 9);
    // The biases of one part average zero.
    expect(c.evaluators.reduce((s, e) => s + e.bias, 0)).toBeCloseTo(0, 5);
    expect(biasOf(c, 'dora')).toMatchObject({ meanOffset: -1.5, reviews: 3, shared: 3, component: 0 });
    expect(biasOf(c, 'anna').meanOffset).toBeGreaterThan(0);

    // Raw means punish the applications dora reviewed; calibrated totals give back the true order, each moved by the same constant.
    const raw = (a: keyof typeof quality) => (quality[a] + quality[a] + (panels[a].includes('dora') ? -1.5 : 0)) / 2;
    const shift = calibratedTotal(raw('a4'), c.adjustments.get('a4')) - quality.a4;
    for (const a of Object.keys(quality) as (keyof typeof quality)[]) expect(calibratedTotal(raw(a), c.adjustments.get(a)) - quality[a]).toBeCloseTo(shift, 6);
  });

  it('finds no bias where there is none, and leaves the totals as they are', () => {
    const c = calibrate(reviewsOf(quality, { anna: 0, ben: 0, cai: 0, dora: 0 }, panels));
    for (const e of c.evaluators) expect(e.bias).toBeCloseTo(0, 9);
    for (const adjustment of c.adjustments.values()) expect(adjustment).toBeCloseTo(0, 9);
  });

  it('does not distort a single-review application: it adds nothing to the biases and moves only by its reviewer’s bias', () => {
    const lean = { anna: 0.5, ben: 0, cai: 0, dora: -1.5 };
    const without = calibrate(reviewsOf(quality, lean, panels));
    const withSingle = calibrate([...reviewsOf(quality, lean, panels), { evaluatorId: 'ben', applicationId: 'solo', total: 3 }]);
    for (const e of without.evaluators) expect(biasOf(withSingle, e.evaluatorId).bias).toBeCloseTo(e.bias, 9);
    expect(biasOf(withSingle, 'ben')).toMatchObject({ reviews: 4, shared: 3 });
    expect(withSingle.adjustments.get('solo')).toBeCloseTo(biasOf(withSingle, 'ben').bias, 9);
    expect(calibratedTotal(3, withSingle.adjustments.get('solo'))).toBeCloseTo(3 - biasOf(withSingle, 'ben').bias, 6);
  });

  it('gives bias 0 to an evaluator who shares no application, and to a one-review call', () => {
    const c = calibrate([...reviewsOf(quality, { anna: 0, ben: 0, cai: 0, dora: -1 }, panels), { evaluatorId: 'eeva', applicationId: 'alone', total: 2 }]);
    expect(biasOf(c, 'eeva')).toMatchObject({ bias: 0, meanOffset: null, shared: 0, reviews: 1 });
    expect(c.adjustments.get('alone')).toBe(0);
    expect(calibrate([{ evaluatorId: 'x', applicationId: 'y', total: 4 }]).evaluators).toEqual([{ evaluatorId: 'x', bias: 0, meanOffset: null, reviews: 1, shared: 0, component: 0 }]);
    expect(calibrate([])).toEqual({ evaluators: [], adjustments: new Map(), components: 0 });
  });

  it('handles a disconnected review graph: each part is calibrated on its own, averaging zero', () => {
    const north = reviewsOf({ n1: 6, n2: 8 }, { anna: 1, ben: -1 }, { n1: ['anna', 'ben'], n2: ['anna', 'ben'] });
    const south = reviewsOf({ s1: 5, s2: 7, s3: 6 }, { cai: 0, dora: -2, eeva: 0 }, { s1: ['cai', 'dora'], s2: ['dora', 'eeva'], s3: ['eeva', 'cai'] });
    const c = calibrate([...north, ...south]);
    expect(c.components).toBe(2);
    expect(biasOf(c, 'anna')).toMatchObject({ bias: 1, component: 0 });
    expect(biasOf(c, 'ben')).toMatchObject({ bias: -1, component: 0 });
    expect(biasOf(c, 'dora').component).toBe(1);
    expect(biasOf(c, 'dora').bias - biasOf(c, 'cai').bias).toBeCloseTo(-2, 5);
    expect(biasOf(c, 'cai').bias + biasOf(c, 'dora').bias + biasOf(c, 'eeva').bias).toBeCloseTo(0, 5);
    // Within the north panel both applications saw both evaluators: no adjustment at all.
    expect(c.adjustments.get('n1')).toBeCloseTo(0, 9);
  });

  it('is the same whatever order the reviews come in', () => {
    const reviews = reviewsOf(quality, { anna: 0.3, ben: -0.2, cai: 0, dora: -1.5 }, panels);
    const a = calibrate(reviews);
    const b = calibrate([...reviews].reverse());
    expect(b.evaluators).toEqual(a.evaluators);
    expect([...b.adjustments.entries()].sort()).toEqual([...a.adjustments.entries()].sort());
  });

  it('weighs a review like the aggregation does, and refuses a total that is not a number', () => {
    expect(weightedReviewTotal({ impact: 2, feasibility: 1 }, { impact: 4, feasibility: 3.5 })).toBe(11.5);
    expect(() => calibrate([{ evaluatorId: 'x', applicationId: 'y', total: Number.NaN }])).toThrow(RangeError);
  });
});

describe('ranks that calibration changes', () => {
  const at = new Date('2027-03-01T10:00:00Z');
  const entry = (applicationId: string, total: number, pass = true) => ({ applicationId, total, pass, means: {}, submittedAt: at });

  it('ranks both ways and says how many places each passing application moves', () => {
    // b was reviewed by a harsh evaluator (mean bias −1): calibrated, it overtakes a.
    const adjustments = new Map([
      ['a', 0.5],
      ['b', -1],
      ['c', 0],
      ['f', -3],
    ]);
    const compared = compareRankings([entry('a', 8), entry('b', 7.8), entry('c', 6), entry('f', 2, false)], adjustments, [], rank);
    expect(compared).toEqual([
      { applicationId: 'a', rawTotal: 8, calibratedTotal: 7.5, pass: true, rawRank: 1, calibratedRank: 2, rankChange: -1 },
      { applicationId: 'b', rawTotal: 7.8, calibratedTotal: 8.8, pass: true, rawRank: 2, calibratedRank: 1, rankChange: 1 },
      { applicationId: 'c', rawTotal: 6, calibratedTotal: 6, pass: true, rawRank: 3, calibratedRank: 3, rankChange: 0 },
      // A failing application stays failing: thresholds are not calibrated.
      { applicationId: 'f', rawTotal: 2, calibratedTotal: 5, pass: false, rawRank: null, calibratedRank: null, rankChange: null },
    ]);
  });
});
