import { oneLine, programmeText } from './text.js';

describe('programmeText', () => {
  it('takes Finnish, then English, then Swedish, then anything', () => {
    expect(programmeText({ sv: 'Försök', en: 'Trial', fi: 'Kokeilu' })).toBe('Kokeilu');
    expect(programmeText({ sv: 'Försök', en: 'Trial' })).toBe('Trial');
    expect(programmeText({ sv: 'Försök' })).toBe('Försök');
    expect(programmeText({ de: 'Versuch' })).toBe('Versuch');
    expect(programmeText({})).toBe('');
    expect(programmeText(null)).toBeNull();
  });
});

describe('oneLine', () => {
  it('turns every kind of line break and control character into one space', () => {
    expect(oneLine('Bed\r\nX-INJECTED:1')).toBe('Bed X-INJECTED:1');
    expect(oneLine('a\rb\nc\u000bd\u000ce\u0085f\u2028g\u2029h')).toBe('a b c d e f g h');
    expect(oneLine('a\r\n\r\n\tb')).toBe('a b');
    expect(oneLine('\r\nKokeilu\n')).toBe('Kokeilu');
  });

  it('leaves a one-line text as it is', () => {
    expect(oneLine('Hervannan liikennelabra – Försök €40')).toBe('Hervannan liikennelabra – Försök €40');
  });
});
