import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { JOBS, type JobName } from '@kokeilu/platform';
import { dailyCron } from './domain/digest.js';

const RETRY_MS = 30_000;

/**
 * Keeps a daily job's scheduler in its queue: the job every day at `time` (HH:MM), Finnish time,
 * daylight saving included. Upserting is idempotent, so every worker does it at start, and a
 * changed time replaces the old one. The worker does not wait for it: while the queue is
 * unreachable it tries again every 30 seconds.
 */
export abstract class DailyJobSchedule implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private stopped = false;

  protected constructor(
    private readonly queue: Queue,
    private readonly schedulerId: string,
    private readonly job: JobName,
    private readonly time: string,
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
        this.schedulerId,
        { pattern: dailyCron(this.time), tz: 'Europe/Helsinki' },
        { name: this.job, data: {}, opts: JOBS[this.job].options },
      );
    } catch (error) {
      if (this.stopped) return;
      this.logger.warn(`could not schedule the daily ${this.job}, retrying in ${RETRY_MS / 1000} s: ${(error as Error).message}`);
      this.timer = setTimeout(() => void this.upsert(), RETRY_MS);
      this.timer.unref();
    }
  }
}
