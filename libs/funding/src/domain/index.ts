export * from './aggregation.js';
export * from './ranking.js';
export * from './proposal.js';
export * from './shares.js';
export * from './amendment.js';
export * from './promotion.js';
export * from './pilot-bookings.js';
export * from './messages.js';
