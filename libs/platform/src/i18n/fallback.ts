import { isLocale, Locale, LocalizedText, LOCALES } from './locales.js';

/** What callers get when they ask for nothing we have: English first, then Finnish, then Swedish. */
export const FALLBACK_ORDER: readonly Locale[] = ['en', 'fi', 'sv'];

/**
 * The order in which to try languages for an `Accept-Language` header (or a bare `fi`): the
 * supported languages the caller asked for, by q-value (ties keep header order, `q=0` means "not
 * this one"), then the fallback order. Region subtags count for their language (`sv-FI` is `sv`).
 */
export function languagePreference(header: string | null | undefined): Locale[] {
  const order: Locale[] = [];
  for (const locale of [...askedLocales(header), ...FALLBACK_ORDER, ...LOCALES]) {
    if (!order.includes(locale)) order.push(locale);
  }
  return order;
}

/** The caller's first choice among the supported languages, or `fallback` when it asked for none of them. */
export function preferredLocale(header: string | null | undefined, fallback: Locale): Locale {
  return askedLocales(header)[0] ?? fallback;
}

/** The supported languages a header asks for, best first. */
function askedLocales(header: string | null | undefined): Locale[] {
  const asked: { locale: Locale; q: number; index: number }[] = [];
  (header ?? '').split(',').forEach((part, index) => {
    const [tag, ...params] = part.trim().split(';');
    const locale = tag.trim().toLowerCase().split('-')[0];
    if (!isLocale(locale)) return;
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(param);
      if (!match) return;
      q = Number(match[1]);
    }
    if (q <= 0 || q > 1) return;
    asked.push({ locale, q, index });
  });
  asked.sort((a, b) => b.q - a.q || a.index - b.index);
  return asked.map((a) => a.locale);
}

/** The text in the first preferred language present, or in any language present. */
export function pickText(text: LocalizedText | null | undefined, preference: readonly Locale[]): { language: Locale; text: string } | null {
  if (!text) return null;
  for (const language of preference) {
    const value = text[language];
    if (value) return { language, text: value };
  }
  for (const language of LOCALES) {
    const value = text[language];
    if (value) return { language, text: value };
  }
  return null;
}
