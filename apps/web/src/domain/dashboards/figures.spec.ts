import { dayLabel, daysLeft, monthLabel, percent } from './figures';

describe('dashboard figures', () => {
  it('counts the days left up, and none after the deadline', () => {
    const now = new Date('2026-12-07T10:00:00Z');
    expect(daysLeft('2026-12-08T09:00:00Z', now)).toBe(1);
    expect(daysLeft('2026-12-09T11:00:00Z', now)).toBe(3);
    expect(daysLeft('2026-12-01T00:00:00Z', now)).toBe(0);
  });

  it('gives a share in percent with one decimal', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(0, 0)).toBe(0);
  });

  it('names months and days in the language', () => {
    expect(monthLabel('2026-12', 'en-GB')).toBe('Dec 2026');
    expect(dayLabel('2026-12-07', 'en-GB')).toBe('7 Dec');
  });
});
