import type { FeatureMessages } from '../app/i18n/featureMessages';

/** The admin pages' own texts, loaded with their first page. */
export const ADMIN_MESSAGES: FeatureMessages = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};
