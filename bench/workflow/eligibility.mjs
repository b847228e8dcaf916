// `node bench/workflow/eligibility.mjs`: the first phase of bench:workflow alone, beside pgbench in
// the same run, without waiting for the eligibility notices to be delivered afterwards.
//
// Creates a scratch database, writes with SQL the same open call and BENCH_APPLICATIONS submitted
// applications (each a consortium of two verified organisations, with its revision and its
// eligibility job in the outbox) as bench/workflow, starts the built worker and times from the first
// verdict (the worker's start-up is not counted; the applications judged by then are left out of the
// rate) until no application is left submitted. Then pgbench -N runs with 10 clients for
// BENCH_PGBENCH_SECONDS, and the rate is printed as a share of its TPS against the target (at least
// 1/3), with the worker's CPU per application over the phase (the notices it delivered meanwhile
// included). Stops the worker, drops the databases and deletes the run's Redis keys at the end.
//
// Settings (environment): DATABASE_URL, REDIS_URL, BENCH_APPLICATIONS (10000),
// BENCH_PGBENCH_SECONDS (5), BENCH_DIST, BENCH_CPU_PROF (a directory for the worker's CPU profile).
/* global performance */
import { cpus, loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { insertOpenCall, insertOrganisations, insertSubmittedApplications } from '../lib/fixtures.mjs';
import { cpuMs, createAppDatabase, ENTRIES, ensureBuilt, log, measurePgbench, run, runBench, startNode, stopNode, withClient } from '../lib/harness.mjs';

const env = process.env;
const applications = Number(env.BENCH_APPLICATIONS ?? 10_000);
const pgbenchSeconds = Number(env.BENCH_PGBENCH_SECONDS ?? 5);
const TARGET = 1 / 3;

async function submittedLeft(client, callId) {
  const { rows: [row] } = await client.query(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = 'submitted'`, [callId]);
  return row.n;
}

async function main() {
  await ensureBuilt();
  log(`Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}; run ${run}`);
  const url = await createAppDatabase('eligibility');
  await withClient(url, async (client) => {
    await client.query(`INSERT INTO users (email, password_hash, display_name, locale) VALUES ('bench.coordinator.1@example.fi', 'not-a-password', 'coordinator 1', 'en'),
      ('bench.decider.1@example.fi', 'not-a-password', 'decider 1', 'en')`);
    await insertOrganisations(client, Math.max(2, Math.ceil(applications / 5)));
    const { rows: [coordinator] } = await client.query(`SELECT id FROM users WHERE email = 'bench.coordinator.1@example.fi'`);
    const call = await insertOpenCall(client, {
      title: { fi: 'Kuormitushaku', en: 'Load call' },
      budgetCents: applications * 1_000_000,
      fundingSources: [{ source: 'ERDF', sharePercent: 100 }],
      reviewers: 2,
      createdBy: coordinator.id,
    });
    await insertSubmittedApplications(client, call.id, applications, 5_000_000);
    const nodeArgs = env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_CPU_PROF}`] : [];
    const worker = startNode('worker', ENTRIES.worker, { databaseUrl: url, nodeArgs, env: { MAIL_DIR: `/tmp/kokeilu-bench-mail-${run}`, OUTBOX_POLL_MS: '200' } });
    const booted = performance.now();
    let left;
    while ((left = await submittedLeft(client, call.id)) === applications) await sleep(20);
    const counted = left;
    log(`the first verdict came ${((performance.now() - booted) / 1000).toFixed(1)} s after the worker started; ${applications - counted} judged by then, not counted`);
    const cpuBefore = cpuMs(worker.child.pid);
    const started = performance.now();
    while ((await submittedLeft(client, call.id)) > 0) await sleep(20);
    const seconds = (performance.now() - started) / 1000;
    const cpu = cpuBefore === null ? null : cpuMs(worker.child.pid) - cpuBefore;
    await stopNode(worker);
    log(`pgbench -N, 10 clients, ${pgbenchSeconds} s …`);
    const tps = await measurePgbench(10, pgbenchSeconds);
    const rate = counted / seconds;
    const ratio = rate / tps.simpleUpdate;
    console.log(`\nEligibility of ${counted} applications (of ${applications}): ${seconds.toFixed(2)} s, ${rate.toFixed(1)} jobs/s, load average ${loadavg()[0].toFixed(1)}`);
    console.log(`  pgbench -N (simple-update) TPS ${tps.simpleUpdate.toFixed(1)}`);
    if (cpu !== null) console.log(`  worker CPU ${(cpu / counted).toFixed(2)} ms per application (the notices delivered meanwhile included)`);
    console.log(`  jobs/s ÷ pgbench -N TPS  ${(ratio * 100).toFixed(1).padStart(6)} %   target ≥ ${(TARGET * 100).toFixed(1)} %   ${ratio >= TARGET ? 'PASS' : 'MISS'}`);
  });
}

await runBench(main);
