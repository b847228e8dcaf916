import { languagePreference, pickText, preferredLocale } from './fallback.js';

describe('Accept-Language', () => {
  it('falls back to en, fi, sv when nothing is asked for', () => {
    expect(languagePreference(undefined)).toEqual(['en', 'fi', 'sv']);
    expect(languagePreference('')).toEqual(['en', 'fi', 'sv']);
    expect(languagePreference('*')).toEqual(['en', 'fi', 'sv']);
  });

  it('puts the asked language first', () => {
    expect(languagePreference('fi')).toEqual(['fi', 'en', 'sv']);
    expect(languagePreference('sv')).toEqual(['sv', 'en', 'fi']);
  });

  it('reads region subtags as their language, in any case', () => {
    expect(languagePreference('sv-FI')).toEqual(['sv', 'en', 'fi']);
    expect(languagePreference('FI-fi, EN-gb;q=0.5')).toEqual(['fi', 'en', 'sv']);
  });

  it('orders by q-value, keeping header order for equal values', () => {
    expect(languagePreference('en;q=0.3, sv;q=0.9, fi;q=0.5')).toEqual(['sv', 'fi', 'en']);
    expect(languagePreference('sv;q=0.8, fi;q=0.8')).toEqual(['sv', 'fi', 'en']);
    expect(languagePreference('de, fi;q=0.2')).toEqual(['fi', 'en', 'sv']);
  });

  it('ignores unsupported languages, q=0 and malformed q-values', () => {
    expect(languagePreference('de-DE, fr;q=0.9')).toEqual(['en', 'fi', 'sv']);
    expect(languagePreference('sv;q=0, fi')).toEqual(['fi', 'en', 'sv']);
    expect(languagePreference('sv;q=abc, fi;q=0.1')).toEqual(['fi', 'en', 'sv']);
    expect(languagePreference('sv;q=1.5')).toEqual(['en', 'fi', 'sv']);
  });

  it('lists each language once', () => {
    expect(languagePreference('fi, fi-FI;q=0.9, sv')).toEqual(['fi', 'sv', 'en']);
  });
});

describe('pickText', () => {
  it('takes the first preferred language present', () => {
    expect(pickText({ fi: 'Kokeilu', en: 'Trial' }, ['sv', 'en', 'fi'])).toEqual({ language: 'en', text: 'Trial' });
    expect(pickText({ fi: 'Kokeilu', sv: 'Försök' }, ['sv', 'en', 'fi'])).toEqual({ language: 'sv', text: 'Försök' });
  });

  it('falls back to any language present', () => {
    expect(pickText({ sv: 'Försök' }, ['fi'])).toEqual({ language: 'sv', text: 'Försök' });
  });

  it('gives null for missing or empty text', () => {
    expect(pickText(null, ['fi'])).toBeNull();
    expect(pickText({}, ['fi', 'en', 'sv'])).toBeNull();
    expect(pickText({ fi: '' }, ['fi', 'en', 'sv'])).toBeNull();
  });
});

describe('preferredLocale', () => {
  it("takes the caller's best supported language, or the fallback when it asks for none", () => {
    expect(preferredLocale('sv-FI, en;q=0.5', 'fi')).toBe('sv');
    expect(preferredLocale('de, en;q=0.3', 'fi')).toBe('en');
    expect(preferredLocale('de-DE', 'fi')).toBe('fi');
    expect(preferredLocale(undefined, 'fi')).toBe('fi');
  });
});
