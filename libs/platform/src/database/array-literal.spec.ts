import { arrayLiteral } from './array-literal.js';

describe('arrayLiteral', () => {
  it('quotes strings, escapes quotes and backslashes, and writes numbers and NULL as they are', () => {
    expect(arrayLiteral(['a', 'EU, ERDF', 'say "hi"', 'back\\slash', '', 'NULL'])).toBe('{"a","EU, ERDF","say \\"hi\\"","back\\\\slash","","NULL"}');
    expect(arrayLiteral([1, -2, 3.5, 12345678901234n, null, undefined])).toBe('{1,-2,3.5,12345678901234,NULL,NULL}');
    expect(arrayLiteral([])).toBe('{}');
  });

  it('refuses a number the database could not read', () => {
    expect(() => arrayLiteral([Number.NaN])).toThrow(TypeError);
    expect(() => arrayLiteral([Number.POSITIVE_INFINITY])).toThrow(TypeError);
  });
});
