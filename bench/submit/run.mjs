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
// figures and the ratios, the API's CPU time per submit (from /proc, Linux only) and the statements
// a submit sends (from pg_stat_database), each against its target (submits/s at least 1/8 of
// pgbench -N's TPS, p99 under 1.5 s, under 1 ms of API CPU per submit) with PASS or MISS. Stops
// the API, drops both databases and deletes the run's Redis keys at the end, also on Ctrl-C or an
// error.
//
// Each submit goes over its own connection (as a thousand applicants' browsers would), made with
// node:http, which waits for the connection as long as the kernel does: fetch gives up connecting
// after 10 s, and a storm on a busy machine can take longer than that to accept them all.
//
// Settings (environment): DATABASE_URL (server only; default postgres://postgres@127.0.0.1:5432),
// REDIS_URL (redis://127.0.0.1:6379), DATABASE_POOL_SIZE (20), BENCH_APPLICATIONS (1000),
// BENCH_ORGANISATIONS (20), BENCH_CONCURRENCY (submits in flight at once; default all of them),
// BENCH_PGBENCH_SECONDS (10 per script), BENCH_DIST (another build to measure), BENCH_API_NODE_ARGS
// (flags for the API's node, such as --cpu-prof), BENCH_REQUEST_KINDS (0 by default; n: after the
// storm, the API's CPU per request of each kind in `REQUEST_KINDS`, n of each, 100 at a time).
/* global performance */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { cpus, loadavg } from 'node:os';
import {
  businessId,
  call,
  cpuMs,
  createAppDatabase,
  ENTRIES,
  ensureBuilt,
  expectOk,
  freePort,
  log,
  measurePgbench,
  percentile,
  pool,
  run,
  runBench,
  startNode,
  stopNode,
  verifyEmail,
  waitUntilServing,
  withClient,
} from '../lib/harness.mjs';
import { verifyAllOrganisations } from '../lib/fixtures.mjs';

const env = process.env;
const settings = {
  poolSize: Number(env.DATABASE_POOL_SIZE ?? 20),
  applications: Number(env.BENCH_APPLICATIONS ?? 1000),
  organisations: Number(env.BENCH_ORGANISATIONS ?? 20),
  concurrency: Number(env.BENCH_CONCURRENCY ?? env.BENCH_APPLICATIONS ?? 1000),
  pgbenchSeconds: Number(env.BENCH_PGBENCH_SECONDS ?? 10),
  // e.g. "--cpu-prof --cpu-prof-dir=/tmp/profile" to see where a submit spends its time.
  apiNodeArgs: (env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
  requestKinds: Number(env.BENCH_REQUEST_KINDS ?? 0),
};
const TARGET = { ratioOfSimpleUpdate: 1 / 8, p99Ms: 1500, cpuMsPerSubmit: 1 };
let api;

// --- Preparation ---------------------------------------------------------------------------------

async function signUp(base, url, email) {
  const password = `bench-${run}-salasana`;
  const user = await expectOk(call(base, 'POST', '/api/v1/auth/register', null, { email, password, displayName: email, locale: 'fi' }), 'register');
  await verifyEmail(base, url, user.id);
  const { accessToken } = await expectOk(call(base, 'POST', '/api/v1/auth/login', null, { email, password }), 'login');
  return { userId: user.id, token: accessToken };
}

async function prepare(base, url) {
  const started = performance.now();
  const owners = await pool(
    Array.from({ length: settings.organisations }, (_, i) => i),
    10,
    async (i) => {
      const { token } = await signUp(base, url, `bench.${run}.${i}@example.fi`);
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
  const coordinator = await signUp(base, url, `bench.${run}.coordinator@example.fi`);
  const tampere = await withClient(url, async (client) => {
    await client.query(`INSERT INTO role_grants (user_id, role, city_id) VALUES ($1, 'coordinator', (SELECT id FROM cities WHERE slug = 'tampere'))`, [coordinator.userId]);
    await verifyAllOrganisations(client);
    return (await client.query(`SELECT id FROM cities WHERE slug = 'tampere'`)).rows[0].id;
  });
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

/**
 * One request (a POST with a JSON body unless told otherwise) over a connection of its own; answers
 * the status, or the error's code as `error`.
 */
function post(base, path, token, body, method = 'POST') {
  return new Promise((resolve) => {
    const payload = body === undefined ? '' : JSON.stringify(body);
    const headers = { connection: 'close', ...(body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }) };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = request(`${base}${path}`, { method, agent: false, headers });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode }));
    });
    req.on('error', (error) => resolve({ status: 0, error: error.code ?? error.message }));
    req.end(payload);
  });
}

/**
 * Transactions and rows written PostgreSQL has counted for the database so far. A connection
 * reports its counts once it has been idle for a while (at most 10 s in PostgreSQL 15), so this
 * waits 11 s first; the API is idle meanwhile.
 */
async function counters(client) {
  await sleep(11_000);
  const { rows: [row] } = await client.query(
    `SELECT xact_commit::float8 + xact_rollback::float8 AS transactions, tup_inserted::float8 AS inserted, tup_updated::float8 AS updated
       FROM pg_stat_database WHERE datname = current_database()`,
  );
  return row;
}

async function storm(base, url, callId, drafts) {
  // The API's CPU while idle (timers, metrics, its connections' upkeep), measured over the quiet
  // wait before the storm: on a starved machine a storm lasts long, and this share of its CPU is no
  // submit's.
  const idleFrom = { cpu: cpuMs(api.child.pid), at: performance.now() };
  const before = await withClient(url, counters);
  const idleMsPerSecond = idleFrom.cpu === null ? null : ((cpuMs(api.child.pid) - idleFrom.cpu) / (performance.now() - idleFrom.at)) * 1000;
  const cpuBefore = cpuMs(api.child.pid);
  const started = performance.now();
  const answers = await pool(drafts, settings.concurrency, async (draft) => {
    const sent = performance.now();
    const response = await post(base, `/api/v1/applications/${draft.id}/submit`, draft.token, { version: draft.version });
    return { ...response, ms: performance.now() - sent };
  });
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuMs(api.child.pid);
  const accepted = answers.filter((a) => a.status === 200).length;
  const stored = await withClient(url, async (client) => {
    const { rows } = await client.query(
      `SELECT (SELECT count(*)::int FROM applications WHERE call_id = $1 AND state = 'submitted') AS submitted,
              (SELECT count(*)::int FROM application_revisions r JOIN applications a ON a.id = r.application_id WHERE a.call_id = $1) AS revisions,
              (SELECT count(*)::int FROM outbox WHERE job_name = 'application.eligibility') AS jobs`,
      [callId],
    );
    return rows[0];
  });
  if (accepted !== drafts.length) {
    const statuses = answers.reduce((m, a) => m.set(a.error ?? a.status, (m.get(a.error ?? a.status) ?? 0) + 1), new Map());
    throw new Error(`only ${accepted} of ${drafts.length} submits were accepted: ${JSON.stringify(Object.fromEntries(statuses))}`);
  }
  if (stored.submitted !== accepted || stored.revisions !== accepted || stored.jobs !== accepted) {
    throw new Error(`the database disagrees with the answers: ${JSON.stringify(stored)} for ${accepted} accepted`);
  }
  const after = await withClient(url, counters);
  const latencies = Float64Array.from(answers.map((a) => a.ms)).sort();
  const cpuPerSubmit = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / accepted;
  // Two of the transactions are the bench's own: the first count and the check of what was stored.
  const perSubmit = (key) => (after[key] - before[key] - (key === 'transactions' ? 2 : 0)) / accepted;
  return {
    submitsPerSecond: accepted / seconds,
    seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    accepted,
    cpuPerSubmit,
    idleMsPerSecond,
    cpuPerSubmitBeyondIdle: cpuPerSubmit === null || idleMsPerSecond === null ? null : cpuPerSubmit - (idleMsPerSecond * seconds) / accepted,
    transactions: perSubmit('transactions'),
    rows: perSubmit('inserted') + perSubmit('updated'),
  };
}

// --- CPU per request, by kind ---------------------------------------------------------------------

/**
 * Requests that stop at each stage of a submit, to tell the request pipeline every route shares
 * from the submit's own work. Made after the storm, so they do not warm the API up for it.
 */
const REQUEST_KINDS = [
  { name: 'an unknown API path (404)', status: 404, make: () => ({ method: 'GET', path: '/api/v1/nowhere' }) },
  { name: 'a submit without a token (401)', status: 401, make: () => ({ method: 'POST', path: `/api/v1/applications/${randomUUID()}/submit`, body: { version: 1 } }) },
  { name: 'a submit with a bad body (400)', status: 400, make: (draft) => ({ method: 'POST', path: `/api/v1/applications/${draft.id}/submit`, token: draft.token, body: { version: 'one' } }) },
  { name: 'a submit of an unknown id (404)', status: 404, make: (draft) => ({ method: 'POST', path: `/api/v1/applications/${randomUUID()}/submit`, token: draft.token, body: { version: 1 } }) },
  { name: 'a submit repeated (200, no write)', status: 200, make: (draft) => ({ method: 'POST', path: `/api/v1/applications/${draft.id}/submit`, token: draft.token, body: { version: draft.version } }) },
];

/** The API's CPU (ms) per request of each kind, each request over a connection of its own, as in the storm. */
async function requestKinds(base, drafts) {
  const figures = [];
  for (const kind of REQUEST_KINDS) {
    const cpuBefore = cpuMs(api.child.pid);
    const answers = await pool(Array.from({ length: settings.requestKinds }, (_, i) => drafts[i % drafts.length]), 100, (draft) => {
      const { method, path, token, body } = kind.make(draft);
      return post(base, path, token, body, method);
    });
    const wrong = answers.filter((a) => a.status !== kind.status).length;
    if (wrong > 0) throw new Error(`${wrong} of ${answers.length} answers to ${kind.name} had another status than ${kind.status}`);
    figures.push({ name: kind.name, cpuPerRequest: cpuBefore === null ? null : (cpuMs(api.child.pid) - cpuBefore) / answers.length });
  }
  return figures;
}

// --- Main ----------------------------------------------------------------------------------------

async function main() {
  await ensureBuilt();
  const started = Date.now();
  log(`Node ${process.version}, ${cpus().length} CPUs; run ${run}`);
  const url = await createAppDatabase('submit');

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // No worker: the outbox keeps the eligibility jobs, as it would while the worker is busy.
  api = startNode('api', ENTRIES.api, { databaseUrl: url, nodeArgs: settings.apiNodeArgs, env: { PORT: String(port), DATABASE_POOL_SIZE: String(settings.poolSize) } });
  await waitUntilServing(api, base);
  const { callId, drafts } = await prepare(base, url);

  log(`Firing ${drafts.length} submits, ${Math.min(settings.concurrency, drafts.length)} at a time …`);
  const result = await storm(base, url, callId, drafts);
  if (settings.requestKinds > 0) log(`${settings.requestKinds} requests of each of ${REQUEST_KINDS.length} kinds, 100 at a time …`);
  const kinds = settings.requestKinds > 0 ? await requestKinds(base, drafts) : [];
  await stopNode(api);

  log(`pgbench -S and -N, ${settings.poolSize} clients, ${settings.pgbenchSeconds} s each …`);
  const tps = await measurePgbench(settings.poolSize, settings.pgbenchSeconds);

  const ratio = result.submitsPerSecond / tps.simpleUpdate;
  const verdict = (ok) => (ok ? 'PASS' : 'MISS');
  const cpuOk = result.cpuPerSubmit !== null && result.cpuPerSubmit < TARGET.cpuMsPerSubmit;
  const inFlight = settings.concurrency >= result.accepted ? 'at once' : `${settings.concurrency} at a time`;
  console.log(`\nSubmission storm: ${result.accepted} valid applications submitted ${inFlight}, API pool ${settings.poolSize}, in ${result.seconds.toFixed(2)} s, load average ${loadavg()[0].toFixed(1)}`);
  console.log(`  submits/s                      ${result.submitsPerSecond.toFixed(1)}   (p50 ${Math.round(result.p50)} ms, p99 ${Math.round(result.p99)} ms)`);
  console.log(`  pgbench -N (simple-update) TPS ${tps.simpleUpdate.toFixed(1)}   ratio ${(ratio * 100).toFixed(1)} %`);
  console.log(`  pgbench -S (select-only) TPS   ${tps.selectOnly.toFixed(1)}   ratio ${((result.submitsPerSecond / tps.selectOnly) * 100).toFixed(1)} %`);
  console.log(`  per submit: ${result.cpuPerSubmit === null ? 'API CPU unknown (no /proc)' : `${result.cpuPerSubmit.toFixed(2)} ms of API CPU`}, ${result.transactions.toFixed(2)} transactions, ${result.rows.toFixed(1)} rows written`);
  if (result.idleMsPerSecond !== null) {
    console.log(`  the idle API used ${result.idleMsPerSecond.toFixed(1)} ms of CPU per second; less that, ${result.cpuPerSubmitBeyondIdle.toFixed(2)} ms per submit`);
  }
  console.log(`\n  submits/s ÷ pgbench -N TPS   ${(ratio * 100).toFixed(1).padStart(6)} %   target ≥ ${(TARGET.ratioOfSimpleUpdate * 100).toFixed(1)} %   ${verdict(ratio >= TARGET.ratioOfSimpleUpdate)}`);
  console.log(`  p99                          ${String(Math.round(result.p99)).padStart(6)} ms  target < ${TARGET.p99Ms} ms   ${verdict(result.p99 < TARGET.p99Ms)}`);
  console.log(`  API CPU per submit           ${result.cpuPerSubmit === null ? '     ?' : result.cpuPerSubmit.toFixed(2).padStart(6)} ms  target < ${TARGET.cpuMsPerSubmit} ms      ${verdict(cpuOk)}`);
  if (kinds.length) {
    console.log(`\n  API CPU per request, ${settings.requestKinds} of each kind after the storm, 100 at a time:`);
    for (const kind of kinds) console.log(`    ${kind.name.padEnd(40)} ${kind.cpuPerRequest === null ? '?' : kind.cpuPerRequest.toFixed(2)} ms`);
  }
  console.log(
    '\nA submit is one transaction of four statements: the access check (the actor and its sign-in); the application locked; the call',
  );
  console.log('share-locked with the clock, the extension and the consortium; one write of the revision, the state, the audit event, the eligibility');
  console.log('job and the notices. The transaction takes two round trips: BEGIN goes with the first three statements, COMMIT with the write.');
  console.log('A simple-update transaction is five statements. Every stored revision was counted against the answers.');
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

await runBench(main);
