import type { FeatureMessages } from '../app/i18n/featureMessages';

/** The texts of the account's "your data" section, loaded with it. */
export const YOUR_DATA_MESSAGES: FeatureMessages = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};
