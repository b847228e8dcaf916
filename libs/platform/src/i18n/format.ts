import type { Locale } from './locales.js';

/** Times are stored in UTC and shown in Finnish time, whatever the reader's language. */
export const TIME_ZONE = 'Europe/Helsinki';

/** The region each language is read in here: Finnish and Swedish as in Finland, English with the euro. */
const INTL_TAG: Record<Locale, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-IE' };

const MONEY: Record<Locale, Intl.NumberFormat> = {
  fi: new Intl.NumberFormat(INTL_TAG.fi, { style: 'currency', currency: 'EUR' }),
  sv: new Intl.NumberFormat(INTL_TAG.sv, { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat(INTL_TAG.en, { style: 'currency', currency: 'EUR' }),
};

/**
 * Euro cents as the reader's language writes money: `40 000,00 €` in Finnish and Swedish,
 * `€40,000.00` in English. The spaces are no-break spaces, so a line never breaks inside an amount.
 */
export function formatMoney(cents: number, locale: Locale): string {
  return MONEY[locale].format(cents / 100);
}

/** The decimal formats made so far, by language and digits: making one costs far more than using it. */
const DECIMALS = new Map<string, Intl.NumberFormat>();

/** A number with at most `digits` decimals (`min` at least), with the reader's separators (`6,48` in Finnish and Swedish). */
export function formatDecimal(value: number, locale: Locale, digits = 2, min = 0): string {
  const key = `${locale}:${digits}:${min}`;
  let format = DECIMALS.get(key);
  if (!format) {
    format = new Intl.NumberFormat(INTL_TAG[locale], { minimumFractionDigits: min, maximumFractionDigits: digits });
    DECIMALS.set(key, format);
  }
  return format.format(value);
}

const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

interface Day {
  year: number;
  month: number;
  day: number;
}

/** A calendar day (`YYYY-MM-DD`, as the database stores a date) or the day of a moment in Finnish time. */
function dayOf(value: Date | string): Day & { hour?: string; minute?: string } {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split('-').map(Number);
    return { year, month, day };
  }
  const moment = typeof value === 'string' ? new Date(value) : value;
  const parts = Object.fromEntries(PARTS.formatToParts(moment).map((p) => [p.type, p.value]));
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), hour: parts.hour, minute: parts.minute };
}

function dayText(d: Day, locale: Locale): string {
  return locale === 'en' ? `${d.day} ${EN_MONTHS[d.month - 1]} ${d.year}` : `${d.day}.${d.month}.${d.year}`;
}

/** A day as the reader writes it: `1.3.2027` in Finnish and Swedish, `1 March 2027` in English. A moment counts by its day in Finnish time. */
export function formatDate(value: Date | string, locale: Locale): string {
  return dayText(dayOf(value), locale);
}

/** A period of days, both ends included: `1.3.2027–31.5.2027`, `1 March 2027 – 31 May 2027`. */
export function formatPeriod(start: Date | string, end: Date | string, locale: Locale): string {
  return locale === 'en' ? `${formatDate(start, locale)} – ${formatDate(end, locale)}` : `${formatDate(start, locale)}–${formatDate(end, locale)}`;
}

const ZONE_NAME: Record<Locale, string> = { fi: 'Suomen aikaa', sv: 'finsk tid', en: 'Finnish time' };

/**
 * A moment in Finnish time, with the zone named for readers elsewhere:
 * `23.11.2026 klo 16.00 (Suomen aikaa)`, `23.11.2026 kl. 16.00 (finsk tid)`, `23 November 2026, 16:00 (Finnish time)`.
 */
export function formatDateTime(value: Date | string, locale: Locale): string {
  const d = dayOf(typeof value === 'string' ? new Date(value) : value);
  const day = dayText(d, locale);
  if (locale === 'fi') return `${day} klo ${d.hour}.${d.minute} (${ZONE_NAME.fi})`;
  if (locale === 'sv') return `${day} kl. ${d.hour}.${d.minute} (${ZONE_NAME.sv})`;
  return `${day}, ${d.hour}:${d.minute} (${ZONE_NAME.en})`;
}
