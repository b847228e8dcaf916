import { Injectable, Provider } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import {
  AppConfig,
  configureQueueBackend,
  ConfigModule,
  DatabaseModule,
  HandlesJob,
  JobHandler,
  JobHandlerRegistryError,
  loadConfig,
  PlatformModule,
  QueueModule,
  SendMailJob,
} from '../../libs/platform/src/index.js';
import { createTestDatabase, deleteRedisPrefix, dropDatabase, TEST_REDIS_URL, testQueuePrefix } from '../../libs/testing/src/index.js';
import { createWorker } from '../../apps/worker/src/worker.js';

jest.setTimeout(30_000);

@Injectable()
@HandlesJob('mail.send')
class SecondMailJob implements JobHandler<'mail.send'> {
  async handle(): Promise<unknown> {
    return null;
  }
}

describe('worker boot', () => {
  let database: { name: string; url: string };
  let env: Record<string, string>;
  let config: AppConfig;

  beforeAll(async () => {
    database = await createTestDatabase();
    env = {
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '2',
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: testQueuePrefix(),
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
      LOG_LEVEL: 'silent',
    };
    config = loadConfig(env);
    configureQueueBackend(config);
  });
  afterAll(async () => {
    await deleteRedisPrefix(config.QUEUE_PREFIX);
    await dropDatabase(database.name);
  });

  /** The worker's own modules (queue module in worker mode) with the given job handlers. */
  async function bootWith(handlers: Provider[]): Promise<unknown> {
    const moduleRef: TestingModule = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(env), DatabaseModule, QueueModule.forRoot(config, { worker: true }), PlatformModule],
      providers: handlers,
    }).compile();
    try {
      await moduleRef.init();
      return undefined;
    } catch (error) {
      return error;
    } finally {
      await moduleRef.close();
    }
  }

  it('refuses to start when a registered job has no handler', async () => {
    const error = await bootWith([]);
    expect(error).toBeInstanceOf(JobHandlerRegistryError);
    expect((error as Error).message).toMatch(/^\s*mail\.send: no handler$/m);
  });

  it('refuses to start when a job has two handlers, naming both', async () => {
    const error = await bootWith([SendMailJob, SecondMailJob]);
    expect(error).toBeInstanceOf(JobHandlerRegistryError);
    expect((error as Error).message).toMatch(/^\s*mail\.send: 2 handlers \(SendMailJob, SecondMailJob\)$/m);
  });

  it('starts the real worker, whose module lists one handler per job', async () => {
    const worker = await createWorker(config, env);
    await worker.close();
  });
});
