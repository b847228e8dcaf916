import type { FeatureMessages } from '../app/i18n/featureMessages';

/** The dashboards' own texts, loaded with their first page. */
export const DASHBOARD_MESSAGES: FeatureMessages = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};
