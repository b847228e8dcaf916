import type { ApplicationContent } from '../content.js';
import { evaluateEligibility, isEligible, rulesOfCall } from './evaluate.js';
import type { CityRef, ConsortiumOrganisation } from './min-operators-in-cities.js';

const CITIES: CityRef[] = [
  { slug: 'helsinki', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } },
  { slug: 'espoo', name: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo' } },
  { slug: 'vantaa', name: { fi: 'Vantaa', sv: 'Vanda', en: 'Vantaa' } },
  { slug: 'tampere', name: { fi: 'Tampere', sv: 'Tammerfors', en: 'Tampere' } },
  { slug: 'turku', name: { fi: 'Turku', sv: 'Åbo', en: 'Turku' } },
  { slug: 'oulu', name: { fi: 'Oulu', sv: 'Uleåborg', en: 'Oulu' } },
];

function org(id: string, homeMunicipality: string, type = 'company'): ConsortiumOrganisation {
  return { organisationId: id, name: `Org ${id}`, type, homeMunicipality };
}

function content(overrides: Partial<ApplicationContent> = {}): ApplicationContent {
  return {
    title: 'Robot buses in Hervanta',
    summary: 'Autonomous shuttles on public streets',
    plan: 'Six months of pilot traffic',
    expectedImpact: 'Fewer private cars',
    kpis: [{ id: 'k1', name: 'Passengers', baseline: '0', target: '5000' }],
    budgetLines: [
      { id: 'b1', category: 'personnel', description: 'Drivers', amountCents: 8_000_000, eligible: true },
      { id: 'b2', category: 'other', description: 'Catering', amountCents: 500_000, eligible: false },
    ],
    requestedGrantCents: 5_000_000,
    pilotPeriod: { start: '2027-01-01', end: '2027-06-30' },
    testbedIds: ['t1'],
    ...overrides,
  };
}

const call = {
  eligibility: null,
  maxGrantCents: 10_000_000,
  fundingRatePercent: 75,
  durationMinMonths: 3,
  durationMaxMonths: 24,
  requiredFields: ['summary'],
};

describe('eligibility of a revision', () => {
  const subject = {
    content: content(),
    lead: org('a', 'Tampere'),
    partners: [org('b', 'Espoo')],
    eligibleCostsCents: 8_000_000,
    testbeds: [{ id: 't1', state: 'published' as const, name: 'Hervanta', offeredByCall: true }],
    operators: [
      { organisationId: 'a', verified: true, registration: '0112038-9', peopleIds: ['u1'] },
      { organisationId: 'b', verified: true, registration: '2471812-5', peopleIds: ['u2'] },
    ],
  };

  it('applies every rule by default, the consortium rule with two operators in the six cities', () => {
    const rules = rulesOfCall(call, CITIES);
    expect(rules.minOperatorsInCities.count).toBe(2);
    expect(rules.minOperatorsInCities.cities.map((c) => c.slug)).toEqual(['helsinki', 'espoo', 'vantaa', 'tampere', 'turku', 'oulu']);
    const verdicts = evaluateEligibility(rules, subject);
    expect(verdicts.map((v) => v.rule)).toEqual(['minOperatorsInCities', 'maxGrant', 'fundingRate', 'durationMonths', 'testBedsPublished', 'requiredFields']);
    expect(isEligible(verdicts)).toBe(true);
  });

  it('leaves out the rules a call turns off and adds the ones it sets', () => {
    const rules = rulesOfCall(
      {
        ...call,
        eligibility: {
          minOperatorsInCities: { count: 1, cities: ['oulu'] },
          leadOrganisationTypes: ['association'],
          maxGrant: false,
          fundingRate: false,
          durationMonths: false,
          testBedsPublished: false,
          requiredFields: ['plan'],
        },
      },
      CITIES,
    );
    const verdicts = evaluateEligibility(rules, subject);
    expect(verdicts.map((v) => [v.rule, v.pass])).toEqual([
      ['minOperatorsInCities', false],
      ['leadOrganisationTypes', false],
      ['requiredFields', true],
    ]);
    expect(rules.requiredFields).toEqual(['summary', 'plan']);
    expect(isEligible(verdicts)).toBe(false);
  });

  it('skips the duration rule when the call sets no limits', () => {
    const rules = rulesOfCall({ ...call, durationMinMonths: null, durationMaxMonths: null }, CITIES);
    expect(rules.durationMonths).toBeNull();
  });
});
