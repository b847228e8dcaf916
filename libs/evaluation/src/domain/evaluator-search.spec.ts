import { EXPERTISE_TAGS } from './expertise.js';
import { knownExpertise, MAX_NAME_SEARCH_WORDS, nameSearchPatterns } from './evaluator-search.js';

describe('nameSearchPatterns', () => {
  it('asks for every word somewhere in the name, lower-cased, each once', () => {
    expect(nameSearchPatterns('  Anna   VIRTANEN anna ')).toEqual(['%anna%', '%virtanen%']);
    expect(nameSearchPatterns('Äijälä')).toEqual(['%äijälä%']);
  });

  it('filters nothing for an empty or missing search', () => {
    expect(nameSearchPatterns('')).toEqual([]);
    expect(nameSearchPatterns('   ')).toEqual([]);
    expect(nameSearchPatterns(undefined)).toEqual([]);
    expect(nameSearchPatterns(null)).toEqual([]);
  });

  it('escapes the wildcards of LIKE so that they match themselves, not everyone', () => {
    expect(nameSearchPatterns('%')).toEqual(['%\\%%']);
    expect(nameSearchPatterns('a_b')).toEqual(['%a\\_b%']);
    expect(nameSearchPatterns('x\\y')).toEqual(['%x\\\\y%']);
  });

  it(`keeps the first ${MAX_NAME_SEARCH_WORDS} words`, () => {
    expect(nameSearchPatterns('a b c d e f g')).toHaveLength(MAX_NAME_SEARCH_WORDS);
    expect(nameSearchPatterns('a b c d e f g').at(-1)).toBe('%e%');
  });
});

describe('knownExpertise', () => {
  it('joins the tags of earlier pools, each once, in the vocabulary order', () => {
    const [first, second, third] = EXPERTISE_TAGS;
    expect(knownExpertise([[third, first], [first], [second]])).toEqual([first, second, third]);
  });

  it('leaves out a tag the vocabulary no longer has, and knows nothing of a newcomer', () => {
    expect(knownExpertise([['retired-tag', EXPERTISE_TAGS[0]]])).toEqual([EXPERTISE_TAGS[0]]);
    expect(knownExpertise([])).toEqual([]);
    expect(knownExpertise([[]])).toEqual([]);
  });
});
