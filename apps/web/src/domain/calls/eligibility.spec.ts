import type { Call } from '../../api/types';
import { eligibilitySentences, type RuleWords } from './eligibility';

const WORDS: RuleWords = {
  money: (cents) => `${cents / 100} €`,
  anyOf: (items) => items.join(' or '),
  allOf: (items) => items.join(' and '),
  city: (slug) => slug.toUpperCase(),
  organisationType: (type) => `${type}s`,
  field: (field) => field,
};

const call = (eligibility: Partial<Call['eligibility']>): Call =>
  ({
    maxGrantCents: 10_000_000,
    fundingRatePercent: 75,
    durationMinMonths: 3,
    durationMaxMonths: 24,
    eligibility: {
      minOperatorsInCities: { count: 2, cities: ['helsinki', 'tampere'] },
      leadOrganisationTypes: ['company'],
      maxGrant: true,
      fundingRate: true,
      durationMonths: true,
      testBedsPublished: true,
      requiredFields: ['title', 'summary'],
      ...eligibility,
    },
  }) as Call;

describe('eligibilitySentences', () => {
  it('says every rule of the call with its values', () => {
    expect(eligibilitySentences(call({}), WORDS)).toEqual([
      { key: 'calls.ruleOperators', values: { count: 2, cities: 'HELSINKI or TAMPERE' } },
      { key: 'calls.ruleLead', values: { types: 'companys' } },
      { key: 'calls.ruleMaxGrant', values: { amount: '100000 €' } },
      { key: 'calls.ruleFundingRate', values: { percent: 75 } },
      { key: 'calls.ruleDuration', values: { min: 3, max: 24 } },
      { key: 'calls.ruleTestbeds', values: {} },
      { key: 'calls.ruleFields', values: { fields: 'title and summary' } },
    ]);
  });

  it('leaves out the rules the call switched off', () => {
    const keys = eligibilitySentences(call({ maxGrant: false, fundingRate: false, durationMonths: false, testBedsPublished: false, requiredFields: [], minOperatorsInCities: { count: 0, cities: [] } }), WORDS).map((s) => s.key);
    expect(keys).toEqual(['calls.ruleLead']);
  });
});
