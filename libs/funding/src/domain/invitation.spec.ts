import { rank, Rankable } from './ranking.js';
import { invitationLimit, selectInvitations } from './invitation.js';

const at = (minute: number) => new Date(Date.UTC(2026, 2, 1, 12, minute));
const idea = (applicationId: string, total: number, means: Record<string, number>, minute = 0): Rankable => ({ applicationId, total, means, submittedAt: at(minute) });

describe('invitationLimit', () => {
  it('takes a number as given, whatever the number of ideas', () => {
    expect(invitationLimit({ count: 3 }, 10)).toBe(3);
    expect(invitationLimit({ count: 3 }, 1)).toBe(3);
  });

  it('rounds a share of the ideas evaluated down', () => {
    expect(invitationLimit({ sharePercent: 30 }, 10)).toBe(3);
    expect(invitationLimit({ sharePercent: 30 }, 9)).toBe(2);
    expect(invitationLimit({ sharePercent: 100 }, 7)).toBe(7);
  });

  it('invites at least the best idea by a share, and none when nothing was evaluated', () => {
    expect(invitationLimit({ sharePercent: 10 }, 3)).toBe(1);
    expect(invitationLimit({ sharePercent: 10 }, 0)).toBe(0);
  });
});

describe('selectInvitations', () => {
  it('invites the best passing ideas up to the number, in rank order', () => {
    const ranking = rank([idea('a', 10, {}), idea('b', 14, {}), idea('c', 12, {})], []);
    const selection = selectInvitations(ranking, ['f'], { count: 2 });
    expect(selection.invited).toEqual([
      { applicationId: 'b', rank: 1 },
      { applicationId: 'c', rank: 2 },
    ]);
    expect(selection.notInvited).toEqual([
      { applicationId: 'a', rank: 3, reason: 'below_cut' },
      { applicationId: 'f', rank: null, reason: 'below_threshold' },
    ]);
  });

  it('counts failing ideas in the share but never invites them', () => {
    // 4 evaluated × 50 % = 2, but only one passes.
    const selection = selectInvitations(rank([idea('a', 10, {})], []), ['f1', 'f2', 'f3'], { sharePercent: 50 });
    expect(selection.limit).toBe(2);
    expect(selection.invited.map((i) => i.applicationId)).toEqual(['a']);
    expect(selection.notInvited.map((i) => i.reason)).toEqual(['below_threshold', 'below_threshold', 'below_threshold']);
  });

  it('decides a tie at the cut by the tie-break chain, then by earlier submission', () => {
    const byCriterion = rank([idea('x', 12, { impact: 3, feasibility: 5 }, 1), idea('y', 12, { impact: 4, feasibility: 1 }, 2)], ['impact', 'feasibility']);
    expect(selectInvitations(byCriterion, [], { count: 1 }).invited.map((i) => i.applicationId)).toEqual(['y']);
    const bySecond = rank([idea('x', 12, { impact: 4, feasibility: 3 }, 1), idea('y', 12, { impact: 4, feasibility: 4 }, 2)], ['impact', 'feasibility']);
    expect(selectInvitations(bySecond, [], { count: 1 }).invited.map((i) => i.applicationId)).toEqual(['y']);
    const bySubmission = rank([idea('late', 12, { impact: 4 }, 30), idea('early', 12, { impact: 4 }, 5)], ['impact']);
    expect(selectInvitations(bySubmission, [], { count: 1 }).invited.map((i) => i.applicationId)).toEqual(['early']);
  });

  it('invites everyone who passed when the number is above them', () => {
    const selection = selectInvitations(rank([idea('a', 10, {}), idea('b', 11, {})], []), [], { count: 5 });
    expect(selection.invited).toHaveLength(2);
    expect(selection.notInvited).toEqual([]);
  });
});
