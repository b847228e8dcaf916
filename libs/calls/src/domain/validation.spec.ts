import { APPLICATION_FIELDS, DEFAULT_OPERATOR_CITIES, LEAD_ORGANISATION_TYPES } from './call.js';
import { CallInput, checkCall, defaultEligibility, maxTotal } from './validation.js';

function validInput(overrides: CallInput = {}): CallInput {
  return {
    focusArea: 'open_data_and_interfaces',
    title: { fi: 'Avoimen datan pilotit', en: 'Open data pilots' },
    summary: { fi: 'Rahoitusta kokeiluille' },
    body: { fi: 'Koko hakuteksti' },
    opensAt: '2027-03-01T09:00:00+02:00',
    closesAt: '2027-04-15T16:00:00+03:00',
    reviewDeadline: '2027-05-31T16:00:00+03:00',
    budgetCents: 100_000_000,
    fundingSources: [
      { source: 'ERDF', sharePercent: 60 },
      { source: 'state', sharePercent: 20 },
      { source: 'city', sharePercent: 20 },
    ],
    fundingRatePercent: 75,
    maxGrantCents: 20_000_000,
    durationMinMonths: 3,
    durationMaxMonths: 12,
    criteria: [
      { key: 'impact', name: { fi: 'Vaikuttavuus', en: 'Impact' }, weight: 2, threshold: 2.5 },
      { key: 'feasibility', name: { en: 'Feasibility' }, guidance: { en: 'Can the team do it?' }, weight: 1, scale: { min: 1, max: 4, step: 1 } },
    ],
    overallThreshold: 8,
    tieBreaks: ['impact'],
    ...overrides,
  };
}

const fields = (input: CallInput) => checkCall(input).problems.map((p) => p.field);

describe('checkCall', () => {
  it('accepts a whole call and fills in the defaults', () => {
    const { content, problems } = checkCall(validInput());
    expect(problems).toEqual([]);
    expect(content).toMatchObject({
      opensAt: new Date('2027-03-01T07:00:00Z'),
      fundingPolicy: 'strict',
      reviewersPerApplication: 3,
      divergenceLimit: 2,
      deciderIds: [],
      testbedIds: [],
      eligibility: {
        minOperatorsInCities: { count: 2, cities: [...DEFAULT_OPERATOR_CITIES] },
        leadOrganisationTypes: [...LEAD_ORGANISATION_TYPES],
        maxGrant: true,
        fundingRate: true,
        durationMonths: true,
        testBedsPublished: true,
        requiredFields: [...APPLICATION_FIELDS],
      },
    });
    expect(content?.criteria[0]).toEqual({ key: 'impact', name: { fi: 'Vaikuttavuus', en: 'Impact' }, guidance: null, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2.5 });
    expect(content?.criteria[1].threshold).toBe(1);
  });

  it('names every missing field', () => {
    expect(fields({})).toEqual(
      expect.arrayContaining(['focusArea', 'title', 'summary', 'body', 'opensAt', 'closesAt', 'reviewDeadline', 'budgetCents', 'fundingSources', 'fundingRatePercent', 'maxGrantCents', 'durationMinMonths', 'durationMaxMonths', 'criteria']),
    );
  });

  it('needs text in at least one language and refuses unknown languages', () => {
    expect(fields(validInput({ title: { fi: '  ', en: '' } }))).toEqual(['title']);
    expect(fields(validInput({ summary: { de: 'Hallo' } }))).toEqual(['summary.de']);
    expect(checkCall(validInput({ title: { fi: '  Pilotit ', sv: '' } })).content?.title).toEqual({ fi: 'Pilotit' });
  });

  it('keeps the dates in order: opensAt < closesAt < reviewDeadline', () => {
    expect(fields(validInput({ closesAt: '2027-03-01T09:00:00+02:00' }))).toEqual(['closesAt']);
    expect(fields(validInput({ reviewDeadline: '2027-04-01T00:00:00Z' }))).toEqual(['reviewDeadline']);
    expect(fields(validInput({ opensAt: '2027-03-01T09:00:00' }))).toEqual(['opensAt']);
    expect(fields(validInput({ opensAt: 'tomorrow' }))).toEqual(['opensAt']);
  });

  it('needs funding shares that sum to 100 %', () => {
    const short = checkCall(validInput({ fundingSources: [{ source: 'ERDF', sharePercent: 60 }, { source: 'city', sharePercent: 30 }] }));
    expect(short.problems).toEqual([{ field: 'fundingSources', message: 'shares must sum to 100 % (they sum to 90 %)' }]);
    expect(fields(validInput({ fundingSources: [] }))).toEqual(['fundingSources']);
    expect(fields(validInput({ fundingSources: [{ source: 'ERDF', sharePercent: 50 }, { source: 'erdf', sharePercent: 50 }] }))).toEqual(['fundingSources[1].source']);
    expect(fields(validInput({ fundingSources: [{ source: 'ERDF', sharePercent: 100.5 }] }))).toEqual(['fundingSources[0].sharePercent']);
    expect(fields(validInput({ fundingSources: [{ source: 'ERDF', sharePercent: 100, extra: 1 }] }))).toEqual(['fundingSources[0].extra']);
  });

  it('keeps money in positive whole cents and the grant within the budget', () => {
    expect(fields(validInput({ budgetCents: 0 }))).toEqual(['budgetCents']);
    expect(fields(validInput({ budgetCents: 10.5 }))).toEqual(['budgetCents']);
    expect(fields(validInput({ maxGrantCents: 100_000_001 }))).toEqual(['maxGrantCents']);
    expect(fields(validInput({ fundingRatePercent: 0 }))).toEqual(['fundingRatePercent']);
    expect(fields(validInput({ fundingRatePercent: 101 }))).toEqual(['fundingRatePercent']);
  });

  it('keeps the duration limits in order', () => {
    expect(fields(validInput({ durationMinMonths: 12, durationMaxMonths: 6 }))).toEqual(['durationMaxMonths']);
    expect(fields(validInput({ durationMinMonths: 0 }))).toEqual(['durationMinMonths']);
  });

  it('checks eligibility rules as data', () => {
    expect(checkCall(validInput({ eligibility: { maxGrant: false } })).content?.eligibility).toEqual({ ...defaultEligibility(), maxGrant: false });
    expect(fields(validInput({ eligibility: { minOperatorsInCities: { count: 0 } } }))).toEqual(['eligibility.minOperatorsInCities.count']);
    expect(fields(validInput({ eligibility: { minOperatorsInCities: { cities: ['Helsinki!'] } } }))).toEqual(['eligibility.minOperatorsInCities.cities[0]']);
    expect(fields(validInput({ eligibility: { leadOrganisationTypes: ['company', 'startup'] } }))).toEqual(['eligibility.leadOrganisationTypes[1]']);
    expect(fields(validInput({ eligibility: { leadOrganisationTypes: [] } }))).toEqual(['eligibility.leadOrganisationTypes']);
    expect(fields(validInput({ eligibility: { requiredFields: ['plan', 'budget'] } }))).toEqual(['eligibility.requiredFields[1]']);
    expect(fields(validInput({ eligibility: { testBedsPublished: 'yes' } }))).toEqual(['eligibility.testBedsPublished']);
    expect(fields(validInput({ eligibility: { maxOperators: 3 } }))).toEqual(['eligibility.maxOperators']);
    const custom = checkCall(validInput({ eligibility: { minOperatorsInCities: { count: 3, cities: ['tampere', 'lahti'] }, requiredFields: ['plan'] } }));
    expect(custom.content?.eligibility).toMatchObject({ minOperatorsInCities: { count: 3, cities: ['tampere', 'lahti'] }, requiredFields: ['plan'] });
  });

  it('checks each criterion by its path', () => {
    const criteria = (second: Record<string, unknown>) => validInput({ criteria: [{ key: 'impact', name: { en: 'Impact' }, weight: 1 }, { key: 'risk', name: { en: 'Risk' }, weight: 1, ...second }], tieBreaks: [], overallThreshold: 0 });
    expect(fields(criteria({ scale: { min: 0, max: 5, step: 0.3 } }))).toEqual(['criteria[1].scale.step']);
    expect(fields(criteria({ scale: { min: 0, max: 5, step: 0 } }))).toEqual(['criteria[1].scale.step']);
    expect(fields(criteria({ scale: { min: 5, max: 5 } }))).toEqual(['criteria[1].scale.max']);
    expect(fields(criteria({ weight: 0 }))).toEqual(['criteria[1].weight']);
    expect(fields(criteria({ threshold: 6 }))).toEqual(['criteria[1].threshold']);
    expect(fields(criteria({ key: 'impact' }))).toEqual(['criteria[1].key']);
    expect(fields(criteria({ key: 'Risk Level' }))).toEqual(['criteria[1].key']);
    expect(fields(criteria({ name: {} }))).toEqual(['criteria[1].name']);
    expect(fields(validInput({ criteria: [] }))).toEqual(['criteria']);
    expect(checkCall(criteria({ scale: { min: 0, max: 1, step: 0.1 } })).problems).toEqual([]);
  });

  it('needs an overall threshold the criteria can reach', () => {
    // impact 2 × 5 + feasibility 1 × 4 = 14
    expect(maxTotal(checkCall(validInput()).content?.criteria ?? [])).toBe(14);
    expect(fields(validInput({ overallThreshold: 14 }))).toEqual([]);
    expect(fields(validInput({ overallThreshold: 14.5 }))).toEqual(['overallThreshold']);
    expect(fields(validInput({ overallThreshold: -1 }))).toEqual(['overallThreshold']);
  });

  it('breaks ties only by criteria of the call, each once', () => {
    expect(fields(validInput({ tieBreaks: ['impact', 'cost'] }))).toEqual(['tieBreaks[1]']);
    expect(fields(validInput({ tieBreaks: ['impact', 'impact'] }))).toEqual(['tieBreaks[1]']);
    expect(checkCall(validInput({ tieBreaks: ['feasibility', 'impact'] })).content?.tieBreaks).toEqual(['feasibility', 'impact']);
  });

  it('checks the evaluation settings and references', () => {
    expect(fields(validInput({ fundingPolicy: 'greedy' }))).toEqual(['fundingPolicy']);
    expect(fields(validInput({ reviewersPerApplication: 0 }))).toEqual(['reviewersPerApplication']);
    expect(fields(validInput({ divergenceLimit: 0 }))).toEqual(['divergenceLimit']);
    expect(fields(validInput({ deciderIds: ['not-a-uuid'] }))).toEqual(['deciderIds[0]']);
    const id = '0b6f6c1e-3b8f-4a55-9a57-7f1d1bb1c001';
    expect(fields(validInput({ testbedIds: [id, id.toUpperCase()] }))).toEqual(['testbedIds[1]']);
    expect(fields(validInput({ focusArea: 'smart_city' }))).toEqual(['focusArea']);
  });
});
