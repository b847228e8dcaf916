import pg from 'pg';
import { configSchema, ensureDatabase, migrate, seedCities } from '@kokeilu/platform/setup';
import { redactUrl } from '../banner.js';
import { EmbeddedDatabase, openEmbeddedDatabase } from '../embedded-postgres.js';
import type { Env } from '../env.js';
import { UserError } from '../errors.js';
import type { Layout } from '../paths.js';

export type Say = (line: string) => void;

/** DATABASE_URL when given (services mode), checked the way the apps check it. */
export function externalDatabaseUrl(env: Env): string | null {
  const url = env.DATABASE_URL;
  if (!url) return null;
  const result = configSchema.shape.DATABASE_URL.safeParse(url);
  if (!result.success) throw new UserError(`DATABASE_URL: ${result.error.issues[0]?.message ?? 'invalid'}`);
  return url;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** Creates the database if missing, applies migrations and, with `seed`, adds the six cities. */
export async function prepareDatabase(url: string, say: Say, options: { seed: boolean }): Promise<void> {
  try {
    if (await ensureDatabase(url)) say(`Created the database "${databaseName(url)}".`);
  } catch (error) {
    // A managed database may forbid the maintenance database while the target itself exists.
    if (!(await canConnect(url))) throw new UserError(`Cannot reach the database at ${redactUrl(url)}: ${(error as Error).message}`);
  }
  const applied = await migrate(url);
  say(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}.` : 'The database schema is up to date.');
  if (options.seed) {
    const added = await seedCities(url);
    say(added ? `Added ${added} cities.` : 'The six cities are in place.');
  }
}

/**
 * Runs `work` against the configured database: DATABASE_URL, or the embedded one (borrowed from a
 * running `npm start`, otherwise started for this command and stopped afterwards, also on Ctrl-C).
 */
export async function withDatabase<T>(layout: Layout, env: Env, say: Say, work: (url: string) => Promise<T>): Promise<T> {
  const external = externalDatabaseUrl(env);
  if (external) return work(external);

  const opening = openEmbeddedDatabase(layout, 'cli', say);
  let stopping: Promise<never> | null = null;
  const interrupt = () => {
    if (stopping) return;
    say('Interrupted; stopping the embedded database…');
    // Also when the server is still starting: wait for it, then stop it, so nothing is left running.
    stopping = opening
      .then((db) => db.stop())
      .catch(() => undefined)
      .then(() => process.exit(130));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  let db: EmbeddedDatabase | null = null;
  try {
    db = await opening;
    if (db.owned) say(`Started the embedded PostgreSQL for this command (port ${db.port}); it stops when the command ends.`);
    return await work(db.url);
  } finally {
    if (stopping) await stopping;
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await db?.stop();
  }
}
