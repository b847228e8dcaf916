import { businessIdCheckDigit, isValidBusinessId } from './business-id.js';

describe('Finnish business ID', () => {
  it.each(['0112038-9', '2617416-4', '0737546-2', '0201256-6'])('accepts %s', (id) => {
    expect(isValidBusinessId(id)).toBe(true);
  });

  it.each([
    ['a wrong check digit', '0112038-8'],
    ['no dash', '01120389'],
    ['a short body', '112038-9'],
    ['letters', '011203A-9'],
    ['trailing text', '0112038-9x'],
    ['an empty string', ''],
  ])('rejects %s', (_, id) => {
    expect(isValidBusinessId(id)).toBe(false);
  });

  it('uses 0 as the check digit when the remainder is 0', () => {
    // 2 * 0 ... + 2 * 1 (last weight 2) = 2; body 0000011 → 4 + 2 = 6 → 11 - 6 = 5
    expect(businessIdCheckDigit('0000011')).toBe(5);
    expect(businessIdCheckDigit('0000000')).toBe(0);
    expect(isValidBusinessId('0000000-0')).toBe(true);
  });

  it('has no valid ID for a body whose remainder is 1', () => {
    expect(businessIdCheckDigit('0000030')).toBeNull(); // 3 × 4 = 12 ≡ 1 (mod 11)
    for (let d = 0; d <= 9; d++) expect(isValidBusinessId(`0000030-${d}`)).toBe(false);
  });
});
