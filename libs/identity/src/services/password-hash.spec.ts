import { ARGON2_OPTIONS, passwordHashCost, TEST_ARGON2_OPTIONS } from './password-hash.js';

describe('passwordHashCost', () => {
  it('is the OWASP argon2id baseline (19 MiB, 2 passes, 1 lane) in production and development', () => {
    expect(passwordHashCost('production')).toEqual({ memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(passwordHashCost('development')).toBe(ARGON2_OPTIONS);
  });

  it('is lighter only under NODE_ENV=test', () => {
    expect(passwordHashCost('test')).toBe(TEST_ARGON2_OPTIONS);
    expect(TEST_ARGON2_OPTIONS.memoryCost).toBeLessThan(ARGON2_OPTIONS.memoryCost);
  });
});
