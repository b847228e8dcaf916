import { ApplicationContent, budgetTotals } from './domain/content.js';

/**
 * A working copy's content as the `applications` columns hold it, in this order: title, summary,
 * plan, expected_impact, kpis, budget_lines, total_cents, eligible_total_cents,
 * requested_grant_cents, pilot_start, pilot_end, testbed_ids (the totals worked out from the budget).
 */
export const CONTENT_COLUMNS =
  'title, summary, plan, expected_impact, kpis, budget_lines, total_cents, eligible_total_cents, requested_grant_cents, pilot_start, pilot_end, testbed_ids';

export function contentColumnValues(content: ApplicationContent): unknown[] {
  const totals = budgetTotals(content.budgetLines);
  return [
    content.title,
    content.summary,
    content.plan,
    content.expectedImpact,
    JSON.stringify(content.kpis),
    JSON.stringify(content.budgetLines),
    totals.totalCents,
    totals.eligibleTotalCents,
    content.requestedGrantCents,
    content.pilotPeriod?.start ?? null,
    content.pilotPeriod?.end ?? null,
    content.testbedIds,
  ];
}
