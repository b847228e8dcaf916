import { type Amendment, amend, AmendmentError, committedCents } from '../../../../../libs/funding/src/domain/amendment.js';

export type { Amendment };

/** What the budget view needs of a funding proposal (the API's FundingProposalDto). */
export interface ProposalLike {
  budgetCents: number;
  lines: { applicationId: string; rank: number; grantCents: number; capCents: number }[];
  reserve: { applicationId: string; rank: number; position: number; grantCents: number }[];
  rejected: { applicationId: string; reason: string }[];
}

export type AmendmentPreview =
  | { ok: true; committedCents: number; remainingCents: number }
  | { ok: false; kind: 'invalid' | 'over_budget'; field: string; committedCents: number | null; remainingCents: number | null };

/**
 * The amendment applied to the proposal in the browser, by the very rule the server applies
 * (libs/funding's `amend`): what the grants would total and what would remain, or which field
 * breaks a rule. The server decides; this only shows the budget as the decider types.
 */
export function previewAmendment(proposal: ProposalLike, amendment: Amendment): AmendmentPreview {
  const caps = new Map<string, number>(proposal.lines.map((line) => [line.applicationId, line.capCents]));
  // A reserve entry's grant is what it would get, at most its cap.
  for (const entry of proposal.reserve) if (!caps.has(entry.applicationId)) caps.set(entry.applicationId, entry.grantCents);
  const base = {
    budgetCents: proposal.budgetCents,
    lines: proposal.lines.map(({ applicationId, rank, grantCents }) => ({ applicationId, rank, grantCents })),
    reserve: proposal.reserve.map(({ applicationId, rank, position, grantCents }) => ({ applicationId, rank, position, grantCents })),
    rejected: proposal.rejected.map(({ applicationId, reason }) => ({ applicationId, reason: reason as 'failed_thresholds' })),
  };
  try {
    const next = amend(base, amendment, caps, 'preview');
    const committed = committedCents(next);
    return { ok: true, committedCents: committed, remainingCents: proposal.budgetCents - committed };
  } catch (error) {
    if (!(error instanceof AmendmentError)) throw error;
    if (error.kind === 'over_budget') {
      const over = overBudgetTotal(base.lines, amendment);
      return { ok: false, kind: 'over_budget', field: error.field, committedCents: over, remainingCents: over === null ? null : proposal.budgetCents - over };
    }
    return { ok: false, kind: error.kind, field: error.field, committedCents: null, remainingCents: null };
  }
}

function overBudgetTotal(lines: { applicationId: string; grantCents: number }[], amendment: Amendment): number | null {
  const sum = lines.reduce((total, line) => total + line.grantCents, 0);
  if (amendment.op === 'set_grant') {
    const line = lines.find((l) => l.applicationId === amendment.applicationId);
    return line ? sum - line.grantCents + amendment.grantCents : null;
  }
  return null;
}

/** Euros typed in any of the app's languages (`12 500,50`, `12500.5`) as whole cents; null when it is no amount. */
export function centsOf(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(clean)) return null;
  return Math.round(Number(clean) * 100);
}

/** The running total of the funded lines in rank order: where each one stands against the budget. */
export function cumulative(lines: readonly { applicationId: string; grantCents: number }[]): Map<string, number> {
  let sum = 0;
  return new Map(lines.map((line) => [line.applicationId, (sum += line.grantCents)]));
}
