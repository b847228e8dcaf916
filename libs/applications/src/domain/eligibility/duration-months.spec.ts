import { durationMonths, periodMonths } from './duration-months.js';

describe('durationMonths', () => {
  it('measures periods in months, both days included', () => {
    expect(periodMonths({ start: '2027-01-01', end: '2027-06-30' })).toBe(6);
    expect(periodMonths({ start: '2027-01-15', end: '2027-07-14' })).toBe(6);
    expect(periodMonths({ start: '2027-01-01', end: '2027-01-15' })).toBeCloseTo(15 / 31);
    expect(periodMonths({ start: '2027-01-31', end: '2027-02-27' })).toBe(1);
    expect(periodMonths({ start: '2027-03-01', end: '2029-02-28' })).toBe(24);
    expect(periodMonths({ start: '2027-01-01', end: '2027-07-15' })).toBeCloseTo(6 + 15 / 31);
  });

  it('passes within the limits, the limits included', () => {
    expect(durationMonths({ min: 6, max: 24 }, { start: '2027-01-01', end: '2027-06-30' }).pass).toBe(true);
    expect(durationMonths({ min: 6, max: 24 }, { start: '2027-03-01', end: '2029-02-28' }).pass).toBe(true);
  });

  it('fails a period too short or too long, and says how long it is', () => {
    const short = durationMonths({ min: 6, max: 24 }, { start: '2027-01-01', end: '2027-06-29' });
    expect(short).toMatchObject({ rule: 'durationMonths', pass: false });
    expect(short.reason.en).toBe('The pilot period 2027-01-01 to 2027-06-29 lasts 5.97 months; the call allows 6–24 months.');
    const long = durationMonths({ min: null, max: 12 }, { start: '2027-01-01', end: '2028-07-15' });
    expect(long.pass).toBe(false);
    expect(long.reason.fi).toContain('18,48 kuukautta; sallittu kesto enintään 12 kuukautta');
  });

  it('fails when no period is given', () => {
    expect(durationMonths({ min: 1, max: null }, null).pass).toBe(false);
  });
});
