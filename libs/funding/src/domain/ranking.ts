/**
 * Rule 6: passing applications by total, descending; ties broken by the call's ordered tie-break
 * criteria (higher mean first), then by earlier submission, and as a last resort by id so that
 * the order is always total and repeatable. Each application tied on total with the one ranked
 * just above it records the rule that separated the two.
 */

export interface Rankable {
  applicationId: string;
  total: number;
  /** criterion key → mean (or consensus score) */
  means: Record<string, number>;
  submittedAt: Date;
}

/** `criterion:<key>`, `submitted_at` or `application_id`. */
export type TieBreakRule = `criterion:${string}` | 'submitted_at' | 'application_id';

export interface Ranked {
  applicationId: string;
  /** 1, 2, 3… with no shared ranks: every tie is broken */
  rank: number;
  /** the rule that put this one below the one ranked just above it, when their totals are equal */
  tieBreak: { rule: TieBreakRule; above: string } | null;
}

function compare(a: Rankable, b: Rankable, tieBreaks: readonly string[]): { order: number; rule: TieBreakRule | null } {
  if (a.total !== b.total) return { order: b.total - a.total, rule: null };
  for (const key of tieBreaks) {
    const ma = a.means[key] ?? Number.NEGATIVE_INFINITY;
    const mb = b.means[key] ?? Number.NEGATIVE_INFINITY;
    if (ma !== mb) return { order: mb > ma ? 1 : -1, rule: `criterion:${key}` };
  }
  const ta = a.submittedAt.getTime();
  const tb = b.submittedAt.getTime();
  if (ta !== tb) return { order: ta - tb, rule: 'submitted_at' };
  if (a.applicationId !== b.applicationId) return { order: a.applicationId < b.applicationId ? -1 : 1, rule: 'application_id' };
  return { order: 0, rule: null };
}

export function rank(entries: readonly Rankable[], tieBreaks: readonly string[]): Ranked[] {
  const sorted = [...entries].sort((a, b) => compare(a, b, tieBreaks).order);
  return sorted.map((entry, index) => {
    const above = sorted[index - 1];
    const rule = above && above.total === entry.total ? compare(above, entry, tieBreaks).rule : null;
    return { applicationId: entry.applicationId, rank: index + 1, tieBreak: rule && above ? { rule, above: above.applicationId } : null };
  });
}
