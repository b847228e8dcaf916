import { calendarMonths, isAvailable, todayInHelsinki } from './availability';

const WINDOWS = [
  { start: '2027-02-01', end: '2027-03-15' },
  { start: '2027-05-10', end: '2027-05-12' },
];

describe('isAvailable', () => {
  it('counts both ends of a window', () => {
    expect(isAvailable('2027-02-01', WINDOWS)).toBe(true);
    expect(isAvailable('2027-03-15', WINDOWS)).toBe(true);
    expect(isAvailable('2027-03-16', WINDOWS)).toBe(false);
    expect(isAvailable('2027-05-11', WINDOWS)).toBe(true);
  });
});

describe('calendarMonths', () => {
  it('runs from the first window ahead to the month of the last end, Monday first', () => {
    const months = calendarMonths(WINDOWS, '2026-12-06');
    expect(months.map((m) => `${m.year}-${m.month}`)).toEqual(['2027-2', '2027-3', '2027-4', '2027-5']);
    // 1 February 2027 is a Monday, 1 March 2027 a Monday, 1 May 2027 a Saturday.
    expect(months.map((m) => m.leadingBlanks)).toEqual([0, 0, 3, 5]);
    expect(months[0].days).toHaveLength(28);
    expect(months[1].days.filter((d) => d.available).map((d) => d.day)).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    expect(months[2].days.some((d) => d.available)).toBe(false);
  });

  it('starts from today inside a window, and shows nothing once every window has passed', () => {
    expect(calendarMonths(WINDOWS, '2027-03-01')[0]).toMatchObject({ year: 2027, month: 3 });
    expect(calendarMonths(WINDOWS, '2027-06-01')).toEqual([]);
  });

  it('shows at most the months asked for, across a year’s end', () => {
    const months = calendarMonths([{ start: '2026-11-20', end: '2028-01-01' }], '2026-11-01', 3);
    expect(months.map((m) => `${m.year}-${m.month}`)).toEqual(['2026-11', '2026-12', '2027-1']);
  });
});

describe('todayInHelsinki', () => {
  it('is the day in Finland, not in UTC', () => {
    expect(todayInHelsinki(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });
});
