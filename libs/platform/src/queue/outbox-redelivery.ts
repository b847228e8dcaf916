import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Queue, RedisQueueBackend } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.module.js';
import { withTimeout } from '../util/timeout.js';
import { QueueLimits } from './queue-limits.js';
import { QUEUE_NAMES } from './registry.js';

/** How often the worker asks whether Redis still holds what the relay gave it. */
export const REDELIVERY_CHECK_MS = 1_000;
const CHECK_TIMEOUT_MS = 2_000;
/** Completed jobs stay in BullMQ a week (registry defaults); older relayed jobs no longer need BullMQ to be deduplicated. */
const RESEND_WINDOW = '7 days';

/**
 * Hands the outbox's rows to BullMQ again when Redis lost its data (a restart without
 * persistence, a failover to an empty replica, a flush). The relay marks a row sent once BullMQ
 * has the job, so a Redis that comes back empty would otherwise lose every queued, delayed and
 * running job for good. Redis holds a marker key written by this class; when it is gone, so is
 * everything the relay gave Redis before, and every relayed row whose job has not been recorded
 * as done (`processed_jobs`) is put back in the outbox. Handlers are idempotent, so a row that
 * ran without recording it (or whose job Redis did keep) only runs again to no effect. The queues'
 * global limits lived in Redis too, and are set again.
 */
@Injectable()
export class OutboxRedelivery implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRedelivery');
  private readonly marker: string;
  private readonly epoch = randomUUID();
  private timer?: NodeJS.Timeout;
  private checking?: Promise<void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    private readonly limits: QueueLimits,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.marker = `${config.QUEUE_PREFIX}:outbox:epoch`;
  }

  onApplicationBootstrap(): void {
    if (!this.backend()) return; // BullMQ on Postgres keeps its jobs with the outbox.
    this.timer = setInterval(() => void this.check(), REDELIVERY_CHECK_MS);
    this.timer.unref();
    void this.check();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.checking;
  }

  /** Writes the marker if Redis lacks it, and if it did, resends what Redis may have lost. */
  check(): Promise<void> {
    this.checking ??= (async () => {
      try {
        const backend = this.backend();
        if (!backend) return;
        const client = await withTimeout(backend.client, CHECK_TIMEOUT_MS, 'queue');
        // Not connected: a command would only wait in the client's offline queue; ask once it is back.
        if (client.status !== 'ready') return;
        if ((await withTimeout(client.get(this.marker), CHECK_TIMEOUT_MS, 'queue')) !== null) return;
        // Two workers may both find it missing: both then resend, which only relays the same jobs twice.
        await withTimeout(client.set(this.marker, this.epoch), CHECK_TIMEOUT_MS, 'queue');
        await this.limits.apply();
        const resent = await this.resend();
        if (resent) this.logger.warn(`Redis holds none of the outbox's earlier jobs: ${resent} outbox rows put back to be relayed again`);
      } catch (error) {
        // Redis unreachable: nothing can be relayed either; the next check tries again.
        this.logger.debug(`redelivery check: ${(error as Error).message}`);
      } finally {
        this.checking = undefined;
      }
    })();
    return this.checking;
  }

  /**
   * Puts back relayed rows whose job has not been recorded as done: those still to run at a later
   * time, and those relayed within the week BullMQ keeps completed jobs.
   */
  async resend(): Promise<number> {
    const [{ n }]: { n: number }[] = await this.dataSource.query(
      `WITH resent AS (
         UPDATE outbox o SET sent_at = NULL
          WHERE o.sent_at IS NOT NULL
            AND (o.delay_until > now() OR o.sent_at > now() - interval '${RESEND_WINDOW}')
            AND NOT EXISTS (SELECT 1 FROM processed_jobs p WHERE p.job_id = o.job_id)
         RETURNING 1
       )
       SELECT count(*)::int AS n, pg_notify('outbox', '') FROM resent`,
    );
    return n;
  }

  private backend(): RedisQueueBackend | undefined {
    const queue = this.moduleRef.get<Queue>(getQueueToken(QUEUE_NAMES[0]), { strict: false });
    const backend = queue.getBackend();
    return backend instanceof RedisQueueBackend ? backend : undefined;
  }
}
