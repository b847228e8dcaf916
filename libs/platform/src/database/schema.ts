import pg from 'pg';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';

export const SIX_CITIES = [
  { slug: 'helsinki', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } },
  { slug: 'espoo', name: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo' } },
  { slug: 'vantaa', name: { fi: 'Vantaa', sv: 'Vanda', en: 'Vantaa' } },
  { slug: 'tampere', name: { fi: 'Tampere', sv: 'Tammerfors', en: 'Tampere' } },
  { slug: 'turku', name: { fi: 'Turku', sv: 'Åbo', en: 'Turku' } },
  { slug: 'oulu', name: { fi: 'Oulu', sv: 'Uleåborg', en: 'Oulu' } },
] as const;

/** Creates the database named in `url` when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL names no database');
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

export function migrationDataSource(url: string): DataSource {
  return new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTransactionMode: 'each', logging: false });
}

/** Applies pending migrations; returns the names applied. */
export async function migrate(url: string): Promise<string[]> {
  const dataSource = await migrationDataSource(url).initialize();
  try {
    const applied = await dataSource.runMigrations();
    return applied.map((m) => m.name);
  } finally {
    await dataSource.destroy();
  }
}

/** Seeds the six cities; running it again changes nothing. */
export async function seedCities(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let inserted = 0;
    for (const city of SIX_CITIES) {
      const result = await client.query(
        'INSERT INTO cities (slug, name) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING',
        [city.slug, JSON.stringify(city.name)],
      );
      inserted += result.rowCount ?? 0;
    }
    return inserted;
  } finally {
    await client.end();
  }
}
