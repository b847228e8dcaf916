import type { ApplicationContent } from '../content.js';
import { requiredFields } from './required-fields.js';

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

describe('requiredFields', () => {
  it('passes when every required field is filled in', () => {
    expect(requiredFields(['title', 'summary', 'kpis', 'pilotPeriod', 'requestedGrant'], content()).pass).toBe(true);
  });

  it('names each blank text, empty list or missing value in the reader language', () => {
    const verdict = requiredFields(['summary', 'kpis', 'pilotPeriod', 'testbeds'], content({ summary: '  ', kpis: [], pilotPeriod: null, testbedIds: [] }));
    expect(verdict).toMatchObject({ rule: 'requiredFields', pass: false });
    expect(verdict.reason.fi).toBe('Vaadittuja tietoja puuttuu: tiivistelmä, mittarit, kokeilujakso, testiympäristöt.');
    expect(verdict.reason.en).toBe('Required fields are missing: summary, KPIs, pilot period, test beds.');
  });

  it('reports a field the platform does not know instead of passing it silently', () => {
    const verdict = requiredFields(['letterOfIntent'], content());
    expect(verdict.pass).toBe(false);
    expect(verdict.reason.en).toContain('letterOfIntent');
  });
});
