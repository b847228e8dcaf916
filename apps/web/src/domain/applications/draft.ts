import type { components } from '../../api/schema';

/*
 * The application form and the API's application, and what lies between: euros typed as text and
 * cents, the fields changed since the last save, the budget's live totals and the requested grant
 * against the call's rate and cap, and the API's field names at the form's fields.
 */
type Schemas = components['schemas'];
export type Application = Schemas['ApplicationDto'];
export type ContentPatch = Omit<Schemas['UpdateApplicationDto'], 'version'>;
export type BudgetCategory = Schemas['BudgetLineDto']['category'];

export const BUDGET_CATEGORIES: readonly BudgetCategory[] = ['personnel', 'services', 'equipment', 'travel', 'indirect', 'other'];

export interface KpiValues {
  id?: string;
  name: string;
  baseline: string;
  target: string;
}

export interface BudgetLineValues {
  id?: string;
  category: BudgetCategory;
  description: string;
  /** Euros as typed: `1 234,50` or `1234.50`. */
  amount: string;
  eligible: boolean;
}

export interface DraftValues {
  title: string;
  summary: string;
  plan: string;
  expectedImpact: string;
  kpis: KpiValues[];
  budgetLines: BudgetLineValues[];
  /** Euros as typed. */
  requestedGrant: string;
  pilotStart: string;
  pilotEnd: string;
  testbedIds: string[];
}

export const CONTENT_FIELDS = ['title', 'summary', 'plan', 'expectedImpact', 'kpis', 'budgetLines', 'requestedGrantCents', 'pilotPeriod', 'testbedIds'] as const;
export type ContentField = (typeof CONTENT_FIELDS)[number];

/** Euros typed by a person (spaces as thousands separators, a comma or a point for cents) as cents; null when it is not an amount. */
export function parseEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return null;
  const [whole, fraction = ''] = compact.split('.');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return Number.isSafeInteger(cents) ? cents : null;
}

/** Cents as euros to type in a field: `1234.5` → `1234,50` in Finnish and Swedish, `1234.50` in English. */
export function eurosText(cents: number | null, locale: string): string {
  if (cents === null) return '';
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  if (!rest) return String(whole);
  return `${whole}${locale === 'en' ? '.' : ','}${String(rest).padStart(2, '0')}`;
}

/** The form's values for an application as the server has it. */
export function valuesOf(application: Application, locale: string): DraftValues {
  return {
    title: application.title,
    summary: application.summary ?? '',
    plan: application.plan ?? '',
    expectedImpact: application.expectedImpact ?? '',
    kpis: application.kpis.map((kpi) => ({ id: kpi.id, name: kpi.name, baseline: kpi.baseline, target: kpi.target })),
    budgetLines: application.budgetLines.map((line) => ({
      id: line.id,
      category: line.category as BudgetCategory,
      description: line.description,
      amount: eurosText(line.amountCents, locale),
      eligible: line.eligible,
    })),
    requestedGrant: eurosText(application.requestedGrantCents, locale),
    pilotStart: application.pilotPeriod?.start ?? '',
    pilotEnd: application.pilotPeriod?.end ?? '',
    testbedIds: [...application.testbedIds],
  };
}

const orNull = (text: string) => (text.trim() ? text : null);

/**
 * Every content field of the form as the API takes it. An amount that is not a number is sent as
 * it is typed (a string), so that the API names the field that is wrong rather than the form
 * silently dropping it; a half-given pilot period is sent with its blank date for the same reason.
 */
export function contentOf(values: DraftValues): Record<ContentField, unknown> {
  const amount = (text: string) => (text.trim() === '' ? null : (parseEuros(text) ?? text));
  return {
    title: values.title,
    summary: orNull(values.summary),
    plan: orNull(values.plan),
    expectedImpact: orNull(values.expectedImpact),
    kpis: values.kpis.map((kpi) => ({ ...(kpi.id ? { id: kpi.id } : {}), name: kpi.name, baseline: kpi.baseline, target: kpi.target })),
    budgetLines: values.budgetLines.map((line) => ({
      ...(line.id ? { id: line.id } : {}),
      category: line.category,
      description: line.description,
      amountCents: amount(line.amount) ?? 0,
      eligible: line.eligible,
    })),
    requestedGrantCents: amount(values.requestedGrant),
    pilotPeriod: values.pilotStart || values.pilotEnd ? { start: values.pilotStart, end: values.pilotEnd } : null,
    testbedIds: values.testbedIds,
  };
}

/** The fields in which `values` differ from `saved`, as a patch (only those, so a save touches nothing it does not mean to). */
export function changesOf(values: DraftValues, saved: DraftValues): ContentPatch {
  const mine = contentOf(values);
  const theirs = contentOf(saved);
  const patch: Record<string, unknown> = {};
  for (const field of CONTENT_FIELDS) if (JSON.stringify(mine[field]) !== JSON.stringify(theirs[field])) patch[field] = mine[field];
  return patch as ContentPatch;
}

/**
 * List fields with a new item still being filled in (a KPI without its name or target, a budget
 * line without its description or amount): the autosave holds them back until the item is whole,
 * rather than have the API refuse a row the user is typing. Items the server has (with an id) are
 * always sent, so blanking one shows the API's error at its field.
 */
export function incompleteLists(values: DraftValues): ContentField[] {
  const fields: ContentField[] = [];
  if (values.kpis.some((kpi) => !kpi.id && (!kpi.name.trim() || !kpi.target.trim()))) fields.push('kpis');
  if (values.budgetLines.some((line) => !line.id && (!line.description.trim() || !line.amount.trim()))) fields.push('budgetLines');
  return fields;
}

/** The form's fields that hold each content field. */
export const FORM_KEYS: Record<ContentField, (keyof DraftValues)[]> = {
  title: ['title'],
  summary: ['summary'],
  plan: ['plan'],
  expectedImpact: ['expectedImpact'],
  kpis: ['kpis'],
  budgetLines: ['budgetLines'],
  requestedGrantCents: ['requestedGrant'],
  pilotPeriod: ['pilotStart', 'pilotEnd'],
  testbedIds: ['testbedIds'],
};

/**
 * "Keep mine" after a conflict: the fields I changed since the version I edited keep my values,
 * every other field takes theirs (so what they changed and I did not is not undone).
 */
export function keepMine(mine: DraftValues, myBase: DraftValues, theirs: DraftValues): DraftValues {
  const merged: DraftValues = { ...theirs };
  for (const field of Object.keys(changesOf(mine, myBase)) as ContentField[]) {
    for (const key of FORM_KEYS[field]) (merged as unknown as Record<string, unknown>)[key] = mine[key];
  }
  return merged;
}

/** Fields that differ between two versions of the form, for the conflict view. */
export function conflictingFields(mine: DraftValues, theirs: DraftValues): ContentField[] {
  return Object.keys(changesOf(mine, theirs)) as ContentField[];
}

/**
 * After a save, the server's ids for the KPIs and budget lines that were sent without one, by
 * position (items added while the save was under way keep having none until the next save).
 */
export function adoptIds(values: DraftValues, saved: Application): DraftValues {
  const kpis = values.kpis.map((kpi, i) => (kpi.id || !saved.kpis[i] ? kpi : { ...kpi, id: saved.kpis[i].id }));
  const budgetLines = values.budgetLines.map((line, i) => (line.id || !saved.budgetLines[i] ? line : { ...line, id: saved.budgetLines[i].id }));
  return { ...values, kpis, budgetLines };
}

/** The API's field path (`budgetLines.0.amountCents`, `pilotPeriod.end`) as the form's field name. */
export function formFieldOf(apiField: string): string {
  return apiField
    .replace(/^requestedGrantCents$/, 'requestedGrant')
    .replace(/^pilotPeriod\.start$/, 'pilotStart')
    .replace(/^pilotPeriod\.end$/, 'pilotEnd')
    .replace(/^pilotPeriod$/, 'pilotStart')
    .replace(/^(budgetLines\.\d+)\.amountCents$/, '$1.amount');
}

export interface BudgetCheck {
  totalCents: number;
  eligibleTotalCents: number;
  requestedCents: number | null;
  /** funding rate × eligible costs, rounded down to a cent */
  rateLimitCents: number;
  capCents: number;
  /** The most that may be asked: the smaller of the two limits. */
  maxCents: number;
  overRate: boolean;
  overCap: boolean;
}

/** The budget's totals as typed, and the requested grant against the call's funding rate and maximum grant (amounts not yet numbers count as nothing). */
export function checkBudget(values: Pick<DraftValues, 'budgetLines' | 'requestedGrant'>, call: { fundingRatePercent: number; maxGrantCents: number }): BudgetCheck {
  let totalCents = 0;
  let eligibleTotalCents = 0;
  for (const line of values.budgetLines) {
    const cents = parseEuros(line.amount) ?? 0;
    totalCents += cents;
    if (line.eligible) eligibleTotalCents += cents;
  }
  const requestedCents = values.requestedGrant.trim() ? parseEuros(values.requestedGrant) : null;
  const rateLimitCents = Math.floor((eligibleTotalCents * call.fundingRatePercent) / 100);
  const maxCents = Math.min(rateLimitCents, call.maxGrantCents);
  return {
    totalCents,
    eligibleTotalCents,
    requestedCents,
    rateLimitCents,
    capCents: call.maxGrantCents,
    maxCents,
    overRate: requestedCents !== null && requestedCents > rateLimitCents,
    overCap: requestedCents !== null && requestedCents > call.maxGrantCents,
  };
}

/** Unsaved edits kept in the tab (sessionStorage) until the server has them: the form and the version they were made on. */
export interface StoredDraft {
  baseVersion: number;
  values: DraftValues;
}

export function parseStoredDraft(text: string | null): StoredDraft | null {
  if (!text) return null;
  try {
    const parsed = JSON.parse(text) as StoredDraft;
    if (typeof parsed?.baseVersion !== 'number' || typeof parsed.values?.title !== 'string' || !Array.isArray(parsed.values.kpis)) return null;
    return parsed;
  } catch {
    return null;
  }
}
