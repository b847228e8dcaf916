import { capacityConflicts, isIsoDate, periodProblem, transition, withinAvailability } from './booking.js';

describe('booking state machine', () => {
  it('approves or declines a request once', () => {
    expect(transition('requested', 'approve')).toEqual({ ok: true, to: 'approved' });
    expect(transition('requested', 'decline')).toEqual({ ok: true, to: 'declined' });
    expect(transition('approved', 'approve').ok).toBe(false);
    expect(transition('declined', 'approve').ok).toBe(false);
  });
  it('cancels requested and approved bookings only', () => {
    expect(transition('requested', 'cancel')).toEqual({ ok: true, to: 'cancelled' });
    expect(transition('approved', 'cancel')).toEqual({ ok: true, to: 'cancelled' });
    expect(transition('declined', 'cancel').ok).toBe(false);
    expect(transition('cancelled', 'cancel').ok).toBe(false);
  });
});

describe('periods', () => {
  it('validates dates', () => {
    expect(isIsoDate('2027-02-28')).toBe(true);
    expect(isIsoDate('2027-02-30')).toBe(false);
    expect(isIsoDate('27-02-01')).toBe(false);
  });
  it('names the bad field', () => {
    const today = '2026-11-23';
    expect(periodProblem({ start: '2027-01-10', end: '2027-01-01' }, today)).toEqual({ field: 'end', message: expect.any(String) });
    expect(periodProblem({ start: 'soon', end: '2027-01-01' }, today)?.field).toBe('start');
    expect(periodProblem({ start: '2026-11-01', end: '2027-01-01' }, today)).toEqual({ field: 'start', message: 'must not be in the past' });
    expect(periodProblem({ start: '2026-11-23', end: '2026-11-23' }, today)).toBeNull();
  });
  it('needs the whole period inside one availability window', () => {
    const windows = [
      { start: '2027-01-01', end: '2027-03-31' },
      { start: '2027-05-01', end: '2027-05-31' },
    ];
    expect(withinAvailability(windows, { start: '2027-01-01', end: '2027-03-31' })).toBe(true);
    expect(withinAvailability(windows, { start: '2027-03-15', end: '2027-05-05' })).toBe(false);
    expect(withinAvailability(windows, { start: '2027-04-01', end: '2027-04-02' })).toBe(false);
    expect(withinAvailability([], { start: '2027-01-01', end: '2027-01-01' })).toBe(false);
  });
});

describe('capacity', () => {
  const a = { id: 'a', start: '2027-01-01', end: '2027-01-10' };
  const b = { id: 'b', start: '2027-01-05', end: '2027-01-15' };
  const c = { id: 'c', start: '2027-01-12', end: '2027-01-20' };

  it('fits while fewer than capacity overlap', () => {
    expect(capacityConflicts([a], { start: '2027-01-03', end: '2027-01-04' }, 2)).toEqual([]);
  });
  it('refuses a third pilot on a day already holding two, naming both', () => {
    expect(capacityConflicts([a, b], { start: '2027-01-06', end: '2027-01-07' }, 2)).toEqual([a, b]);
  });
  it('counts concurrency per day, not overlaps in total', () => {
    // a and c never meet, so a candidate spanning both holds at most two at once.
    expect(capacityConflicts([a, c], { start: '2027-01-01', end: '2027-01-20' }, 2)).toEqual([]);
  });
  it('finds a peak that begins inside the candidate', () => {
    expect(capacityConflicts([a, b, c], { start: '2027-01-11', end: '2027-01-13' }, 2)).toEqual([b, c]);
  });
  it('treats end days as booked (inclusive)', () => {
    expect(capacityConflicts([a], { start: '2027-01-10', end: '2027-01-11' }, 1)).toEqual([a]);
    expect(capacityConflicts([a], { start: '2027-01-11', end: '2027-01-12' }, 1)).toEqual([]);
  });
});
