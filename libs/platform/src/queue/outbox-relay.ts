import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { Queue } from 'bullmq';
import pg from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/config.module.js';
import { withTimeout } from '../util/timeout.js';
import { JOBS, QueueName } from './registry.js';
import { optionsOf, OutboxRow, RelayedJob, relayedJobs } from './relayed-jobs.js';

/** Rows per relay transaction; also the most requests a coalescing job can merge. */
const BATCH = 1000;
const ENQUEUE_TIMEOUT_MS = 5_000;
export const MAX_ATTEMPTS = 5;
/** How long a relay whose listener was lost waits before connecting it again (it polls meanwhile). */
const RELISTEN_MS = 1_000;
/**
 * The advisory lock (transaction-scoped, per database) that one relay batch holds: several workers'
 * relays take turns instead of splitting the same rows between them.
 */
const RELAY_LOCK = '7300113001';

interface RowError {
  id: string;
  message: string;
}

/** Errors that say the queue could not be reached, as opposed to a row it refused. */
function isUnreachable(message: string): boolean {
  return /did not answer|connect|closed|ECONN|ETIMEDOUT|EPIPE|socket|ENOTFOUND|EAI_AGAIN|terminat/i.test(message);
}

/**
 * Moves committed outbox rows to BullMQ, in the worker. The BullMQ jobId is the row's job id, so a
 * relay that crashes after enqueueing but before marking the row re-adds a job that BullMQ already
 * holds, which it ignores. While the queue is unreachable rows simply wait.
 *
 * With several workers, one relay at a time moves rows: each batch holds an advisory lock, and a
 * relay that finds it taken stops, since the holder hears the same NOTIFY and goes on until the
 * outbox is empty. Batches then stay whole (coalescing jobs merge as many requests as one relay
 * would) and the others spend nothing on rows they could not take. The lock ends with its
 * transaction, also when its worker dies: the next NOTIFY or poll of another relay takes over.
 *
 * Every outbox write notifies, so while the relay listens its poll is only a safety net and runs
 * every OUTBOX_LISTENING_POLL_MS. It polls every OUTBOX_POLL_MS while it cannot listen (the
 * listener is connected again in the background, and a pass then picks up whatever was notified
 * meanwhile), and after a pass that failed or left refused rows to retry. A relay that finds the
 * lock taken leaves the rows to its holder; if the holder dies, the next notification or poll of
 * another relay takes over.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxRelay');
  /** Set while the listener is connected and has run LISTEN. */
  private listener?: pg.Client;
  private relisten?: NodeJS.Timeout;
  private timer?: NodeJS.Timeout;
  private running = false;
  private again = false;
  private stopped = false;
  /** The current pass left refused rows or failed: the next poll comes soon. */
  private retrySoon = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly moduleRef: ModuleRef,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.listen();
    this.kick();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearTimeout(this.relisten);
    await this.listener?.end().catch(() => undefined);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
  }

  /** Milliseconds until the next poll. */
  private pollDelay(): number {
    if (!this.listener || this.retrySoon) return this.config.OUTBOX_POLL_MS;
    return Math.max(this.config.OUTBOX_POLL_MS, this.config.OUTBOX_LISTENING_POLL_MS);
  }

  private schedulePoll(): void {
    clearTimeout(this.timer);
    if (!this.stopped) this.timer = setTimeout(() => this.kick(), this.pollDelay());
  }

  /** Relays until the outbox is empty or the queue stops answering. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void (async () => {
      try {
        do {
          this.again = false;
          this.retrySoon = false;
          while (!this.stopped && (await this.relayOnce()) === BATCH) this.again = false;
        } while (this.again && !this.stopped);
      } catch (error) {
        this.retrySoon = true;
        this.logger.warn(`outbox relay paused: ${(error as Error).message}`);
      } finally {
        this.running = false;
        this.schedulePoll();
      }
    })();
  }

  /** One batch: claim pending rows, enqueue them, mark what was enqueued. Returns rows claimed. */
  async relayOnce(): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await this.claim(tx);
      if (!rows.length) return 0;
      const { sent, refused, error } = await this.enqueue(rows);
      if (refused.length) this.retrySoon = true;
      await this.markSent(tx, sent);
      for (const row of [...refused, ...(error ? [error] : [])]) {
        await tx.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = $1`, [row.id, row.message]);
      }
      if (error) throw new Error(error.message);
      return rows.length;
    });
  }

  /**
   * Rows a queue refused MAX_ATTEMPTS times stay in the table for inspection and no longer block
   * the others. None while another relay holds the lock; SKIP LOCKED still keeps a relay that held
   * it a moment ago off the rows it has in hand.
   */
  async claim(tx: EntityManager): Promise<OutboxRow[]> {
    const [{ mine }]: { mine: boolean }[] = await tx.query(`SELECT pg_try_advisory_xact_lock($1::bigint) AS mine`, [RELAY_LOCK]);
    if (!mine) return [];
    return tx.query(
      `SELECT id, queue, job_name, payload, job_id, delay_until FROM outbox
        WHERE sent_at IS NULL AND attempts < ${MAX_ATTEMPTS} ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
    );
  }

  /**
   * Adds the rows' jobs to BullMQ in order: each queue's jobs in one round trip (`addBulk`). A
   * queue that refuses the bulk goes job by job, so that a job the queue refuses (an unknown job,
   * an id BullMQ does not accept) is set aside and the rest go on; an unreachable queue stops the
   * batch, since every later job would fail the same way. Re-adding a job BullMQ already holds
   * changes nothing, so a bulk that failed halfway is safely retried job by job.
   */
  async enqueue(rows: OutboxRow[]): Promise<{ sent: string[]; refused: RowError[]; error?: RowError }> {
    const sent: string[] = [];
    const refused: RowError[] = [];
    const byQueue = new Map<QueueName, RelayedJob[]>();
    for (const job of relayedJobs(rows)) {
      const definition = JOBS[job.name];
      if (!definition) {
        refused.push(...job.rowIds.map((id) => ({ id, message: `unknown job "${job.name}"` })));
        continue;
      }
      byQueue.set(definition.queue, [...(byQueue.get(definition.queue) ?? []), job]);
    }
    for (const [queueName, queued] of byQueue) {
      const queue = this.queue(queueName);
      try {
        await withTimeout(queue.addBulk(queued.map((job) => ({ name: job.name, data: job.payload, opts: optionsOf(job) }))), ENQUEUE_TIMEOUT_MS, 'queue');
        sent.push(...queued.flatMap((job) => job.rowIds));
        continue;
      } catch (error) {
        if (isUnreachable((error as Error).message)) return { sent, refused, error: { id: queued[0].rowIds[0], message: (error as Error).message } };
      }
      for (const job of queued) {
        try {
          await withTimeout(queue.add(job.name, job.payload, optionsOf(job)), ENQUEUE_TIMEOUT_MS, 'queue');
          sent.push(...job.rowIds);
        } catch (error) {
          const message = (error as Error).message;
          if (isUnreachable(message)) return { sent, refused, error: { id: job.rowIds[0], message } };
          refused.push(...job.rowIds.map((id) => ({ id, message })));
        }
      }
    }
    return { sent, refused };
  }

  async markSent(tx: EntityManager, ids: string[]): Promise<void> {
    if (ids.length) await tx.query(`UPDATE outbox SET sent_at = clock_timestamp() WHERE id = ANY($1::uuid[])`, [ids]);
  }

  private queue(name: QueueName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
  }

  /** Connects the listener and runs LISTEN; throws if it cannot (at the start, the worker's start then fails). */
  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.DATABASE_URL });
    client.on('notification', () => this.kick());
    client.on('error', (error) => this.lost(client, error.message));
    client.on('end', () => this.lost(client, 'connection ended'));
    try {
      await client.connect();
      await client.query('LISTEN outbox');
    } catch (error) {
      void client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) {
      void client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
  }

  /** The listener failed or ended: poll every OUTBOX_POLL_MS, and connect it again. */
  private lost(client: pg.Client, reason: string): void {
    if (this.listener !== client) return;
    this.listener = undefined;
    void client.end().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(`outbox listener: ${reason}; polling every ${this.config.OUTBOX_POLL_MS} ms until it is back`);
    if (!this.running) this.schedulePoll();
    this.listenAgain();
  }

  /** Tries to listen again until it can; then passes once for what was notified while nobody listened. */
  private listenAgain(): void {
    clearTimeout(this.relisten);
    this.relisten = setTimeout(() => {
      this.listen().then(
        () => this.kick(),
        (error) => {
          this.logger.debug(`outbox listener: ${(error as Error).message}; trying again`);
          if (!this.stopped) this.listenAgain();
        },
      );
    }, RELISTEN_MS);
  }
}
