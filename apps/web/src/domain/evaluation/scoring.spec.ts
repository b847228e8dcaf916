import { changedScores, daysUntil, nextAssignment, parseStoredSheet, type ReviewCriterion, scaleSteps, textIn, unscored, weightedTotal } from './scoring';

const impact: ReviewCriterion = { key: 'impact', name: { fi: 'Vaikuttavuus', en: 'Impact' }, guidance: null, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2.5 };
const feasibility: ReviewCriterion = { key: 'feasibility', name: { fi: 'Toteutettavuus' }, guidance: null, weight: 1, scale: { min: 1, max: 4, step: 1 }, threshold: 2 };

describe('scaleSteps', () => {
  it('lists every step from the minimum to the maximum', () => {
    expect(scaleSteps(impact.scale)).toEqual([0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5]);
    expect(scaleSteps(feasibility.scale)).toEqual([1, 2, 3, 4]);
    expect(scaleSteps({ min: 0, max: 1, step: 0.1 })).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
  });
});

describe('weightedTotal and unscored', () => {
  it('sums weight × score over the scored criteria', () => {
    const sheet = { impact: { score: 4.5, comment: '' }, feasibility: { score: null, comment: 'later' } };
    expect(weightedTotal([impact, feasibility], sheet)).toEqual({ total: 9, max: 14 });
    expect(unscored([impact, feasibility], sheet).map((c) => c.key)).toEqual(['feasibility']);
    expect(unscored([impact, feasibility], {}).map((c) => c.key)).toEqual(['impact', 'feasibility']);
  });
});

describe('changedScores', () => {
  it('keeps only the criteria whose score or comment changed', () => {
    const saved = { impact: { score: 4, comment: 'a' }, feasibility: { score: 3, comment: '' } };
    expect(changedScores({ impact: { score: 4, comment: 'ab' }, feasibility: { score: 3, comment: '' } }, saved)).toEqual({ impact: { score: 4, comment: 'ab' } });
    expect(changedScores(saved, saved)).toEqual({});
  });
});

describe('parseStoredSheet', () => {
  it('reads what the page stored and refuses anything else', () => {
    expect(parseStoredSheet(JSON.stringify({ baseVersion: 3, sheet: { impact: { score: 2, comment: 'x' }, bad: 1 } }))).toEqual({ baseVersion: 3, sheet: { impact: { score: 2, comment: 'x' } } });
    expect(parseStoredSheet('{')).toBeNull();
    expect(parseStoredSheet(null)).toBeNull();
    expect(parseStoredSheet(JSON.stringify({ sheet: {} }))).toBeNull();
  });
});

describe('textIn', () => {
  it('falls back to another language', () => {
    expect(textIn(feasibility.name, 'en')).toBe('Toteutettavuus');
    expect(textIn(impact.name, 'en')).toBe('Impact');
    expect(textIn(null, 'fi')).toBe('');
  });
});

describe('daysUntil', () => {
  it('counts calendar days in Finnish time', () => {
    expect(daysUntil('2027-01-10T21:59:00Z', new Date('2027-01-09T22:30:00Z'))).toBe(0);
    expect(daysUntil('2027-01-11T10:00:00Z', new Date('2027-01-09T21:30:00Z'))).toBe(2);
    expect(daysUntil('2027-01-08T10:00:00Z', new Date('2027-01-09T10:00:00Z'))).toBe(-1);
  });
});

describe('nextAssignment', () => {
  it('takes the assigned one with the earliest deadline, never the current one', () => {
    const items = [
      { id: 'a', state: 'submitted', reviewDeadline: '2027-01-01' },
      { id: 'b', state: 'assigned', reviewDeadline: '2027-02-01' },
      { id: 'c', state: 'assigned', reviewDeadline: '2027-01-15' },
      { id: 'd', state: 'declined', reviewDeadline: '2027-01-02' },
    ];
    expect(nextAssignment(items, 'c')?.id).toBe('b');
    expect(nextAssignment(items, 'x')?.id).toBe('c');
    expect(nextAssignment(items.slice(0, 1), 'x')).toBeNull();
  });
});
