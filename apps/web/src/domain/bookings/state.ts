import type { StatusType } from '../../common/components/statusLabel/StatusLabel';

export type BookingState = 'requested' | 'approved' | 'declined' | 'cancelled';

/** The label colour of each state (the state's name says it in words). */
export const STATE_STATUS: Record<BookingState, StatusType> = { requested: 'info', approved: 'success', declined: 'error', cancelled: 'neutral' };

/** The states the API lets either side cancel from (libs/bookings' state machine: requested or approved → cancelled). */
const CANCELLABLE: readonly string[] = ['requested', 'approved'];

/** Whether the company may cancel the booking. */
export function canCancel(state: string): boolean {
  return CANCELLABLE.includes(state);
}
