import { ConnectionOptions, createPostgresBackend, setDefaultBackendFactory } from 'bullmq';
import type { AppConfig } from '../config/config.js';

export type QueueBackend = 'redis' | 'postgres';

export function queueBackendOf(config: Pick<AppConfig, 'REDIS_URL'>): QueueBackend {
  return config.REDIS_URL ? 'redis' : 'postgres';
}

/**
 * BullMQ runs on Redis when REDIS_URL is set and on its own Postgres backend otherwise. The
 * backend is process-wide, so this must run before Nest creates any queue.
 */
export function configureQueueBackend(config: Pick<AppConfig, 'REDIS_URL'>): QueueBackend {
  const backend = queueBackendOf(config);
  setDefaultBackendFactory(backend === 'postgres' ? (createPostgresBackend as never) : undefined);
  return backend;
}

export function redisOptionsOf(url: string) {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username ? decodeURIComponent(u.username) : undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname && u.pathname !== '/' ? Number(u.pathname.slice(1)) : 0,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}

export function queueConnectionOf(config: Pick<AppConfig, 'REDIS_URL' | 'DATABASE_URL'>): ConnectionOptions {
  if (config.REDIS_URL) return redisOptionsOf(config.REDIS_URL);
  return { connectionString: config.DATABASE_URL, schema: 'bullmq', migrate: true, max: 6 } as unknown as ConnectionOptions;
}
