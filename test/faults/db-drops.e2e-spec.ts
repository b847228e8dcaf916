import { ChildProcess } from 'node:child_process';
import pg from 'pg';
import request, { Response, Test } from 'supertest';
import { TEST_POSTGRES_URL } from '../../libs/testing/src/index.js';
import { createOrganisation, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { EUR, openCallWithApplications, WorkflowCall } from '../support/workflow.js';
import { envCount, faultSeed, seeded, sleep, startWorkerProcess, stopProcess } from './chaos.js';
import { checkInvariants, mailTally, Sql } from './invariants.js';

const APPLICATIONS = 8;
const REQUESTED = 40_000 * EUR;
const BUDGET = 3 * REQUESTED;
/** Times every connection of the API and the worker is terminated; `npm run test:long` asks for more. */
const DROPS = envCount('FAULT_DB_DROPS', 10);
const SEED = faultSeed();
const WAIT = 90_000;
const PHASES = ['submissions', 'close and assignment', 'reviews', 'aggregation and ranking', 'decision'] as const;
type Phase = (typeof PHASES)[number];

/**
 * A call's workflow while every PostgreSQL connection of the API and of the worker (a process of
 * its own) is terminated from SQL, again and again, in every step: submissions, the close and the
 * assignment, review saves, aggregation and ranking, the decision. Beside the workflow, readers
 * keep asking. Every answer must be 2xx, or a 4xx or 503 problem+json (a 503 says when to try
 * again), within seconds, never a 500; a client that got a 503 tries again. Afterwards the app
 * answers normally and the invariants hold: nothing half-written, nothing lost, nothing twice.
 */
describe('the evaluation workflow while database connections are dropped', () => {
  let stack: Stack;
  let worker: ChildProcess;
  let killer: pg.Client;
  const next = seeded(SEED);
  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const answers = { total: 0, unavailable: 0, byStatus: new Map<number, number>() };
  const wrong: string[] = [];
  let drops = 0;
  let terminated = 0;
  /** The drops of the current phase, and whether the readers go on: both stopped before the stack closes, even after a failure. */
  let phase: Promise<void> = Promise.resolve();
  let reading = true;

  /** The test's own reads: a query that meets a terminated connection is simply asked again. */
  const db: Sql = {
    async query(text, params) {
      for (let attempt = 0; ; attempt++) {
        try {
          return await stack.db.query(text, params);
        } catch (error) {
          if (attempt >= 20) throw error;
          await sleep(100);
        }
      }
    },
  };

  /** Sends a request and checks its answer; returns it, or null if none came in time. */
  async function send(make: () => Test, what: string): Promise<Response | null> {
    answers.total += 1;
    let res: Response;
    try {
      res = await make().timeout({ response: 10_000, deadline: 15_000 });
    } catch (error) {
      wrong.push(`${what}: no answer (${(error as Error).message})`);
      return null;
    }
    answers.byStatus.set(res.status, (answers.byStatus.get(res.status) ?? 0) + 1);
    if (res.status >= 200 && res.status < 300) return res;
    const problem = /^application\/problem\+json/.test(res.headers['content-type'] ?? '');
    if (res.status === 503) {
      answers.unavailable += 1;
      if (!problem || !/^\d+$/.test(res.headers['retry-after'] ?? '')) wrong.push(`${what}: 503 without a problem or Retry-After: ${JSON.stringify(res.headers)} ${res.text.slice(0, 300)}`);
    } else if (res.status < 400 || res.status >= 500 || !problem) {
      wrong.push(`${what}: ${res.status} ${res.text.slice(0, 300)}`);
    }
    if (/at .*\.(ts|js):\d+|QueryFailedError|terminat/i.test(res.text)) wrong.push(`${what}: the answer shows internals: ${res.text.slice(0, 300)}`);
    return res;
  }

  /**
   * Does `act` until `done` says its change is made: a 503 (or a 409 after a change whose answer
   * was lost) means asking again, as a client would; anything else non-2xx fails the test.
   */
  async function ensure(what: string, done: () => Promise<boolean>, act: () => Promise<Response | null>): Promise<void> {
    for (let attempt = 0; attempt < 100; attempt++) {
      if (await done()) return;
      const res = await act();
      if (res && res.status < 300) return;
      if (res && res.status !== 503 && res.status !== 409) throw new Error(`${what}: ${res.status} ${res.text.slice(0, 500)}`);
      await sleep(50 + next() * 200);
    }
    throw new Error(`${what}: not done after 100 attempts`);
  }

  /** Terminates every connection to the stack's database (the API's, the worker's, the relay's listener). */
  async function dropConnections(): Promise<void> {
    const { rows } = await killer.query(
      `SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()) t`,
      [stack.databaseName],
    );
    drops += 1;
    terminated += rows[0].n;
  }

  /** This phase's share of the drops, at random moments 100–600 ms apart, beside the phase's work. */
  function dropping(phase: Phase): Promise<void> {
    const index = PHASES.indexOf(phase);
    const mine = Math.floor(DROPS / PHASES.length) + (index < DROPS % PHASES.length ? 1 : 0);
    return (async () => {
      for (let i = 0; i < mine; i++) {
        await sleep(100 + next() * 500);
        await dropConnections();
      }
    })();
  }

  beforeAll(async () => {
    stack = await startStack({ smtp: true });
    worker = startWorkerProcess(stack.env);
    killer = new pg.Client({ connectionString: TEST_POSTGRES_URL });
    await killer.connect();
  });
  afterAll(async () => {
    reading = false;
    await phase.catch(() => undefined);
    if (worker) await stopProcess(worker, 'SIGTERM');
    await killer?.end();
    await stack?.close();
  });

  it(`answers every request properly and ends consistent (seed ${SEED})`, async () => {
    const started = Date.now();
    const api = () => request(stack.http);
    const call: WorkflowCall = await openCallWithApplications(stack, { applications: 0, evaluators: 4, requestedCents: REQUESTED, budgetCents: BUDGET });
    const drafts: { id: string; lead: TestUser }[] = [];
    for (let i = 0; i < APPLICATIONS; i++) {
      const lead = call.applicants[i % call.applicants.length];
      const partner = call.applicants[(i + 1) % call.applicants.length];
      const draft = await api()
        .post('/api/v1/applications')
        .set(auth(lead.user))
        .send({
          callId: call.id,
          organisationId: lead.organisationId,
          title: `Pilot ${i}`,
          summary: `Pilot number ${i}`,
          budgetLines: [{ category: 'personnel', description: 'Work', amountCents: 2 * REQUESTED, eligible: true }],
          requestedGrantCents: REQUESTED,
          pilotPeriod: { start: '2027-03-01', end: '2027-08-31' },
        })
        .expect(201);
      await api().post(`/api/v1/applications/${draft.body.id}/partners`).set(auth(lead.user)).send({ organisationId: partner.organisationId }).expect(201);
      await api().post(`/api/v1/applications/${draft.body.id}/partners/${partner.organisationId}/accept`).set(auth(partner.user)).send({}).expect(200);
      drafts.push({ id: draft.body.id, lead: lead.user });
    }
    // The worker is up once its relay has moved what the setup wrote: a worker that cannot reach the
    // database while it boots exits (by design), and the drops are meant for one that runs.
    await eventually(
      async () => (await db.query(`SELECT count(*) FILTER (WHERE sent_at IS NULL) = 0 AND count(*) > 0 AS up FROM outbox`))[0].up,
      WAIT,
      'the worker to start',
    );
    const stateOf = async (id: string) => (await db.query(`SELECT state FROM applications WHERE id = $1`, [id]))[0].state as string;
    const countIn = async (state: string) => (await db.query(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = $2`, [call.id, state]))[0].n as number;

    // Readers beside the workflow, so that requests are in flight whenever connections drop.
    const readers = [
      () => api().get(`/api/v1/calls/${call.id}`),
      () => api().get('/api/v1/reviews').query({ callId: call.id, limit: 50 }).set(auth(call.evaluators[0])),
      () => api().get(`/api/v1/calls/${call.id}/applications`).set(auth(call.coordinator)),
      () => api().get('/api/v1/me').set(auth(drafts[0].lead)),
    ].map((read, i) =>
      (async () => {
        while (reading) {
          await send(read, `reader ${i}`);
          await sleep(20 + next() * 80);
        }
      })(),
    );

    // Submissions, each until it is in.
    phase = dropping('submissions');
    for (const draft of drafts) {
      await ensure(`submit ${draft.id}`, async () => (await stateOf(draft.id)) !== 'draft', async () => {
        const current = await send(() => api().get(`/api/v1/applications/${draft.id}`).set(auth(draft.lead)), 'read an application');
        if (!current || current.status !== 200) return current;
        return send(() => api().post(`/api/v1/applications/${draft.id}/submit`).set(auth(draft.lead)).send({ version: current.body.version }), 'submit');
      });
    }
    await phase;
    await eventually(async () => (await countIn('eligible')) === APPLICATIONS, WAIT, 'every application to be eligible');

    // The close (a delayed job) and the assignment it starts.
    phase = dropping('close and assignment');
    await ensure('close the call soon', async () => (await db.query(`SELECT closes_at < now() + interval '1 minute' AS soon FROM calls WHERE id = $1`, [call.id]))[0].soon, async () => {
      const current = await send(() => api().get(`/api/v1/calls/${call.id}`).set(auth(call.coordinator)), 'read the call');
      if (!current || current.status !== 200) return current;
      return send(() => api().patch(`/api/v1/calls/${call.id}`).set(auth(call.coordinator)).send({ version: current.body.version, closesAt: new Date(Date.now() + 800).toISOString() }), 'close soon');
    });
    await phase;
    await eventually(async () => (await countIn('in_review')) === APPLICATIONS, WAIT, 'every application to be in review');

    // Review saves and submits, each until it is submitted.
    phase = dropping('reviews');
    const reviews: { id: string; evaluator: TestUser; applicationId: string }[] = [];
    for (const evaluator of call.evaluators) {
      const rows: { id: string; application_id: string }[] = await db.query(`SELECT id, application_id FROM reviews WHERE call_id = $1 AND evaluator_id = $2 AND state = 'assigned'`, [call.id, evaluator.id]);
      reviews.push(...rows.map((r) => ({ id: r.id, evaluator, applicationId: r.application_id })));
    }
    for (const review of reviews) {
      const i = drafts.findIndex((d) => d.id === review.applicationId);
      await ensure(`review ${review.id}`, async () => (await db.query(`SELECT state FROM reviews WHERE id = $1`, [review.id]))[0].state === 'submitted', async () => {
        const current = await send(() => api().get(`/api/v1/reviews/${review.id}`).set(auth(review.evaluator)), 'read a review');
        if (!current || current.status !== 200) return current;
        const saved = await send(
          () =>
            api()
              .patch(`/api/v1/reviews/${review.id}`)
              .set(auth(review.evaluator))
              .send({ version: current.body.version, scores: { impact: { score: 5 - (i % 6) * 0.5, comment: 'Impact as argued' }, feasibility: { score: 4, comment: 'Doable' } } }),
          'save a review',
        );
        if (!saved || saved.status !== 200) return saved;
        return send(() => api().post(`/api/v1/reviews/${review.id}/submit`).set(auth(review.evaluator)).send({ version: saved.body.version }), 'submit a review');
      });
    }
    await phase;

    // Aggregation, ranking and the proposal, in the worker.
    phase = dropping('aggregation and ranking');
    await eventually(async () => (await db.query(`SELECT 1 FROM funding_proposals WHERE call_id = $1`, [call.id])).length === 1, WAIT, 'the funding proposal');
    await phase;

    // The decision, and what follows it: notifications, pilots and their bookings.
    phase = dropping('decision');
    await ensure(
      'the decision',
      async () => (await db.query(`SELECT 1 FROM funding_decisions WHERE call_id = $1`, [call.id])).length === 1,
      () => send(() => api().post(`/api/v1/calls/${call.id}/decision`).set(auth(call.decider)).send({}), 'decide'),
    );
    await phase;
    reading = false;
    await Promise.all(readers);
    expect(drops).toBe(DROPS);

    // The app serves normally again: a read and a write, answered at once.
    await eventually(async () => (await api().get('/health')).status === 200, WAIT, '/health to recover');
    await api().get(`/api/v1/calls/${call.id}`).expect(200);
    await createOrganisation(stack, drafts[0].lead, { name: 'Takaisin Oy' });

    await eventually(async () => (await db.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`))[0].n === 0, WAIT, 'the outbox to drain');
    await eventually(
      async () => (await db.query(`SELECT (SELECT count(DISTINCT job_id) FROM outbox WHERE job_name = 'notification.send') = (SELECT count(*) FROM notifications) AS done`))[0].done,
      WAIT,
      'every notification to be delivered',
    );
    await sleep(500);
    expect(wrong).toEqual([]);
    expect(await checkInvariants(db, call.id, { smtp: stack.smtp, mailAtLeastOnce: true })).toEqual([]);
    const mailedTwice = (await mailTally(db, stack.smtp!)).reduce((sum, t) => sum + Math.max(0, t.received - t.expected), 0);
    const statuses = [...answers.byStatus].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(' ');
    console.log(
      `db-drops: seed ${SEED}, ${drops} drops terminated ${terminated} connections; ${answers.total} requests (${statuses}), ${answers.unavailable} answered 503; ${mailedTwice} e-mails sent again after a lost commit; ${APPLICATIONS} applications decided in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 300_000);
});
