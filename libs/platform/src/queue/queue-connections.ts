import { getQueueToken, WorkerHost } from '@nestjs/bullmq';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, ModuleRef } from '@nestjs/core';
import { EventEmitter } from 'node:events';
import { Queue, RedisConnection, RedisQueueBackend, Worker } from 'bullmq';
import { QUEUE_NAMES } from './registry.js';

/** The parts of the ioredis client under a BullMQ connection that a shutdown without Redis needs. */
interface RawRedisClient {
  status: string;
  disconnect(): void;
  setStatus(status: 'end'): void;
  flushQueue(error: Error): void;
}

type QueueObject = Queue | Worker;

const ERROR_LOG_INTERVAL_MS = 30_000;

function clientOf(connection: RedisConnection): RawRedisClient {
  return (connection as unknown as { _client: RawRedisClient })._client;
}

/** The ioredis clients of a queue or worker on the Redis backend (none on the Postgres backend). */
export function redisClientsOf(target: QueueObject): RawRedisClient[] {
  const backend = target.getBackend();
  if (!(backend instanceof RedisQueueBackend)) return [];
  return [backend.connection, backend.blockingConnection].filter((c): c is RedisConnection => !!c).map(clientOf);
}

/**
 * Gives up on a client that cannot reach Redis. ioredis keeps such a client reconnecting for ever,
 * with its commands (and BullMQ's QUIT on close) parked in its offline queue, so a plain close
 * never returns and the retry timer keeps the process alive. `disconnect()` stops the retries;
 * for a client without a socket ioredis then emits no 'close', so this finishes what its close
 * handler would do: mark the client ended and reject the parked commands.
 */
export function abandonRedisClient(client: RawRedisClient): void {
  if (client.status === 'end') return;
  const socketless = client.status === 'reconnecting';
  client.disconnect();
  if (socketless) {
    client.setStatus('end');
    client.flushQueue(new Error('Connection is closed.'));
  }
}

/**
 * Keeps BullMQ's connection problems in the log rather than on stderr, and lets the API and the
 * worker shut down while Redis is unreachable: before Nest closes the queues and workers, those
 * whose Redis is not answering are closed by force (a graceful close would wait for Redis for ever).
 */
@Injectable()
export class QueueConnections implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('QueueConnections');
  private readonly lastLogged = new WeakMap<QueueObject, number>();

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly discovery: DiscoveryService,
  ) {}

  onApplicationBootstrap(): void {
    for (const target of this.targets()) {
      const emitter: EventEmitter = target;
      emitter.on('error', (error: Error) => this.logError(target, error));
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    const unreachable = this.targets().filter((t) => redisClientsOf(t).some((c) => c.status !== 'ready'));
    if (!unreachable.length) return;
    this.logger.warn(`Redis is not answering: closing ${unreachable.map((t) => `${t.constructor.name} ${t.name}`).join(', ')} without waiting for it`);
    // A forced close stops a worker fetching jobs and does not wait for the ones in hand.
    const closing = unreachable.filter((t): t is Worker => t instanceof Worker).map((w) => w.close(true));
    for (const target of unreachable) redisClientsOf(target).forEach(abandonRedisClient);
    await Promise.allSettled(closing);
  }

  private targets(): QueueObject[] {
    const queues = QUEUE_NAMES.map((name) => this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
    const workers = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .map((host) => {
        try {
          return host.worker;
        } catch {
          return undefined;
        }
      })
      .filter((worker): worker is Worker => worker instanceof Worker);
    return [...queues, ...workers];
  }

  private logError(target: QueueObject, error: Error): void {
    const now = Date.now();
    if (now - (this.lastLogged.get(target) ?? 0) < ERROR_LOG_INTERVAL_MS) return;
    this.lastLogged.set(target, now);
    this.logger.warn(`${target.constructor.name} ${target.name}: ${error.message}`);
  }
}
