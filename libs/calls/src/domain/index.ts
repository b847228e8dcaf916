export * from './call.js';
export * from './problems.js';
export * from './text.js';
export * from './validation.js';
export * from './lifecycle.js';
export * from './schedule.js';
export * from './editing.js';
export * from './testbed-links.js';
