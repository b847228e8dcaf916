import type { FeatureMessages } from '../app/i18n/featureMessages';

/** The texts of redress: the applicant's request, the coordinator's desk and the reviewer's page. */
export const REDRESS_MESSAGES: FeatureMessages = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};
