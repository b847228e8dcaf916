import type { DataSource } from 'typeorm';
import type pg from 'pg';

/**
 * Runs one read statement on the data source's own pg pool and answers its rows: no query runner,
 * no subscribers and no query log, for hot public reads. Anything that writes or needs a
 * transaction goes through TypeORM.
 */
export async function poolQuery<T>(dataSource: DataSource, text: string, values: readonly unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: pg.Pool }).master;
  const { rows } = await pool.query(text, values as unknown[]);
  return rows as T[];
}
