import type { ProposalLine, Rejection, ReserveEntry } from './proposal-lines.js';

/**
 * Rule 8: a decider may amend the proposal before approving it, with a reason: change a grant,
 * remove a line (to the reserve or out), fund one from the reserve, or move one within the
 * reserve. The amended proposal must stay within the budget, and a grant never exceeds what the
 * application may get (its request within the call's caps).
 */

export type Amendment =
  | { op: 'set_grant'; applicationId: string; grantCents: number }
  | { op: 'remove'; applicationId: string; to: 'reserve' | 'rejected' }
  | { op: 'fund'; applicationId: string; grantCents?: number }
  | { op: 'move'; applicationId: string; position: number };

export const AMENDMENT_OPS = ['set_grant', 'remove', 'fund', 'move'] as const;

export interface AmendableProposal {
  budgetCents: number;
  lines: ProposalLine[];
  reserve: ReserveEntry[];
  rejected: Rejection[];
}

export class AmendmentError extends Error {
  constructor(
    /** `invalid`: the amendment names something wrong (400); `over_budget`: it would break the budget (422) */
    readonly kind: 'invalid' | 'over_budget',
    readonly field: string,
    readonly reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'AmendmentError';
  }
}

export function committedCents(proposal: Pick<AmendableProposal, 'lines'>): number {
  return proposal.lines.reduce((sum, line) => sum + line.grantCents, 0);
}

function renumber(reserve: ReserveEntry[]): ReserveEntry[] {
  return reserve.map((entry, index) => ({ ...entry, position: index + 1 }));
}

function checkGrant(field: string, grantCents: number, capCents: number): void {
  if (!Number.isSafeInteger(grantCents) || grantCents < 1) throw new AmendmentError('invalid', field, 'must be a whole number of cents, at least 1');
  if (grantCents > capCents) throw new AmendmentError('invalid', field, `must not exceed ${capCents}, the most this application may get`);
}

/**
 * Applies one amendment. `caps` gives each application's grant cap (its request within the call's
 * max grant and funding rate). Returns the amended proposal; throws AmendmentError otherwise.
 */
export function amend(proposal: AmendableProposal, amendment: Amendment, caps: ReadonlyMap<string, number>, reason: string): AmendableProposal {
  if (!reason || !reason.trim()) throw new AmendmentError('invalid', 'reason', 'an amendment needs a reason');
  const line = proposal.lines.find((l) => l.applicationId === amendment.applicationId);
  const reserved = proposal.reserve.find((r) => r.applicationId === amendment.applicationId);
  let next: AmendableProposal;
  switch (amendment.op) {
    case 'set_grant': {
      if (!line) throw new AmendmentError('invalid', 'applicationId', 'is not on the proposal');
      checkGrant('grantCents', amendment.grantCents, caps.get(line.applicationId) ?? line.grantCents);
      next = { ...proposal, lines: proposal.lines.map((l) => (l === line ? { ...l, grantCents: amendment.grantCents } : l)) };
      break;
    }
    case 'remove': {
      if (!line) throw new AmendmentError('invalid', 'applicationId', 'is not on the proposal');
      const lines = proposal.lines.filter((l) => l !== line);
      if (amendment.to === 'rejected') {
        next = { ...proposal, lines, rejected: [...proposal.rejected, { applicationId: line.applicationId, reason: 'removed' }] };
      } else {
        // Back on the reserve in rank order, with the most it may get.
        const entry: ReserveEntry = { applicationId: line.applicationId, rank: line.rank, position: 0, grantCents: caps.get(line.applicationId) ?? line.grantCents };
        const reserve = [...proposal.reserve];
        const at = reserve.findIndex((r) => r.rank > line.rank);
        reserve.splice(at === -1 ? reserve.length : at, 0, entry);
        next = { ...proposal, lines, reserve: renumber(reserve) };
      }
      break;
    }
    case 'fund': {
      if (!reserved) throw new AmendmentError('invalid', 'applicationId', 'is not on the reserve list');
      const grantCents = amendment.grantCents ?? reserved.grantCents;
      checkGrant('grantCents', grantCents, caps.get(reserved.applicationId) ?? reserved.grantCents);
      const lines = [...proposal.lines, { applicationId: reserved.applicationId, rank: reserved.rank, grantCents }].sort((a, b) => a.rank - b.rank);
      next = { ...proposal, lines, reserve: renumber(proposal.reserve.filter((r) => r !== reserved)) };
      break;
    }
    case 'move': {
      if (!reserved) throw new AmendmentError('invalid', 'applicationId', 'is not on the reserve list');
      if (!Number.isInteger(amendment.position) || amendment.position < 1 || amendment.position > proposal.reserve.length) {
        throw new AmendmentError('invalid', 'position', `must be between 1 and ${proposal.reserve.length}`);
      }
      const reserve = proposal.reserve.filter((r) => r !== reserved);
      reserve.splice(amendment.position - 1, 0, reserved);
      next = { ...proposal, reserve: renumber(reserve) };
      break;
    }
  }
  const committed = committedCents(next);
  if (committed > proposal.budgetCents) {
    throw new AmendmentError('over_budget', 'grantCents', `the grants would total ${committed} cents, over the budget of ${proposal.budgetCents}`);
  }
  return next;
}
