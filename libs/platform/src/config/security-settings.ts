import { isIP } from 'node:net';

/**
 * The names proxy-addr (behind Fastify's `trustProxy`) knows for whole address ranges: 127.0.0.0/8
 * and ::1; 169.254.0.0/16 and fe80::/10; 10/8, 172.16/12, 192.168/16 and fc00::/7.
 */
export const TRUST_PROXY_RANGES = ['loopback', 'linklocal', 'uniquelocal'] as const;

/**
 * Why one TRUST_PROXY entry is refused, or null: an address, a CIDR range or one of
 * `TRUST_PROXY_RANGES`. "Trust every proxy" is refused on purpose: the left-most X-Forwarded-For
 * entry is written by the client itself, so anyone could pick a new address per request.
 */
export function trustProxyProblem(entry: string): string | null {
  if ((TRUST_PROXY_RANGES as readonly string[]).includes(entry)) return null;
  if (['*', 'true', 'all', '0.0.0.0/0', '::/0'].includes(entry.toLowerCase())) {
    return 'would trust every sender, so any client could choose its own address: name the proxies';
  }
  const [address, prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (!version || rest.length) return `is not an address, a CIDR range or one of ${TRUST_PROXY_RANGES.join(', ')}`;
  if (prefix === undefined) return null;
  const bits = Number(prefix);
  if (!/^\d{1,3}$/.test(prefix) || bits > (version === 4 ? 32 : 128)) return `has no valid prefix length (0-${version === 4 ? 32 : 128})`;
  return null;
}

/**
 * Secrets that appear in this project's own files (the compose file's former try-out default, the
 * test suites' key): public, so whoever reads them could sign access tokens. Any secret that still
 * says "change me" is a placeholder too.
 */
export const KNOWN_EXAMPLE_SECRETS: readonly string[] = [
  'compose-try-out-secret-change-me-0123456789',
  'test-secret-test-secret-test-secret-0123',
  'another-secret-another-secret-another',
];

/** Why a JWT secret must not sign tokens in production, or null. */
export function exampleSecretProblem(secret: string): string | null {
  if (KNOWN_EXAMPLE_SECRETS.includes(secret)) return 'is an example secret published with Kokeilu: set a random one (openssl rand -hex 32)';
  if (/change[-_ ]?me/i.test(secret)) return 'is a placeholder ("change me"): set a random one (openssl rand -hex 32)';
  return null;
}
