import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { APP_CONFIG, type AppConfig, JOBS } from '@kokeilu/platform';
import { dailyCron } from './domain/digest.js';

export const DIGEST_SCHEDULER_ID = 'notification-digest';
const RETRY_MS = 30_000;

/**
 * Keeps the daily digest's job scheduler in the queue: a `notification.digest` job every day at
 * DIGEST_TIME, Finnish time (daylight saving included). Upserting is idempotent, so every worker
 * does it at start, and a changed DIGEST_TIME replaces the old time. The worker does not wait for
 * it: while the queue is unreachable it tries again every 30 seconds.
 */
@Injectable()
export class DigestSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('DigestSchedule');
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @InjectQueue(JOBS['notification.digest'].queue) private readonly queue: Queue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.upsert();
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async upsert(): Promise<void> {
    try {
      await this.queue.upsertJobScheduler(
        DIGEST_SCHEDULER_ID,
        { pattern: dailyCron(this.config.DIGEST_TIME), tz: 'Europe/Helsinki' },
        { name: 'notification.digest', data: {}, opts: JOBS['notification.digest'].options },
      );
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn(`could not schedule the daily digest, retrying in ${RETRY_MS / 1000} s: ${(error as Error).message}`);
      this.timer = setTimeout(() => void this.upsert(), RETRY_MS);
      this.timer.unref();
    }
  }
}
