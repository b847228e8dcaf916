export * from './domain/templates.js';
export * from './domain/links.js';
export * from './notification.entity.js';
export * from './notifier.js';
export * from './send-notification.job.js';
export * from './notifications.service.js';
export * from './notifications.module.js';
export * from './recipients.js';
