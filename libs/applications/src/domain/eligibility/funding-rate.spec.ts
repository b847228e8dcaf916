import { fundingCeilingCents, fundingRate } from './funding-rate.js';

describe('fundingRate', () => {
  it('caps the grant at the rate times the eligible costs, rounded down to the cent', () => {
    expect(fundingCeilingCents(75, 8_000_000)).toBe(6_000_000);
    expect(fundingCeilingCents(62.5, 333)).toBe(208);
    expect(fundingCeilingCents(33.33, 100)).toBe(33);
  });

  it('passes at the ceiling and fails one cent above it', () => {
    expect(fundingRate(75, 6_000_000, 8_000_000).pass).toBe(true);
    const verdict = fundingRate(75, 6_000_001, 8_000_000);
    expect(verdict).toMatchObject({ rule: 'fundingRate', pass: false });
    expect(verdict.reason.en).toBe('The requested grant €60,000.01 exceeds 75% of the eligible costs of €80,000.00, that is €60,000.00.');
    expect(verdict.reason.fi).toContain('75 %');
  });

  it('counts only eligible costs, so a budget of ineligible lines allows nothing', () => {
    expect(fundingRate(75, 1, 0).pass).toBe(false);
  });

  it('fails without a requested grant and passes when the call sets no rate', () => {
    expect(fundingRate(75, null, 1_000).pass).toBe(false);
    expect(fundingRate(null, 5_000, 0).pass).toBe(true);
  });
});
