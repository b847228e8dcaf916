import request from 'supertest';
import { TestUser } from '../support/api.js';
import { eventually, Stack } from '../support/stack.js';
import { closeSoon, countInState, EUR, openCallWithApplications, proposalOf, submitAllReviews, WorkflowCall } from '../support/workflow.js';

const REQUESTED = 40_000 * EUR;

/**
 * One call of the fault suites through the API (`stack.http`), from submissions to a decided call
 * whose first funded applicant declines its grant: `applications` applications, four evaluators,
 * a budget for four grants. Answers the call and the first reserve application, which the
 * declined grant should promote.
 */
export async function decideCallAndDeclineOne(stack: Stack, applications: number, waitMs: number): Promise<{ call: WorkflowCall; firstReserve: string }> {
  const api = () => request(stack.http);
  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const call = await openCallWithApplications(stack, { applications, evaluators: 4, requestedCents: REQUESTED, budgetCents: 4 * REQUESTED });
  await eventually(async () => (await countInState(stack, call, 'eligible')) === applications, waitMs, 'every application to be eligible');
  await closeSoon(stack, call);
  await eventually(async () => (await countInState(stack, call, 'in_review')) === applications, waitMs, 'every application to be in review');
  await submitAllReviews(stack, call, (i) => ({ impact: 5 - (i % 6) * 0.5, feasibility: 4 }));
  await proposalOf(stack, call, waitMs);
  await api().post(`/api/v1/calls/${call.id}/decision`).set(auth(call.decider)).send({}).expect(200);
  const funded: { id: string; lead: string }[] = await stack.db.query(
    `SELECT a.id, a.lead_organisation_id AS lead FROM applications a WHERE a.call_id = $1 AND a.state = 'funded' ORDER BY a.submitted_at LIMIT 1`,
    [call.id],
  );
  const lead = call.applicants.find((a) => a.organisationId === funded[0].lead)!.user;
  const [{ application_id: firstReserve }] = await stack.db.query(`SELECT application_id FROM funding_reserve WHERE call_id = $1 ORDER BY position LIMIT 1`, [call.id]);
  await api().post(`/api/v1/applications/${funded[0].id}/decline-grant`).set(auth(lead)).send({ reason: 'The partner left' }).expect(200);
  return { call, firstReserve };
}

/** Waits for the follow-up work to settle: the reserve promoted, the outbox drained, every notification delivered. */
export async function settled(stack: Stack, firstReserve: string, waitMs: number): Promise<void> {
  await eventually(async () => (await stack.db.query(`SELECT state FROM applications WHERE id = $1`, [firstReserve]))[0].state === 'funded', waitMs, 'the reserve promotion');
  await eventually(async () => (await stack.db.query(`SELECT count(*)::int AS n FROM outbox WHERE sent_at IS NULL`))[0].n === 0, waitMs, 'the outbox to drain');
  await eventually(
    async () => (await stack.db.query(`SELECT (SELECT count(DISTINCT job_id) FROM outbox WHERE job_name = 'notification.send') = (SELECT count(*) FROM notifications) AS done`))[0].done,
    waitMs,
    'every notification to be delivered',
  );
}
