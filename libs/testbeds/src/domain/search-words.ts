/** Words beyond these are ignored: longer queries add nothing but cost. */
export const MAX_SEARCH_WORDS = 8;
export const MAX_WORD_LENGTH = 60;

/**
 * Splits a free-text query into lower-case words of letters (with their combining marks) and digits. Only such words reach
 * the text-search functions, so no query can break `to_tsquery` syntax or smuggle LIKE wildcards.
 */
export function searchWords(query: string | null | undefined): string[] {
  if (!query) return [];
  const words: string[] = [];
  for (const word of query.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u)) {
    if (!word || word.length > MAX_WORD_LENGTH || words.includes(word)) continue;
    words.push(word);
    if (words.length === MAX_SEARCH_WORDS) break;
  }
  return words;
}
