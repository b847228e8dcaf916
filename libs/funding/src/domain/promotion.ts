import type { ReserveEntry } from './proposal.js';

/**
 * Rule 8: when a funded applicant declines or withdraws, the budget it frees goes down the reserve
 * list: in reserve order, each one whose grant fits what is left of the budget moves up, and one
 * that does not fit is passed over (it stays first in line for a later release). Nothing moves
 * when nothing fits.
 */

export interface PromotionInput {
  budgetCents: number;
  /** what the grants still standing already take */
  committedCents: number;
  reserve: readonly ReserveEntry[];
}

export interface Promotion {
  promoted: { applicationId: string; grantCents: number }[];
  reserve: ReserveEntry[];
  committedCents: number;
}

export function promote(input: PromotionInput): Promotion {
  let committed = input.committedCents;
  const promoted: Promotion['promoted'] = [];
  const staying: ReserveEntry[] = [];
  for (const entry of [...input.reserve].sort((a, b) => a.position - b.position)) {
    if (entry.grantCents > 0 && committed + entry.grantCents <= input.budgetCents) {
      promoted.push({ applicationId: entry.applicationId, grantCents: entry.grantCents });
      committed += entry.grantCents;
    } else {
      staying.push(entry);
    }
  }
  return { promoted, reserve: staying.map((entry, index) => ({ ...entry, position: index + 1 })), committedCents: committed };
}
