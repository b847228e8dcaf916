import { formatDate as serverDate, formatDateTime as serverDateTime, formatDecimal, formatMoney, formatPeriod } from '../../../../../../libs/platform/src/i18n/format.js';
import type { Locale } from './locales';

/*
 * Dates in Finnish time and money by language, with the very functions the API uses in e-mails
 * and feeds (libs/platform/src/i18n/format.ts), so a deadline reads the same everywhere.
 */
export { formatDecimal, formatMoney, formatPeriod };

/** A day: `1.3.2027`, `1 March 2027`; a moment counts by its day in Finnish time. */
export function formatDate(value: Date | string, locale: Locale): string {
  return serverDate(value, locale);
}

/** A moment in Finnish time with the zone named: `23.11.2026 klo 16.00 (Suomen aikaa)`. */
export function formatDateTime(value: Date | string, locale: Locale): string {
  return serverDateTime(value, locale);
}

export interface TimeLeft {
  days: number;
  hours: number;
  minutes: number;
}

/** What is left until `deadline`, in whole days, hours and minutes; null once it has passed. */
export function timeLeft(deadline: Date | string, now: Date): TimeLeft | null {
  const ms = new Date(deadline).getTime() - now.getTime();
  if (!(ms > 0)) return null;
  const minutesTotal = Math.floor(ms / 60_000);
  return { days: Math.floor(minutesTotal / 1440), hours: Math.floor((minutesTotal % 1440) / 60), minutes: minutesTotal % 60 };
}
