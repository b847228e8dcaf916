import type { EntityManager } from 'typeorm';

/**
 * The rows of an UPDATE or DELETE … RETURNING: TypeORM's `query` answers those as
 * `[rows, rowCount]`, every other statement as the rows.
 */
export async function changedRows<T>(tx: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  const result: unknown = await tx.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}
