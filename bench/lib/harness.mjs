// What every bench shares: scratch databases that always carry "bench" in their name, the build
// rule of scripts/start.mjs, starting and stopping the built apps, HTTP helpers, pgbench as the
// baseline, and a clean-up that runs on success, error and Ctrl-C alike.
/* global fetch */
import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const env = process.env;
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
/** BENCH_DIST measures another build (say, of a branch) instead of this tree's dist/, as is. */
export const dist = env.BENCH_DIST ?? join(root, 'dist');
export const ENTRIES = {
  api: join(dist, 'apps/api/src/main.js'),
  worker: join(dist, 'apps/worker/src/main.js'),
  cli: join(dist, 'apps/cli/src/main.js'),
};

export const server = env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const redisUrl = env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** One id per run: in database names, the queue prefix and e-mail addresses. */
export const run = randomBytes(4).toString('hex');
export const queuePrefix = `kokeilu_bench_${run}`;
export const QUEUES = ['notifications', 'calls', 'applications'];
/** The apps' key for access tokens and the links of verification e-mails. */
export const jwtSecret = `bench-${run}-${'x'.repeat(32)}`;

export function log(message) {
  console.log(`[bench] ${message}`);
}

export function databaseUrl(name) {
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Scratch databases always carry "bench" in their name, so nothing else is ever dropped. */
function assertBenchDatabase(name) {
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('bench')) throw new Error(`refusing to touch database "${name}"`);
}

async function admin(fn) {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const createdDatabases = new Set();

/** Creates an empty scratch database `kokeilu_bench_<what>_<run>`; dropped by `cleanup`. */
export async function createDatabase(what) {
  const name = `kokeilu_bench_${what}_${run}`;
  assertBenchDatabase(name);
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  createdDatabases.add(name);
  return databaseUrl(name);
}

/** A scratch database with the schema migrated and the cities seeded, by the build's own code. */
export async function createAppDatabase(what) {
  const url = await createDatabase(what);
  const { migrate, seedCities } = await import(pathToFileURL(join(dist, 'libs/platform/src/database/schema.js')).href);
  await migrate(url);
  await seedCities(url);
  return url;
}

/** Runs `fn` with a connected client of `url`, closing it afterwards. */
export async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

// --- Build ---------------------------------------------------------------------------------------

/** Compiles what changed, as `npm start` does (scripts/build.mjs); BENCH_DIST is measured as is. */
export async function ensureBuilt() {
  if (env.BENCH_DIST) return;
  const { build } = await import(pathToFileURL(join(root, 'scripts/build.mjs')).href);
  const { compiled } = await build();
  if (compiled > 0) log(`Compiled ${compiled} changed file(s).`);
}

// --- Processes -----------------------------------------------------------------------------------

export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const processes = new Set();

/**
 * Starts a built app (`ENTRIES.api`, `ENTRIES.worker`) or any script with the bench's settings: its
 * own database, the run's queue prefix, quiet logs. Its output is shown prefixed with `name`.
 */
export function startNode(name, entry, { databaseUrl: url, nodeArgs = [], env: extra = {}, ipc = false } = {}) {
  const child = spawn(process.execPath, [...nodeArgs, entry], {
    cwd: root,
    env: {
      ...env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      DATABASE_URL: url,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: 'warn',
      JWT_SECRET: jwtSecret,
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      ...extra,
    },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk) => chunk.toString().split('\n').filter(Boolean).forEach((line) => console.log(`[${name}] ${line}`));
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  const proc = { name, child, exited: new Promise((resolve) => child.once('exit', resolve)) };
  processes.add(proc);
  return proc;
}

/** Waits until `base` + `path` answers 200, failing early if the process exits. */
export async function waitUntilServing(proc, base, path = '/health') {
  let exited = false;
  void proc.exited.then(() => (exited = true));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${proc.name} exited while starting`);
    try {
      if ((await fetch(`${base}${path}`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`${proc.name} did not answer within 90 s`);
}

/** SIGTERM, then SIGKILL after 10 s. */
export async function stopNode(proc) {
  processes.delete(proc);
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return;
  proc.child.kill('SIGTERM');
  const forced = setTimeout(() => proc.child.kill('SIGKILL'), 10_000);
  await proc.exited;
  clearTimeout(forced);
}

/** CPU time (user + system, ms) a process has used so far; Linux only, else null. */
export function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

// --- HTTP ----------------------------------------------------------------------------------------

export async function call(base, method, path, token, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/**
 * Proves a new user's address as its owner would: with the link of the latest verification e-mail,
 * whose token is derived (as the worker derives it for the mail) from the verification's id.
 */
export async function verifyEmail(base, url, userId) {
  const { verificationToken } = await import(pathToFileURL(join(dist, 'libs/identity/src/domain/email-verification.js')).href);
  const id = await withClient(url, async (client) => (await client.query(`SELECT id FROM email_verifications WHERE user_id = $1 ORDER BY created_at DESC LIMIT 1`, [userId])).rows[0]?.id);
  if (!id) throw new Error(`no verification e-mail for user ${userId}`);
  await expectOk(call(base, 'POST', '/api/v1/auth/verify-email', null, { token: verificationToken(jwtSecret, id) }), 'verify-email');
}

export async function expectOk(promise, what) {
  const response = await promise;
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function pool(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await fn(items[i], i);
      }
    }),
  );
  return results;
}

export function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

/** A valid Finnish business ID: seven digits and the mod-11 check digit (remainder 1 has none). */
export function businessId(n) {
  for (let body = 1_000_000 + n * 7; ; body++) {
    const digits = String(body).padStart(7, '0');
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((s, w, i) => s + w * Number(digits[i]), 0);
    const remainder = sum % 11;
    if (remainder === 1) continue;
    return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

// --- pgbench -------------------------------------------------------------------------------------

function pgbench(args) {
  const result = spawnSync('pgbench', args, { encoding: 'utf8' });
  if (result.error) throw new Error(`pgbench: ${result.error.message} (install the PostgreSQL client tools)`);
  if (result.status !== 0) throw new Error(`pgbench ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout + result.stderr;
}

/**
 * PostgreSQL's own throughput on this machine, now: pgbench's built-in select-only (-S) and
 * simple-update (-N) scripts on a scratch database, `clients` connections, `seconds` each.
 */
let pgbenchDatabase;
export async function measurePgbench(clients, seconds) {
  // One pgbench database per run, initialised once, however often a bench measures.
  pgbenchDatabase ??= createDatabase('pgbench').then((url) => (pgbench(['-i', '-q', '-s', '1', url]), url));
  const url = await pgbenchDatabase;
  const tps = (mode) => {
    const out = pgbench([mode, '-n', '-c', String(clients), '-j', String(Math.min(clients, cpus().length)), '-T', String(seconds), url]);
    const match = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
    if (!match) throw new Error(`no TPS in pgbench's output:\n${out}`);
    return Number(match[1]);
  };
  return { selectOnly: tps('-S'), simpleUpdate: tps('-N') };
}

// --- Clean-up ------------------------------------------------------------------------------------

let cleaning;
/** Stops every started process, drops the scratch databases and deletes the run's Redis keys. */
export function cleanup() {
  cleaning ??= (async () => {
    for (const proc of [...processes]) await stopNode(proc);
    for (const name of createdDatabases) {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch((error) => console.error(`[bench] could not drop ${name}: ${error.message}`));
    }
    const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
    try {
      await redis.connect();
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${queuePrefix}:*`, 'COUNT', 500);
        if (keys.length) await redis.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    } catch (error) {
      console.error(`[bench] could not clean Redis keys under ${queuePrefix}: ${error.message}`);
    } finally {
      redis.disconnect();
    }
  })();
  return cleaning;
}

/** Runs a bench's main: clean-up afterwards, also on an error or Ctrl-C; exit code 1 on failure. */
export async function runBench(main) {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ]) {
    process.on(signal, () => {
      log(`${signal}: stopping and cleaning up …`);
      void cleanup().finally(() => process.exit(code));
    });
  }
  try {
    await main();
  } catch (error) {
    console.error(`[bench] ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

// --- The worker ------------------------------------------------------------------------------

/** What the worker still has to do: outbox rows not yet relayed, and BullMQ jobs not yet done. */
export async function backlog(client) {
  const outbox = (await client.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`)).rows[0].n;
  const queues = {};
  for (const name of QUEUES) {
    const queue = new Queue(name, { connection: { url: redisUrl, maxRetriesPerRequest: 1 }, prefix: queuePrefix });
    try {
      queues[name] = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active');
    } finally {
      await queue.close();
    }
  }
  const jobs = Object.values(queues).reduce((sum, c) => sum + c.waiting + c.prioritized + c.active, 0);
  return { outbox, queues, jobs };
}
