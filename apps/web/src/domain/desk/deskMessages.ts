import type { FeatureMessages } from '../app/i18n/featureMessages';

/** The desk's own texts, loaded with its first page. */
export const DESK_MESSAGES: FeatureMessages = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};
