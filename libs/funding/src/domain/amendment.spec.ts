import { amend, AmendableProposal, AmendmentError, committedCents } from './amendment.js';

const proposal: AmendableProposal = {
  budgetCents: 100_000,
  lines: [
    { applicationId: 'a', rank: 1, grantCents: 50_000 },
    { applicationId: 'b', rank: 2, grantCents: 30_000 },
  ],
  reserve: [
    { applicationId: 'c', rank: 3, position: 1, grantCents: 40_000 },
    { applicationId: 'd', rank: 5, position: 2, grantCents: 15_000 },
  ],
  rejected: [{ applicationId: 'x', reason: 'failed_thresholds' }],
};
const caps = new Map([
  ['a', 50_000],
  ['b', 35_000],
  ['c', 40_000],
  ['d', 15_000],
]);
const reason = 'The board weighs regional balance';

function refusal(run: () => unknown): AmendmentError {
  try {
    run();
  } catch (error) {
    if (error instanceof AmendmentError) return error;
    throw error;
  }
  throw new Error('expected an AmendmentError');
}

describe('amend', () => {
  it('changes a grant within its cap and the budget', () => {
    const next = amend(proposal, { op: 'set_grant', applicationId: 'b', grantCents: 35_000 }, caps, reason);
    expect(next.lines[1]).toEqual({ applicationId: 'b', rank: 2, grantCents: 35_000 });
    expect(committedCents(next)).toBe(85_000);
    expect(proposal.lines[1]!.grantCents).toBe(30_000); // the input is left as it was
  });

  it('refuses a grant above what the application may get, or below a cent', () => {
    expect(refusal(() => amend(proposal, { op: 'set_grant', applicationId: 'b', grantCents: 35_001 }, caps, reason))).toMatchObject({ kind: 'invalid', field: 'grantCents' });
    expect(refusal(() => amend(proposal, { op: 'set_grant', applicationId: 'b', grantCents: 0 }, caps, reason)).kind).toBe('invalid');
    expect(refusal(() => amend(proposal, { op: 'set_grant', applicationId: 'b', grantCents: 10.5 }, caps, reason)).kind).toBe('invalid');
  });

  it('funds from the reserve when the budget allows, using the whole budget exactly', () => {
    const next = amend(proposal, { op: 'fund', applicationId: 'd', grantCents: 15_000 }, caps, reason);
    expect(next.lines.map((l) => l.applicationId)).toEqual(['a', 'b', 'd']);
    expect(next.reserve).toEqual([{ applicationId: 'c', rank: 3, position: 1, grantCents: 40_000 }]);
    expect(committedCents(amend(next, { op: 'set_grant', applicationId: 'b', grantCents: 35_000 }, caps, reason))).toBe(100_000);
  });

  it('refuses an amendment that would go over the budget', () => {
    const error = refusal(() => amend(proposal, { op: 'fund', applicationId: 'c' }, caps, reason));
    expect(error).toMatchObject({ kind: 'over_budget', field: 'grantCents' });
    expect(error.message).toContain('120000');
    const fundedD = amend(proposal, { op: 'fund', applicationId: 'd' }, caps, reason);
    const roomier = new Map([...caps, ['b', 40_000]]);
    // a 50k + b 35k + d 15k = 100k: exactly the budget; one cent more is refused
    expect(committedCents(amend(fundedD, { op: 'set_grant', applicationId: 'b', grantCents: 35_000 }, roomier, reason))).toBe(100_000);
    expect(refusal(() => amend(fundedD, { op: 'set_grant', applicationId: 'b', grantCents: 35_001 }, roomier, reason)).kind).toBe('over_budget');
  });

  it('moves a removed line back to the reserve in rank order, or out', () => {
    const toReserve = amend(proposal, { op: 'remove', applicationId: 'b', to: 'reserve' }, caps, reason);
    expect(toReserve.lines.map((l) => l.applicationId)).toEqual(['a']);
    expect(toReserve.reserve.map((r) => [r.applicationId, r.position, r.grantCents])).toEqual([
      ['b', 1, 35_000],
      ['c', 2, 40_000],
      ['d', 3, 15_000],
    ]);
    const out = amend(proposal, { op: 'remove', applicationId: 'a', to: 'rejected' }, caps, reason);
    expect(out.rejected).toContainEqual({ applicationId: 'a', reason: 'removed' });
    expect(committedCents(out)).toBe(30_000);
  });

  it('reorders the reserve', () => {
    const next = amend(proposal, { op: 'move', applicationId: 'd', position: 1 }, caps, reason);
    expect(next.reserve.map((r) => [r.applicationId, r.position])).toEqual([
      ['d', 1],
      ['c', 2],
    ]);
    expect(refusal(() => amend(proposal, { op: 'move', applicationId: 'd', position: 3 }, caps, reason)).field).toBe('position');
  });

  it('refuses amendments naming the wrong list, or without a reason', () => {
    expect(refusal(() => amend(proposal, { op: 'set_grant', applicationId: 'c', grantCents: 1 }, caps, reason)).field).toBe('applicationId');
    expect(refusal(() => amend(proposal, { op: 'fund', applicationId: 'a' }, caps, reason)).field).toBe('applicationId');
    expect(refusal(() => amend(proposal, { op: 'remove', applicationId: 'x', to: 'reserve' }, caps, reason)).field).toBe('applicationId');
    expect(refusal(() => amend(proposal, { op: 'move', applicationId: 'a', position: 1 }, caps, reason)).field).toBe('applicationId');
    expect(refusal(() => amend(proposal, { op: 'remove', applicationId: 'a', to: 'rejected' }, caps, '  ')).field).toBe('reason');
  });
});
