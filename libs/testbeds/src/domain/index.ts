export * from './problems.js';
export * from './themes.js';
export * from './availability.js';
export * from './cost.js';
export * from './geo.js';
export * from './content.js';
export * from './testbed.js';
export * from './search-words.js';
