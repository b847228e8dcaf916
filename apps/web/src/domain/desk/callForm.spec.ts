import { callInputOf, editableAfter, maxTotal, newCallValues, publishedEditOf, rankingBasisToSend, shareTotal } from './callForm';

describe('the call form', () => {
  it('starts from the programme’s usual rules, its shares summing to 100 %', () => {
    const values = newCallValues('tampere');
    expect(shareTotal(values.fundingSources)).toBe(100);
    expect(values.operatorCities).toEqual(['helsinki', 'espoo', 'vantaa', 'tampere', 'turku', 'oulu']);
    expect(newCallValues('lahti').operatorCities).toContain('lahti');
  });

  it('turns the form into the body: money in cents, times from Helsinki, rules as data', () => {
    const values = {
      ...newCallValues('tampere'),
      title: { fi: 'Haku', sv: '', en: 'Call' },
      opensAt: '2027-03-01T09:00',
      closesAt: '2027-04-15T16:00',
      reviewDeadline: '2027-05-31T16:00',
      budget: '500 000',
      maxGrant: '50000,50',
      tieBreaks: [{ key: 'impact' }, { key: '' }],
    };
    const input = callInputOf(values);
    expect(input).toMatchObject({
      title: { fi: 'Haku', en: 'Call' },
      opensAt: '2027-03-01T07:00:00.000Z',
      closesAt: '2027-04-15T13:00:00.000Z',
      budgetCents: 50_000_000,
      maxGrantCents: 5_000_050,
      tieBreaks: ['impact'],
      eligibility: { minOperatorsInCities: { count: 2 }, maxGrant: true },
    });
    expect(input.criteria[0]).toEqual({ key: 'impact', name: {}, guidance: null, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 0 });
  });

  it('adds up the shares and the highest total', () => {
    expect(shareTotal([{ source: 'ERDF', sharePercent: '70' }, { source: 'city', sharePercent: 'x' }])).toBe(70);
    expect(maxTotal(newCallValues(null).criteria)).toBe(10);
  });

  it('lets a published call change only its texts and the dates still ahead', () => {
    expect(editableAfter('draft')).toEqual({ rules: true, texts: true, opensAt: true, closesAt: true, reviewDeadline: true, rankingBasis: true });
    expect(editableAfter('open')).toEqual({ rules: false, texts: true, opensAt: false, closesAt: true, reviewDeadline: true, rankingBasis: true });
    expect(editableAfter('decided').reviewDeadline).toBe(false);
    const values = { ...newCallValues(null), title: { fi: 'Uusi', sv: '', en: '' }, closesAt: '2027-04-15T16:00', reviewDeadline: '2027-05-31T16:00' };
    expect(Object.keys(publishedEditOf(values, 'open')).sort()).toEqual(['body', 'closesAt', 'reviewDeadline', 'summary', 'title']);
  });
});

describe('rankingBasisToSend', () => {
  it('sends nothing for a new call that keeps the default, and the choice when it does not', () => {
    expect(newCallValues(null).rankingBasis).toBe('raw');
    expect(rankingBasisToSend({ rankingBasis: 'raw' })).toBeNull();
    expect(rankingBasisToSend({ rankingBasis: 'calibrated' })).toBe('calibrated');
  });

  it('sends a change while the call is a draft, scheduled or open, and nothing once it has closed', () => {
    for (const state of ['draft', 'scheduled', 'open'] as const) {
      expect(rankingBasisToSend({ rankingBasis: 'calibrated' }, { state, rankingBasis: 'raw' })).toBe('calibrated');
      expect(rankingBasisToSend({ rankingBasis: 'raw' }, { state, rankingBasis: 'calibrated' })).toBe('raw');
      expect(rankingBasisToSend({ rankingBasis: 'raw' }, { state, rankingBasis: 'raw' })).toBeNull();
    }
    for (const state of ['closed', 'in_evaluation', 'decided'] as const) {
      expect(editableAfter(state).rankingBasis).toBe(false);
      expect(rankingBasisToSend({ rankingBasis: 'calibrated' }, { state, rankingBasis: 'raw' })).toBeNull();
    }
  });

  it('is not part of the call body, which the API takes without it', () => {
    expect(callInputOf({ ...newCallValues(null), rankingBasis: 'calibrated' })).not.toHaveProperty('rankingBasis');
  });
});
