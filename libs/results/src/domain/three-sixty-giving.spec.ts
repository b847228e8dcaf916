import { describeErrors, threeSixtyGivingValidators } from '../../../../test/support/three-sixty-giving.js';
import {
  eurosNumber,
  funderOf,
  organisationOrgId,
  periodMonths,
  ThreeSixtyGivingFacts,
  threeSixtyGivingGrant,
  threeSixtyGivingPackage,
} from './three-sixty-giving.js';

const facts = (overrides: Partial<ThreeSixtyGivingFacts> = {}): ThreeSixtyGivingFacts => ({
  id: '5d0c5a4e-0000-4000-8000-000000000001',
  callId: '5d0c5a4e-0000-4000-8000-0000000000ca',
  title: 'Robottibussit Hervantaan',
  summary: 'Autonomous shuttles between the campus and the tram stop',
  recipient: { id: '5d0c5a4e-0000-4000-8000-00000000000a', name: 'Robottibussi Oy', businessId: '1234567-1', foreignRegistrationId: null, country: 'FI', municipality: 'Tampere' },
  grantCents: 4_000_050,
  requestedCents: 4_500_000,
  // 22:30 UTC on 31 May is already 1 June in Helsinki.
  awardedAt: new Date('2027-05-31T22:30:00Z'),
  city: { slug: 'tampere', name: { fi: 'Tampere', sv: 'Tammerfors', en: 'Tampere' } },
  callTitle: { fi: 'Kevään 2027 haku', en: 'Spring 2027 call' },
  pilotPeriod: { start: '2027-08-01', end: '2028-01-31' },
  testbedCities: [
    { slug: 'espoo', name: { fi: 'Espoo', sv: 'Esbo' } },
    { slug: 'tampere', name: { fi: 'Tampere' } },
  ],
  rankingBasis: 'raw',
  ...overrides,
});

const meta = { issuedAt: new Date('2027-06-02T08:00:00Z'), apiUrl: 'https://kokeilu.example/api/v1', websiteUrl: 'https://kokeilu.example/', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/' };

describe('360Giving grant records', () => {
  it('maps a grant to the standard’s fields', () => {
    expect(threeSixtyGivingGrant(facts())).toEqual({
      id: '360G-kokeilu-5d0c5a4e-0000-4000-8000-000000000001',
      title: 'Robottibussit Hervantaan',
      description: 'Autonomous shuttles between the campus and the tram stop',
      currency: 'EUR',
      amountAwarded: 40000.5,
      amountAppliedFor: 45000,
      awardDate: '2027-06-01',
      recipientOrganization: [{ id: 'FI-PRO-1234567-1', name: 'Robottibussi Oy', companyNumber: '1234567-1', addressLocality: 'Tampere', addressCountry: 'FI' }],
      fundingOrganization: [{ id: 'FI-PRO-0211675-2', name: 'Tampere', companyNumber: '0211675-2', addressLocality: 'Tampere', addressCountry: 'FI' }],
      grantProgramme: [{ code: '5d0c5a4e-0000-4000-8000-0000000000ca', title: 'Kevään 2027 haku' }],
      plannedDates: [{ startDate: '2027-08-01', endDate: '2028-01-31', duration: 6 }],
      beneficiaryLocation: [
        { id: '360G-kokeilu-city-espoo', name: 'Espoo', countryCode: 'FI' },
        { id: '360G-kokeilu-city-tampere', name: 'Tampere', countryCode: 'FI' },
      ],
      fromOpenCall: 'Yes',
      classifications: [{ vocabulary: '360G-kokeilu-ranking-basis', code: 'raw', title: expect.stringContaining('raw') }],
    });
  });

  it('says when the call ranked by calibrated totals', () => {
    expect(threeSixtyGivingGrant(facts({ rankingBasis: 'calibrated' })).classifications).toEqual([expect.objectContaining({ code: 'calibrated' })]);
  });

  it('names organisations by org-id: FI-PRO for a business ID, the publisher prefix otherwise', () => {
    expect(organisationOrgId(facts().recipient)).toBe('FI-PRO-1234567-1');
    expect(organisationOrgId({ ...facts().recipient, businessId: null, foreignRegistrationId: 'SE556000-0001', country: 'SE' })).toBe('360G-kokeilu-org-5d0c5a4e-0000-4000-8000-00000000000a');
    expect(funderOf({ slug: 'helsinki', name: { fi: 'Helsinki' } }).id).toBe('FI-PRO-0201256-6');
    expect(funderOf({ slug: 'lahti', name: { fi: 'Lahti' } })).toEqual({ id: '360G-kokeilu-funder-lahti', name: 'Lahti', addressLocality: 'Lahti', addressCountry: 'FI' });
    expect(funderOf(null).id).toBe('360G-kokeilu-funder-national');
  });

  it('leaves out what the application did not give, and describes a grant without a summary by its title', () => {
    const grant = threeSixtyGivingGrant(facts({ summary: null, pilotPeriod: null, testbedCities: [], requestedCents: null }));
    expect(grant.description).toBe('Robottibussit Hervantaan');
    expect(grant).not.toHaveProperty('plannedDates');
    expect(grant).not.toHaveProperty('beneficiaryLocation');
    expect(grant).not.toHaveProperty('amountAppliedFor');
  });

  it('gives amounts as exact euro numbers and durations in begun months', () => {
    expect(eurosNumber(7)).toBe(0.07);
    expect(JSON.stringify(eurosNumber(123_456_789))).toBe('1234567.89');
    expect(() => eurosNumber(1.5)).toThrow(RangeError);
    expect(periodMonths('2027-01-01', '2027-01-31')).toBe(1);
    expect(periodMonths('2027-01-15', '2027-03-14')).toBe(2);
    expect(periodMonths('2027-01-15', '2027-03-15')).toBe(3);
    expect(periodMonths('2027-01-15', '2027-01-15')).toBe(1);
  });
});

describe('360Giving data package against the standard’s schemas', () => {
  const { package: validatePackage, grant: validateGrant } = threeSixtyGivingValidators();
  const full = threeSixtyGivingGrant(facts());
  const lean = threeSixtyGivingGrant(facts({ id: '5d0c5a4e-0000-4000-8000-000000000002', summary: null, pilotPeriod: null, testbedCities: [], requestedCents: null, city: null, recipient: { ...facts().recipient, businessId: null, foreignRegistrationId: 'X1', country: 'SE' } }));

  it('validates, grants and package', () => {
    for (const grant of [full, lean]) expect(describeErrors(validateGrant(grant) ? null : validateGrant.errors)).toBe('');
    const pkg = threeSixtyGivingPackage([full, lean], meta);
    expect(describeErrors(validatePackage(pkg) ? null : validatePackage.errors)).toBe('');
  });

  it.each(['id', 'title', 'description', 'currency', 'amountAwarded', 'awardDate', 'recipientOrganization', 'fundingOrganization'] as const)('fails without %s', (field) => {
    const broken: Record<string, unknown> = { ...full };
    delete broken[field];
    expect(validatePackage(threeSixtyGivingPackage([broken as unknown as typeof full], meta))).toBe(false);
  });

  it('fails on an amount as a string or a recipient without its org-id', () => {
    expect(validateGrant({ ...full, amountAwarded: '40000.50' })).toBe(false);
    expect(validateGrant({ ...full, recipientOrganization: [{ name: 'Robottibussi Oy' }] })).toBe(false);
  });
});
