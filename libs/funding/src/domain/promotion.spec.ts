import { promote } from './promotion.js';

const reserve = [
  { applicationId: 'c', rank: 3, position: 1, grantCents: 40_000 },
  { applicationId: 'd', rank: 4, position: 2, grantCents: 25_000 },
  { applicationId: 'e', rank: 6, position: 3, grantCents: 10_000 },
];

describe('promote', () => {
  it('moves up the first on the reserve list when the freed budget fits it', () => {
    const result = promote({ budgetCents: 100_000, committedCents: 55_000, reserve });
    expect(result.promoted).toEqual([{ applicationId: 'c', grantCents: 40_000 }]);
    expect(result.committedCents).toBe(95_000);
    expect(result.reserve.map((r) => [r.applicationId, r.position])).toEqual([
      ['d', 1],
      ['e', 2],
    ]);
  });

  it('passes over one that does not fit and promotes the next that does', () => {
    const result = promote({ budgetCents: 100_000, committedCents: 70_000, reserve });
    expect(result.promoted.map((p) => p.applicationId)).toEqual(['d']);
    expect(result.reserve.map((r) => r.applicationId)).toEqual(['c', 'e']);
  });

  it('promotes several while the freed budget lasts, using it exactly', () => {
    const result = promote({ budgetCents: 100_000, committedCents: 25_000, reserve });
    expect(result.promoted.map((p) => p.applicationId)).toEqual(['c', 'd', 'e']);
    expect(result.committedCents).toBe(100_000);
    expect(result.reserve).toEqual([]);
  });

  it('follows reserve positions, not ranks (a decider may have reordered them)', () => {
    const reordered = [
      { ...reserve[0]!, position: 2 },
      { ...reserve[1]!, position: 1 },
    ];
    expect(promote({ budgetCents: 100_000, committedCents: 40_000, reserve: reordered }).promoted.map((p) => p.applicationId)).toEqual(['d']);
  });

  it('moves nobody when nothing fits, and is a no-op on an empty reserve', () => {
    expect(promote({ budgetCents: 100_000, committedCents: 95_000, reserve }).promoted).toEqual([]);
    expect(promote({ budgetCents: 100_000, committedCents: 0, reserve: [] })).toEqual({ promoted: [], reserve: [], committedCents: 0 });
  });
});
