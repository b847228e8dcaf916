import { messageTableProblems } from '@kokeilu/platform';
import { transition, type BookingAction, type BookingState } from './booking.js';
import { BOOKING_MESSAGES } from './messages.js';

const STATES: BookingState[] = ['requested', 'approved', 'declined', 'cancelled'];
const ACTIONS: BookingAction[] = ['approve', 'decline', 'cancel'];

describe('the messages of bookings', () => {
  it('are proper sentences in fi, sv and en', () => {
    expect(messageTableProblems(BOOKING_MESSAGES)).toEqual([]);
  });

  it('say every refused transition as a sentence of its own', () => {
    for (const state of STATES) {
      for (const action of ACTIONS) {
        const result = transition(state, action);
        if (result.ok) continue;
        expect(result.message.code).toBe(`booking.${action}.${state}`);
        expect(result.message.text).toEqual(BOOKING_MESSAGES[result.message.code as keyof typeof BOOKING_MESSAGES]);
      }
    }
    const again = transition('approved', 'approve');
    expect(!again.ok && again.message.text).toEqual({
      fi: 'Hyväksyttyä varausta ei voi hyväksyä uudelleen.',
      sv: 'En godkänd bokning kan inte godkännas igen.',
      en: 'An approved booking cannot be approved again.',
    });
  });
});
