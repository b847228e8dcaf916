export * from './domain/saved-search.js';
export * from './domain/notices.js';
export * from './domain/atom.js';
export * from './match-query.js';
export * from './alerts.service.js';
export * from './match-alerts.job.js';
export * from './alerts.module.js';
export * from './bulk-insert.js';
