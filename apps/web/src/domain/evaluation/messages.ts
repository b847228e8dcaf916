import type { FeatureMessages } from '../app/i18n/featureMessages';

/** The evaluation pages' own texts (the evaluator's bench and the coordinator's evaluation of a call). */
export const EVALUATION_MESSAGES: FeatureMessages = {
  fi: () => import('./messages/fi.json'),
  sv: () => import('./messages/sv.json'),
  en: () => import('./messages/en.json'),
};
