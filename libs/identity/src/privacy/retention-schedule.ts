import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DailyJobSchedule } from '@kokeilu/notifications';
import { APP_CONFIG, type AppConfig, JOBS } from '@kokeilu/platform';

export const RETENTION_SCHEDULER_ID = 'privacy-retention';

/** The daily retention run: a `privacy.retention` job every day at RETENTION_TIME, Finnish time. */
@Injectable()
export class RetentionSchedule extends DailyJobSchedule {
  constructor(@InjectQueue(JOBS['privacy.retention'].queue) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, RETENTION_SCHEDULER_ID, 'privacy.retention', config.RETENTION_TIME);
  }
}
