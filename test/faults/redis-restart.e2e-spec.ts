import { Queue } from 'bullmq';
import { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { redisOptionsOf } from '../../libs/platform/src/queue/backend.js';
import { GLOBAL_CONCURRENCY } from '../../libs/platform/src/queue/queue-limits.js';
import { ThrowawayRedis } from '../../libs/testing/src/index.js';
import { TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { closeSoon, countInState, EUR, openCallWithApplications, proposalOf, submitAllReviews, WorkflowCall } from '../support/workflow.js';
import { envCount, faultSeed, seeded, sleep, startWorkerProcess, stopProcess } from './chaos.js';
import { checkInvariants } from './invariants.js';

const APPLICATIONS = 10;
const REQUESTED = 40_000 * EUR;
const BUDGET = 4 * REQUESTED;
/** SIGKILLs of Redis in one run, spread over the workflow's steps; `npm run test:long` asks for more. */
const RESTARTS = envCount('FAULT_REDIS_RESTARTS', 5);
const SEED = faultSeed();
const WAIT = 90_000;
/** The steps after which Redis is killed, in the order the workflow reaches them. */
const STEPS = ['submissions', 'close', 'reviews', 'decision', 'grant declined'] as const;

/**
 * The workflow of a call on a Redis of its own that is killed with SIGKILL after each step, once
 * the outbox has handed that step's jobs to it, and started again empty on the same port: every
 * queued, delayed and active job is gone. The outbox must deliver them again, and the workflow
 * must end as it does without faults, nothing lost and nothing done twice.
 */
describe('the evaluation workflow while Redis is killed and comes back empty', () => {
  let redis: ThrowawayRedis;
  let stack: Stack;
  let worker: ChildProcess;
  let restarts = 0;
  const next = seeded(SEED);
  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

  /** Waits until the outbox has handed every row to Redis (so the kill takes the jobs with it). */
  const relayed = () => eventually(async () => (await stack.db.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`))[0].n === 0, WAIT, 'the outbox to be relayed');

  /** This step's share of the restarts: kill Redis, keep it down a moment (while `meanwhile` runs), start it empty. */
  async function restartAfter(step: (typeof STEPS)[number], meanwhile?: () => Promise<unknown>): Promise<void> {
    const index = STEPS.indexOf(step);
    const mine = Math.floor(RESTARTS / STEPS.length) + (index < RESTARTS % STEPS.length ? 1 : 0);
    for (let i = 0; i < mine; i++) {
      await relayed();
      await sleep(next() * 300);
      await redis.stop();
      if (i === 0 && meanwhile) await meanwhile();
      await sleep(100 + next() * 700);
      await redis.start();
      restarts += 1;
    }
    if (mine === 0 && meanwhile) await meanwhile();
  }

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    stack = await startStack({ smtp: true, env: { REDIS_URL: redis.url } });
    worker = startWorkerProcess(stack.env);
  });
  afterAll(async () => {
    if (worker) await stopProcess(worker, 'SIGTERM');
    await stack?.close();
    await redis?.destroy();
  });

  it(`ends with every application decided, nothing lost and nothing done twice (seed ${SEED})`, async () => {
    const started = Date.now();
    const api = () => request(stack.http);
    const call: WorkflowCall = await openCallWithApplications(stack, { applications: APPLICATIONS, evaluators: 4, requestedCents: REQUESTED, budgetCents: BUDGET });
    await restartAfter('submissions');
    await eventually(async () => (await countInState(stack, call, 'eligible')) === APPLICATIONS, WAIT, 'every application to be eligible');

    await closeSoon(stack, call);
    await restartAfter('close');
    await eventually(async () => (await countInState(stack, call, 'in_review')) === APPLICATIONS, WAIT, 'every application to be in review');

    await submitAllReviews(stack, call, (i) => ({ impact: 5 - (i % 6) * 0.5, feasibility: 4 }));
    await restartAfter('reviews');
    await proposalOf(stack, call, WAIT);

    // The decision is taken while Redis is down: the API writes it, its jobs wait in the outbox.
    await restartAfter('decision', () => api().post(`/api/v1/calls/${call.id}/decision`).set(auth(call.decider)).send({}).expect(200));
    await eventually(async () => (await stack.db.query(`SELECT 1 FROM funding_decisions WHERE call_id = $1`, [call.id])).length === 1, WAIT, 'the decision');

    const [funded]: { id: string; lead: string }[] = await stack.db.query(
      `SELECT id, lead_organisation_id AS lead FROM applications WHERE call_id = $1 AND state = 'funded' ORDER BY submitted_at LIMIT 1`,
      [call.id],
    );
    const lead = call.applicants.find((a) => a.organisationId === funded.lead)!.user;
    const [{ application_id: firstReserve }] = await stack.db.query(`SELECT application_id FROM funding_reserve WHERE call_id = $1 ORDER BY position LIMIT 1`, [call.id]);
    await api().post(`/api/v1/applications/${funded.id}/decline-grant`).set(auth(lead)).send({ reason: 'The partner left' }).expect(200);
    await restartAfter('grant declined');

    expect(restarts).toBe(RESTARTS);
    await eventually(async () => (await stack.db.query(`SELECT state FROM applications WHERE id = $1`, [firstReserve]))[0].state === 'funded', WAIT, 'the reserve promotion');
    // The queues' limits over all workers lived in the Redis that was lost. The worker's check
    // (every second) sets them again once it finds Redis empty, and then puts back the outbox rows
    // whose jobs Redis lost; that may come after the last restart's jobs are done, so the outbox
    // is awaited after it.
    for (const [name, limit] of Object.entries(GLOBAL_CONCURRENCY)) {
      const queue = new Queue(name, { connection: redisOptionsOf(redis.url), prefix: stack.env.QUEUE_PREFIX });
      try {
        await eventually(async () => (await queue.getGlobalConcurrency()) === limit, 10_000, `the ${name} queue's global limit to be set again`);
      } finally {
        await queue.close();
      }
    }
    await sleep(250);
    await relayed();
    // Every notification job delivered: as many in-app notifications as notification jobs.
    await eventually(
      async () => (await stack.db.query(`SELECT (SELECT count(DISTINCT job_id) FROM outbox WHERE job_name = 'notification.send') = (SELECT count(*) FROM notifications) AS done`))[0].done,
      WAIT,
      'every notification to be delivered',
    );
    await sleep(500);
    expect(await checkInvariants(stack.db, call.id, { smtp: stack.smtp })).toEqual([]);
    console.log(`redis-restart: seed ${SEED}, ${restarts} Redis restarts survived, ${APPLICATIONS} applications decided in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 300_000);
});
