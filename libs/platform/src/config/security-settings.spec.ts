import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { exampleSecretProblem, trustProxyProblem } from './security-settings.js';

const REQUIRED = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/kokeilu', JWT_SECRET: 'f3b1c2d4e5a6978812345678abcdef0123456789abcdef' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
}

describe('TRUST_PROXY', () => {
  it('trusts no proxy by default: X-Forwarded-For is then nobody’s word', () => {
    expect(loadConfig(REQUIRED).TRUST_PROXY).toEqual([]);
  });

  it('takes addresses, CIDR ranges and the named ranges, comma-separated', () => {
    expect(loadConfig({ ...REQUIRED, TRUST_PROXY: ' 10.0.0.7, 10.1.0.0/16 ,fd00::/8,loopback' }).TRUST_PROXY).toEqual(['10.0.0.7', '10.1.0.0/16', 'fd00::/8', 'loopback']);
  });

  it('refuses trusting every sender, and anything that is not an address or a range, naming the entry', () => {
    for (const entry of ['*', 'true', '0.0.0.0/0', '::/0']) expect(trustProxyProblem(entry)).toMatch(/every sender/);
    for (const entry of ['proxy.example', '10.0.0.0/33', '10.0.0.300', '10.0.0.0/8/1', 'fd00::/129']) expect(trustProxyProblem(entry)).not.toBeNull();
    expect(problemsOf({ ...REQUIRED, TRUST_PROXY: 'loopback,*' })).toEqual([expect.stringMatching(/^TRUST_PROXY: "\*" would trust every sender/)]);
  });
});

describe('JWT_SECRET in production', () => {
  const COMPOSE_EXAMPLE = 'compose-try-out-secret-change-me-0123456789';

  it('refuses the example secret docker-compose.yml used to default to, and any "change me" placeholder, when NODE_ENV=production', () => {
    expect(problemsOf({ ...REQUIRED, NODE_ENV: 'production', JWT_SECRET: COMPOSE_EXAMPLE })).toEqual([expect.stringMatching(/^JWT_SECRET: is an example secret/)]);
    expect(problemsOf({ ...REQUIRED, NODE_ENV: 'production', JWT_SECRET: 'please-CHANGE_ME-before-going-live-0123' })).toEqual([expect.stringMatching(/^JWT_SECRET: is a placeholder/)]);
    expect(problemsOf({ ...REQUIRED, NODE_ENV: 'production', JWT_SECRET: 'test-secret-test-secret-test-secret-0123' })).toHaveLength(1);
  });

  it('accepts a secret of its own in production, and the examples outside production', () => {
    expect(problemsOf({ ...REQUIRED, NODE_ENV: 'production' })).toEqual([]);
    expect(problemsOf({ ...REQUIRED, NODE_ENV: 'development', JWT_SECRET: COMPOSE_EXAMPLE })).toEqual([]);
    expect(exampleSecretProblem(REQUIRED.JWT_SECRET)).toBeNull();
  });

  it('docker-compose.yml makes the operator set JWT_SECRET: no default value to fall back on', () => {
    const compose = readFileSync(join(__dirname, '../../../../docker-compose.yml'), 'utf8');
    const line = /^\s*JWT_SECRET:\s*(.*)$/m.exec(compose)?.[1] ?? '';
    // `${VAR:?message}`: compose stops with the message when the variable is unset or empty.
    expect(line).toMatch(/^\$\{JWT_SECRET:\?[^}]+\}$/);
  });
});
