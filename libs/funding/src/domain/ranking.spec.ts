import { rank, Rankable } from './ranking.js';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 12, minute));
const entry = (applicationId: string, total: number, means: Record<string, number>, minute = 0): Rankable => ({
  applicationId,
  total,
  means,
  submittedAt: at(minute),
});

describe('rank', () => {
  it('orders by total, descending, with no tie rule when totals differ', () => {
    const ranked = rank([entry('a', 10, {}), entry('b', 14.5, {}), entry('c', 12, {})], ['impact']);
    expect(ranked).toEqual([
      { applicationId: 'b', rank: 1, tieBreak: null },
      { applicationId: 'c', rank: 2, tieBreak: null },
      { applicationId: 'a', rank: 3, tieBreak: null },
    ]);
  });

  it('breaks a tie on total by the first tie-break criterion', () => {
    const ranked = rank([entry('a', 12, { impact: 3, feasibility: 5 }), entry('b', 12, { impact: 4, feasibility: 1 })], ['impact', 'feasibility']);
    expect(ranked.map((r) => r.applicationId)).toEqual(['b', 'a']);
    expect(ranked[1]!.tieBreak).toEqual({ rule: 'criterion:impact', above: 'b' });
    expect(ranked[0]!.tieBreak).toBeNull();
  });

  it('goes on to the next criterion of the chain when the first is equal too', () => {
    const ranked = rank([entry('a', 12, { impact: 4, feasibility: 3.5 }), entry('b', 12, { impact: 4, feasibility: 4 })], ['impact', 'feasibility']);
    expect(ranked.map((r) => r.applicationId)).toEqual(['b', 'a']);
    expect(ranked[1]!.tieBreak).toEqual({ rule: 'criterion:feasibility', above: 'b' });
  });

  it('falls back to the earlier submission when every tie-break criterion is equal', () => {
    const ranked = rank([entry('late', 12, { impact: 4 }, 30), entry('early', 12, { impact: 4 }, 5)], ['impact']);
    expect(ranked.map((r) => r.applicationId)).toEqual(['early', 'late']);
    expect(ranked[1]!.tieBreak).toEqual({ rule: 'submitted_at', above: 'early' });
  });

  it('uses the submission time directly when the call has no tie-break criteria', () => {
    const ranked = rank([entry('late', 12, { impact: 5 }, 30), entry('early', 12, { impact: 1 }, 5)], []);
    expect(ranked.map((r) => r.applicationId)).toEqual(['early', 'late']);
    expect(ranked[1]!.tieBreak!.rule).toBe('submitted_at');
  });

  it('keeps the order total and repeatable on an exact tie of everything', () => {
    const one = rank([entry('b', 12, {}), entry('a', 12, {})], []);
    const two = rank([entry('a', 12, {}), entry('b', 12, {})], []);
    expect(one).toEqual(two);
    expect(one[1]).toEqual({ applicationId: 'b', rank: 2, tieBreak: { rule: 'application_id', above: 'a' } });
  });

  it('records each adjacent tie in a group of three with the rule that separated that pair', () => {
    const ranked = rank(
      [entry('c', 12, { impact: 3 }, 1), entry('a', 12, { impact: 4 }, 9), entry('b', 12, { impact: 3 }, 2), entry('d', 15, { impact: 0 })],
      ['impact'],
    );
    expect(ranked.map((r) => [r.applicationId, r.rank, r.tieBreak?.rule ?? null])).toEqual([
      ['d', 1, null],
      ['a', 2, null],
      ['c', 3, 'criterion:impact'],
      ['b', 4, 'submitted_at'],
    ]);
  });

  it('ranks a criterion some application lacks below one that has it', () => {
    const ranked = rank([entry('a', 12, {}), entry('b', 12, { impact: 0 })], ['impact']);
    expect(ranked.map((r) => r.applicationId)).toEqual(['b', 'a']);
  });
});
