export * from './domain/index.js';
export * from './funding-facts.js';
export * from './proposal-store.js';
export * from './aggregate-application.job.js';
export * from './rank-call.job.js';
export * from './funding.module.js';
