/**
 * A PostgreSQL array literal (`{…}`) of the given values, for a parameter cast to an array type
 * (`$1::uuid[]`, `$2::text[]`, `$3::int[]`) and read with `unnest`. Strings are always quoted and
 * escaped, numbers written as they are, null and undefined as NULL. For rows written in bulk:
 * the driver's own array encoding escapes every element one by one, and a JSON document read with
 * `jsonb_to_recordset` costs the database more CPU than arrays.
 */
export function arrayLiteral(values: readonly (string | number | bigint | null | undefined)[]): string {
  let out = '{';
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (i) out += ',';
    if (value === null || value === undefined) out += 'NULL';
    else if (typeof value === 'string') out += /["\\]/.test(value) ? `"${value.replace(/["\\]/g, '\\$&')}"` : `"${value}"`;
    else if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
    else out += String(value);
  }
  return out + '}';
}
