// `npm run bench:load`: the API and the worker under a mixed load of the public and the people who
// write, beside a bare route on the same machine in the same run.
//
// Creates a scratch database (its name contains "bench") on DATABASE_URL's server, migrates it,
// seeds the cities and BENCH_BEDS published test beds, and starts the built API and worker (dist/,
// Redis with the run's prefix). Through the API it registers a Tampere coordinator, BENCH_DRAFTS
// applicants (each with an organisation and a draft in an open call) and BENCH_EVALUATORS
// evaluators; with SQL it writes a second call with BENCH_REVIEW_APPLICATIONS submitted
// applications and the evaluators in its pool (as bench/workflow does). The worker judges their
// eligibility; the call then closes and the worker assigns two reviewers to each, so that every
// evaluator holds reviews in draft. Then autocannon loads the API for BENCH_DURATION seconds with
// BENCH_CONNECTIONS connections and a mix of requests (BENCH_MIX, by weight):
//   search   the public test-bed search (a Finnish text query, filters, a map box, in turn);
//   draft    applicants editing their drafts: PATCH with the version they last saw. A second
//            editor per draft (a colleague in another tab) writes BENCH_SECOND_EDITOR_SHARE of the
//            time, so stale writes happen: a 409 is expected, and the editor who got it re-reads
//            the draft (GET) before writing again;
//   review   evaluators saving each assigned review BENCH_SAVES_PER_REVIEW times (PATCH with the
//            version), then submitting it; an evaluator with no review left lists their reviews.
// When no draft or review is free (each is written by one request at a time, save the two editors),
// the connection searches instead. Every answer must be 2xx, save the expected 409 of a stale draft
// write: anything else counts as an error, and the run fails on any. Then it prints throughput,
// p50/p99 latency (overall and per kind), the error count and the worker's backlog (outbox rows
// not yet relayed, and the BullMQ jobs waiting, delayed or active), checks the database against
// the answers (each draft's version = 1 + its accepted writes; each accepted submit a submitted
// review), and loads a bare Fastify route (baseline.mjs) with the same settings for the ratio.
// Finally pgbench runs its built-in simple-update script (-N) on a scratch database with as many
// clients as the API has pool connections, the API and the worker idle, and the mixed load's req/s
// is printed as a share of its TPS against the target (at least 1/10 of it, with p99 under 500 ms),
// PASS or MISS. Stops everything, drops the database and deletes the run's Redis keys at the end,
// also on Ctrl-C or an error.
//
// Settings (environment): DATABASE_URL (server only; default postgres://postgres@127.0.0.1:5432),
// REDIS_URL (redis://127.0.0.1:6379), DATABASE_POOL_SIZE (20), BENCH_DURATION (60 seconds),
// BENCH_CONNECTIONS (50), BENCH_WARMUP_SECONDS (3, not counted), BENCH_MIX
// (search:4,draft:3,review:3), BENCH_BEDS (2000), BENCH_DRAFTS (40), BENCH_EVALUATORS (40),
// BENCH_REVIEW_APPLICATIONS (600), BENCH_SAVES_PER_REVIEW (3), BENCH_SECOND_EDITOR_SHARE (0.1),
// BENCH_PGBENCH_SECONDS (10 per script), BENCH_DIST (another build to measure), BENCH_API_NODE_ARGS
// (flags for the API's node, such as --cpu-prof --cpu-prof-dir=/tmp/profile).
/* global performance */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  backlog,
  businessId,
  call,
  cpuMs,
  createAppDatabase,
  dist,
  ENTRIES,
  ensureBuilt,
  expectOk,
  freePort,
  log,
  measurePgbench,
  percentile,
  pool,
  QUEUES,
  run,
  runBench,
  startNode,
  stopNode,
  verifyEmail,
  waitUntilServing,
  withClient,
} from '../lib/harness.mjs';
import { insertOpenCall, insertOrganisations, insertSubmittedApplications, verifyAllOrganisations } from '../lib/fixtures.mjs';

const env = process.env;
const settings = {
  poolSize: Number(env.DATABASE_POOL_SIZE ?? 20),
  duration: Number(env.BENCH_DURATION ?? 60),
  connections: Number(env.BENCH_CONNECTIONS ?? 50),
  warmup: Number(env.BENCH_WARMUP_SECONDS ?? 3),
  mix: Object.fromEntries((env.BENCH_MIX ?? 'search:4,draft:3,review:3').split(',').map((part) => part.split(':')).map(([k, w]) => [k.trim(), Number(w)])),
  beds: Number(env.BENCH_BEDS ?? 2000),
  drafts: Number(env.BENCH_DRAFTS ?? 40),
  evaluators: Number(env.BENCH_EVALUATORS ?? 40),
  reviewApplications: Number(env.BENCH_REVIEW_APPLICATIONS ?? 600),
  // Two saves at least: the first scores impact, the second feasibility; a submit needs both.
  savesPerReview: Math.max(2, Number(env.BENCH_SAVES_PER_REVIEW ?? 3)),
  secondEditorShare: Number(env.BENCH_SECOND_EDITOR_SHARE ?? 0.1),
  pgbenchSeconds: Number(env.BENCH_PGBENCH_SECONDS ?? 10),
  apiNodeArgs: (env.BENCH_API_NODE_ARGS ?? '').split(' ').filter(Boolean),
};
const TARGET = { ratioOfSimpleUpdate: 1 / 10, p99Ms: 500 };
const REQUEST_TIMEOUT_SECONDS = 30;
const PREPARE_TIMEOUT_MS = 10 * 60_000;
const DAY = 86_400_000;
const mailDir = mkdtempSync(join(tmpdir(), `kokeilu-bench-load-${run}-`));
const password = `bench-${run}-salasana`;

// --- Preparation ---------------------------------------------------------------------------------

async function signUp(base, url, email) {
  const user = await expectOk(call(base, 'POST', '/api/v1/auth/register', null, { email, password, displayName: email, locale: 'fi' }), 'register');
  await verifyEmail(base, url, user.id);
  const { accessToken } = await expectOk(call(base, 'POST', '/api/v1/auth/login', null, { email, password }), 'login');
  return { userId: user.id, token: accessToken };
}

async function seedTestbeds(url) {
  const { DEMO_TESTBEDS, generateTestbeds, insertTestbeds, loadCityIds } = await import(pathToFileURL(join(dist, 'libs/testbeds/src/demo/index.js')).href);
  const curated = DEMO_TESTBEDS.slice(0, settings.beds);
  const beds = [...curated, ...generateTestbeds(settings.beds - curated.length, 1)];
  await withClient(url, async (client) => {
    await insertTestbeds(client, beds, await loadCityIds(client));
    await client.query('VACUUM ANALYZE testbeds');
  });
}

/** An open Tampere call through the API, and one draft per applicant in it. */
async function seedDrafts(base, url, coordinator, tampere) {
  const at = (ms) => new Date(Date.now() + ms).toISOString();
  const created = await expectOk(
    call(base, 'POST', '/api/v1/calls', coordinator.token, {
      cityId: tampere,
      focusArea: 'open_innovation_platforms',
      title: { fi: 'Kuormitushaku' },
      summary: { fi: 'Kokeiluja' },
      body: { fi: 'Hae!' },
      opensAt: at(-DAY),
      closesAt: at(30 * DAY),
      reviewDeadline: at(60 * DAY),
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
  await expectOk(call(base, 'POST', `/api/v1/calls/${created.id}/publish`, coordinator.token, { version: created.version }), 'publish');
  const drafts = await pool(
    Array.from({ length: settings.drafts }, (_, i) => i),
    4,
    async (i) => {
      const { token } = await signUp(base, url, `bench.${run}.applicant.${i}@example.fi`);
      const org = await expectOk(
        call(base, 'POST', '/api/v1/organisations', token, {
          name: `Kuorma ${i} Oy`,
          type: 'company',
          businessId: businessId(100_000 + i),
          homeMunicipality: ['Helsinki', 'Tampere', 'Oulu', 'Turku'][i % 4],
          sizeClass: 'small',
        }),
        'organisation',
      );
      const draft = await expectOk(
        call(base, 'POST', '/api/v1/applications', token, {
          callId: created.id,
          organisationId: org.id,
          title: `Kuormahakemus ${i}`,
          summary: 'Robottibussit kaupunginosassa',
          plan: 'Kolme kuukautta testausta',
          kpis: [{ name: 'Matkustajia kuukaudessa', baseline: '0', target: '5000' }],
          budgetLines: [{ category: 'personnel', description: 'Turvakuljettajat', amountCents: 6_000_000, eligible: true }],
          requestedGrantCents: 3_000_000,
          pilotPeriod: { start: '2027-03-01', end: '2027-11-30' },
        }),
        'draft',
      );
      return { id: draft.id, version: draft.version, token, accepted: 0 };
    },
  );
  await withClient(url, verifyAllOrganisations);
  return drafts;
}

/**
 * A second Tampere call, written with SQL as bench/workflow does: the evaluators in its pool and
 * BENCH_REVIEW_APPLICATIONS submitted applications (two-organisation consortia of Tampere and
 * Helsinki) with their eligibility jobs in the outbox.
 */
async function seedEvaluationCall(client, coordinator, evaluators) {
  const n = settings.reviewApplications;
  const organisations = Math.max(2, Math.ceil(n / 5));
  await client.query(`INSERT INTO users (email, password_hash, display_name, locale) VALUES ('bench.decider.1@example.fi', 'not-a-password', 'decider 1', 'en')`);
  await client.query(`INSERT INTO role_grants (user_id, role) SELECT id, 'decider' FROM users WHERE email = 'bench.decider.1@example.fi'`);
  await insertOrganisations(client, organisations);
  const evaluationCall = await insertOpenCall(client, {
    title: { fi: 'Arvioitava haku', en: 'Call in evaluation' },
    budgetCents: Math.round(n * 0.2) * 5_000_000,
    fundingSources: [{ source: 'ERDF', sharePercent: 100 }],
    reviewers: 2,
    createdBy: coordinator.userId,
  });
  await client.query(`INSERT INTO call_evaluators (call_id, evaluator_id, expertise) SELECT $1, unnest($2::uuid[]), ARRAY['open_innovation_platforms']`, [
    evaluationCall.id,
    evaluators.map((e) => e.userId),
  ]);
  await insertSubmittedApplications(client, evaluationCall.id, n, 5_000_000);
  await client.query(`SELECT pg_notify('outbox', '')`);
  return evaluationCall.id;
}

/** Polls `done` every 100 ms until it holds; fails when a process exits or time runs out. */
async function until(what, done, procs) {
  const deadline = Date.now() + PREPARE_TIMEOUT_MS;
  for (;;) {
    if (await done()) return;
    const dead = procs.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
    if (dead) throw new Error(`${dead.name} exited while waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${PREPARE_TIMEOUT_MS / 60_000} minutes`);
    await sleep(100);
  }
}

/** Eligibility, then the close and the assignment, done by the worker as in production. */
async function assignReviews(client, callId, procs) {
  const count = async (sql) => (await client.query(sql, [callId])).rows[0].n;
  await until('eligibility', async () => (await count(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = 'submitted'`)) === 0, procs);
  const eligible = await count(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = 'eligible'`);
  if (eligible === 0) throw new Error('no application of the evaluation call was found eligible');
  const {
    rows: [closing],
  } = await client.query(`UPDATE calls SET closes_at = now() WHERE id = $1 RETURNING closes_at`, [callId]);
  await client.query(`INSERT INTO outbox (queue, job_name, payload, job_id) VALUES ('calls', 'call.close', jsonb_build_object('callId', $1::uuid, 'at', $2::text), $3)`, [
    callId,
    closing.closes_at.toISOString(),
    `call.close.${callId}.${closing.closes_at.getTime()}`,
  ]);
  await client.query(`SELECT pg_notify('outbox', '')`);
  await until('assignment', async () => (await count(`SELECT count(*)::int AS n FROM reviews WHERE call_id = $1 AND state = 'assigned'`)) === eligible * 2, procs);
  return eligible;
}

// --- Backlog -------------------------------------------------------------------------------------


const formatBacklog = (b) =>
  `${b.outbox} outbox rows not relayed; ` + QUEUES.map((q) => `${q} ${b.queues[q].waiting + b.queues[q].prioritized} waiting, ${b.queues[q].active} active, ${b.queues[q].delayed} delayed`).join('; ');

// --- The mixed workload --------------------------------------------------------------------------

const SEARCHES = [
  '/api/v1/testbeds?q=liikenne',
  '/api/v1/testbeds?city=tampere&theme=mobility',
  '/api/v1/testbeds?bbox=24.83,60.14,25.10,60.26',
  '/api/v1/testbeds?q=energia&limit=10',
  '/api/v1/testbeds?theme=health_and_wellbeing&sort=newest',
];

/**
 * The actors of the workload and whose turn it is. autocannon asks `setupRequest` for each
 * connection's next request and reports its answer to `onResponse` with the same context, so the
 * actor a request belongs to travels in the context; an actor is busy while its request is out.
 */
function workload(drafts, evaluators) {
  // Each draft has its applicant's editor and, now and then, a colleague's in another tab.
  const editors = drafts.flatMap((draft) => [0, 1].map((tab) => ({ draft, tab, version: draft.version, reread: false, busySince: 0, pending: null })));
  const tabs = [editors.filter((e) => e.tab === 0), editors.filter((e) => e.tab === 1)];
  const writers = evaluators.map((evaluator) => ({ ...evaluator, busySince: 0, saves: 0, pending: null }));
  const cycle = Object.entries(settings.mix).flatMap(([kind, weight]) => Array.from({ length: weight }, () => kind));
  const stats = { search: [], draft: [], review: [], other: [] };
  const counts = { conflicts: 0, errors: 0, errorSamples: [], submits: 0, saves: 0, rereads: 0, patches: 0, reviewLists: 0 };
  let turn = 0;
  let searchTurn = 0;
  let edit = 0;
  const free = (actor) => actor.busySince === 0 || performance.now() - actor.busySince > (REQUEST_TIMEOUT_SECONDS + 1) * 1000;
  const take = (list, start) => {
    for (let i = 0; i < list.length; i++) {
      const actor = list[(start + i) % list.length];
      if (free(actor)) {
        actor.busySince = performance.now();
        actor.pending = null;
        return actor;
      }
    }
    return null;
  };
  const json = (req, method, path, token, body) => ({
    ...req,
    method,
    path,
    headers: { ...req.headers, authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });

  function setupRequest(req, context) {
    const kind = cycle[turn++ % cycle.length];
    if (kind === 'draft') {
      const list = tabs[Math.random() < settings.secondEditorShare ? 1 : 0];
      const editor = take(list, Math.floor(Math.random() * list.length));
      if (editor) {
        context.kind = 'draft';
        context.actor = editor;
        const { draft } = editor;
        if (editor.reread) {
          context.action = 'read';
          return json(req, 'GET', `/api/v1/applications/${draft.id}`, draft.token);
        }
        context.action = 'patch';
        editor.pending = 'patch';
        edit += 1;
        return json(req, 'PATCH', `/api/v1/applications/${draft.id}`, draft.token, {
          version: editor.version,
          summary: `Robottibussit kaupunginosassa, muokkaus ${edit}`,
          plan: `Kolme kuukautta testausta ja ${edit % 12} kuukautta liikennettä`,
        });
      }
    } else if (kind === 'review') {
      const writer = take(writers, Math.floor(Math.random() * writers.length));
      if (writer) {
        context.kind = 'review';
        context.actor = writer;
        const review = writer.reviews[0];
        if (!review) {
          context.action = 'list';
          return json(req, 'GET', '/api/v1/reviews?state=submitted&limit=20', writer.token);
        }
        if (writer.saves < settings.savesPerReview) {
          context.action = 'save';
          const step = writer.saves;
          const scores =
            step % 2 === 0
              ? { impact: { score: 0.5 * ((step + review.id.charCodeAt(0)) % 11), comment: `Vaikuttavuus, luonnos ${step + 1}` } }
              : { feasibility: { score: 0.5 * ((step + review.id.charCodeAt(1)) % 11), comment: `Toteutettavuus, luonnos ${step + 1}` } };
          return json(req, 'PATCH', `/api/v1/reviews/${review.id}`, writer.token, { version: review.version, scores });
        }
        context.action = 'submit';
        writer.pending = 'submit';
        return json(req, 'POST', `/api/v1/reviews/${review.id}/submit`, writer.token, { version: review.version });
      }
    }
    context.kind = 'search';
    context.action = 'search';
    return { ...req, method: 'GET', path: SEARCHES[searchTurn++ % SEARCHES.length], headers: { ...req.headers, 'accept-language': 'fi' }, body: undefined };
  }

  function onResponse(status, body, context) {
    const actor = context.actor;
    if (actor) {
      actor.busySince = 0;
      actor.pending = null;
    }
    const ok = status >= 200 && status < 300;
    context.expected = ok;
    if (context.kind === 'draft') {
      const editor = actor;
      if (context.action === 'read' && ok) {
        editor.version = JSON.parse(body).version;
        editor.reread = false;
        counts.rereads += 1;
      } else if (context.action === 'patch' && ok) {
        editor.version = JSON.parse(body).version;
        editor.draft.accepted += 1;
        counts.patches += 1;
      } else if (context.action === 'patch' && status === 409) {
        // The other editor wrote first: read the draft again, then write on top of it.
        editor.reread = true;
        context.expected = true;
        counts.conflicts += 1;
      }
    } else if (context.kind === 'review' && ok) {
      const writer = actor;
      if (context.action === 'save') {
        writer.reviews[0].version = JSON.parse(body).version;
        writer.saves += 1;
        counts.saves += 1;
      } else if (context.action === 'submit') {
        writer.reviews.shift();
        writer.saves = 0;
        counts.submits += 1;
      } else counts.reviewLists += 1;
    }
    if (!context.expected) {
      counts.errors += 1;
      if (counts.errorSamples.length < 5) counts.errorSamples.push(`${context.kind}/${context.action} ${status} ${String(body).slice(0, 200)}`);
    }
  }

  return { editors, writers, stats, counts, setupRequest, onResponse };
}

/** One autocannon run; `record` sees each answer with its latency and the context it was sent with. */
async function load(base, options, record) {
  const instance = autocannon({ url: base, connections: settings.connections, timeout: REQUEST_TIMEOUT_SECONDS, ...options });
  instance.on('response', (client, statusCode, _bytes, responseTime) => record?.(client.requestIterator.context, statusCode, responseTime));
  const result = await instance;
  return result;
}

function summarise(latencies, seconds) {
  const sorted = Float64Array.from(latencies).sort();
  return { count: sorted.length, rps: sorted.length / seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

// --- Main ----------------------------------------------------------------------------------------

async function main() {
  await ensureBuilt();
  const started = Date.now();
  log(`Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)}; run ${run}`);
  const url = await createAppDatabase('load');
  await seedTestbeds(url);
  log(`${settings.beds} published test beds`);

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const shared = { MAIL_DIR: mailDir, DATABASE_POOL_SIZE: String(settings.poolSize) };
  // The access tokens signed in during preparation must outlive a long run.
  const tokenSeconds = String(Math.min(86_400, Math.max(900, settings.duration + 900)));
  const api = startNode('api', ENTRIES.api, { databaseUrl: url, nodeArgs: settings.apiNodeArgs, env: { ...shared, PORT: String(port), JWT_ACCESS_TTL_SECONDS: tokenSeconds } });
  const worker = startNode('worker', ENTRIES.worker, { databaseUrl: url, env: { ...shared, OUTBOX_POLL_MS: '200' } });
  const procs = [api, worker];
  await waitUntilServing(api, base);

  await withClient(url, async (client) => {
    const prepared = performance.now();
    const coordinator = await signUp(base, url, `bench.${run}.coordinator@example.fi`);
    const tampere = (await client.query(`SELECT id FROM cities WHERE slug = 'tampere'`)).rows[0].id;
    await client.query(`INSERT INTO role_grants (user_id, role, city_id) VALUES ($1, 'coordinator', $2)`, [coordinator.userId, tampere]);
    const evaluators = await pool(
      Array.from({ length: settings.evaluators }, (_, i) => i),
      4,
      (i) => signUp(base, url, `bench.${run}.evaluator.${i}@example.fi`),
    );
    await client.query(`INSERT INTO role_grants (user_id, role) SELECT unnest($1::uuid[]), 'evaluator'`, [evaluators.map((e) => e.userId)]);
    const drafts = await seedDrafts(base, url, coordinator, tampere);
    const evaluationCallId = await seedEvaluationCall(client, coordinator, evaluators);
    const eligible = await assignReviews(client, evaluationCallId, procs);
    for (const evaluator of evaluators) {
      const page = await expectOk(call(base, 'GET', `/api/v1/reviews?state=assigned&callId=${evaluationCallId}&limit=100`, evaluator.token), 'reviews');
      evaluator.reviews = page.items.map((r) => ({ id: r.id, version: r.version }));
    }
    const reviews = evaluators.reduce((sum, e) => sum + e.reviews.length, 0);
    if (reviews !== eligible * 2) throw new Error(`the evaluators see ${reviews} reviews, not ${eligible * 2}`);
    await until('the backlog of the preparation to drain', async () => {
      const left = await backlog(client);
      return left.jobs + left.outbox === 0;
    }, procs);
    log(
      `${drafts.length} drafts (two editors each), ${evaluators.length} evaluators with ${reviews} reviews in draft (${eligible} eligible applications), prepared in ${((performance.now() - prepared) / 1000).toFixed(1)} s`,
    );

    // The bare route first, while the API and the worker are idle.
    const barePort = await freePort();
    const bare = startNode('baseline', fileURLToPath(new URL('./baseline.mjs', import.meta.url)), { databaseUrl: url, env: { PORT: String(barePort) } });
    await waitUntilServing(bare, `http://127.0.0.1:${barePort}`, '/ping');
    log(`Bare Fastify route, ${settings.connections} connections, ${settings.warmup} s warm-up + ${settings.duration} s …`);
    await load(`http://127.0.0.1:${barePort}/ping`, { duration: settings.warmup });
    const bareResult = await load(`http://127.0.0.1:${barePort}/ping`, { duration: settings.duration });
    await stopNode(bare);
    const bareRps = bareResult.requests.total / settings.duration;

    log(`API warm-up: ${settings.warmup} s of searches …`);
    await load(`${base}${SEARCHES[0]}`, { duration: settings.warmup, headers: { 'accept-language': 'fi' } });
    const before = await backlog(client);

    const mix = workload(drafts, evaluators);
    log(`Mixed load (${Object.entries(settings.mix).map(([k, w]) => `${k} ${w}`).join(', ')}), ${settings.connections} connections, ${settings.duration} s …`);
    const all = [];
    const cpuApi = cpuMs(api.child.pid);
    const cpuWorker = cpuMs(worker.child.pid);
    const result = await load(base, { duration: settings.duration, requests: [{ method: 'GET', path: '/', setupRequest: mix.setupRequest, onResponse: mix.onResponse }] }, (context, status, ms) => {
      all.push(ms);
      (mix.stats[context.kind] ?? mix.stats.other).push(ms);
    });
    const apiCpu = cpuApi === null ? null : cpuMs(api.child.pid) - cpuApi;
    const workerCpu = cpuWorker === null ? null : cpuMs(worker.child.pid) - cpuWorker;
    const after = await backlog(client);
    const errors = mix.counts.errors + result.errors + result.timeouts;

    // The database must agree with the answers. A request still out when the run stopped may have
    // landed without its answer being counted: those are allowed for, once they are done.
    await sleep(2000);
    const problems = [];
    const versions = (await client.query(`SELECT id, version FROM applications WHERE id = ANY($1::uuid[])`, [drafts.map((d) => d.id)])).rows;
    const byId = new Map(versions.map((r) => [r.id, r.version]));
    for (const draft of drafts) {
      const expected = draft.version + draft.accepted;
      const unanswered = mix.editors.filter((e) => e.draft === draft && e.pending === 'patch').length;
      const stored = byId.get(draft.id);
      if (stored < expected || stored > expected + unanswered) problems.push(`draft ${draft.id} is at version ${stored}, not ${draft.version} + ${draft.accepted} accepted writes (+ up to ${unanswered} unanswered)`);
    }
    const submitted = (await client.query(`SELECT count(*)::int AS n FROM reviews WHERE call_id = $1 AND state = 'submitted'`, [evaluationCallId])).rows[0].n;
    const unansweredSubmits = mix.writers.filter((w) => w.pending === 'submit').length;
    if (submitted < mix.counts.submits || submitted > mix.counts.submits + unansweredSubmits) {
      problems.push(`${submitted} reviews are submitted, but ${mix.counts.submits} submits were accepted (+ up to ${unansweredSubmits} unanswered)`);
    }

    const overall = summarise(all, settings.duration);
    const row = (label, s) =>
      `  ${label.padEnd(28)} ${String(s.count).padStart(7)}  ${s.rps.toFixed(1).padStart(8)}  ${Math.round(s.p50).toString().padStart(7)}  ${Math.round(s.p99).toString().padStart(7)}`;
    console.log(`\nMixed load: ${settings.connections} connections for ${settings.duration} s, load average ${loadavg()[0].toFixed(1)} at the end`);
    console.log(`  ${'requests'.padEnd(28)} ${'answers'.padStart(7)}  ${'req/s'.padStart(8)}  ${'p50 ms'.padStart(7)}  ${'p99 ms'.padStart(7)}`);
    console.log(row('all', overall));
    console.log(row('search (public)', summarise(mix.stats.search, settings.duration)));
    console.log(row('drafts (PATCH, GET on 409)', summarise(mix.stats.draft, settings.duration)));
    console.log(row('reviews (save, submit)', summarise(mix.stats.review, settings.duration)));
    console.log(
      `  drafts: ${mix.counts.patches} writes accepted, ${mix.counts.conflicts} stale writes refused with 409 (expected) and re-read ${mix.counts.rereads} times`,
    );
    console.log(`  reviews: ${mix.counts.saves} drafts saved, ${mix.counts.submits} submitted${mix.counts.reviewLists ? `, ${mix.counts.reviewLists} lists by evaluators with nothing left to review` : ''}`);
    console.log(`  errors: ${errors} (unexpected non-2xx ${mix.counts.errors}, connection errors ${result.errors}, time-outs ${result.timeouts})`);
    for (const sample of mix.counts.errorSamples) console.log(`    ${sample}`);
    if (apiCpu !== null) console.log(`  CPU: API ${(apiCpu / overall.count).toFixed(2)} ms/request (${((apiCpu / 1000 / settings.duration) * 100).toFixed(0)} % of a core), worker ${((workerCpu / 1000 / settings.duration) * 100).toFixed(0)} % of a core`);
    console.log(`  worker backlog before: ${formatBacklog(before)}`);
    console.log(`  worker backlog at the end: ${formatBacklog(after)}`);
    console.log(`\nBare Fastify route, same settings: ${bareRps.toFixed(0)} req/s (p50 ${bareResult.latency.p50} ms, p99 ${bareResult.latency.p99} ms)`);
    console.log(`  ratio (mixed API req/s ÷ bare route req/s): ${((overall.rps / bareRps) * 100).toFixed(1)} %`);
    await stopNode(worker);
    await stopNode(api);
    log(`pgbench -N, ${settings.poolSize} clients, ${settings.pgbenchSeconds} s, the API and the worker stopped …`);
    const tps = await measurePgbench(settings.poolSize, settings.pgbenchSeconds);
    const ratio = overall.rps / tps.simpleUpdate;
    const verdict = (ok) => (ok ? 'PASS' : 'MISS');
    console.log(`\npgbench -N (simple-update) TPS ${tps.simpleUpdate.toFixed(1)}, -S (select-only) TPS ${tps.selectOnly.toFixed(1)}, ${settings.poolSize} clients, load average ${loadavg()[0].toFixed(1)}`);
    console.log(`  mixed req/s ÷ pgbench -N TPS  ${(ratio * 100).toFixed(1).padStart(6)} %   target ≥ ${(TARGET.ratioOfSimpleUpdate * 100).toFixed(1)} %   ${verdict(ratio >= TARGET.ratioOfSimpleUpdate)}`);
    console.log(`  p99 of the mixed load         ${String(Math.round(overall.p99)).padStart(6)} ms  target < ${TARGET.p99Ms} ms   ${verdict(overall.p99 < TARGET.p99Ms)}`);
    if (problems.length) console.log(`  the database disagrees with the answers:\n    ${problems.slice(0, 5).join('\n    ')}`);
    else console.log(`  checked: every draft's version is 1 + its accepted writes, and ${submitted} reviews are submitted for ${mix.counts.submits} accepted submits (+ ${unansweredSubmits} still out when the run stopped)`);

    if (errors > 0 || problems.length) throw new Error(`${errors} errors, ${problems.length} disagreements with the database`);
  });
  log(`done in ${Math.round((Date.now() - started) / 1000)} s`);
}

// The mail the worker wrote goes too, also when Ctrl-C ends the run.
process.on('exit', () => rmSync(mailDir, { recursive: true, force: true }));
await runBench(main);
