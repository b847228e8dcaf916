/** The controlled vocabulary of test-bed themes; searches and filters rely on these exact values. */
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
export type Theme = (typeof THEMES)[number];

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value);
}
