import { spawn, ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export function testQueuePrefix(): string {
  return `kokeilu-test-${randomBytes(4).toString('hex')}`;
}

/** Deletes every key of a test's queue prefix. */
export async function deleteRedisPrefix(prefix: string, url = TEST_REDIS_URL): Promise<number> {
  if (!prefix.includes('test')) throw new Error(`refusing to delete Redis keys of prefix "${prefix}"`);
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

class ForeignRedisError extends Error {}

/**
 * A redis-server of the test's own on a free loopback port, to stop and start at will. The shared
 * server on 6379 is never touched.
 */
export class ThrowawayRedis {
  private process?: ChildProcess;
  private readonly dir = mkdtempSync(join(tmpdir(), 'kokeilu-redis-'));

  private constructor(readonly port: number) {}

  static async start(): Promise<ThrowawayRedis> {
    const redis = new ThrowawayRedis(await freePort());
    await redis.start();
    return redis;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(
      'redis-server',
      ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', this.dir],
      { stdio: 'ignore' },
    );
    this.process = child;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
      try {
        await probe.connect();
        const pid = Number(/^process_id:(\d+)/m.exec(await probe.info('server'))?.[1]);
        probe.disconnect();
        // Another server took the port meanwhile (ours then exits): never hand that one out as ours.
        if (pid !== child.pid) throw new ForeignRedisError(`port ${this.port} is served by another redis-server (pid ${pid})`);
        return;
      } catch (error) {
        probe.disconnect();
        if (error instanceof ForeignRedisError) {
          child.kill('SIGKILL');
          throw error;
        }
        if (child.exitCode !== null || child.signalCode !== null) throw new Error(`redis-server on port ${this.port} exited (${child.exitCode ?? child.signalCode})`, { cause: error });
        if (Date.now() > deadline) throw new Error(`redis-server on port ${this.port} did not start`, { cause: error });
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  }

  async stop(): Promise<void> {
    const child = this.process;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
    this.process = undefined;
  }

  async destroy(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
