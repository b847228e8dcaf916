import { use } from 'react';
import { useTranslation } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Locale } from './locales';
import { isLocale } from './locales';

type Messages = Record<string, unknown>;

/**
 * A feature's own texts, one file per language beside its pages (`messages/fi.json`, …), loaded
 * with the feature's first page instead of with every page: the staff's desks stay out of what the
 * public downloads. Each file holds top-level keys of its own (`messages.spec.ts` checks that no
 * two files share one and that fi, sv and en have the same keys).
 */
export type FeatureMessages = Record<Locale, () => Promise<{ default: Messages }>>;

const loading = new WeakMap<FeatureMessages, Map<Locale, Promise<void>>>();

function load(i18n: I18n, feature: FeatureMessages, locale: Locale): Promise<void> {
  let byLocale = loading.get(feature);
  if (!byLocale) loading.set(feature, (byLocale = new Map()));
  let promise = byLocale.get(locale);
  if (!promise) {
    promise = feature[locale]().then(({ default: messages }) => {
      i18n.addResourceBundle(locale, 'translation', messages, true, false);
    });
    // A failed load (a lost connection) is tried again on the next render.
    promise.catch(() => byLocale.delete(locale));
    byLocale.set(locale, promise);
  }
  return promise;
}

/**
 * Suspends the page until its feature's texts in the page's language are in (the layout's
 * Suspense shows the spinner meanwhile), so no page shows a raw key.
 */
export function useFeatureMessages(feature: FeatureMessages): void {
  const { i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'fi';
  use(load(i18n, feature, locale));
}
