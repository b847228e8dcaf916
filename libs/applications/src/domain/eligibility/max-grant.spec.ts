import { maxGrant } from './max-grant.js';

describe('maxGrant', () => {
  it('passes a request up to and including the maximum', () => {
    expect(maxGrant(10_000_000, 10_000_000).pass).toBe(true);
    expect(maxGrant(10_000_000, 9_999_999).pass).toBe(true);
  });

  it('fails a request one cent over, with both amounts in the reason', () => {
    const verdict = maxGrant(10_000_000, 10_000_001);
    expect(verdict).toMatchObject({ rule: 'maxGrant', pass: false });
    expect(verdict.reason.en).toBe('The requested grant €100,000.01 exceeds the maximum grant of €100,000.00.');
    expect(verdict.reason.fi).toMatch(/ylittää enimmäisavustuksen 100\s000,00\s€/);
  });

  it('fails when no grant is requested and passes any request when the call sets no maximum', () => {
    expect(maxGrant(10_000_000, null).pass).toBe(false);
    expect(maxGrant(null, 99_000_000_000).pass).toBe(true);
  });
});
