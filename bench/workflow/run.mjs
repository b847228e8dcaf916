// `npm run bench:workflow`: a call's evaluation workflow at scale, run by the real worker, beside
// what PostgreSQL itself does on the same machine in the same run (pgbench).
//
// Creates a scratch database (its name contains "bench"), migrates it and seeds the cities, then
// writes with SQL an open call with BENCH_EVALUATORS evaluators in its pool and BENCH_APPLICATIONS
// submitted applications (each a consortium of two organisations, with its frozen revision and its
// eligibility job in the outbox, exactly as a submit leaves them). It starts the built worker
// (dist/) on Redis, releases the eligibility jobs once every worker process has started, and
// times each phase by watching the database:
//   1. eligibility   every application judged (one job each)
//   2. assignment    the call closed (its close job written to the outbox) → every eligible
//                    application has its reviewers (the close job, then one assignment job)
//   3. aggregation   every review filled in and submitted at once with SQL, one aggregation job
//                    per application written to the outbox for its last review, as the review
//                    submit that completes an application's reviews does → every application
//                    aggregated
//   4. ranking       → the ranked funding proposal (one job, started by the last aggregation)
// Prints each phase's time and jobs/s beside pgbench's simple-update TPS, the totals against the
// targets with PASS or MISS (assignment < 1 s; close → ranked proposal < 5 s with the reviews
// pre-generated), and
// checks the result (distinct reviewers, balanced loads, grants within the budget). Stops the
// worker, drops the databases and deletes the run's Redis keys at the end, also on Ctrl-C.
//
// Settings (environment): DATABASE_URL (server only; default postgres://postgres@127.0.0.1:5432),
// REDIS_URL (redis://127.0.0.1:6379), BENCH_APPLICATIONS (10000), BENCH_EVALUATORS (500),
// BENCH_REVIEWERS (reviewers per application, 2), BENCH_PGBENCH_SECONDS (10), BENCH_DIST, BENCH_CPU_PROF
// (a directory: the worker writes a V8 CPU profile there when it stops, for Chrome DevTools).
//
// `--workers N` runs N worker processes on the one Redis (default 1); `--workers 1,2,4` runs the
// whole bench once for each count, each on a database of its own, and prints the phases side by
// side. Every run also checks that nothing was done twice: no review, state change, notification
// or funding proposal doubled, and every relayed job that claims its id ran exactly once.
/* global performance */
import { cpus } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { insertOpenCall, insertOrganisations, insertSubmittedApplications } from '../lib/fixtures.mjs';
import { Queue } from 'bullmq';
import { backlog, cpuMs, createAppDatabase, ENTRIES, ensureBuilt, log, measurePgbench, QUEUES, queuePrefix, redisUrl, run, runBench, startNode, stopNode, withClient } from '../lib/harness.mjs';

const env = process.env;
const settings = {
  applications: Number(env.BENCH_APPLICATIONS ?? 10_000),
  evaluators: Number(env.BENCH_EVALUATORS ?? 500),
  reviewers: Number(env.BENCH_REVIEWERS ?? 2),
  pgbenchSeconds: Number(env.BENCH_PGBENCH_SECONDS ?? 10),
};
const TARGET = { assignmentSeconds: 1, closeToProposalSeconds: 5 };
const REQUESTED = 5_000_000;
const PHASE_TIMEOUT_MS = 30 * 60_000;

// --- Preparation ---------------------------------------------------------------------------------

/** Everything a call with submitted applications holds, written in a few set-based statements. */
async function prepare(client) {
  const started = performance.now();
  const organisations = Math.max(2, Math.ceil(settings.applications / 5));
  await client.query(`INSERT INTO users (email, password_hash, display_name, locale)
    SELECT 'bench.' || kind || '.' || n || '@example.fi', 'not-a-password', kind || ' ' || n, 'en'
      FROM (VALUES ('coordinator', 1), ('decider', 1), ('evaluator', $1::int)) k(kind, count), generate_series(1, count) n`,
    [settings.evaluators]);
  await client.query(`INSERT INTO role_grants (user_id, role, city_id)
    SELECT u.id, CASE WHEN u.email LIKE 'bench.coordinator.%' THEN 'coordinator' WHEN u.email LIKE 'bench.decider.%' THEN 'decider' ELSE 'evaluator' END,
           CASE WHEN u.email LIKE 'bench.coordinator.%' THEN (SELECT id FROM cities WHERE slug = 'tampere') END
      FROM users u WHERE u.email ~ '^bench\\.(coordinator|decider|evaluator)\\.'`);
  await insertOrganisations(client, organisations);
  const {
    rows: [coordinator],
  } = await client.query(`SELECT id FROM users WHERE email = 'bench.coordinator.1@example.fi'`);
  const call = await insertOpenCall(client, {
    title: { fi: 'Kuormitushaku', en: 'Load call' },
    budgetCents: Math.round(settings.applications * 0.2) * REQUESTED,
    fundingSources: [
      { source: 'ERDF', sharePercent: 60 },
      { source: 'state', sharePercent: 20 },
      { source: 'city', sharePercent: 20 },
    ],
    reviewers: settings.reviewers,
    createdBy: coordinator.id,
  });
  await client.query(`INSERT INTO call_evaluators (call_id, evaluator_id, expertise)
    SELECT $1, u.id, CASE WHEN row_number() OVER (ORDER BY u.email) % 2 = 0 THEN ARRAY['mobility'] ELSE ARRAY['open_innovation_platforms'] END
      FROM users u WHERE u.email LIKE 'bench.evaluator.%'`, [call.id]);
  await insertSubmittedApplications(client, call.id, settings.applications, REQUESTED);
  log(`${settings.applications} applications of ${organisations} organisations, ${settings.evaluators} evaluators, written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return call;
}

// --- Phases --------------------------------------------------------------------------------------

async function count(client, sql, params) {
  return (await client.query(sql, params)).rows[0].n;
}

/** Set when a worker exits: no phase can finish then, so waiting stops at once. */
let workerExit = null;

/** Polls `done` every 50 ms; returns the seconds from `since` until it held. */
async function until(what, since, done) {
  const deadline = Date.now() + PHASE_TIMEOUT_MS;
  for (;;) {
    if (await done()) return (performance.now() - since) / 1000;
    if (workerExit !== null) throw new Error(`a worker exited (${workerExit}) before ${what} finished`);
    if (Date.now() > deadline) throw new Error(`${what} did not finish within ${PHASE_TIMEOUT_MS / 60_000} minutes`);
    await sleep(50);
  }
}

async function phases(client, call, workers) {
  const result = { workers };
  const appCount = (state) => count(client, `SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = $2`, [call.id, state]);

  // The clock starts at the first verdict, so that the first relay batch's latency is not counted;
  // the applications judged before it are not either. The workers have all started by then (releaseWhenReady).
  let started = performance.now();
  let waiting = settings.applications;
  const bootSeconds = await until('the first verdict', started, async () => (waiting = await appCount('submitted')) < settings.applications);
  log(`the first verdict came ${bootSeconds.toFixed(1)} s after the release; ${settings.applications - waiting} judged by then, not counted`);
  started = performance.now();
  result.eligibility = { seconds: await until('eligibility', started, async () => (await appCount('submitted')) === 0), jobs: waiting };
  const eligible = await appCount('eligible');
  if (eligible === 0) throw new Error('no application was found eligible');
  // The deadline passes on a quiet system: the eligibility verdicts' notices (one per consortium
  // member) are delivered first, as they are long before any real deadline.
  const draining = performance.now();
  await until('the eligibility notices', draining, async () => {
    const left = await backlog(client);
    return left.outbox === 0 && left.jobs === 0;
  });
  log(`eligibility notices delivered ${((performance.now() - draining) / 1000).toFixed(1)} s after the last verdict`);

  // The deadline passes: the close job the call's schedule would run, written as the schedule writes it.
  started = performance.now();
  const { rows: [closing] } = await client.query(`UPDATE calls SET closes_at = now() WHERE id = $1 RETURNING closes_at`, [call.id]);
  await client.query(`INSERT INTO outbox (queue, job_name, payload, job_id) VALUES ('calls', 'call.close', jsonb_build_object('callId', $1::uuid, 'at', $2::text), $3)`, [
    call.id,
    closing.closes_at.toISOString(),
    `call.close.${call.id}.${closing.closes_at.getTime()}`,
  ]);
  await client.query(`SELECT pg_notify('outbox', '')`);
  const expected = eligible * settings.reviewers;
  result.assignment = {
    seconds: await until('assignment', started, async () => (await appCount('in_review')) === eligible && (await count(client, `SELECT count(*)::int AS n FROM reviews WHERE call_id = $1`, [call.id])) === expected),
    jobs: 2,
  };

  // Every evaluator fills in and submits every review at once; the submit that completes an
  // application's reviews asks for its aggregation.
  const generating = performance.now();
  await client.query(
    `UPDATE reviews r SET state = 'submitted', submitted_at = now(), version = version + 1, updated_at = now(),
            scores = jsonb_build_object('impact', jsonb_build_object('score', s.impact, 'comment', 'Bench'), 'feasibility', jsonb_build_object('score', 4, 'comment', 'Bench'))
       FROM (SELECT a.id, 5 - (abs(hashtext(a.id::text)) % 7) * 0.5 AS impact FROM applications a WHERE a.call_id = $1) s
      WHERE r.application_id = s.id AND r.call_id = $1 AND r.state = 'assigned'`,
    [call.id],
  );
  await client.query(
    `INSERT INTO outbox (queue, job_name, payload, job_id)
     SELECT 'applications', 'application.aggregate', jsonb_build_object('applicationIds', jsonb_build_array(application_id)), 'application.aggregate.' || id
       FROM (SELECT DISTINCT ON (application_id) application_id, id FROM reviews WHERE call_id = $1 ORDER BY application_id, id DESC) last
      ORDER BY random()`,
    [call.id],
  );
  const generatedSeconds = (performance.now() - generating) / 1000;
  await client.query(`SELECT pg_notify('outbox', '')`);
  started = performance.now();
  result.aggregation = {
    seconds: await until('aggregation', started, async () => (await count(client, `SELECT count(*)::int AS n FROM application_aggregates WHERE call_id = $1`, [call.id])) === eligible),
    jobs: eligible,
    reviews: expected,
    generatedSeconds,
  };
  started = performance.now();
  result.ranking = {
    seconds: await until('ranking', started, async () => (await count(client, `SELECT count(*)::int AS n FROM funding_proposals WHERE call_id = $1`, [call.id])) === 1),
    jobs: 1,
  };
  result.eligible = eligible;
  return result;
}

/** The result must be right, not only fast. */
async function check(client, call, result) {
  const problems = [];
  const wrongCount = await count(
    client,
    `SELECT count(*)::int AS n FROM (SELECT application_id FROM reviews WHERE call_id = $1 GROUP BY application_id HAVING count(DISTINCT evaluator_id) <> $2) x`,
    [call.id, settings.reviewers],
  );
  if (wrongCount) problems.push(`${wrongCount} applications without ${settings.reviewers} distinct reviewers`);
  const { rows: [loads] } = await client.query(
    `SELECT min(n)::int AS min, max(n)::int AS max FROM (SELECT ce.evaluator_id, count(r.id) AS n FROM call_evaluators ce LEFT JOIN reviews r ON r.evaluator_id = ce.evaluator_id AND r.call_id = ce.call_id WHERE ce.call_id = $1 GROUP BY 1) x`,
    [call.id],
  );
  if (loads.max - loads.min > 1) problems.push(`loads range from ${loads.min} to ${loads.max}`);
  const { rows: [money] } = await client.query(
    `SELECT coalesce(sum(grant_cents), 0)::float8 AS granted, (SELECT budget_cents::float8 FROM calls WHERE id = $1) AS budget, count(*)::int AS grants FROM grants WHERE call_id = $1 AND state IN ('proposed', 'awarded')`,
    [call.id],
  );
  if (money.granted > money.budget) problems.push(`grants of ${money.granted} exceed the budget of ${money.budget}`);
  problems.push(...(await doubled(client, call)));
  if (problems.length) throw new Error(`the workflow's result is wrong: ${problems.join('; ')}`);
  return { loads, money, ranked: await count(client, `SELECT count(*)::int AS n FROM application_aggregates WHERE call_id = $1 AND rank IS NOT NULL`, [call.id]), eligible: result.eligible };
}

/** Jobs that claim their id in the transaction that does their work (`processed_jobs`). */
const CLAIMING_JOBS = ['notification.send', 'application.eligibility', 'evaluation.assign', 'call.rank'];

/**
 * Whatever several worker processes could do twice, once the worker's backlog is done: a state
 * change (each application's audited states must form one chain), a review, a notification, the
 * proposal, or a claiming job that never ran.
 */
async function doubled(client, call) {
  await until('the last notices', performance.now(), async () => {
    const left = await backlog(client);
    return left.outbox === 0 && left.jobs === 0;
  });
  const found = async (what, sql) => {
    const n = await count(client, sql, [call.id]);
    return n ? [`${n} ${what}`] : [];
  };
  return [
    ...(await found(
      'audited state changes that do not start where the one before ended',
      `SELECT count(*)::int AS n FROM (
         SELECT before->>'state' AS before, lag(after->>'state') OVER (PARTITION BY entity_id ORDER BY id) AS previous
           FROM audit_events WHERE entity_type = 'application' AND call_id = $1 AND after ? 'state') x
        WHERE previous IS NOT NULL AND before IS DISTINCT FROM previous`,
    )),
    ...(await found('reviews doubled for one evaluator', `SELECT count(*)::int AS n FROM (SELECT 1 FROM reviews WHERE call_id = $1 GROUP BY application_id, evaluator_id HAVING count(*) > 1) x`)),
    ...(await found('funding proposals beyond the one', `SELECT greatest(count(*) - 1, 0)::int AS n FROM funding_proposals WHERE call_id = $1`)),
    ...(await found('notifications delivered twice', `SELECT count(*)::int AS n FROM (SELECT 1 FROM notifications WHERE $1::uuid IS NOT NULL GROUP BY user_id, kind, entity_id HAVING count(*) > 1) x`)),
    ...(await found(
      'relayed jobs that never ran',
      `SELECT count(*)::int AS n FROM outbox o WHERE $1::uuid IS NOT NULL AND o.job_name = ANY('{${CLAIMING_JOBS.join(',')}}')
          AND NOT EXISTS (SELECT 1 FROM processed_jobs p WHERE p.job_id = o.job_id)`,
    )),
  ];
}

// --- Counts that do not depend on the machine's load -------------------------------------------

/**
 * The database's counters for the run's database, and the CPU time its worker processes and their
 * database connections have used so far (connections that ended are not counted).
 */
async function counters(client, workers) {
  const { rows: [db] } = await client.query(
    `SELECT xact_commit::float8 AS commits, xact_rollback::float8 AS rollbacks, deadlocks::float8 AS deadlocks FROM pg_stat_database WHERE datname = current_database()`,
  );
  const { rows: backends } = await client.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`);
  const workerCpu = workers.map((w) => cpuMs(w.child.pid) ?? 0);
  return { ...db, at: Date.now(), workerCpu, backendCpu: new Map(backends.map(({ pid }) => [pid, cpuMs(pid) ?? 0])) };
}

/** The requests a job's payload carries: the length of its merged list, else one. */
function requestsIn(data) {
  for (const key of ['revisions', 'applicationIds', 'requests']) if (Array.isArray(data?.[key])) return data[key].length;
  return 1;
}

/** The jobs added since `since` (ms) that finished or failed, by name: how many, their batch sizes, their attempts. */
async function jobCounts(since) {
  const byName = new Map();
  for (const name of QUEUES) {
    const queue = new Queue(name, { connection: { url: redisUrl, maxRetriesPerRequest: 1 }, prefix: queuePrefix });
    try {
      for (const state of ['completed', 'failed']) {
        for (const job of await queue.getJobs([state], 0, -1)) {
          if (job.timestamp < since) continue;
          const entry = byName.get(job.name) ?? { jobs: 0, failed: 0, sizes: [], extraAttempts: 0, stalled: 0 };
          entry.jobs += 1;
          if (state === 'failed') entry.failed += 1;
          entry.sizes.push(requestsIn(job.data));
          entry.extraAttempts += Math.max(0, (job.attemptsStarted ?? job.attemptsMade ?? 1) - 1);
          entry.stalled += job.stalledCounter ?? 0;
          byName.set(job.name, entry);
        }
      }
    } finally {
      await queue.close();
    }
  }
  return byName;
}

/** Prints what the workers did between `before` and `after`, counted rather than timed. */
function printCounts(before, after, jobs) {
  const cpu = after.workerCpu.map((ms, i) => ms - before.workerCpu[i]);
  let backend = 0;
  for (const [pid, ms] of after.backendCpu) backend += ms - (before.backendCpu.get(pid) ?? 0);
  console.log(`\n  counted over the ${((after.at - before.at) / 1000).toFixed(1)} s from the release (every worker started) to the end (every job done):`);
  console.log(`    transactions ${after.commits - before.commits} committed, ${after.rollbacks - before.rollbacks} rolled back; deadlocks ${after.deadlocks - before.deadlocks}`);
  console.log(`    worker CPU ${(cpu.reduce((a, b) => a + b, 0) / 1000).toFixed(2)} s (${cpu.map((ms) => (ms / 1000).toFixed(2)).join(' + ')}); their database connections' CPU ${(backend / 1000).toFixed(2)} s`);
  for (const [name, entry] of [...jobs].sort(([a], [b]) => a.localeCompare(b))) {
    const sizes = entry.sizes.sort((a, b) => a - b);
    const total = sizes.reduce((a, b) => a + b, 0);
    console.log(
      `    ${name.padEnd(24)} ${String(entry.jobs).padStart(5)} jobs, ${String(total).padStart(6)} requests (batch ${sizes[0]}–${sizes[sizes.length - 1]}, median ${sizes[Math.floor(sizes.length / 2)]}), ` +
        `${entry.extraAttempts} retried, ${entry.stalled} stalled, ${entry.failed} failed`,
    );
  }
}

// --- Main ----------------------------------------------------------------------------------------

/**
 * The submissions' eligibility requests wait (parked as a refused row is) until every worker has
 * started, i.e. its outbox relay listens: otherwise the first workers would judge while the
 * others still start on the same cores, and more workers would look slower for their start-up.
 */
async function parkOutbox(client) {
  await client.query(`UPDATE outbox SET attempts = 1000 WHERE sent_at IS NULL AND attempts = 0`);
}

/** Releases the requests once every worker listens; returns the counters (`counters`) from just before. */
async function releaseWhenReady(client, started) {
  const workers = started.length;
  const listening = () => count(client, `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN outbox'`);
  const seconds = await until('the workers to start', performance.now(), async () => (await listening()) >= workers);
  const before = await counters(client, started);
  await client.query(`UPDATE outbox SET attempts = 0 WHERE sent_at IS NULL AND attempts = 1000`);
  await client.query(`SELECT pg_notify('outbox', '')`);
  log(`${workers} worker process${workers > 1 ? 'es' : ''} started in ${seconds.toFixed(1)} s; the eligibility requests released`);
  return before;
}

/** One whole run with `workers` worker processes; returns its phases and pgbench's TPS. */
async function runOnce(workers) {
  workerExit = null;
  let stopping = false;
  const url = await createAppDatabase(`workflow_w${workers}`);
  return withClient(url, async (client) => {
    const call = await prepare(client);
    await parkOutbox(client);
    const nodeArgs = env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_CPU_PROF}`] : [];
    const started = Array.from({ length: workers }, (_, i) =>
      startNode(workers > 1 ? `worker ${i + 1}` : 'worker', ENTRIES.worker, { databaseUrl: url, nodeArgs, env: { MAIL_DIR: `/tmp/kokeilu-bench-mail-${run}`, OUTBOX_POLL_MS: '200' } }),
    );
    for (const worker of started) void worker.exited.then((code) => stopping || (workerExit ??= code ?? 'signal'));
    const before = await releaseWhenReady(client, started);
    const result = await phases(client, call, workers);
    const verified = await check(client, call, result);
    const after = await counters(client, started);
    const jobs = await jobCounts(before.at);
    stopping = true;
    await Promise.all(started.map(stopNode));

    log(`pgbench -N, 10 clients, ${settings.pgbenchSeconds} s …`);
    const tps = await measurePgbench(10, settings.pgbenchSeconds);
    const row = (name, phase) => {
      const rate = phase.jobs / phase.seconds;
      return `  ${name.padEnd(13)} ${phase.seconds.toFixed(2).padStart(8)} s  ${String(phase.jobs).padStart(7)} jobs  ${rate.toFixed(1).padStart(8)} jobs/s  ${((rate / tps.simpleUpdate) * 100).toFixed(1).padStart(6)} % of pgbench -N TPS`;
    };
    const closeToProposal = result.assignment.seconds + result.aggregation.seconds + result.ranking.seconds;
    console.log(`\nWorkflow of one call: ${settings.applications} applications (${verified.eligible} eligible), ${settings.evaluators} evaluators, ${settings.reviewers} reviewers each`);
    console.log(row('eligibility', result.eligibility));
    console.log(row('assignment', result.assignment));
    console.log(row('aggregation', result.aggregation));
    console.log(row('ranking', result.ranking));
    console.log(`  (writing the ${result.aggregation.reviews} reviews and ${result.aggregation.jobs} aggregation requests with SQL took ${result.aggregation.generatedSeconds.toFixed(2)} s, not counted)`);
    console.log(`  pgbench -N (simple-update) TPS ${tps.simpleUpdate.toFixed(1)}, -S (select-only) TPS ${tps.selectOnly.toFixed(1)}`);
    const verdict = (seconds, target) => `${seconds.toFixed(2).padStart(6)} s   target < ${target} s   ${seconds < target ? 'PASS' : 'MISS'}`;
    console.log(`\n  assignment (close → every reviewer assigned)     ${verdict(result.assignment.seconds, TARGET.assignmentSeconds)}`);
    console.log(`  close → ranked proposal (reviews pre-generated) ${verdict(closeToProposal, TARGET.closeToProposalSeconds)}`);
    printCounts(before, after, jobs);
    console.log(`  checked: ${settings.reviewers} distinct reviewers each, loads ${verified.loads.min}–${verified.loads.max}, ${verified.money.grants} grants of ${(verified.money.granted / 100).toFixed(0)} € within ${(verified.money.budget / 100).toFixed(0)} €, ${verified.ranked} ranked, nothing done twice`);
    return { workers, result, closeToProposal, tps };
  });
}

/** `--workers 2` or `--workers 1,2,4` (also `--workers=…`); 1 when not given. */
function workerCounts(argv) {
  const at = argv.findIndex((arg) => arg === '--workers' || arg.startsWith('--workers='));
  if (at < 0) return [1];
  const value = argv[at].includes('=') ? argv[at].split('=')[1] : argv[at + 1];
  const counts = String(value ?? '').split(',').map(Number);
  if (!counts.length || counts.some((n) => !Number.isInteger(n) || n < 1 || n > 16)) throw new Error(`--workers takes a count or a list of counts from 1 to 16, like 1,2,4 (got "${value}")`);
  return counts;
}

async function main() {
  const counts = workerCounts(process.argv.slice(2));
  await ensureBuilt();
  const started = Date.now();
  log(`Node ${process.version}, ${cpus().length} CPUs; run ${run}; worker processes ${counts.join(', ')}`);
  const runs = [];
  for (const workers of counts) {
    if (counts.length > 1) log(`--- ${workers} worker process${workers > 1 ? 'es' : ''} ---`);
    runs.push(await runOnce(workers));
  }
  if (runs.length > 1) {
    console.log(`\nThe phases by worker processes (seconds; pgbench -N TPS measured after each run)`);
    console.log(`  workers  eligibility  assignment  aggregation  ranking  close → proposal  pgbench -N TPS`);
    for (const { workers, result, closeToProposal, tps } of runs) {
      const cells = [result.eligibility, result.assignment, result.aggregation, result.ranking].map((phase, i) => phase.seconds.toFixed(2).padStart([11, 10, 11, 7][i]));
      console.log(`  ${String(workers).padStart(7)}  ${cells.join('  ')}  ${closeToProposal.toFixed(2).padStart(16)}  ${tps.simpleUpdate.toFixed(0).padStart(14)}`);
    }
  }
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

await runBench(main);
