/** A booking as the month grid needs it: inclusive `YYYY-MM-DD` days. */
export interface CalendarBooking {
  id: string;
  start: string;
  end: string;
  state: string;
}

export interface CalendarWindow {
  start: string;
  end: string;
}

export interface MonthRef {
  year: number;
  /** 1–12 */
  month: number;
}

export interface GridDay<B extends CalendarBooking> {
  date: string;
  day: number;
  /** Inside one of the bed's availability windows. */
  available: boolean;
  /** The bookings that cover the day, by start. */
  bookings: B[];
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const parse = (date: string) => new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))));

export function monthOf(date: string): MonthRef {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

export function shiftMonth({ year, month }: MonthRef, delta: number): MonthRef {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The month's weeks from Monday to Sunday; `null` for the days of the neighbouring months. */
export function monthGrid<B extends CalendarBooking>({ year, month }: MonthRef, bookings: readonly B[], windows: readonly CalendarWindow[]): (GridDay<B> | null)[][] {
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const leading = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const sorted = [...bookings].sort((a, b) => a.start.localeCompare(b.start) || a.id.localeCompare(b.id));
  const cells: (GridDay<B> | null)[] = Array.from({ length: leading }, () => null);
  for (let day = 1; day <= length; day += 1) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    cells.push({
      date,
      day,
      available: windows.some((w) => w.start <= date && date <= w.end),
      bookings: sorted.filter((b) => b.start <= date && date <= b.end),
    });
  }
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, week) => cells.slice(week * 7, week * 7 + 7));
}

/**
 * The month to open on: the one of the next booking still running or ahead of `today` (what a
 * coordinator checks first), or today's month when none is.
 */
export function initialMonth(bookings: readonly CalendarBooking[], today: string): MonthRef {
  const next = bookings.filter((b) => b.end >= today && b.state !== 'cancelled' && b.state !== 'declined').sort((a, b) => a.start.localeCompare(b.start))[0];
  if (!next) return monthOf(today);
  return monthOf(next.start > today ? next.start : today);
}

/** The keys that move between days in the grid, as in the WAI-ARIA date-picker pattern. */
export type GridKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End' | 'PageUp' | 'PageDown';

export function isGridKey(key: string): key is GridKey {
  return ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown'].includes(key);
}

/**
 * The day a key moves to: a day or a week either way, the start or end of the week (Monday to
 * Sunday), or the same day of the previous or next month (its last day when shorter).
 */
export function moveDay(date: string, key: GridKey): string {
  const d = parse(date);
  const weekday = (d.getUTCDay() + 6) % 7;
  const add = (days: number) => iso(new Date(d.getTime() + days * 86_400_000));
  switch (key) {
    case 'ArrowLeft':
      return add(-1);
    case 'ArrowRight':
      return add(1);
    case 'ArrowUp':
      return add(-7);
    case 'ArrowDown':
      return add(7);
    case 'Home':
      return add(-weekday);
    case 'End':
      return add(6 - weekday);
    case 'PageUp':
    case 'PageDown': {
      const target = shiftMonth(monthOf(date), key === 'PageUp' ? -1 : 1);
      const length = new Date(Date.UTC(target.year, target.month, 0)).getUTCDate();
      return `${target.year}-${pad(target.month)}-${pad(Math.min(d.getUTCDate(), length))}`;
    }
  }
}

/** The day to focus when a month is shown: the same day number, kept inside the month. */
export function sameDayIn({ year, month }: MonthRef, date: string): string {
  const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(Math.min(Number(date.slice(8, 10)), length))}`;
}
