/**
 * Test-bed bookings: the state machine, the availability rule and the capacity rule. Periods are
 * whole days, `start` and `end` inclusive, as ISO dates (YYYY-MM-DD), which compare as strings.
 */
import { type Message, messageOf } from '@kokeilu/platform';
import { BOOKING_MESSAGES, type BookingMessageCode } from './messages.js';

export type BookingState = 'requested' | 'approved' | 'declined' | 'cancelled';
export type BookingAction = 'approve' | 'decline' | 'cancel';

export interface Period {
  start: string;
  end: string;
}

export type TransitionResult = { ok: true; to: BookingState } | { ok: false; message: Message };

const TRANSITIONS: Record<BookingAction, { from: BookingState[]; to: BookingState }> = {
  approve: { from: ['requested'], to: 'approved' },
  decline: { from: ['requested'], to: 'declined' },
  cancel: { from: ['requested', 'approved'], to: 'cancelled' },
};

export function transition(state: BookingState, action: BookingAction): TransitionResult {
  const rule = TRANSITIONS[action];
  if (!rule.from.includes(state)) return { ok: false, message: messageOf(BOOKING_MESSAGES, `booking.${action}.${state}` as BookingMessageCode) };
  return { ok: true, to: rule.to };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Why a requested period is malformed, or null. */
export function periodProblem(period: Period, today: string): { field: 'start' | 'end'; message: string } | null {
  if (!isIsoDate(period.start)) return { field: 'start', message: 'must be a date (YYYY-MM-DD)' };
  if (!isIsoDate(period.end)) return { field: 'end', message: 'must be a date (YYYY-MM-DD)' };
  if (period.end < period.start) return { field: 'end', message: 'must not be before start' };
  if (period.start < today) return { field: 'start', message: 'must not be in the past' };
  return null;
}

/** A request must fall wholly inside one availability window of the test bed. */
export function withinAvailability(windows: Period[], period: Period): boolean {
  return windows.some((w) => w.start <= period.start && period.end <= w.end);
}

export function overlaps(a: Period, b: Period): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * The approved bookings that, together with `candidate`, would put more than `capacity` pilots on
 * some day; empty when the candidate fits. Checks every day where an overlap begins, which is
 * where the count of concurrent bookings can rise.
 */
export function capacityConflicts<P extends Period>(approved: P[], candidate: Period, capacity: number): P[] {
  const overlapping = approved.filter((b) => overlaps(b, candidate));
  if (overlapping.length < capacity) return [];
  const conflicting = new Set<P>();
  const instants = [candidate.start, ...overlapping.map((b) => b.start).filter((s) => s > candidate.start && s <= candidate.end)];
  for (const day of instants) {
    const concurrent = overlapping.filter((b) => b.start <= day && day <= b.end);
    if (concurrent.length + 1 > capacity) concurrent.forEach((b) => conflicting.add(b));
  }
  return overlapping.filter((b) => conflicting.has(b));
}
