export * from './domain/index.js';
export * from './testbed.record.js';
export * from './testbed-view.js';
export * from './search/search-query.js';
export * from './search/search-filter.js';
export * from './testbed.service.js';
export * from './testbeds.module.js';
export * from './open-data.js';
