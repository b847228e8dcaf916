// `npm run bench:start`: how long a new user waits. Clones this repository's HEAD into a scratch
// folder, runs `npm ci` there, then times `npm start` (the embedded default: nothing configured)
// from the command to the first `/health` 200, twice:
//   cold  the first start of the fresh clone: build, PostgreSQL cluster created, database migrated;
//   warm  the next start: nothing to build, the cluster and schema already there.
// Each start is stopped with SIGINT (Ctrl-C) before the next. Prints the figures and the targets.
// BENCH_START_RUNS repeats the warm start (default 3; the median is reported).
/* global fetch */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const WARM_RUNS = Number(process.env.BENCH_START_RUNS ?? 3);
const TARGETS = { cold: 60, warm: 5 };

function log(message) {
  console.log(`[bench] ${message}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function run(command, args, cwd) {
  const startedAt = performance.now();
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
  return (performance.now() - startedAt) / 1000;
}

/** `npm start` in `dir` until /health answers 200; then Ctrl-C and wait for it to end. */
async function timeStart(dir, port) {
  const startedAt = performance.now();
  // Its own process group, so that the stop reaches npm, the launcher and what it started.
  const child = spawn('npm', ['start'], { cwd: dir, env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let seconds = null;
  while (seconds === null) {
    if (child.exitCode !== null) throw new Error(`npm start ended before it was healthy:\n${output}`);
    if ((performance.now() - startedAt) / 1000 > 300) throw new Error(`npm start was not healthy within 300 s:\n${output}`);
    const healthy = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.status === 200, () => false);
    if (healthy) seconds = (performance.now() - startedAt) / 1000;
    else await sleep(50);
  }
  process.kill(-child.pid, 'SIGINT');
  await Promise.race([exited, sleep(30_000).then(() => process.kill(-child.pid, 'SIGKILL'))]);
  return seconds;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (s) => `${s.toFixed(1)} s`;

async function main() {
  // The embedded PostgreSQL runs as the `postgres` OS user when started as root: it must be able
  // to enter the scratch folder.
  const dir = mkdtempSync(join(tmpdir(), 'kokeilu-start-bench-'));
  chmodSync(dir, 0o755);
  const clone = join(dir, 'kokeilu');
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  process.once('SIGINT', () => {
    cleanup();
    process.exit(130);
  });
  try {
    log(`node ${process.version}; cloning HEAD into ${clone}`);
    run('git', ['clone', '--quiet', '--no-hardlinks', root, clone], root);
    log('npm ci …');
    const install = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], clone);
    const port = await freePort();
    log('npm start, cold …');
    const cold = await timeStart(clone, port);
    const warm = [];
    for (let i = 0; i < WARM_RUNS; i += 1) {
      log(`npm start, warm ${i + 1}/${WARM_RUNS} …`);
      warm.push(await timeStart(clone, port));
    }
    const warmMedian = median(warm);
    console.log('');
    console.log('what                              | seconds | target');
    console.log('--------------------------------- | ------- | ------');
    console.log(`npm ci (fresh clone)              | ${install.toFixed(1).padStart(7)} |`);
    console.log(`npm start → /health 200, cold     | ${cold.toFixed(1).padStart(7)} | < ${TARGETS.cold} s ${cold < TARGETS.cold ? 'PASS' : 'MISS'}`);
    console.log(`npm start → /health 200, warm     | ${warmMedian.toFixed(1).padStart(7)} | < ${TARGETS.warm} s ${warmMedian < TARGETS.warm ? 'PASS' : 'MISS'}`);
    console.log(`(warm runs: ${warm.map(fmt).join(', ')}; load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')})`);
  } finally {
    cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
