import { ApplicationContent, BudgetTotals, budgetTotals } from './content.js';
import type { ConsortiumOrganisation } from './eligibility/min-operators-in-cities.js';

/**
 * A submitted revision exactly as it was: the content, its totals and the consortium at that
 * moment. Revisions are immutable; eligibility, review and the diff all read this, never the
 * working copy.
 */
export interface RevisionSnapshot extends ApplicationContent {
  callId: string;
  totals: BudgetTotals;
  consortium: {
    lead: ConsortiumOrganisation;
    partners: ConsortiumOrganisation[];
  };
}

export function snapshotOf(
  callId: string,
  content: ApplicationContent,
  lead: ConsortiumOrganisation,
  partners: ConsortiumOrganisation[],
): RevisionSnapshot {
  return {
    callId,
    title: content.title,
    summary: content.summary,
    plan: content.plan,
    expectedImpact: content.expectedImpact,
    kpis: content.kpis.map((k) => ({ ...k })),
    budgetLines: content.budgetLines.map((b) => ({ ...b })),
    totals: budgetTotals(content.budgetLines),
    requestedGrantCents: content.requestedGrantCents,
    pilotPeriod: content.pilotPeriod ? { ...content.pilotPeriod } : null,
    testbedIds: [...content.testbedIds],
    consortium: {
      lead: { ...lead },
      partners: [...partners].sort((a, b) => a.organisationId.localeCompare(b.organisationId)).map((p) => ({ ...p })),
    },
  };
}
