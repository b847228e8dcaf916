import { centsOfEuros } from './rules';

describe('centsOfEuros', () => {
  it('reads whole euros with spaces as thousands separators', () => {
    expect(centsOfEuros('20 000')).toBe(2_000_000);
    expect(centsOfEuros('0')).toBe(0);
    expect(centsOfEuros(' 15000 € ')).toBe(1_500_000);
  });

  it('refuses anything that is not a whole amount', () => {
    for (const text of ['', '-5', '12,50', 'many', '1e5']) expect(centsOfEuros(text)).toBeNull();
  });
});
