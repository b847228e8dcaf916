export * from './budget-line.js';
export * from './outcome.js';
export * from './report.js';
export * from './open-data-grant.js';
export * from './three-sixty-giving.js';
export * from './dashboard.js';
export * from './programme.js';
