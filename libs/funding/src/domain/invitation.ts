import type { Ranked } from './ranking.js';

/** How many ideas go on to the second stage (the call's `invitation` rule). */
export type InvitationRule = { count: number } | { sharePercent: number };

export interface InvitationSelection {
  /** how many the rule allows */
  limit: number;
  /** the best passing ideas, in rank order, at most `limit` */
  invited: { applicationId: string; rank: number }[];
  /** every other idea evaluated: passing ones below the cut (with their rank) and failing ones */
  notInvited: { applicationId: string; rank: number | null; reason: 'below_cut' | 'below_threshold' }[];
}

/**
 * The limit of a rule over `evaluated` ideas: a number as given; a share of the ideas evaluated
 * (passing or not), rounded down, and never less than one when any idea was evaluated, so a share
 * always invites the best idea.
 */
export function invitationLimit(rule: InvitationRule, evaluated: number): number {
  if ('count' in rule) return rule.count;
  if (evaluated === 0) return 0;
  return Math.max(1, Math.floor((rule.sharePercent * evaluated) / 100));
}

/**
 * The first stage's outcome: the ideas ranked (passing only; ranks are unique, ties already broken
 * by the call's tie-break chain, then earlier submission) are invited from the top up to the
 * rule's limit; the rest of the ranking and every failing idea are not invited.
 */
export function selectInvitations(ranking: readonly Pick<Ranked, 'applicationId' | 'rank'>[], failing: readonly string[], rule: InvitationRule): InvitationSelection {
  const limit = invitationLimit(rule, ranking.length + failing.length);
  const ordered = [...ranking].sort((a, b) => a.rank - b.rank);
  return {
    limit,
    invited: ordered.slice(0, limit).map((r) => ({ applicationId: r.applicationId, rank: r.rank })),
    notInvited: [
      ...ordered.slice(limit).map((r) => ({ applicationId: r.applicationId, rank: r.rank, reason: 'below_cut' as const })),
      ...failing.map((applicationId) => ({ applicationId, rank: null, reason: 'below_threshold' as const })),
    ],
  };
}
