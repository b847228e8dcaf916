export * from './conflicts.js';
export * from './expertise.js';
export * from './min-cost-flow.js';
export * from './assignment.js';
export * from './scores.js';
export * from './review.js';
export * from './reminders.js';
export * from './readiness.js';
