import { Candidate, grantCapCents, propose, ProposalRules } from './proposal.js';

const rules = (policy: ProposalRules['policy'], budgetCents: number): ProposalRules => ({
  budgetCents,
  policy,
  maxGrantCents: 50_000_00,
  fundingRatePercent: 75,
});
const candidate = (applicationId: string, rank: number, requestedCents: number, eligibleCostsCents = requestedCents * 2): Candidate => ({
  applicationId,
  rank,
  requestedCents,
  eligibleCostsCents,
});

describe('grantCapCents', () => {
  it('caps the request by the max grant and by the funding rate of eligible costs', () => {
    const r = rules('strict', 100_000_00);
    expect(grantCapCents(r, { requestedCents: 30_000_00, eligibleCostsCents: 100_000_00 })).toBe(30_000_00);
    expect(grantCapCents(r, { requestedCents: 80_000_00, eligibleCostsCents: 200_000_00 })).toBe(50_000_00);
    expect(grantCapCents(r, { requestedCents: 40_000_00, eligibleCostsCents: 40_000_00 })).toBe(30_000_00);
    expect(grantCapCents(r, { requestedCents: null, eligibleCostsCents: 40_000_00 })).toBe(0);
  });
});

describe('propose', () => {
  // a 40k, b 30k, c 20k, d 5k. With 75k: a + b fit (70k), c does not (90k), d would (75k).
  const ranked = [candidate('a', 1, 40_000_00), candidate('b', 2, 30_000_00), candidate('c', 3, 20_000_00), candidate('d', 4, 5_000_00)];

  it('strict: stops at the first that does not fit; it and everyone after it form the reserve in rank order', () => {
    const proposal = propose(rules('strict', 75_000_00), ranked, ['x']);
    expect(proposal.lines.map((l) => [l.applicationId, l.grantCents])).toEqual([
      ['a', 40_000_00],
      ['b', 30_000_00],
    ]);
    expect(proposal.reserve.map((r) => [r.applicationId, r.position, r.grantCents])).toEqual([
      ['c', 1, 20_000_00],
      ['d', 2, 5_000_00],
    ]);
    expect(proposal.rejected).toEqual([{ applicationId: 'x', reason: 'failed_thresholds' }]);
    expect(proposal.committedCents).toBe(70_000_00);
    expect(proposal.remainingCents).toBe(5_000_00);
  });

  it('skip: passes over the one that does not fit and funds the next that does', () => {
    const proposal = propose(rules('skip', 75_000_00), ranked, []);
    expect(proposal.lines.map((l) => l.applicationId)).toEqual(['a', 'b', 'd']);
    expect(proposal.reserve.map((r) => [r.applicationId, r.position])).toEqual([['c', 1]]);
    expect(proposal.committedCents).toBe(75_000_00);
    expect(proposal.remainingCents).toBe(0);
  });

  it('uses the budget exactly when the grants add up to it', () => {
    const proposal = propose(rules('strict', 90_000_00), ranked, []);
    expect(proposal.lines.map((l) => l.applicationId)).toEqual(['a', 'b', 'c']);
    expect(proposal.committedCents).toBe(90_000_00);
    expect(proposal.reserve.map((r) => r.applicationId)).toEqual(['d']);
  });

  it('funds the capped grant, not the request', () => {
    const proposal = propose(rules('strict', 100_000_00), [candidate('big', 1, 90_000_00, 200_000_00), candidate('rate', 2, 40_000_00, 40_000_00)], []);
    expect(proposal.lines).toEqual([
      { applicationId: 'big', rank: 1, grantCents: 50_000_00 },
      { applicationId: 'rate', rank: 2, grantCents: 30_000_00 },
    ]);
  });

  it('walks in rank order whatever order the candidates come in', () => {
    const proposal = propose(rules('strict', 45_000_00), [...ranked].reverse(), []);
    expect(proposal.lines.map((l) => l.applicationId)).toEqual(['a']);
    expect(proposal.reserve.map((r) => r.applicationId)).toEqual(['b', 'c', 'd']);
  });

  it('rejects a passing application whose capped grant is nothing', () => {
    const proposal = propose(rules('skip', 75_000_00), [candidate('zero', 1, 0), candidate('a', 2, 10_000_00)], []);
    expect(proposal.rejected).toEqual([{ applicationId: 'zero', reason: 'no_grant' }]);
    expect(proposal.lines.map((l) => l.applicationId)).toEqual(['a']);
  });

  it('never commits more than the budget', () => {
    for (const policy of ['strict', 'skip'] as const) {
      for (const budget of [1, 5_000_00, 44_999_99, 75_000_00, 95_000_00, 1_000_000_00]) {
        const proposal = propose(rules(policy, budget), ranked, []);
        const sum = proposal.lines.reduce((s, l) => s + l.grantCents, 0);
        expect(sum).toBe(proposal.committedCents);
        expect(sum).toBeLessThanOrEqual(budget);
        expect(proposal.lines.length + proposal.reserve.length).toBe(ranked.length);
      }
    }
  });
});
