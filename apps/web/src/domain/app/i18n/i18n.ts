import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LOCALES, type Locale } from './locales';

type Messages = Record<string, unknown>;

/**
 * The UI texts, one message file per language (`messages.spec.ts` keeps their keys the same). Each
 * is its own small chunk: a page loads its language only, and another when the reader switches.
 */
const LOADERS: Record<Locale, () => Promise<{ default: Messages }>> = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};

/** Loads a language's texts into `i18n` unless they are there already. */
export async function loadLanguage(i18n: I18n, locale: Locale): Promise<void> {
  if (i18n.hasResourceBundle(locale, 'translation')) return;
  const { default: messages } = await LOADERS[locale]();
  i18n.addResourceBundle(locale, 'translation', messages);
}

/** Switches to `locale` once its texts are in, so that no page shows a raw key or two languages at once. */
export async function switchLanguage(i18n: I18n, locale: Locale): Promise<void> {
  await loadLanguage(i18n, locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

/** One i18next for the app, started in `locale` with its texts loaded. */
export async function createI18n(locale: Locale): Promise<I18n> {
  const { default: messages } = await LOADERS[locale]();
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: locale,
    supportedLngs: [...LOCALES],
    fallbackLng: false,
    resources: { [locale]: { translation: messages } },
    interpolation: { escapeValue: false },
    nsSeparator: false,
    initAsync: false,
  });
  return instance;
}
