import { isIsoDate, normaliseWindows, parsePeriod, windowsCover } from './availability.js';

describe('availability windows', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate('2026-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20260101)).toBe(false);
    expect(isIsoDate('0000-01-01')).toBe(false);
    expect(isIsoDate('1899-12-31')).toBe(false);
    expect(isIsoDate('2999-12-31')).toBe(true);
  });

  it('sorts windows by start', () => {
    const result = normaliseWindows([
      { start: '2026-09-01', end: '2026-09-30' },
      { start: '2026-05-01', end: '2026-06-15' },
    ]);
    expect(result).toEqual({
      windows: [
        { start: '2026-05-01', end: '2026-06-15' },
        { start: '2026-09-01', end: '2026-09-30' },
      ],
      problems: [],
    });
  });

  it('accepts a single-day window', () => {
    expect(normaliseWindows([{ start: '2026-05-01', end: '2026-05-01' }]).windows).toEqual([{ start: '2026-05-01', end: '2026-05-01' }]);
  });

  it('merges windows that touch, also across month and year ends', () => {
    expect(
      normaliseWindows([
        { start: '2027-01-01', end: '2027-01-31' },
        { start: '2026-12-01', end: '2026-12-31' },
        { start: '2027-02-01', end: '2027-02-10' },
      ]).windows,
    ).toEqual([{ start: '2026-12-01', end: '2027-02-10' }]);
  });

  it('refuses overlapping windows, naming the later one in the input', () => {
    const result = normaliseWindows([
      { start: '2026-05-01', end: '2026-05-31' },
      { start: '2026-05-31', end: '2026-06-30' },
    ]);
    expect(result).toEqual({ windows: [], problems: [{ field: 'availability[1]', message: 'overlaps availability[0]' }] });
    const reversed = normaliseWindows([
      { start: '2026-05-20', end: '2026-06-30' },
      { start: '2026-05-01', end: '2026-05-25' },
    ]);
    expect(reversed.problems).toEqual([{ field: 'availability[1]', message: 'overlaps availability[0]' }]);
  });

  it('refuses a window that ends before it starts, and bad dates, by field', () => {
    expect(normaliseWindows([{ start: '2026-05-02', end: '2026-05-01' }]).problems).toEqual([{ field: 'availability[0].end', message: 'must not be before start' }]);
    expect(normaliseWindows([{ start: 'soon', end: '2026-13-01' }]).problems.map((p) => p.field)).toEqual(['availability[0].start', 'availability[0].end']);
    expect(normaliseWindows([null]).problems[0].field).toBe('availability[0]');
    expect(normaliseWindows('2026').problems[0].field).toBe('availability');
  });

  it('caps the number of windows', () => {
    const many = Array.from({ length: 101 }, (_, i) => ({ start: `${2100 + i}-01-01`, end: `${2100 + i}-01-02` }));
    expect(normaliseWindows(many).problems).toEqual([{ field: 'availability', message: expect.stringMatching(/100/) }]);
  });

  it('tells whether one window covers a whole period', () => {
    const windows = [
      { start: '2026-05-01', end: '2026-05-31' },
      { start: '2026-07-01', end: '2026-07-31' },
    ];
    expect(windowsCover(windows, { start: '2026-05-01', end: '2026-05-31' })).toBe(true);
    expect(windowsCover(windows, { start: '2026-07-10', end: '2026-07-10' })).toBe(true);
    expect(windowsCover(windows, { start: '2026-05-20', end: '2026-07-05' })).toBe(false);
    expect(windowsCover(windows, { start: '2026-04-30', end: '2026-05-02' })).toBe(false);
    expect(windowsCover([], { start: '2026-05-01', end: '2026-05-01' })).toBe(false);
  });

  it('reads the period of a search filter', () => {
    expect(parsePeriod(undefined, undefined)).toEqual({ period: null, problems: [] });
    expect(parsePeriod('2026-05-01', '2026-05-10').period).toEqual({ start: '2026-05-01', end: '2026-05-10' });
    expect(parsePeriod('2026-05-01', undefined).period).toEqual({ start: '2026-05-01', end: '2026-05-01' });
    expect(parsePeriod(undefined, '2026-05-10').period).toEqual({ start: '2026-05-10', end: '2026-05-10' });
    expect(parsePeriod('2026-05-10', '2026-05-01').problems).toEqual([{ field: 'availableTo', message: expect.any(String) }]);
    expect(parsePeriod('yesterday', '2026-05-01').problems).toEqual([{ field: 'availableFrom', message: expect.any(String) }]);
  });
});
