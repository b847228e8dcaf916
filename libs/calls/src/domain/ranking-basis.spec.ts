import { CALL_STATES } from './call.js';
import { changeRankingBasis, RANKING_BASIS_OPEN_STATES } from './ranking-basis.js';

describe('ranking basis', () => {
  it('may change until the call closes', () => {
    for (const state of ['draft', 'scheduled', 'open'] as const) {
      expect(changeRankingBasis({ state, rankingBasis: 'raw' }, 'calibrated')).toEqual({ ok: true, changed: true });
      expect(changeRankingBasis({ state, rankingBasis: 'calibrated' }, 'calibrated')).toEqual({ ok: true, changed: false });
    }
  });

  it('is fixed once evaluation has started, with a sentence naming the state', () => {
    for (const state of CALL_STATES.filter((s) => !RANKING_BASIS_OPEN_STATES.includes(s))) {
      const outcome = changeRankingBasis({ state, rankingBasis: 'raw' }, 'calibrated');
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.message.code).toBe('call.ranking_basis.evaluation_started');
    }
    const closed = changeRankingBasis({ state: 'in_evaluation', rankingBasis: 'raw' }, 'raw');
    if (closed.ok) throw new Error('expected a refusal');
    expect(closed.message.text.en).toContain('in evaluation');
    expect(closed.message.text.fi).toContain('arvioitavana');
  });
});
