import { EXPERTISE_TAGS } from './expertise.js';

/** At most this many words of a name search count; more add nothing but cost. */
export const MAX_NAME_SEARCH_WORDS = 5;

/**
 * The SQL `LIKE` patterns of a name search for evaluators: each word (lower-cased) must appear
 * somewhere in the name, in any order. The characters `LIKE` treats specially are escaped, so
 * that `%` or `_` typed by a coordinator match themselves and never everyone. Empty: no filter.
 */
export function nameSearchPatterns(query: string | null | undefined): string[] {
  const words = (query ?? '').toLocaleLowerCase('fi').split(/\s+/).filter(Boolean);
  const unique = [...new Set(words)].slice(0, MAX_NAME_SEARCH_WORDS);
  return unique.map((word) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
}

/**
 * What an evaluator is known to know: the expertise tags the pools of earlier calls gave them,
 * each once, in the platform's vocabulary order (a tag since retired from it is left out).
 */
export function knownExpertise(poolTags: readonly (readonly string[])[]): string[] {
  const given = new Set(poolTags.flat());
  return EXPERTISE_TAGS.filter((tag) => given.has(tag));
}
