import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { closeSoon, countInState, EUR, openCallWithApplications, proposalOf, submitAllReviews, WorkflowCall } from '../support/workflow.js';

const APPLICATIONS = 12;
const REQUESTED = 40_000 * EUR;
const BUDGET = 4 * REQUESTED;
/** SIGKILLs of the worker in one run; `npm run test:long` asks for more. */
const KILLS = Number(process.env.FAULT_WORKER_KILLS ?? 5);
const SEED = Number(process.env.FAULT_SEED ?? Date.now() % 100_000);
const WAIT = 120_000;

/** A small seeded generator (mulberry32), so that a failing run can be repeated with FAULT_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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
  const next = random(SEED);

  function startWorker(): ChildProcess {
    const child = spawn(process.execPath, [join(__dirname, '../support/run-ts.cjs'), 'apps/worker/src/main.ts'], {
      cwd: join(__dirname, '../..'),
      env: { ...process.env, ...stack.env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let errors = '';
    child.stderr?.on('data', (chunk) => (errors = (errors + chunk.toString()).slice(-4000)));
    child.once('exit', (code, signal) => {
      if (signal !== 'SIGKILL' && signal !== 'SIGTERM' && code !== 0) console.error(`worker exited with ${code}: ${errors}`);
    });
    return child;
  }

  async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  /** Kills the worker at a random moment 0.3–3 s after each start, until KILLS are done or calm is asked for. */
  async function runChaos(): Promise<void> {
    while (!calm && kills < KILLS) {
      await new Promise((r) => setTimeout(r, 300 + next() * 2_700));
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

    const states: { state: string; n: number }[] = await stack.db.query(`SELECT state, count(*)::int AS n FROM applications WHERE call_id = $1 GROUP BY state`, [call.id]);
    for (const { state } of states) expect(['funded', 'not_funded']).toContain(state);
    expect(states.reduce((sum, s) => sum + s.n, 0)).toBe(APPLICATIONS);

    const once = async (sql: string) => (await stack.db.query(sql, [call.id])).length;
    // Two distinct reviewers per application, and no evaluator twice on one.
    expect(await once(`SELECT application_id FROM reviews WHERE call_id = $1 AND state <> 'declined' GROUP BY application_id HAVING count(DISTINCT evaluator_id) <> 2 OR count(*) <> 2`)).toBe(0);
    expect(await once(`SELECT 1 FROM funding_decisions WHERE call_id = $1`)).toBe(1);
    expect(await once(`SELECT application_id FROM application_aggregates WHERE call_id = $1`)).toBe(APPLICATIONS);
    expect(await once(`SELECT application_id FROM pilots WHERE call_id = $1 GROUP BY application_id HAVING count(*) > 1`)).toBe(0);
    const [{ awarded }] = await stack.db.query(`SELECT coalesce(sum(grant_cents), 0)::float8 AS awarded FROM grants WHERE call_id = $1 AND state = 'awarded'`, [call.id]);
    expect(awarded).toBeLessThanOrEqual(BUDGET);
    const [{ committed }] = await stack.db.query(`SELECT committed_cents::float8 AS committed FROM call_budgets WHERE call_id = $1`, [call.id]);
    expect(committed).toBe(awarded);
    // Each notification once: per user, kind and thing.
    expect((await stack.db.query(`SELECT 1 FROM notifications GROUP BY user_id, kind, entity_id HAVING count(*) > 1`)).length).toBe(0);
    // Each state change of an application audited once.
    const audited: { action: string; n: number }[] = await stack.db.query(
      `SELECT action, count(*)::int AS n FROM audit_events WHERE call_id = $1 AND entity_type = 'application' GROUP BY action, entity_id HAVING count(*) > 1 AND action NOT IN ('application.updated', 'application.partner_invited', 'application.partner_accepted')`,
      [call.id],
    );
    expect(audited).toEqual([]);
  }, 600_000);
});
