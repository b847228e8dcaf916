import { normaliseLocalized } from './locales.js';

describe('localized text', () => {
  it('trims and keeps the languages given', () => {
    expect(normaliseLocalized('name', { fi: ' Kokeilu ', en: 'Trial' }, 200)).toEqual({ text: { fi: 'Kokeilu', en: 'Trial' }, problems: [] });
  });

  it('drops blank languages but needs at least one', () => {
    expect(normaliseLocalized('name', { fi: 'Kokeilu', sv: '  ' }, 200).text).toEqual({ fi: 'Kokeilu' });
    expect(normaliseLocalized('name', { sv: ' ' }, 200)).toEqual({ text: null, problems: [{ field: 'name', message: expect.stringMatching(/at least one language/) }] });
    expect(normaliseLocalized('name', {}, 200).problems[0].field).toBe('name');
  });

  it('refuses other languages, non-strings and overlong text, naming the language', () => {
    expect(normaliseLocalized('name', { de: 'Versuch' }, 200).problems).toEqual([{ field: 'name.de', message: expect.any(String) }]);
    expect(normaliseLocalized('summary', { fi: 42 }, 200).problems).toEqual([{ field: 'summary.fi', message: 'must be a string' }]);
    expect(normaliseLocalized('name', { en: 'x'.repeat(201) }, 200).problems).toEqual([{ field: 'name.en', message: expect.stringMatching(/200/) }]);
    expect(normaliseLocalized('name', { en: 'x'.repeat(200) }, 200).problems).toEqual([]);
  });

  it('refuses what is not an object', () => {
    for (const value of ['Kokeilu', null, ['fi'], 3]) expect(normaliseLocalized('name', value, 200).problems[0].field).toBe('name');
  });
});
