/** Availability windows as the API gives them: inclusive `YYYY-MM-DD` days, sorted, not overlapping. */
export interface DateWindow {
  start: string;
  end: string;
}

export interface CalendarMonth {
  year: number;
  /** 1–12 */
  month: number;
  /** Empty cells before the 1st in a week that starts on Monday. */
  leadingBlanks: number;
  days: { day: number; date: string; available: boolean }[];
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isAvailable(date: string, windows: readonly DateWindow[]): boolean {
  return windows.some((window) => window.start <= date && date <= window.end);
}

/**
 * The months to show for a bed's windows: from the month of `today` (or of the first window still
 * ahead, whichever is later) to the month of the last window's end, at most `limit` months.
 * Nothing when no window reaches today.
 */
export function calendarMonths(windows: readonly DateWindow[], today: string, limit = 12): CalendarMonth[] {
  const ahead = windows.filter((window) => window.end >= today);
  if (ahead.length === 0) return [];
  const first = ahead[0].start > today ? ahead[0].start : today;
  const last = ahead[ahead.length - 1].end;
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const months: CalendarMonth[] = [];
  while (months.length < limit && `${year}-${pad(month)}` <= last.slice(0, 7)) {
    const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const weekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    const days = Array.from({ length }, (_, i) => {
      const date = `${year}-${pad(month)}-${pad(i + 1)}`;
      return { day: i + 1, date, available: isAvailable(date, ahead) };
    });
    months.push({ year, month, leadingBlanks: (weekday + 6) % 7, days });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Today in Finnish time, as `YYYY-MM-DD`. */
export function todayInHelsinki(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(now);
}
