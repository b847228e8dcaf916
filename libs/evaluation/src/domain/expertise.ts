import { FOCUS_AREAS } from '@kokeilu/calls';
import { THEMES } from '@kokeilu/testbeds';

/**
 * Evaluator expertise is described with the platform's own vocabulary, so that it can be compared:
 * the test-bed themes and the programme's focus areas.
 */
export const EXPERTISE_TAGS: readonly string[] = [...THEMES, ...FOCUS_AREAS];

export function isExpertiseTag(value: unknown): value is string {
  return typeof value === 'string' && EXPERTISE_TAGS.includes(value);
}

/**
 * The topics of an application: the themes of its chosen test beds (as submitted) and its call's
 * focus area, each once.
 */
export function topicsOf(testbedThemes: readonly (readonly string[])[], focusArea: string): string[] {
  return [...new Set([...testbedThemes.flat(), focusArea])];
}

/**
 * How well an evaluator's expertise fits an application: the share of the application's topics
 * that the evaluator's tags cover, from 0 (none) to 1 (all). Assignment prefers higher matches, but
 * only after balancing loads.
 */
export function expertiseMatch(tags: readonly string[], topics: readonly string[]): number {
  if (!topics.length) return 0;
  const own = new Set(tags);
  return topics.filter((t) => own.has(t)).length / topics.length;
}
