// `npm run bench:submit`: a deadline rush of application submissions against the built API,
// beside what PostgreSQL itself does on the same machine in the same run (pgbench).
//
// Creates a scratch database (its name contains "bench") on DATABASE_URL's server, migrates it,
// seeds the cities, starts the real API from dist/ (no worker: the outbox keeps the eligibility
// jobs, as it would while the worker is busy), registers organisations, opens a call with the
// default eligibility rules and writes BENCH_APPLICATIONS valid drafts, all through the API. Then it fires every submit at once, as a
// deadline does, and checks the database holds exactly one revision per accepted submit. Finally
// pgbench runs its built-in select-only (-S) and simple-update (-N) scripts on a second scratch
// database with as many clients as the API has pool connections. Prints submits/s beside both TPS
// figures and the ratios. Stops the API, drops both databases and deletes the run's Redis keys at
// the end, also on Ctrl-C or an error.
//
// Settings (environment): DATABASE_URL (server only; default postgres://postgres@127.0.0.1:5432),
// REDIS_URL (redis://127.0.0.1:6379), DATABASE_POOL_SIZE (20), BENCH_APPLICATIONS (1000),
// BENCH_ORGANISATIONS (20), BENCH_CONCURRENCY (submits in flight at once; default all of them),
// BENCH_PGBENCH_SECONDS (10 per script), BENCH_DIST (another build to measure), BENCH_API_NODE_ARGS
// (flags for the API's node, such as --cpu-prof).
/* global fetch, performance */
import Redis from 'ioredis';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';

const env = process.env;
const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = env.BENCH_DIST ?? join(root, 'dist');
const API_ENTRY = join(dist, 'apps/api/apps/api/src/main.js');

const settings = {
  server: env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  redis: env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  poolSize: Number(env.DATABASE_POOL_SIZE ?? 20),
  applications: Number(env.BENCH_APPLICATIONS ?? 1000),
  organisations: Number(env.BENCH_ORGANISATIONS ?? 20),
  concurrency: Number(env.BENCH_CONCURRENCY ?? env.BENCH_APPLICATIONS ?? 1000),
  pgbenchSeconds: Number(env.BENCH_PGBENCH_SECONDS ?? 10),
  // e.g. "--cpu-prof --cpu-prof-dir=/tmp/profile" to see where a submit spends its time.
  apiNodeArgs: (env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
};

const run = randomBytes(4).toString('hex');
const database = `kokeilu_bench_submit_${run}`;
const pgbenchDatabase = `kokeilu_bench_pgbench_${run}`;
const queuePrefix = `kokeilu_bench_${run}`;
const created = new Set();
let api;

function log(message) {
  console.log(`[bench] ${message}`);
}

function databaseUrl(name) {
  const url = new URL(settings.server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Scratch databases always carry "bench" in their name, so nothing else is ever dropped. */
function assertBenchDatabase(name) {
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('bench')) throw new Error(`refusing to touch database "${name}"`);
}

async function admin(fn) {
  const client = new pg.Client({ connectionString: databaseUrl('postgres') });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function createDatabase(name) {
  assertBenchDatabase(name);
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  created.add(name);
  return databaseUrl(name);
}

// --- Build ---------------------------------------------------------------------------------------

/** The rule of scripts/start.mjs: build when dist/ is missing or older than the sources. */
function ensureBuilt() {
  if (env.BENCH_DIST) return;
  const stamp = join(dist, '.build-stamp');
  let newest = 0;
  const visit = (path) => {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else if (!/\.(e2e-)?spec\.ts$/.test(path)) newest = Math.max(newest, stat.mtimeMs);
  };
  for (const path of ['apps', 'libs', 'package.json', 'nest-cli.json', 'tsconfig.json', 'tsconfig.build.json']) visit(join(root, path));
  if (existsSync(stamp) && existsSync(API_ENTRY) && newest <= statSync(stamp).mtimeMs) return;
  log('Building (nest build --all) …');
  rmSync(stamp, { force: true });
  const startedAt = new Date();
  const result = spawnSync(process.execPath, [join(root, 'node_modules/@nestjs/cli/bin/nest.js'), 'build', '--all'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed; see the errors above');
  writeFileSync(stamp, `${startedAt.toISOString()}\n`);
  utimesSync(stamp, startedAt, startedAt);
}

// --- The API -------------------------------------------------------------------------------------

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function startApi(port, url) {
  const child = spawn(process.execPath, [...settings.apiNodeArgs, API_ENTRY], {
    cwd: root,
    env: {
      ...env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: url,
      DATABASE_POOL_SIZE: String(settings.poolSize),
      REDIS_URL: settings.redis,
      QUEUE_PREFIX: queuePrefix,
      LOG_LEVEL: 'warn',
      JWT_SECRET: randomBytes(32).toString('hex'),
      // The preparation registers and signs in one user per organisation.
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const forward = (chunk) => chunk.toString().split('\n').filter(Boolean).forEach((line) => console.log(`[api] ${line}`));
  child.stdout.on('data', forward);
  child.stderr.on('data', forward);
  return { child, exited: new Promise((resolve) => child.once('exit', resolve)) };
}

async function waitUntilServing(base) {
  let exited = false;
  void api.exited.then(() => (exited = true));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error('the API exited while starting');
    try {
      if ((await fetch(`${base}/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error('the API did not answer within 90 s');
}

async function stopApi() {
  if (!api || api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGTERM');
  const forced = setTimeout(() => api.child.kill('SIGKILL'), 10_000);
  await api.exited;
  clearTimeout(forced);
}

async function call(base, method, path, token, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function expectOk(promise, what) {
  const response = await promise;
  if (response.status >= 300) throw new Error(`${what}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Runs `fn` over `items` with at most `limit` in flight. */
async function pool(items, limit, fn) {
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

// --- Preparation ---------------------------------------------------------------------------------

/** A valid Finnish business ID: seven digits and the mod-11 check digit (remainder 1 has none). */
function businessId(n) {
  for (let body = 1_000_000 + n * 7; ; body++) {
    const digits = String(body).padStart(7, '0');
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((s, w, i) => s + w * Number(digits[i]), 0);
    const remainder = sum % 11;
    if (remainder === 1) continue;
    return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

async function signUp(base, email) {
  const password = `bench-${run}-salasana`;
  const user = await expectOk(call(base, 'POST', '/api/v1/auth/register', null, { email, password, displayName: email, locale: 'fi' }), 'register');
  const { accessToken } = await expectOk(call(base, 'POST', '/api/v1/auth/login', null, { email, password }), 'login');
  return { userId: user.id, token: accessToken };
}

async function prepare(base, url) {
  const started = performance.now();
  const owners = await pool(
    Array.from({ length: settings.organisations }, (_, i) => i),
    10,
    async (i) => {
      const { token } = await signUp(base, `bench.${run}.${i}@example.fi`);
      const org = await expectOk(
        call(base, 'POST', '/api/v1/organisations', token, {
          name: `Kiire ${i} Oy`,
          type: 'company',
          businessId: businessId(i),
          homeMunicipality: ['Helsinki', 'Tampere', 'Oulu', 'Turku'][i % 4],
          sizeClass: 'small',
        }),
        'organisation',
      );
      return { token, organisationId: org.id };
    },
  );
  // The call is opened through the calls API by a Tampere coordinator (the role granted in the
  // database, as the create-admin command does for the first admin), with a distant deadline.
  const coordinator = await signUp(base, `bench.${run}.coordinator@example.fi`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let tampere;
  try {
    await client.query(`INSERT INTO role_grants (user_id, role, city_id) VALUES ($1, 'coordinator', (SELECT id FROM cities WHERE slug = 'tampere'))`, [coordinator.userId]);
    ({
      rows: [{ id: tampere }],
    } = await client.query(`SELECT id FROM cities WHERE slug = 'tampere'`));
  } finally {
    await client.end();
  }
  const at = (ms) => new Date(Date.now() + ms).toISOString();
  const draftCall = await expectOk(
    call(base, 'POST', '/api/v1/calls', coordinator.token, {
      cityId: tampere,
      focusArea: 'open_innovation_platforms',
      title: { fi: 'Kuormitushaku' },
      summary: { fi: 'Kokeiluja' },
      body: { fi: 'Hae!' },
      opensAt: at(-86_400_000),
      closesAt: at(86_400_000),
      reviewDeadline: at(60 * 86_400_000),
      budgetCents: 1_000_000_000,
      fundingSources: [{ source: 'ERDF', sharePercent: 100 }],
      fundingRatePercent: 75,
      maxGrantCents: 10_000_000,
      durationMinMonths: 3,
      durationMaxMonths: 24,
      criteria: [{ key: 'impact', name: { fi: 'Vaikuttavuus' }, weight: 1 }],
      overallThreshold: 3,
    }),
    'call',
  );
  await expectOk(call(base, 'POST', `/api/v1/calls/${draftCall.id}/publish`, coordinator.token, { version: draftCall.version }), 'publish');
  const callId = draftCall.id;
  const drafts = await pool(
    Array.from({ length: settings.applications }, (_, i) => i),
    25,
    async (i) => {
      const owner = owners[i % owners.length];
      const draft = await expectOk(
        call(base, 'POST', '/api/v1/applications', owner.token, {
          callId,
          organisationId: owner.organisationId,
          title: `Kiirehakemus ${i}`,
          summary: 'Robottibussit kaupunginosassa',
          plan: 'Kolme kuukautta testausta, kuusi kuukautta liikennettä',
          expectedImpact: 'Vähemmän yksityisautoja',
          kpis: [{ name: 'Matkustajia kuukaudessa', baseline: '0', target: '5000' }],
          budgetLines: [
            { category: 'personnel', description: 'Turvakuljettajat', amountCents: 6_000_000 + i, eligible: true },
            { category: 'equipment', description: 'Lidarit', amountCents: 2_000_000, eligible: true },
          ],
          requestedGrantCents: 5_000_000,
          pilotPeriod: { start: '2027-03-01', end: '2027-11-30' },
        }),
        'draft',
      );
      return { id: draft.id, version: draft.version, token: owner.token };
    },
  );
  log(`${settings.organisations} organisations and ${drafts.length} drafts in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { callId, drafts };
}

// --- The storm -----------------------------------------------------------------------------------

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN;
}

/** CPU time (user + system, ms) a process has used so far; Linux only, else null. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime are fields 14 and 15 of the whole line, in clock ticks (100 per second).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function storm(base, url, callId, drafts) {
  const cpuBefore = cpuMs(api.child.pid);
  const started = performance.now();
  const answers = await pool(drafts, settings.concurrency, async (draft) => {
    const sent = performance.now();
    const response = await call(base, 'POST', `/api/v1/applications/${draft.id}/submit`, draft.token, { version: draft.version });
    return { status: response.status, ms: performance.now() - sent };
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuMs(api.child.pid);
  const accepted = answers.filter((a) => a.status === 200).length;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let stored;
  try {
    ({
      rows: [stored],
    } = await client.query(
      `SELECT (SELECT count(*)::int FROM applications WHERE call_id = $1 AND state = 'submitted') AS submitted,
              (SELECT count(*)::int FROM application_revisions r JOIN applications a ON a.id = r.application_id WHERE a.call_id = $1) AS revisions,
              (SELECT count(*)::int FROM outbox WHERE job_name = 'application.eligibility') AS jobs`,
      [callId],
    ));
  } finally {
    await client.end();
  }
  if (accepted !== drafts.length) {
    const statuses = answers.reduce((m, a) => m.set(a.status, (m.get(a.status) ?? 0) + 1), new Map());
    throw new Error(`only ${accepted} of ${drafts.length} submits were accepted: ${JSON.stringify(Object.fromEntries(statuses))}`);
  }
  if (stored.submitted !== accepted || stored.revisions !== accepted || stored.jobs !== accepted) {
    throw new Error(`the database disagrees with the answers: ${JSON.stringify(stored)} for ${accepted} accepted`);
  }
  const latencies = Float64Array.from(answers.map((a) => a.ms)).sort();
  const cpuPerSubmit = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / accepted;
  return { submitsPerSecond: accepted / seconds, seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), accepted, cpuPerSubmit };
}

// --- pgbench -------------------------------------------------------------------------------------

function pgbench(args) {
  const result = spawnSync('pgbench', args, { encoding: 'utf8' });
  if (result.error) throw new Error(`pgbench: ${result.error.message} (install the PostgreSQL client tools)`);
  if (result.status !== 0) throw new Error(`pgbench ${args.join(' ')} failed:\n${result.stderr}`);
  return result.stdout + result.stderr;
}

async function measurePgbench() {
  const url = await createDatabase(pgbenchDatabase);
  pgbench(['-i', '-q', '-s', '1', url]);
  const tps = (mode) => {
    const out = pgbench([mode, '-n', '-c', String(settings.poolSize), '-j', String(Math.min(settings.poolSize, cpus().length)), '-T', String(settings.pgbenchSeconds), url]);
    const match = /tps = ([\d.]+) \(without initial connection time\)/.exec(out);
    if (!match) throw new Error(`no TPS in pgbench's output:\n${out}`);
    return Number(match[1]);
  };
  return { selectOnly: tps('-S'), simpleUpdate: tps('-N') };
}

// --- Clean-up ------------------------------------------------------------------------------------

let cleaning;
function cleanup() {
  cleaning ??= (async () => {
    await stopApi();
    for (const name of created) {
      assertBenchDatabase(name);
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).catch((error) => console.error(`[bench] could not drop ${name}: ${error.message}`));
    }
    const redis = new Redis(settings.redis, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
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

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.on(signal, () => {
    log(`${signal}: stopping and cleaning up …`);
    void cleanup().finally(() => process.exit(code));
  });
}

// --- Main ----------------------------------------------------------------------------------------

async function main() {
  ensureBuilt();
  const started = Date.now();
  log(`Node ${process.version}, ${cpus().length} CPUs; scratch databases ${database} and ${pgbenchDatabase}`);
  const url = await createDatabase(database);
  const { migrate, seedCities } = await import(pathToFileURL(join(dist, 'apps/api/libs/platform/src/database/schema.js')).href);
  await migrate(url);
  await seedCities(url);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  api = startApi(port, url);
  await waitUntilServing(base);
  const { callId, drafts } = await prepare(base, url);

  log(`Firing ${drafts.length} submits, ${Math.min(settings.concurrency, drafts.length)} at a time …`);
  const result = await storm(base, url, callId, drafts);
  await stopApi();

  log(`pgbench -S and -N, ${settings.poolSize} clients, ${settings.pgbenchSeconds} s each …`);
  const tps = await measurePgbench();

  const ratio = (value) => `${((result.submitsPerSecond / value) * 100).toFixed(1)} %`;
  console.log(`\nSubmission storm: ${result.accepted} valid applications submitted at once, API pool ${settings.poolSize}, in ${result.seconds.toFixed(2)} s`);
  console.log(`  submits/s                      ${result.submitsPerSecond.toFixed(1)}   (p50 ${Math.round(result.p50)} ms, p99 ${Math.round(result.p99)} ms)`);
  if (result.cpuPerSubmit !== null) console.log(`  API CPU per submit             ${result.cpuPerSubmit.toFixed(1)} ms (of one core)`);
  console.log(`  pgbench -N (simple-update) TPS ${tps.simpleUpdate.toFixed(1)}   ratio ${ratio(tps.simpleUpdate)}`);
  console.log(`  pgbench -S (select-only) TPS   ${tps.selectOnly.toFixed(1)}   ratio ${ratio(tps.selectOnly)}`);
  console.log(
    '\nA submit is one transaction of about a dozen statements (locks, clock, revision, state, audit, outbox and notification rows);',
  );
  console.log('a simple-update transaction is five. Every stored revision was counted against the answers.');
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

try {
  await main();
} catch (error) {
  console.error(`[bench] ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
