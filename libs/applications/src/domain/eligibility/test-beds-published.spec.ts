import { testBedsPublished } from './test-beds-published.js';

describe('testBedsPublished', () => {
  it('passes when every chosen bed is published, or none is chosen', () => {
    expect(testBedsPublished([{ id: 't1', state: 'published', name: 'Hervanta' }]).pass).toBe(true);
    expect(testBedsPublished([]).pass).toBe(true);
  });

  it('names each bed that is a draft, archived or gone', () => {
    const verdict = testBedsPublished([
      { id: 't1', state: 'published', name: 'Hervanta' },
      { id: 't2', state: 'draft', name: 'Kalasatama' },
      { id: 't3', state: 'archived', name: 'Otaniemi' },
      { id: 't4', state: null, name: null },
    ]);
    expect(verdict).toMatchObject({ rule: 'testBedsPublished', pass: false });
    expect(verdict.reason.en).toBe('These chosen test beds are not published: Kalasatama, Otaniemi, t4.');
  });
});
