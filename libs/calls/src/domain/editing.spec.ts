import type { CallContent } from './call.js';
import { changedFields, judgeEdit, sameValue } from './editing.js';
import { defaultEligibility } from './validation.js';

const base: CallContent = {
  focusArea: 'open_innovation_platforms',
  title: { fi: 'Pilotit' },
  summary: { fi: 'Tiivistelmä' },
  body: { fi: 'Hakuteksti' },
  opensAt: new Date('2027-03-01T07:00:00Z'),
  closesAt: new Date('2027-04-15T13:00:00Z'),
  reviewDeadline: new Date('2027-05-31T13:00:00Z'),
  budgetCents: 100_000_000,
  fundingSources: [{ source: 'ERDF', sharePercent: 100 }],
  fundingRatePercent: 75,
  maxGrantCents: 20_000_000,
  durationMinMonths: 3,
  durationMaxMonths: 12,
  eligibility: defaultEligibility(),
  criteria: [{ key: 'impact', name: { en: 'Impact' }, guidance: null, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 0 }],
  overallThreshold: 0,
  tieBreaks: [],
  fundingPolicy: 'strict',
  reviewersPerApplication: 3,
  divergenceLimit: 2,
  deciderIds: [],
  testbedIds: [],
};
const now = new Date('2027-03-10T00:00:00Z');
const edit = (changes: Partial<CallContent>) => ({ ...base, ...changes });

describe('sameValue', () => {
  it('ignores key order, as jsonb stores it', () => {
    expect(sameValue({ a: 1, b: [{ c: 2, d: 3 }] }, { b: [{ d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(new Date(0), new Date(0))).toBe(true);
    expect(sameValue({ a: undefined }, {})).toBe(true);
  });
});

describe('judgeEdit', () => {
  it('lets a draft change anything', () => {
    const verdict = judgeEdit('draft', base, edit({ budgetCents: 1, maxGrantCents: 1 }), now);
    expect(verdict).toEqual({ ok: true, changed: ['budgetCents', 'maxGrantCents'] });
  });

  it('refuses rule changes after publishing, naming each field', () => {
    const verdict = judgeEdit('open', base, edit({ budgetCents: base.budgetCents + 1, fundingPolicy: 'skip', title: { en: 'New' } }), now);
    expect(verdict).toMatchObject({ ok: false, reason: 'locked' });
    expect(!verdict.ok && verdict.problems.map((p) => p.field)).toEqual(['budgetCents', 'fundingPolicy']);
  });

  it('lets texts and future dates change after publishing', () => {
    const closesAt = new Date('2027-05-01T00:00:00Z');
    expect(judgeEdit('open', base, edit({ title: { en: 'New' }, closesAt, reviewDeadline: new Date('2027-06-30T00:00:00Z') }), now)).toEqual({
      ok: true,
      changed: ['title', 'closesAt', 'reviewDeadline'],
    });
    expect(judgeEdit('scheduled', base, edit({ opensAt: new Date('2027-03-20T00:00:00Z') }), new Date('2027-02-01T00:00:00Z'))).toMatchObject({ ok: true });
  });

  it('refuses dates that are behind the call', () => {
    expect(judgeEdit('open', base, edit({ opensAt: new Date('2027-03-02T00:00:00Z') }), now)).toMatchObject({ ok: false, reason: 'locked', problems: [{ field: 'opensAt' }] });
    expect(judgeEdit('closed', base, edit({ closesAt: new Date('2027-05-01T00:00:00Z') }), now)).toMatchObject({ ok: false, reason: 'locked', problems: [{ field: 'closesAt' }] });
    expect(judgeEdit('decided', base, edit({ reviewDeadline: new Date('2027-07-01T00:00:00Z') }), now)).toMatchObject({ ok: false, reason: 'locked' });
    expect(judgeEdit('closed', base, edit({ reviewDeadline: new Date('2027-07-01T00:00:00Z') }), now)).toMatchObject({ ok: true });
  });

  it('refuses moving a deadline into the past', () => {
    expect(judgeEdit('open', base, edit({ closesAt: new Date('2027-03-05T00:00:00Z') }), now)).toMatchObject({ ok: false, reason: 'past', problems: [{ field: 'closesAt' }] });
  });

  it('sees an unchanged value sent again as no change', () => {
    expect(changedFields(base, edit({ eligibility: JSON.parse(JSON.stringify(base.eligibility)) }))).toEqual([]);
    expect(judgeEdit('open', base, edit({ budgetCents: base.budgetCents }), now)).toEqual({ ok: true, changed: [] });
  });
});
