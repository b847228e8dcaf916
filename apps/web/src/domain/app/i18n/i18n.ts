import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './messages/en.json';
import fi from './messages/fi.json';
import sv from './messages/sv.json';
import { LOCALES, type Locale } from './locales';

/** The UI texts, one message file per language; `messages.spec.ts` keeps their keys the same. */
export const MESSAGES = { fi, sv, en } as const;

/**
 * One i18next for the app, in `locale`. Every language is bundled (a few kilobytes each), so a
 * switch is immediate and never shows a raw key while a file loads.
 */
export function createI18n(locale: Locale): I18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: locale,
    supportedLngs: [...LOCALES],
    fallbackLng: false,
    resources: { fi: { translation: fi }, sv: { translation: sv }, en: { translation: en } },
    interpolation: { escapeValue: false },
    nsSeparator: false,
    initAsync: false,
  });
  return instance;
}
