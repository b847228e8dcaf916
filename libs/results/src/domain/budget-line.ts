/**
 * Where the budget line fell in a call's funding proposal (rule 7), as an applicant reads it: the
 * budget, what the live grants commit, the last rank that got a grant and the first ranked one
 * that did not, and this application's own place (its grant, its reserve position or why it was
 * rejected).
 */

export type GrantStateName = 'proposed' | 'awarded' | 'declined' | 'withdrawn';
export type RejectionReason = 'failed_thresholds' | 'no_grant' | 'removed';

export interface ProposalFacts {
  policy: 'strict' | 'skip';
  budgetCents: number;
  /** Sum of the call's live (proposed or awarded) grants, as the database keeps it. */
  committedCents: number;
  /** Every grant of the call, live or released. */
  grants: { applicationId: string; rank: number; grantCents: number; capCents: number; state: GrantStateName }[];
  reserve: { applicationId: string; position: number; rank: number; capCents: number }[];
  rejections: { applicationId: string; reason: RejectionReason }[];
  /** Ranks of the call's passing applications, as ranked. */
  ranks: number[];
}

export type BudgetPosition =
  | { kind: 'grant'; grantCents: number; capCents: number; rank: number; state: GrantStateName }
  | { kind: 'reserve'; position: number; rank: number; capCents: number }
  | { kind: 'rejected'; reason: RejectionReason }
  /** Not on the proposal: withdrawn, or added to the call after the proposal was made. */
  | { kind: 'none' };

export interface BudgetLine {
  policy: 'strict' | 'skip';
  budgetCents: number;
  committedCents: number;
  remainingCents: number;
  /** Highest rank holding a live grant; null when nothing is funded. */
  lastFundedRank: number | null;
  /** Lowest rank without a live grant; null when every ranked application is funded. */
  firstUnfundedRank: number | null;
  position: BudgetPosition;
}

const LIVE: readonly GrantStateName[] = ['proposed', 'awarded'];

export function budgetLine(facts: ProposalFacts, applicationId: string): BudgetLine {
  const live = facts.grants.filter((g) => LIVE.includes(g.state));
  const fundedRanks = new Set(live.map((g) => g.rank));
  const lastFundedRank = live.length ? Math.max(...live.map((g) => g.rank)) : null;
  const unfunded = facts.ranks.filter((rank) => !fundedRanks.has(rank));
  const firstUnfundedRank = unfunded.length ? Math.min(...unfunded) : null;
  return {
    policy: facts.policy,
    budgetCents: facts.budgetCents,
    committedCents: facts.committedCents,
    remainingCents: facts.budgetCents - facts.committedCents,
    lastFundedRank,
    firstUnfundedRank,
    position: positionOf(facts, applicationId),
  };
}

/** A live grant wins over a reserve place (a promoted application may still be listed there); a released grant counts only when nothing else does. */
function positionOf(facts: ProposalFacts, applicationId: string): BudgetPosition {
  const grant = facts.grants.find((g) => g.applicationId === applicationId);
  if (grant && LIVE.includes(grant.state)) return { kind: 'grant', grantCents: grant.grantCents, capCents: grant.capCents, rank: grant.rank, state: grant.state };
  const reserve = facts.reserve.find((r) => r.applicationId === applicationId);
  if (reserve) return { kind: 'reserve', position: reserve.position, rank: reserve.rank, capCents: reserve.capCents };
  const rejection = facts.rejections.find((r) => r.applicationId === applicationId);
  if (rejection) return { kind: 'rejected', reason: rejection.reason };
  if (grant) return { kind: 'grant', grantCents: grant.grantCents, capCents: grant.capCents, rank: grant.rank, state: grant.state };
  return { kind: 'none' };
}
