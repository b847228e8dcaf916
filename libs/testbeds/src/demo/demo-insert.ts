import { checkContent } from '../domain/content.js';
import { completenessProblems } from '../domain/testbed.js';
import { CONTENT_CASTS, CONTENT_COLUMNS, contentValues } from '../testbed.record.js';
import { DEMO_TESTBEDS } from './demo-curated.js';
import type { DemoTestbed } from './demo-testbeds.js';

/** What inserting needs of a connection: a `pg` Client, PoolClient or Pool all fit. */
export interface SqlClient {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/** City ids by slug. */
export type CityIds = Readonly<Record<string, string>>;

export async function loadCityIds(client: SqlClient): Promise<CityIds> {
  const { rows } = await client.query('SELECT slug, id FROM cities');
  return Object.fromEntries((rows as { slug: string; id: string }[]).map((row) => [row.slug, row.id]));
}

/**
 * Rows per INSERT: 18 parameters each keeps a batch far below PostgreSQL's 65,535 and the
 * statement small enough to plan quickly.
 */
export const INSERT_BATCH_SIZE = 500;

/**
 * Inserts beds as published, with plain multi-row INSERTs (one round trip per batch rather than
 * one API call per bed). Each bed is checked and normalised by the same rules as the API's and
 * must be complete enough to publish; the values go through the same column mapping as the
 * service's. Beds whose id already exists are skipped, so seeding twice adds nothing. Returns how
 * many were inserted. Run it inside a transaction for all or nothing.
 */
export async function insertTestbeds(client: SqlClient, beds: readonly DemoTestbed[], cities: CityIds, batchSize = INSERT_BATCH_SIZE): Promise<number> {
  const rows = beds.map((bed) => {
    const { content, problems } = checkContent(bed.content);
    const incomplete = content ? completenessProblems(content) : [];
    if (!content || incomplete.length) {
      const fields = [...problems, ...incomplete].map((p) => `${p.field} ${p.message}`);
      throw new Error(`Test bed ${bed.id} is not publishable: ${fields.join('; ')}`);
    }
    const cityId = cities[bed.citySlug];
    if (!cityId) throw new Error(`Test bed ${bed.id}: no city ${bed.citySlug} in the database (seed the cities first)`);
    return [bed.id, cityId, bed.publishedAt.toISOString(), ...contentValues(content)];
  });

  const casts = ['uuid', 'uuid', 'timestamptz', ...CONTENT_COLUMNS.map((column) => CONTENT_CASTS[column])];
  let inserted = 0;
  for (let from = 0; from < rows.length; from += batchSize) {
    const batch = rows.slice(from, from + batchSize);
    const values: unknown[] = [];
    const tuples = batch.map((row) => {
      const placeholders = row.map((value, i) => {
        values.push(value);
        return `$${values.length}::${casts[i]}`;
      });
      const [id, city, published, ...content] = placeholders;
      // A bed is published, created and last changed at its publication time.
      return `(${id}, ${city}, 'published', ${published}, ${published}, ${published}, ${content.join(', ')})`;
    });
    const result = await client.query(
      `INSERT INTO testbeds (id, city_id, state, published_at, created_at, updated_at, ${CONTENT_COLUMNS.join(', ')})
       VALUES ${tuples.join(',\n')}
       ON CONFLICT (id) DO NOTHING`,
      values,
    );
    inserted += result.rowCount ?? 0;
  }
  return inserted;
}

/** The curated beds of the six cities (`DEMO_TESTBEDS`); what a demo seeding starts with. */
export function insertDemoTestbeds(client: SqlClient, cities: CityIds): Promise<number> {
  return insertTestbeds(client, DEMO_TESTBEDS, cities);
}
