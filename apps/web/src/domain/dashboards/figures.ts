import type { Locale } from '../app/i18n/locales';

/** Days from `now` to `deadline`, rounded up; 0 once it has passed. */
export function daysLeft(deadline: Date | string, now: Date): number {
  const ms = new Date(deadline).getTime() - now.getTime();
  return ms > 0 ? Math.ceil(ms / 86_400_000) : 0;
}

/** A share in percent with one decimal (0 of 0 is 0). */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((1000 * part) / whole) / 10 : 0;
}

/** `2026-12` as the month reads in the language: `12/2026`, `Dec 2026`. */
export function monthLabel(month: string, intlLocale: string): string {
  const [year, number] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** `2026-12-07` as a short day: `7.12.`, `7 Dec`. */
export function dayLabel(day: string, intlLocale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(intlLocale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month - 1, date)));
}

/** The Intl locale of each language of the app. */
export const INTL: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** A text in the language, else in Finnish, else in whichever it has. */
export function localized(texts: Record<string, string | undefined>, locale: Locale): string {
  return texts[locale] ?? texts.fi ?? Object.values(texts).find((text) => !!text) ?? '';
}
