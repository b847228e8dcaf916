import { isLocale, LANGUAGE_COOKIE, type Locale, localeOfPath } from './locales';

/**
 * The language to start in: the address's, else the one picked before (a cookie), else the
 * browser's first supported one, else Finnish. The API makes the same choice for `/`.
 */
export function chooseLocale(pathname = window.location.pathname, cookie = document.cookie, languages: readonly string[] = navigator.languages): Locale {
  const fromPath = localeOfPath(pathname);
  if (fromPath) return fromPath;
  const picked = cookie
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === LANGUAGE_COOKIE)?.[1];
  if (isLocale(picked)) return picked;
  for (const language of languages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'fi';
}
