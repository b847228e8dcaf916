import type { FeatureMessages } from '../app/i18n/featureMessages';

/** The ranking's and the decision's own texts. */
export const DECISION_MESSAGES: FeatureMessages = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};
