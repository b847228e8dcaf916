/** The fewest characters of grounds the API takes (libs/funding/src/domain/redress.ts). */
export const GROUNDS_MIN = 20;

/** Whole euros typed by a coordinator (spaces allowed) as cents; null when it is not a whole amount. */
export function centsOfEuros(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (!/^\d{1,9}$/.test(compact)) return null;
  return Number(compact) * 100;
}
