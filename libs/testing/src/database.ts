import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const TEST_POSTGRES_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Test databases always carry `test` in their name; anything else is refused. */
export function assertTestDatabaseName(name: string): void {
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('test')) {
    throw new Error(`refusing to touch database "${name}": test databases must be named *test*`);
  }
}

export function databaseUrl(name: string, base = TEST_POSTGRES_URL): string {
  assertTestDatabaseName(name);
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>, base = TEST_POSTGRES_URL): Promise<T> {
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function runId(): string {
  const id = process.env.KOKEILU_TEST_RUN;
  if (!id) throw new Error('KOKEILU_TEST_RUN is not set: run the e2e tests through jest (globalSetup sets it)');
  return id;
}

export function templateName(run = runId()): string {
  return `kokeilu_test_${run}_tpl`;
}

/** A fresh database for one test file, copied from the run's migrated template. */
export async function createTestDatabase(): Promise<{ name: string; url: string }> {
  const name = `kokeilu_test_${runId()}_${randomBytes(4).toString('hex')}`;
  assertTestDatabaseName(name);
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${templateName()}`));
  return { name, url: databaseUrl(name) };
}

export async function dropDatabase(name: string): Promise<void> {
  assertTestDatabaseName(name);
  await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** Drops every database of one test run (and the template). */
export async function dropRunDatabases(run: string): Promise<string[]> {
  return admin(async (c) => {
    const { rows } = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`kokeilu_test_${run}_%`]);
    for (const { datname } of rows) {
      assertTestDatabaseName(datname);
      await c.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
    return rows.map((r) => r.datname);
  });
}

export async function createEmptyDatabase(name: string): Promise<string> {
  assertTestDatabaseName(name);
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  return databaseUrl(name);
}
