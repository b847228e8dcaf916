/** The languages of the app, as in the API (libs/platform/src/i18n/locales.ts). */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language named in itself, as a language switch shows it. */
export const LANGUAGE_NAMES: Record<Locale, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

/** The cookie the API reads to send `/` to the language picked before (apps/api/src/web/web-page.ts). */
export const LANGUAGE_COOKIE = 'kokeilu_lang';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language of a path (`/sv/calls` → sv), or null. */
export function localeOfPath(pathname: string): Locale | null {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) ? first : null;
}

/** The same page in another language: `/fi/testbeds/1?q=x` → `/en/testbeds/1?q=x`. */
export function pathInLocale(pathname: string, search: string, locale: Locale): string {
  const rest = localeOfPath(pathname) ? pathname.split('/').slice(2).join('/') : pathname.replace(/^\//, '');
  return `/${locale}/${rest}${search}`;
}

/** Remembers a picked language for a year (a cookie, so the server's `/` can read it too). */
export function rememberLocale(locale: Locale): void {
  document.cookie = `${LANGUAGE_COOKIE}=${locale}; path=/; max-age=${365 * 24 * 3600}; SameSite=Lax`;
}
