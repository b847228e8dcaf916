/**
 * Rows as one array per column, for a bulk statement that reads them with
 * `unnest($1::uuid[], $2::int[], …)`: one getter per column, in the columns' order.
 */
export function columnsOf<T>(rows: readonly T[], columns: readonly ((row: T) => unknown)[]): unknown[][] {
  return columns.map((column) => rows.map(column));
}
