import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { dailyCron } from '@kokeilu/notifications';
import { APP_CONFIG, type AppConfig, JOBS } from '@kokeilu/platform';

export const RETENTION_SCHEDULER_ID = 'privacy-retention';
const RETRY_MS = 30_000;

/**
 * Keeps the retention run's job scheduler in the queue: a `privacy.retention` job every day at
 * RETENTION_TIME, Finnish time. Upserting is idempotent, so every worker does it at start; while
 * the queue is unreachable it tries again every 30 seconds.
 */
@Injectable()
export class RetentionSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('RetentionSchedule');
  private timer?: NodeJS.Timeout;
  private stopped = false;

  constructor(
    @InjectQueue(JOBS['privacy.retention'].queue) private readonly queue: Queue,
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
        RETENTION_SCHEDULER_ID,
        { pattern: dailyCron(this.config.RETENTION_TIME), tz: 'Europe/Helsinki' },
        { name: 'privacy.retention', data: {}, opts: JOBS['privacy.retention'].options },
      );
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn(`could not schedule the daily retention run, retrying in ${RETRY_MS / 1000} s: ${(error as Error).message}`);
      this.timer = setTimeout(() => void this.upsert(), RETRY_MS);
      this.timer.unref();
    }
  }
}
