import type { FeatureMessages } from '../app/i18n/featureMessages';

/** The texts of the notification settings and the unsubscribe page, loaded with them. */
export const SETTINGS_MESSAGES: FeatureMessages = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};
