import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { type AppConfig, quietBoot } from '@kokeilu/platform';
import { WorkerModule } from './worker.module.js';

/** Starts the processors and the outbox relay; `main.ts` and the tests both use this. */
export async function createWorker(config: AppConfig, env: Record<string, string | undefined> = process.env): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, env), { bufferLogs: true });
  app.useLogger(quietBoot(app.get(Logger)));
  app.enableShutdownHooks();
  await app.init();
  return app;
}
