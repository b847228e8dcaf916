import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig, JOBS } from '@kokeilu/platform';
import { DailyJobSchedule } from './daily-job-schedule.js';

export const DIGEST_SCHEDULER_ID = 'notification-digest';

/** The daily digest: a `notification.digest` job every day at DIGEST_TIME, Finnish time. */
@Injectable()
export class DigestSchedule extends DailyJobSchedule {
  constructor(@InjectQueue(JOBS['notification.digest'].queue) queue: Queue, @Inject(APP_CONFIG) config: AppConfig) {
    super(queue, DIGEST_SCHEDULER_ID, 'notification.digest', config.DIGEST_TIME);
  }
}
