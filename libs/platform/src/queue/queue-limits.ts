import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import { withTimeout } from '../util/timeout.js';
import type { QueueName } from './registry.js';

/** The jobs of a queue one worker process runs at once. */
export const CONCURRENCY: Record<QueueName, number> = { notifications: 5, calls: 2, applications: 10, privacy: 2 };

/**
 * The jobs of a queue that run at once over all the worker processes together, kept in the queue
 * itself (BullMQ's global concurrency). The applications and notifications queues' jobs are the
 * database's work in bulk (eligibility and aggregation in set-based statements, notifications
 * delivered hundreds at a time), whose pace the database sets: with a limit per process only, four
 * workers would run four times as many of them at once, each waiting longer for the cores and
 * locks the others hold. The calls and privacy queues keep the limit per process. A worker killed
 * with jobs in hand holds their places until BullMQ finds them stalled and runs them again.
 */
export const GLOBAL_CONCURRENCY: Partial<Record<QueueName, number>> = { applications: CONCURRENCY.applications, notifications: CONCURRENCY.notifications };

const SET_TIMEOUT_MS = 5_000;

/** Sets the queues' global limits when a worker starts (every worker sets the same ones), and again after Redis lost its data (`OutboxRedelivery`). */
@Injectable()
export class QueueLimits implements OnApplicationBootstrap {
  private readonly logger = new Logger('QueueLimits');

  constructor(private readonly moduleRef: ModuleRef) {}

  onApplicationBootstrap(): void {
    // Not awaited: a worker starts while Redis is away, and a limit set by an earlier worker stays in the queue.
    void this.apply();
  }

  async apply(): Promise<void> {
    for (const [name, limit] of Object.entries(GLOBAL_CONCURRENCY) as [QueueName, number][]) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      await withTimeout(queue.setGlobalConcurrency(limit), SET_TIMEOUT_MS, 'queue').catch((error: Error) =>
        this.logger.warn(`the ${name} queue's limit of ${limit} jobs at once over all workers is not set: ${error.message}`),
      );
    }
  }
}
