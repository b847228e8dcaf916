import { programmeText } from './text.js';

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
