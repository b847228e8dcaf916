import { pilotBookingStep } from './pilot-bookings.js';

describe('pilotBookingStep', () => {
  it('links a booking the bed’s city has already approved, whatever city it is', () => {
    expect(pilotBookingStep({ state: 'approved', bedCityId: 'tampere' }, 'tampere')).toBe('link');
    expect(pilotBookingStep({ state: 'approved', bedCityId: 'oulu' }, 'tampere')).toBe('link');
    expect(pilotBookingStep({ state: 'approved', bedCityId: 'oulu' }, null)).toBe('link');
  });

  it("approves a requested booking on the call's own city's bed with the decision", () => {
    expect(pilotBookingStep({ state: 'requested', bedCityId: 'tampere' }, 'tampere')).toBe('approve');
  });

  it("asks the bed's city about a requested booking on another city's bed, or on any bed of a national call", () => {
    expect(pilotBookingStep({ state: 'requested', bedCityId: 'oulu' }, 'tampere')).toBe('ask');
    expect(pilotBookingStep({ state: 'requested', bedCityId: 'tampere' }, null)).toBe('ask');
  });
});
