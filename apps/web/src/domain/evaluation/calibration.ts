/**
 * How the coordinator's calibration page reads the API's figures (GET /calls/:id/calibration):
 * which way an evaluator leans, and which way calibration would move an application.
 */

/** A bias smaller than this (in total points) reads as in line with the others: below what a half step on one criterion moves. */
export const BIAS_IN_LINE = 0.05;

export type Leaning = 'harsh' | 'generous' | 'in_line' | 'unknown';

/**
 * An evaluator's leaning from their least-squares bias. With no review shared with another
 * evaluator there is nothing to compare them with: their bias is 0 by construction, not a finding.
 */
export function leaningOf(evaluator: { bias: number; shared: number }): Leaning {
  if (evaluator.shared === 0) return 'unknown';
  if (evaluator.bias <= -BIAS_IN_LINE) return 'harsh';
  if (evaluator.bias >= BIAS_IN_LINE) return 'generous';
  return 'in_line';
}

export type Move = { kind: 'up' | 'down'; places: number } | { kind: 'same' } | { kind: 'not_ranked' };

/** Where calibration would move an application in the ranking (`rankChange` +1: one place higher). */
export function moveOf(application: { pass: boolean; rankChange: number | null }): Move {
  if (!application.pass || application.rankChange === null) return { kind: 'not_ranked' };
  if (application.rankChange > 0) return { kind: 'up', places: application.rankChange };
  if (application.rankChange < 0) return { kind: 'down', places: -application.rankChange };
  return { kind: 'same' };
}
