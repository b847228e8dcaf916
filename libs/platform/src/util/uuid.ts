/** A UUID in its canonical text form (any version, either letter case). */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** A non-empty array of UUIDs. */
export function isUuidList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every(isUuid);
}
