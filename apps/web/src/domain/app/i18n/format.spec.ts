import { formatDateTime, formatMoney, timeLeft } from './format';
import { chooseLocale } from './chooseLocale';
import { pathInLocale } from './locales';

describe('timeLeft', () => {
  const now = new Date('2027-01-01T10:00:00Z');
  it('counts whole days, hours and minutes to the deadline', () => {
    expect(timeLeft('2027-01-03T13:30:59Z', now)).toEqual({ days: 2, hours: 3, minutes: 30 });
    expect(timeLeft('2027-01-01T10:00:59Z', now)).toEqual({ days: 0, hours: 0, minutes: 0 });
  });
  it('is null once the deadline has passed', () => {
    expect(timeLeft('2027-01-01T10:00:00Z', now)).toBeNull();
    expect(timeLeft('2026-12-31T10:00:00Z', now)).toBeNull();
  });
});

describe('the shared formats', () => {
  it('write deadlines in Finnish time and money by language', () => {
    expect(formatDateTime('2027-01-05T14:00:00Z', 'fi')).toBe('5.1.2027 klo 16.00 (Suomen aikaa)');
    expect(formatDateTime('2027-01-05T14:00:00Z', 'en')).toBe('5 January 2027, 16:00 (Finnish time)');
    expect(formatMoney(4_000_000, 'fi')).toBe('40\u00a0000,00\u00a0€');
    expect(formatMoney(4_000_000, 'en')).toBe('€40,000.00');
  });
});

describe('languages in addresses', () => {
  it('start from the address, then the picked language, then the browser’s, then Finnish', () => {
    expect(chooseLocale('/sv/calls', 'kokeilu_lang=en', ['fi'])).toBe('sv');
    expect(chooseLocale('/', 'a=b; kokeilu_lang=en', ['fi'])).toBe('en');
    expect(chooseLocale('/', '', ['de-DE', 'sv-FI'])).toBe('sv');
    expect(chooseLocale('/', '', ['de'])).toBe('fi');
  });
  it('give the same page in another language', () => {
    expect(pathInLocale('/fi/testbeds/1', '?q=x', 'en')).toBe('/en/testbeds/1?q=x');
    expect(pathInLocale('/fi/', '', 'sv')).toBe('/sv/');
    expect(pathInLocale('/testbeds', '', 'fi')).toBe('/fi/testbeds');
  });
});
