export * from './domain/booking.js';
export * from './domain/messages.js';
export * from './booking.service.js';
export * from './bookings.module.js';
export * from './calendar.js';
