/**
 * How a funding decision treats the lead's bookings on the beds its application chose, in its
 * pilot period (rule 8 with the cities' say kept). Approving a booking is the bed's city's act:
 * - one the bed's city has already approved belongs to the pilot as it is (`link`);
 * - a requested one on a bed of the call's own city is approved with the decision, within the
 *   bed's capacity (`approve`): the city decides its own call;
 * - a requested one on another city's bed (any bed, for a national call) stays requested, and the
 *   bed's coordinators are asked to decide it (`ask`); the pilot shows it as awaiting them.
 */
export type PilotBookingStep = 'link' | 'approve' | 'ask';

export function pilotBookingStep(booking: { state: 'requested' | 'approved'; bedCityId: string }, callCityId: string | null): PilotBookingStep {
  if (booking.state === 'approved') return 'link';
  return booking.bedCityId === callCityId ? 'approve' : 'ask';
}
