import type { DataSource } from 'typeorm';
import type pg from 'pg';

/** The `pg` pool TypeORM's Postgres driver keeps for the data source (its types do not show it). */
export function pgPoolOf(dataSource: DataSource): pg.Pool {
  return (dataSource.driver as unknown as { master: pg.Pool }).master;
}

/**
 * Runs one read statement on the data source's own pg pool and answers its rows: no query runner,
 * no subscribers and no query log, which for a hot public read cost more CPU than the statement's
 * own driver work. Anything that writes or needs a transaction goes through TypeORM.
 */
export async function poolQuery<T>(dataSource: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  const { rows } = await pgPoolOf(dataSource).query(text, values as unknown[]);
  return rows as T[];
}
