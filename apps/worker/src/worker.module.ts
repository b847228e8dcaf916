import { DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { SendNotificationJob } from '@kokeilu/notifications';
import { AppConfig, ConfigModule, DatabaseModule, loggerParams, PlatformModule, QueueModule, SendMailJob } from '@kokeilu/platform';

/** Every job handler is listed here; the dispatcher refuses to boot if one is missing or doubled. */
export const JOB_HANDLERS = [SendMailJob, SendNotificationJob];

@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig, env: Record<string, string | undefined> = process.env): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRoot(loggerParams(config, 'kokeilu-worker')),
        DatabaseModule,
        QueueModule.forRoot(config, { worker: true }),
        PlatformModule,
      ],
      providers: [...JOB_HANDLERS],
    };
  }
}
