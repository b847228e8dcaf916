import { awaitsDecision } from './decider-desk.js';

describe('awaitsDecision', () => {
  it('awaits the decider while the call is in evaluation with an undecided proposal', () => {
    expect(awaitsDecision('in_evaluation', 'proposed')).toBe(true);
  });

  it('awaits nothing before the proposal exists', () => {
    for (const state of ['scheduled', 'open', 'closed', 'in_evaluation']) expect(awaitsDecision(state, null)).toBe(false);
  });

  it('awaits nothing once decided', () => {
    expect(awaitsDecision('decided', 'decided')).toBe(false);
    expect(awaitsDecision('in_evaluation', 'decided')).toBe(false);
    expect(awaitsDecision('decided', 'proposed')).toBe(false);
  });
});
