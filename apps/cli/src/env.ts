import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseEnv } from 'node:util';

export type Env = Record<string, string | undefined>;

/** Values from a `.env` file fill only what the real environment leaves unset, so a shell export always wins. */
export function mergeDotEnv(fileText: string, env: Env): Env {
  const merged: Env = { ...env };
  for (const [key, value] of Object.entries(parseEnv(fileText))) {
    if (value !== undefined && (merged[key] === undefined || merged[key] === '')) merged[key] = value;
  }
  return merged;
}

export function loadDotEnv(file: string, env: Env): Env {
  return existsSync(file) ? mergeDotEnv(readFileSync(file, 'utf8'), env) : env;
}

export type SecretName = 'postgresPassword' | 'jwtSecret';

function readSecrets(file: string): Partial<Record<SecretName, string>> {
  if (!existsSync(file)) return {};
  return JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<SecretName, string>>;
}

export function storedSecret(file: string, name: SecretName): string | undefined {
  return readSecrets(file)[name];
}

/**
 * A random secret made on first use and kept in `file` (owner-only), so restarts keep the same
 * database password and the same JWT key, and sessions survive a restart.
 */
export function persistentSecret(file: string, name: SecretName): string {
  const secrets = readSecrets(file);
  const existing = secrets[name];
  if (existing) return existing;
  const value = randomBytes(32).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify({ ...secrets, [name]: value }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
  return value;
}
