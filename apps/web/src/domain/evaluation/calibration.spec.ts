import { BIAS_IN_LINE, leaningOf, moveOf } from './calibration';

describe('leaningOf', () => {
  it('reads a negative bias as harsh and a positive one as generous', () => {
    expect(leaningOf({ bias: -2, shared: 2 })).toBe('harsh');
    expect(leaningOf({ bias: 1, shared: 3 })).toBe('generous');
  });

  it('reads a bias smaller than the margin, on either side, as in line', () => {
    expect(leaningOf({ bias: 0, shared: 2 })).toBe('in_line');
    expect(leaningOf({ bias: BIAS_IN_LINE / 2, shared: 2 })).toBe('in_line');
    expect(leaningOf({ bias: -BIAS_IN_LINE / 2, shared: 2 })).toBe('in_line');
    expect(leaningOf({ bias: BIAS_IN_LINE, shared: 2 })).toBe('generous');
    expect(leaningOf({ bias: -BIAS_IN_LINE, shared: 2 })).toBe('harsh');
  });

  it('says nothing of an evaluator who shared no application with another', () => {
    expect(leaningOf({ bias: 0, shared: 0 })).toBe('unknown');
  });
});

describe('moveOf', () => {
  it('turns the rank change into places up or down', () => {
    expect(moveOf({ pass: true, rankChange: 1 })).toEqual({ kind: 'up', places: 1 });
    expect(moveOf({ pass: true, rankChange: -2 })).toEqual({ kind: 'down', places: 2 });
    expect(moveOf({ pass: true, rankChange: 0 })).toEqual({ kind: 'same' });
  });

  it('leaves a failing application out of the ranking whatever its totals', () => {
    expect(moveOf({ pass: false, rankChange: null })).toEqual({ kind: 'not_ranked' });
    expect(moveOf({ pass: false, rankChange: 3 })).toEqual({ kind: 'not_ranked' });
  });
});
