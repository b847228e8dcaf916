/** Times as a person in Finland types and reads them: `YYYY-MM-DDTHH:mm` in Europe/Helsinki. */

const PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment as Helsinki's wall clock shows it, for a `datetime-local` input. */
export function toHelsinkiLocal(iso: string | Date): string {
  const parts = Object.fromEntries(PARTS.formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * Helsinki's wall-clock time as a moment (ISO, UTC), or null when malformed. In the autumn's
 * repeated hour the earlier moment is taken; a time skipped in spring moves an hour on.
 */
export function fromHelsinkiLocal(local: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Helsinki is UTC+2 or UTC+3: try both offsets and keep one whose wall clock matches.
  for (const offsetHours of [3, 2]) {
    const candidate = new Date(asUtc - offsetHours * 3_600_000);
    if (toHelsinkiLocal(candidate) === local) return candidate.toISOString();
  }
  return new Date(asUtc - 2 * 3_600_000).toISOString();
}
