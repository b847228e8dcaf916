/*
 * The lines of a funding proposal, with no imports of their own: the web app's budget check reads
 * them through `amend` (amendment.ts) as the server does.
 */

export interface ProposalLine {
  applicationId: string;
  rank: number;
  grantCents: number;
}

export interface ReserveEntry {
  applicationId: string;
  rank: number;
  /** 1 is promoted first */
  position: number;
  /** what it would get if promoted */
  grantCents: number;
}

/** failing a threshold; a passing one whose capped grant is nothing; taken off the proposal by a decider */
export type RejectionReason = 'failed_thresholds' | 'no_grant' | 'removed';

export interface Rejection {
  applicationId: string;
  reason: RejectionReason;
}
