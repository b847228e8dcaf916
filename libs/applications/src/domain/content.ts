/**
 * What an application says: the working copy the lead edits and, frozen, each submitted revision.
 * Money is integer euro cents; dates are ISO days (YYYY-MM-DD), both ends of a period included.
 */
export const BUDGET_CATEGORIES = ['personnel', 'services', 'equipment', 'travel', 'indirect', 'other'] as const;
export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export interface Kpi {
  /** Stable across saves, so a diff of two revisions tells a changed KPI from a replaced one. */
  id: string;
  name: string;
  baseline: string;
  target: string;
}

export interface BudgetLine {
  id: string;
  category: BudgetCategory;
  description: string;
  amountCents: number;
  eligible: boolean;
}

export interface Period {
  start: string;
  end: string;
}

export interface ApplicationContent {
  title: string;
  summary: string | null;
  plan: string | null;
  expectedImpact: string | null;
  kpis: Kpi[];
  budgetLines: BudgetLine[];
  requestedGrantCents: number | null;
  pilotPeriod: Period | null;
  testbedIds: string[];
}

export interface BudgetTotals {
  totalCents: number;
  eligibleTotalCents: number;
}

export const MAX_KPIS = 50;
export const MAX_BUDGET_LINES = 200;
export const MAX_TESTBEDS = 20;
/** Ten million euros a line: far above any pilot, far below the range where doubles lose cents. */
export const MAX_AMOUNT_CENTS = 1_000_000_000;

/** Totals are always computed here, never taken from the client. */
export function budgetTotals(lines: readonly Pick<BudgetLine, 'amountCents' | 'eligible'>[]): BudgetTotals {
  let totalCents = 0;
  let eligibleTotalCents = 0;
  for (const line of lines) {
    totalCents += line.amountCents;
    if (line.eligible) eligibleTotalCents += line.amountCents;
  }
  return { totalCents, eligibleTotalCents };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * What is malformed in a working copy, field by field. Incomplete is fine (drafts save often and
 * the call's required-fields rule judges completeness); contradictory is not.
 */
export function contentProblems(content: ApplicationContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!content.title.trim()) problems.push({ field: 'title', message: 'must not be blank' });
  const period = content.pilotPeriod;
  if (period) {
    if (!isIsoDate(period.start)) problems.push({ field: 'pilotPeriod.start', message: 'must be a date (YYYY-MM-DD)' });
    if (!isIsoDate(period.end)) problems.push({ field: 'pilotPeriod.end', message: 'must be a date (YYYY-MM-DD)' });
    if (isIsoDate(period.start) && isIsoDate(period.end) && period.end < period.start) {
      problems.push({ field: 'pilotPeriod.end', message: 'must not be before start' });
    }
  }
  if (new Set(content.testbedIds).size !== content.testbedIds.length) problems.push({ field: 'testbedIds', message: 'must not repeat a test bed' });
  duplicates(content.kpis.map((k) => k.id)).forEach((id) => problems.push({ field: 'kpis', message: `id ${id} is used twice` }));
  duplicates(content.budgetLines.map((b) => b.id)).forEach((id) => problems.push({ field: 'budgetLines', message: `id ${id} is used twice` }));
  const { totalCents } = budgetTotals(content.budgetLines);
  if (!Number.isSafeInteger(totalCents)) problems.push({ field: 'budgetLines', message: 'the total is too large' });
  return problems;
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const value of values) (seen.has(value) ? twice : seen).add(value);
  return [...twice];
}
