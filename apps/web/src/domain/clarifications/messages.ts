import type { FeatureMessages } from '../app/i18n/featureMessages';

/** The clarifications' texts: the questions and answers on the applicant's, the evaluator's and the coordinator's pages. */
export const CLARIFICATION_MESSAGES: FeatureMessages = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};
