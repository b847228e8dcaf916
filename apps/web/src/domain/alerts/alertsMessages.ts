import type { FeatureMessages } from '../app/i18n/featureMessages';

/** The texts of saving a search and of the account's saved searches, loaded with them. */
export const ALERTS_MESSAGES: FeatureMessages = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};
