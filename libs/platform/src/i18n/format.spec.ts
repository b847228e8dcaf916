import { formatDate, formatDateTime, formatDecimal, formatMoney, formatPeriod } from './format.js';

const NBSP = '\u00a0';

describe('money by locale', () => {
  it('writes euros as each language does, never breaking a line inside an amount', () => {
    expect(formatMoney(4_000_000, 'fi')).toBe(`40${NBSP}000,00${NBSP}€`);
    expect(formatMoney(4_000_000, 'sv')).toBe(`40${NBSP}000,00${NBSP}€`);
    expect(formatMoney(4_000_000, 'en')).toBe('€40,000.00');
    expect(formatMoney(5, 'fi')).toBe(`0,05${NBSP}€`);
    expect(formatMoney(123_456_789, 'en')).toBe('€1,234,567.89');
  });

  it('writes decimals with the reader’s separator', () => {
    expect(formatDecimal(6.475, 'fi')).toBe('6,48');
    expect(formatDecimal(6.5, 'sv', 2, 2)).toBe('6,50');
    expect(formatDecimal(6.5, 'en', 2, 2)).toBe('6.50');
    expect(formatDecimal(3, 'en')).toBe('3');
  });
});

describe('dates by locale, in Finnish time', () => {
  it('writes a calendar day without shifting it by a time zone', () => {
    expect(formatDate('2027-03-01', 'fi')).toBe('1.3.2027');
    expect(formatDate('2027-03-01', 'sv')).toBe('1.3.2027');
    expect(formatDate('2027-03-01', 'en')).toBe('1 March 2027');
  });

  it('counts a moment by its day in Helsinki', () => {
    expect(formatDate(new Date('2026-12-31T22:30:00Z'), 'fi')).toBe('1.1.2027');
    expect(formatDate('2026-12-31T22:30:00.000Z', 'en')).toBe('1 January 2027');
  });

  it('writes a moment with its Finnish time and names the zone, in summer and winter', () => {
    expect(formatDateTime(new Date('2026-11-23T14:00:00Z'), 'fi')).toBe('23.11.2026 klo 16.00 (Suomen aikaa)');
    expect(formatDateTime(new Date('2026-11-23T14:00:00Z'), 'sv')).toBe('23.11.2026 kl. 16.00 (finsk tid)');
    expect(formatDateTime(new Date('2026-06-01T06:05:00Z'), 'en')).toBe('1 June 2026, 09:05 (Finnish time)');
  });

  it('writes a period of days', () => {
    expect(formatPeriod('2027-03-01', '2027-05-31', 'fi')).toBe('1.3.2027–31.5.2027');
    expect(formatPeriod('2027-03-01', '2027-05-31', 'en')).toBe('1 March 2027 – 31 May 2027');
  });
});
