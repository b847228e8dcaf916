export * from './domain/policy.js';
export * from './domain/audit-audience.js';
export * from './domain/access-token.js';
export * from './actor-loader.js';
export * from './policy.service.js';
export * from './jwt.strategy.js';
export * from './guards.js';
export * from './access.module.js';
