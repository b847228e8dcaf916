import type { Criterion } from '@kokeilu/calls';
import { applyScores, missingScores, onScale, sheetOf } from './scores.js';

function criterion(key: string, scale = { min: 0, max: 5, step: 0.5 }): Criterion {
  return { key, name: { en: key }, guidance: null, weight: 1, scale, threshold: scale.min };
}
const criteria = [criterion('impact'), criterion('team', { min: 1, max: 10, step: 1 }), criterion('data', { min: 0, max: 1, step: 0.1 })];

describe('review scores', () => {
  it('knows the points of a scale, decimal steps included', () => {
    const scale = { min: 0, max: 5, step: 0.5 };
    expect([0, 0.5, 2.5, 5].every((v) => onScale(v, scale))).toBe(true);
    expect([-0.5, 5.5, 0.25, 4.9].some((v) => onScale(v, scale))).toBe(false);
    expect(onScale(0.3, { min: 0, max: 1, step: 0.1 })).toBe(true);
    expect(onScale(0.7, { min: 0, max: 1, step: 0.1 })).toBe(true);
    expect(onScale(3, { min: 1, max: 10, step: 2 })).toBe(true);
    expect(onScale(2, { min: 1, max: 10, step: 2 })).toBe(false);
  });

  it('lists every criterion, empty until scored', () => {
    expect(sheetOf(criteria, { team: { score: 7, comment: 'strong' } })).toEqual({
      impact: { score: null, comment: '' },
      team: { score: 7, comment: 'strong' },
      data: { score: null, comment: '' },
    });
  });

  it('changes only the criteria an edit names', () => {
    const result = applyScores(criteria, { team: { score: 7, comment: 'strong' } }, { impact: { score: 4.5, comment: 'clear' }, team: { comment: 'solid' } });
    expect(result).toEqual({
      ok: true,
      scores: { impact: { score: 4.5, comment: 'clear' }, team: { score: 7, comment: 'solid' }, data: { score: null, comment: '' } },
    });
    expect(applyScores(criteria, { team: { score: 7, comment: '' } }, { team: { score: null } })).toMatchObject({ ok: true, scores: { team: { score: null } } });
  });

  it('names every bad field at once', () => {
    const result = applyScores(criteria, {}, {
      impact: { score: 4.25 },
      team: { score: 11, comment: 3 },
      data: { score: '0.5', grade: 'A' },
      budget: { score: 1 },
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'scores.impact.score', message: 'must be between 0 and 5 in steps of 0.5' },
        { field: 'scores.team.score', message: 'must be between 1 and 10 in steps of 1' },
        { field: 'scores.team.comment', message: 'must be a string' },
        { field: 'scores.data.grade', message: 'is not a field of a score' },
        { field: 'scores.data.score', message: 'must be a number or null' },
        { field: 'scores.budget', message: 'is not a criterion of this call (criteria: impact, team, data)' },
      ],
    });
    expect(applyScores(criteria, {}, [1, 2])).toEqual({ ok: false, problems: [{ field: 'scores', message: 'must be an object keyed by criterion' }] });
    expect(applyScores(criteria, {}, { impact: 3 })).toEqual({ ok: false, problems: [{ field: 'scores.impact', message: 'must be an object with score and comment' }] });
    expect(applyScores(criteria, {}, { impact: { comment: 'x'.repeat(10_001) } })).toMatchObject({ ok: false, problems: [{ field: 'scores.impact.comment' }] });
  });

  it('needs every criterion scored to submit', () => {
    expect(missingScores(criteria, { impact: { score: 0, comment: '' }, team: { score: null, comment: 'later' } })).toEqual([
      { field: 'scores.team.score', message: 'is required to submit' },
      { field: 'scores.data.score', message: 'is required to submit' },
    ]);
    expect(missingScores(criteria, { impact: { score: 0, comment: '' }, team: { score: 1, comment: '' }, data: { score: 1, comment: '' } })).toEqual([]);
  });
});
