import { ChildProcess } from 'node:child_process';
import request from 'supertest';
import { TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { closeSoon, countInState, EUR, openCallWithApplications, proposalOf, submitAllReviews, WorkflowCall } from '../support/workflow.js';
import { envCount, faultSeed, seeded, sleep, startWorkerProcess, stopProcess } from './chaos.js';
import { checkInvariants } from './invariants.js';

const APPLICATIONS = 12;
const REQUESTED = 40_000 * EUR;
const BUDGET = 4 * REQUESTED;
/** SIGKILLs of the worker in one run; `npm run test:long` asks for more. */
const KILLS = envCount('FAULT_WORKER_KILLS', 5);
const SEED = faultSeed();
const WAIT = 120_000;

/**
 * The workflow of a call, from submissions to a promoted reserve, while the worker process is
 * killed with SIGKILL at random moments and started again. Afterwards every application is in a
 * final state and nothing happened twice: assignments, reviews, decisions, notifications, budget.
 */
describe('evaluation and funding workflow while the worker is killed', () => {
  let stack: Stack;
  let worker: ChildProcess | null = null;
  let kills = 0;
  let chaos: Promise<void> | null = null;
  let calm = false;
  const next = seeded(SEED);

  const startWorker = () => startWorkerProcess(stack.env);
  const kill = stopProcess;

  /** Kills the worker at a random moment 0.3–3 s after each start, until KILLS are done or calm is asked for. */
  async function runChaos(): Promise<void> {
    while (!calm && kills < KILLS) {
      await sleep(300 + next() * 2_700);
      if (calm) break;
      await kill(worker!, 'SIGKILL');
      kills += 1;
      worker = startWorker();
    }
  }

  beforeAll(async () => {
    stack = await startStack({ smtp: true });
    worker = startWorker();
  });
  afterAll(async () => {
    calm = true;
    await chaos;
    if (worker) await kill(worker, 'SIGTERM');
    await stack.close();
  });

  it(`ends with every application decided and nothing done twice (seed ${SEED})`, async () => {
    const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
    const started = Date.now();
    const api = () => request(stack.http);
    chaos = runChaos();
    const call: WorkflowCall = await openCallWithApplications(stack, { applications: APPLICATIONS, evaluators: 4, requestedCents: REQUESTED, budgetCents: BUDGET });
    await eventually(async () => (await countInState(stack, call, 'eligible')) === APPLICATIONS, WAIT, 'every application to be eligible');
    await closeSoon(stack, call);
    await eventually(async () => (await countInState(stack, call, 'in_review')) === APPLICATIONS, WAIT, 'every application to be in review');
    await submitAllReviews(stack, call, (i) => ({ impact: 5 - (i % 6) * 0.5, feasibility: 4 }));
    await proposalOf(stack, call, WAIT);
    await api().post(`/api/v1/calls/${call.id}/decision`).set(auth(call.decider)).send({}).expect(200);
    const funded: { id: string; lead: string }[] = await stack.db.query(
      `SELECT a.id, a.lead_organisation_id AS lead FROM applications a WHERE a.call_id = $1 AND a.state = 'funded' ORDER BY a.submitted_at LIMIT 1`,
      [call.id],
    );
    const lead = call.applicants.find((a) => a.organisationId === funded[0].lead)!.user;
    const [{ application_id: firstReserve }] = await stack.db.query(`SELECT application_id FROM funding_reserve WHERE call_id = $1 ORDER BY position LIMIT 1`, [call.id]);
    await api().post(`/api/v1/applications/${funded[0].id}/decline-grant`).set(auth(lead)).send({ reason: 'The partner left' }).expect(200);

    // Let the chaos finish its kills, then leave one worker running to finish what is left.
    await chaos;
    calm = true;
    expect(kills).toBe(KILLS);
    await eventually(async () => (await stack.db.query(`SELECT state FROM applications WHERE id = $1`, [firstReserve]))[0].state === 'funded', WAIT, 'the reserve promotion');
    await eventually(async () => (await stack.db.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`))[0].n === 0, WAIT, 'the outbox to drain');

    await eventually(
      async () => (await stack.db.query(`SELECT (SELECT count(DISTINCT job_id) FROM outbox WHERE job_name = 'notification.send') = (SELECT count(*) FROM notifications) AS done`))[0].done,
      WAIT,
      'every notification to be delivered',
    );
    // A worker killed between sending an e-mail and committing its job sends it again: at least once.
    expect(await checkInvariants(stack.db, call.id, { smtp: stack.smtp, mailAtLeastOnce: true })).toEqual([]);
    console.log(`worker-kill: seed ${SEED}, ${kills} worker kills survived, ${APPLICATIONS} applications decided in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);
});
