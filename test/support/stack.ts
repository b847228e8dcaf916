import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApiApp } from '../../apps/api/src/app.js';
import { createWorker } from '../../apps/worker/src/worker.js';
import { AppConfig, configureQueueBackend, loadConfig, QueueBackend } from '../../libs/platform/src/index.js';
import { Contract } from './contract.js';
import { createTestDatabase, deleteRedisPrefix, dropDatabase, startSmtpServer, TEST_REDIS_URL, testQueuePrefix, TestSmtpServer } from '../../libs/testing/src/index.js';

export interface StackOptions {
  backend?: QueueBackend;
  /** Start the worker in this process (processors and outbox relay). */
  worker?: boolean;
  /** Receive mail through a real SMTP server. */
  smtp?: boolean;
  env?: Record<string, string>;
}

export interface Stack {
  api: NestFastifyApplication;
  worker?: INestApplicationContext;
  http: ReturnType<NestFastifyApplication['getHttpServer']>;
  db: DataSource;
  config: AppConfig;
  env: Record<string, string>;
  smtp?: TestSmtpServer;
  databaseName: string;
  startWorker(): Promise<INestApplicationContext>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

/** The real API (and worker) on a database of its own and a Redis prefix of its own. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const backend = options.backend ?? 'redis';
  const database = await createTestDatabase();
  const smtp = options.smtp ? await startSmtpServer() : undefined;
  const prefix = testQueuePrefix();
  const env: Record<string, string> = {
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    DATABASE_POOL_SIZE: '10',
    QUEUE_PREFIX: prefix,
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    OUTBOX_POLL_MS: '100',
    MAIL_DIR: `/tmp/kokeilu-test-mail/${prefix}`,
    ...(backend === 'redis' ? { REDIS_URL: TEST_REDIS_URL } : {}),
    ...(smtp ? { SMTP_URL: smtp.url } : {}),
    ...options.env,
  };
  const config = loadConfig(env);
  configureQueueBackend(config);
  const api = await createApiApp(config, env);
  await api.init();
  await api.getHttpAdapter().getInstance().ready();
  // Every response from here on is checked against the OpenAPI document the API serves.
  (await Contract.of(api)).watch(api.getHttpServer());
  const stack: Stack = {
    api,
    http: api.getHttpServer(),
    db: api.get(DataSource),
    config,
    env,
    smtp,
    databaseName: database.name,
    async startWorker() {
      if (!stack.worker) stack.worker = await createWorker(config, env);
      return stack.worker;
    },
    async stopWorker() {
      await stack.worker?.close();
      stack.worker = undefined;
    },
    async close() {
      await stack.stopWorker();
      await api.close();
      await smtp?.stop();
      if (backend === 'redis' && config.REDIS_URL === TEST_REDIS_URL) await deleteRedisPrefix(prefix);
      await dropDatabase(database.name);
    },
  };
  if (options.worker) await stack.startWorker();
  return stack;
}

/** Polls until `fn` returns a truthy value. */
export async function eventually<T>(fn: () => Promise<T | undefined | null | false>, timeoutMs = 20_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
