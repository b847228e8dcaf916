import { budgetLine, ProposalFacts } from './budget-line.js';

function facts(overrides: Partial<ProposalFacts> = {}): ProposalFacts {
  return {
    policy: 'strict',
    budgetCents: 100_000,
    committedCents: 90_000,
    grants: [
      { applicationId: 'a1', rank: 1, grantCents: 50_000, capCents: 50_000, state: 'awarded' },
      { applicationId: 'a2', rank: 2, grantCents: 40_000, capCents: 40_000, state: 'awarded' },
    ],
    reserve: [
      { applicationId: 'a3', position: 1, rank: 3, capCents: 30_000 },
      { applicationId: 'a4', position: 2, rank: 4, capCents: 5_000 },
    ],
    rejections: [{ applicationId: 'a5', reason: 'failed_thresholds' }],
    ranks: [1, 2, 3, 4],
    ...overrides,
  };
}

describe('budgetLine', () => {
  it('puts the line between the last funded rank and the first unfunded one, with what is left', () => {
    const line = budgetLine(facts(), 'a3');
    expect(line).toMatchObject({ budgetCents: 100_000, committedCents: 90_000, remainingCents: 10_000, lastFundedRank: 2, firstUnfundedRank: 3 });
    expect(line.position).toEqual({ kind: 'reserve', position: 1, rank: 3, capCents: 30_000 });
  });

  it("gives a funded application its grant, and a failing one its rejection reason", () => {
    expect(budgetLine(facts(), 'a1').position).toEqual({ kind: 'grant', grantCents: 50_000, capCents: 50_000, rank: 1, state: 'awarded' });
    expect(budgetLine(facts(), 'a5').position).toEqual({ kind: 'rejected', reason: 'failed_thresholds' });
    expect(budgetLine(facts(), 'zz').position).toEqual({ kind: 'none' });
  });

  it('under the skip policy a later rank may be funded past an unfunded one', () => {
    const line = budgetLine(
      facts({
        policy: 'skip',
        grants: [
          { applicationId: 'a1', rank: 1, grantCents: 50_000, capCents: 50_000, state: 'proposed' },
          { applicationId: 'a3', rank: 3, grantCents: 30_000, capCents: 30_000, state: 'proposed' },
        ],
        reserve: [{ applicationId: 'a2', position: 1, rank: 2, capCents: 60_000 }],
        committedCents: 80_000,
      }),
      'a2',
    );
    expect(line).toMatchObject({ policy: 'skip', lastFundedRank: 3, firstUnfundedRank: 2, remainingCents: 20_000 });
  });

  it('a released grant no longer funds its rank; a promoted one wins over its old reserve place', () => {
    const line = budgetLine(
      facts({
        grants: [
          { applicationId: 'a1', rank: 1, grantCents: 50_000, capCents: 50_000, state: 'declined' },
          { applicationId: 'a2', rank: 2, grantCents: 40_000, capCents: 40_000, state: 'awarded' },
          { applicationId: 'a3', rank: 3, grantCents: 30_000, capCents: 30_000, state: 'awarded' },
        ],
      }),
      'a1',
    );
    expect(line).toMatchObject({ lastFundedRank: 3, firstUnfundedRank: 1 });
    expect(line.position).toMatchObject({ kind: 'grant', state: 'declined' });
    expect(budgetLine(facts({ grants: [{ applicationId: 'a3', rank: 3, grantCents: 30_000, capCents: 30_000, state: 'awarded' }] }), 'a3').position).toMatchObject({
      kind: 'grant',
      state: 'awarded',
    });
  });

  it('with nothing funded and nothing ranked both ranks are null', () => {
    expect(budgetLine(facts({ grants: [], reserve: [], ranks: [], committedCents: 0 }), 'a5')).toMatchObject({ lastFundedRank: null, firstUnfundedRank: null, remainingCents: 100_000 });
  });
});
