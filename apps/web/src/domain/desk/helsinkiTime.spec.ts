import { fromHelsinkiLocal, toHelsinkiLocal } from './helsinkiTime';

describe('Helsinki wall-clock times', () => {
  it('read moments in summer and winter time', () => {
    expect(toHelsinkiLocal('2027-06-01T13:00:00Z')).toBe('2027-06-01T16:00');
    expect(toHelsinkiLocal('2027-01-15T14:00:00Z')).toBe('2027-01-15T16:00');
  });

  it('turn typed times into moments, both ways round', () => {
    expect(fromHelsinkiLocal('2027-06-01T16:00')).toBe('2027-06-01T13:00:00.000Z');
    expect(fromHelsinkiLocal('2027-01-15T16:00')).toBe('2027-01-15T14:00:00.000Z');
    expect(fromHelsinkiLocal('2027-10-31T03:30')).toBe('2027-10-31T00:30:00.000Z');
    expect(fromHelsinkiLocal('tomorrow')).toBeNull();
    expect(toHelsinkiLocal(fromHelsinkiLocal('2027-03-28T12:15') as string)).toBe('2027-03-28T12:15');
  });
});
