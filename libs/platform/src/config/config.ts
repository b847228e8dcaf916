import { z } from 'zod';
import { exampleSecretProblem, trustProxyProblem } from './security-settings.js';

const postgresUrl = z
  .string()
  .url()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), 'must be a postgres:// or postgresql:// URL');

const redisUrl = z
  .string()
  .url()
  .refine((v) => /^rediss?:\/\//.test(v), 'must be a redis:// or rediss:// URL');

const commaList = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

/** Every setting the API and the worker read; `.env.example` lists the same names. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    /** Unset: the address the API serves (see `publicUrlOf`). */
    PUBLIC_URL: z.string().url().optional(),
    DATABASE_URL: postgresUrl,
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(20),
    REDIS_URL: redisUrl.optional(),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-zA-Z0-9_-]+$/, 'letters, digits, "-" and "_" only')
      .default('kokeilu'),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
    JWT_ACCESS_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
    REFRESH_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    CORS_ORIGINS: z.string().default('').transform(commaList),
    /**
     * The reverse proxies whose X-Forwarded-For is believed (addresses, CIDR ranges, or loopback,
     * linklocal, uniquelocal); empty: none, and the client is the address that connected.
     */
    TRUST_PROXY: z
      .string()
      .default('')
      .transform(commaList)
      .superRefine((entries, ctx) => {
        for (const entry of entries) {
          const problem = trustProxyProblem(entry);
          if (problem) ctx.addIssue({ code: 'custom', message: `"${entry}" ${problem}` });
        }
      }),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(20),
    /**
     * Wrong passwords in a row for one e-mail address from one client before sign-in for it from
     * that client is locked: LOGIN_LOCK_MINUTES the first time, twice as long each time in a row
     * after, at most LOGIN_MAX_LOCK_MINUTES.
     */
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
    LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    LOGIN_MAX_LOCK_MINUTES: z.coerce.number().int().min(1).max(10_080).default(1440),
    SMTP_URL: z
      .string()
      .refine((v) => /^smtps?:\/\//.test(v), 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().min(3).default('Kokeilu <no-reply@kokeilu.local>'),
    MAIL_DIR: z.string().min(1).default('.data/mail'),
    /** When the daily digest e-mail goes out, in Finnish time (HH:MM). */
    DIGEST_TIME: z
      .string()
      .regex(/^([01]\d|2[0-3]):([0-5]\d)$/, 'must be a time of day as HH:MM (00:00-23:59)')
      .default('07:00'),
    /** Days between a request to be forgotten and its erasure, during which the user may cancel it. */
    ERASURE_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(30),
    /** Hours a built download of a user's data stays downloadable before it is deleted. */
    DATA_EXPORT_TTL_HOURS: z.coerce.number().int().min(1).max(720).default(168),
    /** When the daily retention run removes what is kept no longer, in Finnish time (HH:MM). */
    RETENTION_TIME: z
      .string()
      .regex(/^([01]\d|2[0-3]):([0-5]\d)$/, 'must be a time of day as HH:MM (00:00-23:59)')
      .default('03:30'),
    /** Days after its last change that a never-submitted draft application is removed. */
    RETENTION_DRAFT_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    /** Days after registration that an account whose address was never verified is removed. */
    RETENTION_UNVERIFIED_DAYS: z.coerce.number().int().min(1).max(3650).default(30),
    /** Days a notification is kept. */
    RETENTION_NOTIFICATION_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
    /** Days after expiry that refresh tokens, verification links and invitations are removed. */
    RETENTION_EXPIRED_TOKEN_DAYS: z.coerce.number().int().min(0).max(3650).default(30),
    /** How often the outbox relay looks for rows while it cannot hear PostgreSQL's notifications, or has rows to retry. */
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).max(60_000).default(500),
    /** How often it looks anyway while it hears them (a safety net: every outbox write notifies). */
    OUTBOX_LISTENING_POLL_MS: z.coerce.number().int().min(10).max(600_000).default(5_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** The built web app (index.html and assets/), served at `/`; relative to the working directory. */
    WEB_DIR: z.string().min(1).default('dist/web'),
    /** Map tiles of the web app's maps; the browser loads them, so the page's CSP allows this origin. */
    MAP_TILE_URL: z
      .string()
      .url()
      .refine((v) => /^https?:\/\//.test(v) && ['{z}', '{x}', '{y}'].every((part) => v.includes(part)), 'must be an http(s) URL with {z}, {x} and {y}')
      .default('https://tile.openstreetmap.org/{z}/{x}/{y}.png'),
    /** The credit line the tile server asks for, shown on every map, with the address it links to. */
    MAP_ATTRIBUTION: z.string().min(1).max(200).default('© OpenStreetMap contributors'),
    MAP_ATTRIBUTION_URL: z.string().url().default('https://www.openstreetmap.org/copyright'),
  })
  .superRefine((config, ctx) => {
    // Anyone who knows a published secret can sign an access token for any user.
    const problem = config.NODE_ENV === 'production' ? exampleSecretProblem(config.JWT_SECRET) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: `${problem} (NODE_ENV=production)` });
  });

export type AppConfig = Omit<z.infer<typeof configSchema>, 'PUBLIC_URL'> & {
  /** Where clients reach the API, the base of every link it gives out (feeds, open data, e-mails). */
  PUBLIC_URL: string;
};

/** The address a server listening on `host` and `port` is reached at; a wildcard host is reached as localhost. */
export function servedUrl(host: string, port: number): string {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '[::]';
  const name = wildcard ? 'localhost' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/**
 * PUBLIC_URL as set, or else the address the API serves: links then point where the API actually
 * runs, not at a port it does not listen on.
 */
export function publicUrlOf(setting: string | undefined, host: string, port: number): string {
  return (setting ?? servedUrl(host, port)).replace(/\/+$/, '');
}

/**
 * Once the API listens: a PUBLIC_URL that was only the configured address (unset, or set to the
 * same) follows the address actually bound, which differs when PORT is 0 (a free port).
 */
export function adoptServedAddress(config: AppConfig, address: { address: string; port: number } | string | null): void {
  if (!address || typeof address === 'string') return;
  if (config.PUBLIC_URL !== servedUrl(config.HOST, config.PORT)) return;
  config.PUBLIC_URL = servedUrl(config.HOST, address.port);
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment; every bad or missing value is named in one error. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const input = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = configSchema.safeParse(input);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const key = issue.path.join('.') || '(root)';
        const missing = issue.code === 'invalid_type' && input[key] === undefined;
        return missing ? `${key}: is required` : `${key}: ${issue.message}`;
      }),
    );
  }
  return { ...result.data, PUBLIC_URL: publicUrlOf(result.data.PUBLIC_URL, result.data.HOST, result.data.PORT) };
}
