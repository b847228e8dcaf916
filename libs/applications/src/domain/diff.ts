/**
 * What changed between two revisions, as a flat list a reader can follow: one entry per changed
 * field (by path), and per list item added, removed or changed. List items are matched by their
 * identity (`id`, or `organisationId` for organisations), lists of plain values as sets, so that
 * reordering a list is not reported as a change.
 */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface Change {
  /** `summary`, `pilotPeriod.end`, `budgetLines[<id>]`, `testbedIds[<id>]`, `consortium.partners[<organisationId>]`. */
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: Json;
  after?: Json;
  /** For a changed list item: which of its fields changed. */
  fields?: string[];
}

const IDENTITY_KEYS = ['id', 'organisationId'] as const;

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function identityOf(item: Json): string | null {
  if (!isObject(item)) return null;
  for (const key of IDENTITY_KEYS) {
    const value = item[key];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
  }
  return null;
}

function same(a: Json | undefined, b: Json | undefined): boolean {
  return canonical(a) === canonical(b);
}

/** JSON with object keys sorted, so that key order never counts as a change. */
function canonical(value: Json | undefined): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (isObject(value)) {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

export function diffSnapshots(before: Json, after: Json): Change[] {
  const changes: Change[] = [];
  diffValue('', before, after, changes);
  return changes;
}

function diffValue(path: string, before: Json | undefined, after: Json | undefined, out: Change[]): void {
  if (same(before, after)) return;
  if (before === undefined) {
    out.push({ path, change: 'added', after });
    return;
  }
  if (after === undefined) {
    out.push({ path, change: 'removed', before });
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) diffValue(join(path, key), before[key], after[key], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    diffList(path, before, after, out);
    return;
  }
  out.push({ path, change: 'changed', before, after });
}

function diffList(path: string, before: Json[], after: Json[], out: Change[]): void {
  const keyed = [...before, ...after].every((item) => identityOf(item) !== null);
  const plain = [...before, ...after].every((item) => !isObject(item) && !Array.isArray(item));
  if (keyed) {
    const old = new Map(before.map((item) => [identityOf(item) as string, item]));
    const neu = new Map(after.map((item) => [identityOf(item) as string, item]));
    for (const [id, item] of old) {
      const next = neu.get(id);
      const at = `${path}[${id}]`;
      if (next === undefined) out.push({ path: at, change: 'removed', before: item });
      else if (!same(item, next)) out.push({ path: at, change: 'changed', before: item, after: next, fields: changedFields(item, next) });
    }
    for (const [id, item] of neu) if (!old.has(id)) out.push({ path: `${path}[${id}]`, change: 'added', after: item });
    return;
  }
  if (plain) {
    const old = new Set(before.map(canonical));
    const neu = new Set(after.map(canonical));
    for (const item of before) if (!neu.has(canonical(item))) out.push({ path: `${path}[${String(item)}]`, change: 'removed', before: item });
    for (const item of after) if (!old.has(canonical(item))) out.push({ path: `${path}[${String(item)}]`, change: 'added', after: item });
    return;
  }
  // Lists of anonymous objects have nothing to match on but their place.
  for (let i = 0; i < Math.max(before.length, after.length); i++) diffValue(`${path}[${i}]`, before[i], after[i], out);
}

function changedFields(before: Json, after: Json): string[] {
  const nested: Change[] = [];
  diffValue('', before, after, nested);
  return [...new Set(nested.map((c) => c.path))];
}
