import { hash as argon2Hash, verify as argon2Verify } from '@node-rs/argon2';
import type { AppConfig } from '@kokeilu/platform';

/** OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane (argon2id is the library's default algorithm). */
export const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
/**
 * The cost under NODE_ENV=test only: the tests create hundreds of accounts, and at the baseline each
 * registration and sign-in spends ~50 ms of CPU on the hash. Still argon2id, verified the same way
 * (a hash carries its parameters); development and production use the baseline.
 */
export const TEST_ARGON2_OPTIONS = { memoryCost: 1_024, timeCost: 1, parallelism: 1 } as const;

export type PasswordHashCost = typeof ARGON2_OPTIONS | typeof TEST_ARGON2_OPTIONS;

export function passwordHashCost(nodeEnv: AppConfig['NODE_ENV']): PasswordHashCost {
  return nodeEnv === 'test' ? TEST_ARGON2_OPTIONS : ARGON2_OPTIONS;
}

export function hashPassword(password: string, cost: PasswordHashCost = ARGON2_OPTIONS): Promise<string> {
  return argon2Hash(password, cost);
}

export function verifyPassword(hash: string, password: string): Promise<boolean> {
  return argon2Verify(hash, password).catch(() => false);
}
