import type { FieldProblem } from './problems.js';

export const COST_KINDS = ['free', 'fee', 'negotiable'] as const;
export type CostKind = (typeof COST_KINDS)[number];
export const FEE_UNITS = ['day', 'week', 'month', 'pilot'] as const;
export type FeeUnit = (typeof FEE_UNITS)[number];

/** What using the test bed costs. Money is integer euro cents. */
export type CostModel = { kind: 'free' } | { kind: 'fee'; amountCents: number; unit: FeeUnit } | { kind: 'negotiable' };

/** A sanity bound: no test-bed fee reaches ten million euros. */
export const MAX_FEE_CENTS = 1_000_000_000;

export function isCostKind(value: unknown): value is CostKind {
  return typeof value === 'string' && (COST_KINDS as readonly string[]).includes(value);
}

/** A fee needs an amount and a unit; free and negotiable take neither, so nothing stale lingers. */
export function normaliseCost(value: unknown, field = 'cost'): { cost: CostModel | null; problems: FieldProblem[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { cost: null, problems: [{ field, message: 'must be { kind: free | fee | negotiable }' }] };
  }
  const { kind, amountCents, unit } = value as { kind?: unknown; amountCents?: unknown; unit?: unknown };
  if (!isCostKind(kind)) return { cost: null, problems: [{ field: `${field}.kind`, message: `must be one of ${COST_KINDS.join(', ')}` }] };
  const problems: FieldProblem[] = [];
  if (kind === 'fee') {
    if (typeof amountCents !== 'number' || !Number.isInteger(amountCents) || amountCents <= 0 || amountCents > MAX_FEE_CENTS) {
      problems.push({ field: `${field}.amountCents`, message: 'must be a whole number of cents greater than 0' });
    }
    if (typeof unit !== 'string' || !(FEE_UNITS as readonly string[]).includes(unit)) {
      problems.push({ field: `${field}.unit`, message: `must be one of ${FEE_UNITS.join(', ')}` });
    }
    if (problems.length) return { cost: null, problems };
    return { cost: { kind, amountCents: amountCents as number, unit: unit as FeeUnit }, problems };
  }
  if (amountCents !== undefined && amountCents !== null) problems.push({ field: `${field}.amountCents`, message: `is only for a fee, not ${kind}` });
  if (unit !== undefined && unit !== null) problems.push({ field: `${field}.unit`, message: `is only for a fee, not ${kind}` });
  return problems.length ? { cost: null, problems } : { cost: { kind }, problems };
}
