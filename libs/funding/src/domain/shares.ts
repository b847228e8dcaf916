import type { FundingSource } from '@kokeilu/calls';

/**
 * The co-funding split of one grant by the call's funding sources (ERDF, state, city…), in whole
 * cents, by the largest-remainder method: every source gets the floor of its exact share, and the
 * cents left over go one each to the largest remainders (the earlier listed source on equal
 * remainders), so the parts always sum to the grant exactly.
 */

export interface SharePart {
  source: string;
  sharePercent: number;
  cents: number;
}

export function splitGrant(grantCents: number, sources: readonly FundingSource[]): SharePart[] {
  if (!Number.isSafeInteger(grantCents) || grantCents < 0) throw new RangeError('grantCents must be a whole, non-negative number of cents');
  const totalPercent = sources.reduce((sum, s) => sum + s.sharePercent, 0);
  if (sources.length === 0 || totalPercent !== 100 || sources.some((s) => !Number.isInteger(s.sharePercent) || s.sharePercent < 0)) {
    throw new RangeError('funding source shares must be whole percentages summing to 100');
  }
  // grantCents × sharePercent stays far below 2^53 for any budget a call can hold.
  const exact = sources.map((s, index) => ({ index, floor: Math.floor((grantCents * s.sharePercent) / 100), remainder: (grantCents * s.sharePercent) % 100 }));
  let left = grantCents - exact.reduce((sum, e) => sum + e.floor, 0);
  const extra = new Array<number>(sources.length).fill(0);
  for (const e of [...exact].sort((a, b) => b.remainder - a.remainder || a.index - b.index)) {
    if (left === 0) break;
    extra[e.index] = 1;
    left -= 1;
  }
  return sources.map((s, index) => ({ source: s.source, sharePercent: s.sharePercent, cents: exact[index]!.floor + extra[index]! }));
}

/** Sums parts per source over many grants (the call's co-funding totals), in the call's source order. */
export function totalsBySource(sources: readonly FundingSource[], parts: readonly { source: string; cents: number }[]): { source: string; cents: number }[] {
  const totals = new Map(sources.map((s) => [s.source, 0]));
  for (const part of parts) totals.set(part.source, (totals.get(part.source) ?? 0) + part.cents);
  return [...totals].map(([source, cents]) => ({ source, cents }));
}
