import { initialMonth, isGridKey, monthGrid, moveDay, sameDayIn, shiftMonth } from './bookingCalendar';

const booking = (id: string, start: string, end: string, state = 'approved') => ({ id, start, end, state });

describe('monthGrid', () => {
  it('lays the month out in weeks from Monday, with blanks around it', () => {
    // 1 March 2027 is a Monday; 31 March a Wednesday.
    const weeks = monthGrid({ year: 2027, month: 3 }, [], []);
    expect(weeks).toHaveLength(5);
    expect(weeks[0][0]?.date).toBe('2027-03-01');
    expect(weeks[4].map((d) => d?.day ?? null)).toEqual([29, 30, 31, null, null, null, null]);
    // 1 February 2027 is a Monday too, and February has 28 days: four full weeks.
    expect(monthGrid({ year: 2027, month: 2 }, [], [])).toHaveLength(4);
    // 1 August 2027 is a Sunday: six blanks before it.
    expect(monthGrid({ year: 2027, month: 8 }, [], [])[0].map((d) => d?.day ?? null)).toEqual([null, null, null, null, null, null, 1]);
  });

  it('puts each booking on every day it covers, by start, and marks the availability windows', () => {
    const a = booking('a', '2027-03-30', '2027-04-02', 'requested');
    const b = booking('b', '2027-03-31', '2027-03-31');
    const weeks = monthGrid({ year: 2027, month: 3 }, [b, a], [{ start: '2027-03-15', end: '2027-03-30' }]);
    const day = (n: number) => weeks.flat().find((d) => d?.day === n)!;
    expect(day(29).bookings).toEqual([]);
    expect(day(30).bookings.map((x) => x.id)).toEqual(['a']);
    expect(day(31).bookings.map((x) => x.id)).toEqual(['a', 'b']);
    expect([day(14).available, day(15).available, day(30).available, day(31).available]).toEqual([false, true, true, false]);
    const april = monthGrid({ year: 2027, month: 4 }, [a, b], []).flat();
    expect(april.find((d) => d?.day === 2)!.bookings.map((x) => x.id)).toEqual(['a']);
    expect(april.find((d) => d?.day === 3)!.bookings).toEqual([]);
  });
});

describe('months and keys', () => {
  it('shifts months across years', () => {
    expect(shiftMonth({ year: 2027, month: 12 }, 1)).toEqual({ year: 2028, month: 1 });
    expect(shiftMonth({ year: 2027, month: 1 }, -1)).toEqual({ year: 2026, month: 12 });
    expect(shiftMonth({ year: 2027, month: 5 }, -17)).toEqual({ year: 2025, month: 12 });
  });

  it('opens on the next live booking, or on today', () => {
    const today = '2027-03-10';
    expect(initialMonth([], today)).toEqual({ year: 2027, month: 3 });
    expect(initialMonth([booking('old', '2027-01-01', '2027-01-31'), booking('x', '2027-06-01', '2027-06-30', 'declined'), booking('n', '2027-05-05', '2027-05-07')], today)).toEqual({ year: 2027, month: 5 });
    expect(initialMonth([booking('running', '2027-02-01', '2027-04-30')], today)).toEqual({ year: 2027, month: 3 });
  });

  it('moves by day, week, week edge and month like a date picker', () => {
    expect(moveDay('2027-03-01', 'ArrowLeft')).toBe('2027-02-28');
    expect(moveDay('2027-12-31', 'ArrowRight')).toBe('2028-01-01');
    expect(moveDay('2027-03-03', 'ArrowUp')).toBe('2027-02-24');
    expect(moveDay('2027-03-31', 'ArrowDown')).toBe('2027-04-07');
    // 3 March 2027 is a Wednesday.
    expect(moveDay('2027-03-03', 'Home')).toBe('2027-03-01');
    expect(moveDay('2027-03-03', 'End')).toBe('2027-03-07');
    expect(moveDay('2027-03-31', 'PageUp')).toBe('2027-02-28');
    expect(moveDay('2027-01-31', 'PageDown')).toBe('2027-02-28');
    expect(moveDay('2027-12-15', 'PageDown')).toBe('2028-01-15');
    expect(isGridKey('ArrowLeft')).toBe(true);
    expect(isGridKey('Enter')).toBe(false);
  });

  it('keeps the day number when the month changes, inside the month', () => {
    expect(sameDayIn({ year: 2027, month: 2 }, '2027-03-31')).toBe('2027-02-28');
    expect(sameDayIn({ year: 2027, month: 4 }, '2027-03-15')).toBe('2027-04-15');
  });
});
