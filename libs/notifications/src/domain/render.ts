import { formatDate, formatDateTime, formatMoney, formatPeriod, languagePreference, type Locale, pickText } from '@kokeilu/platform';
import type { Named, NotificationKind, NotificationParams } from './params.js';

export interface RenderedNotification {
  title: string;
  body: string;
}

/** Amounts and times as the recipient's language writes them, in Finnish time. */
export interface Format {
  money(cents: number): string;
  date(day: string): string;
  dateTime(moment: string): string;
  period(start: string, end: string): string;
  /** A name in the recipient's language, else as the API falls back for a reader of that language. */
  name(text: Named): string;
}

export function formatFor(locale: Locale): Format {
  return {
    money: (cents) => formatMoney(cents, locale),
    date: (day) => formatDate(day, locale),
    dateTime: (moment) => formatDateTime(moment, locale),
    period: (start, end) => (start === end ? formatDate(start, locale) : formatPeriod(start, end, locale)),
    name: (text) => (typeof text === 'string' ? text : (pickText(text, languagePreference(locale))?.text ?? '')),
  };
}

type Text<K extends NotificationKind> = (p: NotificationParams[K], f: Format) => RenderedNotification;

/** The texts of some kinds of notification, in every language. */
export type TextsOf<K extends NotificationKind> = { [Kind in K]: Record<Locale, Text<Kind>> };
