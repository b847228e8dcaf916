export * from './application.js';
export * from './content.js';
export * from './deadline.js';
export * from './diff.js';
export * from './messages.js';
export * from './snapshot.js';
export * from './eligibility/index.js';
export * from './carry-over.js';
