export * from './domain/index.js';
export * from './outcome.service.js';
export * from './pilot.service.js';
export * from './grants-open-data.js';
export * from './results.module.js';
export * from './dashboard.service.js';
