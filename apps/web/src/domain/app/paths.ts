import type { Locale } from './i18n/locales';

/** Every address of the app in one place, each under its language. */
export const paths = {
  home: (locale: Locale) => `/${locale}/`,
  testbeds: (locale: Locale, query = '') => `/${locale}/testbeds${query ? `?${query}` : ''}`,
  testbed: (locale: Locale, id: string) => `/${locale}/testbeds/${id}`,
  calls: (locale: Locale) => `/${locale}/calls`,
  call: (locale: Locale, id: string) => `/${locale}/calls/${id}`,
  grants: (locale: Locale) => `/${locale}/grants`,
  /** Sign-in, then back to `next` (an address of the app). */
  signIn: (locale: Locale, next?: string) => `/${locale}/sign-in${next ? `?next=${encodeURIComponent(next)}` : ''}`,
};

/** A `next` parameter that is an address of this app, never an outside one. */
export function safeNext(next: string | null, locale: Locale): string {
  return next && /^\/(fi|sv|en)(\/|$)/.test(next) && !next.startsWith('//') ? next : paths.home(locale);
}
