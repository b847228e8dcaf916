import { testBedsPublished } from './test-beds-published.js';

describe('testBedsPublished', () => {
  it('passes when every chosen bed is published and offered, or none is chosen', () => {
    expect(testBedsPublished([{ id: 't1', state: 'published', name: 'Hervanta', offeredByCall: true }]).pass).toBe(true);
    expect(testBedsPublished([]).pass).toBe(true);
  });

  it('names each bed that is a draft, archived or gone', () => {
    const verdict = testBedsPublished([
      { id: 't1', state: 'published', name: 'Hervanta', offeredByCall: true },
      { id: 't2', state: 'draft', name: 'Kalasatama', offeredByCall: true },
      { id: 't3', state: 'archived', name: 'Otaniemi', offeredByCall: true },
      { id: 't4', state: null, name: null, offeredByCall: false },
    ]);
    expect(verdict).toMatchObject({ rule: 'testBedsPublished', pass: false });
    expect(verdict.reason.en).toBe('These chosen test beds are not published: Kalasatama, Otaniemi, t4.');
  });

  it('names each published bed that the call does not offer', () => {
    const verdict = testBedsPublished([
      { id: 't1', state: 'published', name: 'Hervanta', offeredByCall: true },
      { id: 't2', state: 'published', name: 'Kalasatama', offeredByCall: false },
      { id: 't3', state: 'archived', name: 'Otaniemi', offeredByCall: false },
    ]);
    expect(verdict.pass).toBe(false);
    expect(verdict.reason.en).toBe('These chosen test beds are not published: Otaniemi. The call does not offer these chosen test beds: Kalasatama.');
    expect(verdict.reason.fi).toContain('Kalasatama');
    expect(verdict.reason.sv).toContain('Kalasatama');
  });
});
