import { fundingCeilingCents } from '@kokeilu/applications';
import type { FundingPolicy } from '@kokeilu/calls';
import type { ProposalLine, Rejection, ReserveEntry } from './proposal-lines.js';

export type { ProposalLine, Rejection, RejectionReason, ReserveEntry } from './proposal-lines.js';

/**
 * Rule 7: the funding proposal. Walk the ranking (passing applications, best first); each gets
 * its requested amount capped by the call's max grant and by the funding rate × its eligible
 * costs; fund while the budget allows, with policy `strict` (stop at the first that does not fit:
 * it and everyone after it go to the reserve) or `skip` (that one goes to the reserve and the walk
 * goes on to the next that fits). Failing applications are rejected.
 */

export interface GrantRules {
  maxGrantCents: number;
  fundingRatePercent: number;
}

export interface ProposalRules extends GrantRules {
  budgetCents: number;
  policy: FundingPolicy;
}

export interface Candidate {
  applicationId: string;
  /** from the ranking: 1 is the best */
  rank: number;
  requestedCents: number | null;
  eligibleCostsCents: number;
}

export interface Proposal {
  budgetCents: number;
  lines: ProposalLine[];
  reserve: ReserveEntry[];
  rejected: Rejection[];
  committedCents: number;
  remainingCents: number;
}

/** The most one application can get: what it asked, within the call's max grant and funding rate. */
export function grantCapCents(rules: GrantRules, candidate: Pick<Candidate, 'requestedCents' | 'eligibleCostsCents'>): number {
  const requested = candidate.requestedCents ?? 0;
  return Math.max(0, Math.min(requested, rules.maxGrantCents, fundingCeilingCents(rules.fundingRatePercent, candidate.eligibleCostsCents)));
}

export function propose(rules: ProposalRules, passing: readonly Candidate[], failingIds: readonly string[]): Proposal {
  const ordered = [...passing].sort((a, b) => a.rank - b.rank);
  const lines: ProposalLine[] = [];
  const waiting: Omit<ReserveEntry, 'position'>[] = [];
  const rejected: Rejection[] = failingIds.map((applicationId) => ({ applicationId, reason: 'failed_thresholds' }));
  let committed = 0;
  let stopped = false;
  for (const candidate of ordered) {
    const grantCents = grantCapCents(rules, candidate);
    if (grantCents <= 0) {
      rejected.push({ applicationId: candidate.applicationId, reason: 'no_grant' });
      continue;
    }
    if (!stopped && committed + grantCents <= rules.budgetCents) {
      lines.push({ applicationId: candidate.applicationId, rank: candidate.rank, grantCents });
      committed += grantCents;
      continue;
    }
    if (rules.policy === 'strict') stopped = true;
    waiting.push({ applicationId: candidate.applicationId, rank: candidate.rank, grantCents });
  }
  return {
    budgetCents: rules.budgetCents,
    lines,
    reserve: waiting.map((entry, index) => ({ ...entry, position: index + 1 })),
    rejected,
    committedCents: committed,
    remainingCents: rules.budgetCents - committed,
  };
}
