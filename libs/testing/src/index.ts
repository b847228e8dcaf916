export * from './database.js';
export * from './redis.js';
export * from './smtp.js';
