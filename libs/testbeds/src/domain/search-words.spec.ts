import { MAX_SEARCH_WORDS, searchWords } from './search-words.js';

describe('search words', () => {
  it('splits on anything but letters and digits, in lower case', () => {
    expect(searchWords('Liikenne-kokeilu: 5G & Älykäs!')).toEqual(['liikenne', 'kokeilu', '5g', 'älykäs']);
  });

  it('keeps tsquery and LIKE syntax out', () => {
    expect(searchWords("a:* | b & !c (d) 'e' %f_ \\g")).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });

  it('drops duplicates, empty input and overlong words, and caps the count', () => {
    expect(searchWords('kokeilu Kokeilu KOKEILU')).toEqual(['kokeilu']);
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords(undefined)).toEqual([]);
    expect(searchWords(`${'x'.repeat(61)} ok`)).toEqual(['ok']);
    expect(searchWords('a b c d e f g h i j')).toHaveLength(MAX_SEARCH_WORDS);
  });

  it('composes decomposed letters and keeps combining marks inside words', () => {
    expect(searchWords('a\u0308lyka\u0308s')).toEqual(['älykäs']);
    expect(searchWords('İstanbul')).toHaveLength(1);
  });
});
