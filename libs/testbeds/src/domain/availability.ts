import type { FieldProblem } from './problems.js';

/** A span of whole days, both ends included, as ISO dates (which compare correctly as strings). */
export interface DateWindow {
  start: string;
  end: string;
}

export const MAX_WINDOWS = 100;
/** Years 1900–2999: wide enough for any pilot, and every such date is one PostgreSQL accepts (year 0000 is not). */
const ISO_DATE = /^(?:19|2\d)\d{2}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/**
 * Checks availability windows and puts them in order. Overlapping windows are refused (they
 * usually mean a typing mistake); windows that touch (one ends the day before the next starts)
 * are merged, as the database stores them as one multirange and would merge them anyway.
 */
export function normaliseWindows(value: unknown, field = 'availability'): { windows: DateWindow[]; problems: FieldProblem[] } {
  if (!Array.isArray(value)) return { windows: [], problems: [{ field, message: 'must be a list of { start, end } dates' }] };
  if (value.length > MAX_WINDOWS) return { windows: [], problems: [{ field, message: `must have at most ${MAX_WINDOWS} windows` }] };
  const problems: FieldProblem[] = [];
  const parsed: (DateWindow & { index: number })[] = [];
  value.forEach((raw: unknown, index) => {
    const at = `${field}[${index}]`;
    if (raw === null || typeof raw !== 'object') {
      problems.push({ field: at, message: 'must be { start, end }' });
      return;
    }
    const { start, end } = raw as { start?: unknown; end?: unknown };
    if (!isIsoDate(start)) problems.push({ field: `${at}.start`, message: 'must be a date (YYYY-MM-DD)' });
    if (!isIsoDate(end)) problems.push({ field: `${at}.end`, message: 'must be a date (YYYY-MM-DD)' });
    if (!isIsoDate(start) || !isIsoDate(end)) return;
    if (end < start) {
      problems.push({ field: `${at}.end`, message: 'must not be before start' });
      return;
    }
    parsed.push({ start, end, index });
  });
  if (problems.length) return { windows: [], problems };
  parsed.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.index - b.index));
  const windows: DateWindow[] = [];
  for (let i = 0; i < parsed.length; i++) {
    const current = parsed[i];
    const previous = i > 0 ? parsed[i - 1] : undefined;
    if (previous && current.start <= previous.end) {
      const [first, second] = previous.index < current.index ? [previous, current] : [current, previous];
      problems.push({ field: `${field}[${second.index}]`, message: `overlaps ${field}[${first.index}]` });
      continue;
    }
    const last = windows[windows.length - 1];
    if (last && nextDay(last.end) === current.start) last.end = current.end;
    else windows.push({ start: current.start, end: current.end });
  }
  return problems.length ? { windows: [], problems } : { windows, problems };
}

/** Whether one window covers the whole period (the period's days need not be split across windows). */
export function windowsCover(windows: readonly DateWindow[], period: DateWindow): boolean {
  return windows.some((w) => w.start <= period.start && period.end <= w.end);
}

/**
 * The period of an availability filter. Either end alone means that single day; the period must
 * not end before it starts.
 */
export function parsePeriod(
  from: string | undefined,
  to: string | undefined,
): { period: DateWindow | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (from !== undefined && !isIsoDate(from)) problems.push({ field: 'availableFrom', message: 'must be a date (YYYY-MM-DD)' });
  if (to !== undefined && !isIsoDate(to)) problems.push({ field: 'availableTo', message: 'must be a date (YYYY-MM-DD)' });
  if (problems.length) return { period: null, problems };
  const start = from ?? to;
  const end = to ?? from;
  if (start === undefined || end === undefined) return { period: null, problems };
  if (end < start) return { period: null, problems: [{ field: 'availableTo', message: 'must not be before availableFrom' }] };
  return { period: { start, end }, problems };
}
