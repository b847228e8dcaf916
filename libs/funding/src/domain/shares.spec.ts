import { splitGrant, totalsBySource } from './shares.js';

const sources = [
  { source: 'ERDF', sharePercent: 60 },
  { source: 'state', sharePercent: 25 },
  { source: 'city', sharePercent: 15 },
];

describe('splitGrant', () => {
  it('splits an even amount exactly by the percentages', () => {
    expect(splitGrant(100_000_00, sources).map((p) => p.cents)).toEqual([60_000_00, 25_000_00, 15_000_00]);
  });

  it('hands leftover cents to the largest remainders so the parts sum to the grant', () => {
    // 1001 × (60, 25, 15) / 100 = 600.6, 250.25, 150.15 → floors 600, 250, 150, one cent left → ERDF
    expect(splitGrant(1001, sources).map((p) => p.cents)).toEqual([601, 250, 150]);
  });

  it('breaks equal remainders in the order the call lists its sources', () => {
    const thirds = [
      { source: 'a', sharePercent: 33 },
      { source: 'b', sharePercent: 33 },
      { source: 'c', sharePercent: 34 },
    ];
    // 100 → 33, 33, 34 exactly; 1 → remainders 33, 33, 34: c gets the cent
    expect(splitGrant(100, thirds).map((p) => p.cents)).toEqual([33, 33, 34]);
    expect(splitGrant(1, thirds).map((p) => p.cents)).toEqual([0, 0, 1]);
    const halves = [
      { source: 'a', sharePercent: 50 },
      { source: 'b', sharePercent: 50 },
    ];
    expect(splitGrant(3, halves).map((p) => p.cents)).toEqual([2, 1]);
  });

  it('always sums exactly, for any grant', () => {
    for (let grant = 0; grant < 2_000; grant += 7) {
      expect(splitGrant(grant, sources).reduce((s, p) => s + p.cents, 0)).toBe(grant);
    }
    expect(splitGrant(9_999_999_999_99, sources).reduce((s, p) => s + p.cents, 0)).toBe(9_999_999_999_99);
  });

  it('gives a single source everything and refuses shares not summing to 100', () => {
    expect(splitGrant(12_345, [{ source: 'city', sharePercent: 100 }])).toEqual([{ source: 'city', sharePercent: 100, cents: 12_345 }]);
    expect(() => splitGrant(100, [{ source: 'a', sharePercent: 90 }])).toThrow(RangeError);
    expect(() => splitGrant(1.5, sources)).toThrow(RangeError);
  });
});

describe('totalsBySource', () => {
  it('adds the parts per source in the call order, with zero for a source nobody drew on', () => {
    expect(
      totalsBySource(sources, [
        { source: 'state', cents: 5 },
        { source: 'ERDF', cents: 10 },
        { source: 'ERDF', cents: 1 },
      ]),
    ).toEqual([
      { source: 'ERDF', cents: 11 },
      { source: 'state', cents: 5 },
      { source: 'city', cents: 0 },
    ]);
  });
});
