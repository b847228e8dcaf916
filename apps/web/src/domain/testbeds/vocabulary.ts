/** The test-bed vocabularies the search filters offer, as the API defines them (libs/testbeds/src/domain). */
export const THEMES = [
  'mobility',
  'energy',
  'health_and_wellbeing',
  'education',
  'built_environment',
  'circular_economy',
  'data_and_ai',
  'participation',
  'safety',
  'culture_and_tourism',
] as const;

export const COST_KINDS = ['free', 'fee', 'negotiable'] as const;
