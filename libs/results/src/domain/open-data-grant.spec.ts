import { euros, grantCsvRecord, GrantFacts, helsinkiDate, openDataGrant } from './open-data-grant.js';

const facts = (overrides: Partial<GrantFacts> = {}): GrantFacts => ({
  id: '5d0c5a4e-0000-4000-8000-000000000001',
  applicationId: 'app-1',
  callId: 'call-1',
  title: 'Robot buses in Hervanta',
  summary: '=Autonomous shuttles',
  recipient: { name: 'Robottibussi Oy', businessId: '1234567-1', foreignRegistrationId: null, country: 'FI', municipality: 'Tampere' },
  grantCents: 4_000_050,
  awardedAt: new Date('2027-01-31T22:30:00Z'),
  city: { slug: 'tampere', name: { fi: 'Tampere', sv: 'Tammerfors' } },
  callTitle: { fi: 'Kevään 2027 haku', en: 'Spring 2027 call' },
  shares: [
    { source: 'ERDF', sharePercent: 60, cents: 2_400_030 },
    { source: 'city', sharePercent: 40, cents: 1_600_020 },
  ],
  ...overrides,
});

const cell = { safeText: (v: string) => (/^[=+\-@]/.test(v) ? `'${v}` : v), joinList: (v: readonly string[]) => v.join(';') };

describe('open-data grants', () => {
  it('writes cents as exact euros', () => {
    expect(euros(4_000_050)).toBe('40000.50');
    expect(euros(7)).toBe('0.07');
    expect(euros(0)).toBe('0.00');
  });

  it('dates an award by the day in Helsinki', () => {
    expect(helsinkiDate(new Date('2027-01-31T22:30:00Z'))).toBe('2027-02-01');
  });

  it('carries the 360Giving fields: identifier, amount, recipient, funder (the city) and programme, with the co-funding split', () => {
    const grant = openDataGrant(facts());
    expect(grant).toMatchObject({
      identifier: 'KOKEILU-5d0c5a4e-0000-4000-8000-000000000001',
      title: 'Robot buses in Hervanta',
      currency: 'EUR',
      amountAwarded: '40000.50',
      amountAwardedCents: 4_000_050,
      awardDate: '2027-02-01',
      recipientOrganisation: { name: 'Robottibussi Oy', businessId: '1234567-1' },
      fundingOrganisation: { id: 'tampere', name: 'Tampere' },
      grantProgramme: { id: 'call-1', title: 'Kevään 2027 haku' },
    });
    expect(grant.coFunding).toEqual([
      { source: 'ERDF', sharePercent: 60, amount: '24000.30', amountCents: 2_400_030 },
      { source: 'city', sharePercent: 40, amount: '16000.20', amountCents: 1_600_020 },
    ]);
  });

  it('a national call is funded by the national programme', () => {
    expect(openDataGrant(facts({ city: null })).fundingOrganisation.id).toBe('national');
  });

  it('a CSV row guards formulas and joins the split', () => {
    const row = grantCsvRecord(openDataGrant(facts()), cell);
    expect(row).toMatchObject({ description: "'=Autonomous shuttles", amount_awarded: '40000.50', co_funding: 'ERDF:2400030;city:1600020', funding_org_name: 'Tampere' });
  });
});
