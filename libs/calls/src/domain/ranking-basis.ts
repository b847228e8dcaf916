import { messageOf, type Message } from '@kokeilu/platform';
import type { CallState } from './call.js';
import { CALL_MESSAGES, CALL_STATE_WORDS } from './messages.js';

/**
 * Whether a call ranks its applications by the raw totals of the reviews (the default) or by
 * totals calibrated for each evaluator's bias (libs/evaluation/src/domain/calibration.ts).
 */
export const RANKING_BASES = ['raw', 'calibrated'] as const;
export type RankingBasis = (typeof RANKING_BASES)[number];

/**
 * The basis may change until evaluation starts. Evaluation starts when the call closes: the
 * assignment job runs at the close and evaluators begin to score, so from `closed` on the choice
 * is fixed, and nobody can pick the basis after seeing which one favours whom.
 */
export const RANKING_BASIS_OPEN_STATES: readonly CallState[] = ['draft', 'scheduled', 'open'];

export type RankingBasisChange = { ok: true; changed: boolean } | { ok: false; message: Message };

export function changeRankingBasis(call: { state: CallState; rankingBasis: RankingBasis }, next: RankingBasis): RankingBasisChange {
  if (!RANKING_BASIS_OPEN_STATES.includes(call.state)) {
    return { ok: false, message: messageOf(CALL_MESSAGES, 'call.ranking_basis.evaluation_started', { state: CALL_STATE_WORDS[call.state] }) };
  }
  return { ok: true, changed: call.rankingBasis !== next };
}
