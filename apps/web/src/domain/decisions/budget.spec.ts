import { centsOf, cumulative, previewAmendment, type ProposalLike } from './budget';

const EUR = 100;
const proposal: ProposalLike = {
  budgetCents: 100_000 * EUR,
  lines: [
    { applicationId: 'a', rank: 1, grantCents: 40_000 * EUR, capCents: 40_000 * EUR },
    { applicationId: 'b', rank: 2, grantCents: 30_000 * EUR, capCents: 30_000 * EUR },
    { applicationId: 'd', rank: 3, grantCents: 20_000 * EUR, capCents: 20_000 * EUR },
  ],
  reserve: [{ applicationId: 'c', rank: 4, position: 1, grantCents: 20_000 * EUR }],
  rejected: [{ applicationId: 'e', reason: 'failed_thresholds' }],
};

describe('previewAmendment', () => {
  it('shows the budget after a changed grant', () => {
    expect(previewAmendment(proposal, { op: 'set_grant', applicationId: 'd', grantCents: 10_000 * EUR })).toEqual({ ok: true, committedCents: 80_000 * EUR, remainingCents: 20_000 * EUR });
  });

  it('refuses a grant above what the application may get, naming the field', () => {
    expect(previewAmendment(proposal, { op: 'set_grant', applicationId: 'd', grantCents: 25_000 * EUR })).toMatchObject({ ok: false, kind: 'invalid', field: 'grantCents' });
  });

  it('says by how much funding from the reserve would overrun the budget', () => {
    expect(previewAmendment(proposal, { op: 'fund', applicationId: 'c' })).toMatchObject({ ok: false, kind: 'over_budget' });
    const lowered = previewAmendment(proposal, { op: 'set_grant', applicationId: 'a', grantCents: 40_000 * EUR });
    expect(lowered).toEqual({ ok: true, committedCents: 90_000 * EUR, remainingCents: 10_000 * EUR });
  });

  it('frees the grant of a removed line and checks a move within the reserve', () => {
    expect(previewAmendment(proposal, { op: 'remove', applicationId: 'b', to: 'reserve' })).toEqual({ ok: true, committedCents: 60_000 * EUR, remainingCents: 40_000 * EUR });
    expect(previewAmendment(proposal, { op: 'move', applicationId: 'c', position: 2 })).toMatchObject({ ok: false, field: 'position' });
  });
});

describe('centsOf', () => {
  it('reads euros as typed in Finnish, Swedish or English', () => {
    expect(centsOf('12 500,50')).toBe(1_250_050);
    expect(centsOf('12500.5 €')).toBe(1_250_050);
    expect(centsOf('10000')).toBe(1_000_000);
    expect(centsOf('abc')).toBeNull();
    expect(centsOf('')).toBeNull();
  });
});

describe('cumulative', () => {
  it('runs the total down the funded lines', () => {
    expect([...cumulative(proposal.lines).values()]).toEqual([40_000 * EUR, 70_000 * EUR, 90_000 * EUR]);
  });
});
