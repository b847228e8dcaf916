import { DomainError } from '@kokeilu/platform';
import { readSearchRequest } from './search-params.js';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return (error.details.fields ?? []).map((f) => f.field);
    throw error;
  }
  return [];
}

describe('readSearchRequest', () => {
  it('reads scalars, lists repeated or comma-separated, the page size and the language', () => {
    const { input, withTranslations } = readSearchRequest(
      { q: 'liikenne', theme: ['mobility,energy', 'safety'], capability: '5g', limit: '5', lang: 'sv', cursor: 'abc' },
      'fi',
    );
    expect(input).toEqual({
      q: 'liikenne',
      city: undefined,
      theme: ['mobility', 'energy', 'safety'],
      capability: ['5g'],
      cost: undefined,
      availableFrom: undefined,
      availableTo: undefined,
      bbox: undefined,
      sort: undefined,
      limit: 5,
      cursor: 'abc',
      languages: ['sv', 'en', 'fi'],
    });
    expect(withTranslations).toBe(false);
  });

  it('keeps the header language with lang=all and adds translations', () => {
    const { input, withTranslations } = readSearchRequest({ lang: 'all' }, 'fi-FI, en;q=0.5');
    expect(input.languages).toEqual(['fi', 'en', 'sv']);
    expect(withTranslations).toBe(true);
  });

  it('names every parameter of the wrong shape and every unknown one', () => {
    expect(
      fieldsOf(() =>
        readSearchRequest({ colour: 'red', q: ['a', 'b'], city: 'x'.repeat(101), theme: Array(11).fill('energy'), limit: 'ten', lang: 'de', cursor: 'c'.repeat(501) }, undefined),
      ),
    ).toEqual(['colour', 'limit', 'lang', 'q', 'city', 'theme', 'cursor']);
    expect(fieldsOf(() => readSearchRequest({ limit: '' }, undefined))).toEqual(['limit']);
  });
});
