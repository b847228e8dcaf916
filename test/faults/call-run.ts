import request from 'supertest';
import { at, callBody, DAY, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack } from '../support/stack.js';
import { closeSoon, countInState, EUR, openCallWithApplications, proposalOf, registerApplicants, sendIdea, submitAllReviews, WorkflowCall } from '../support/workflow.js';
import { relayedJobsNotRun } from './invariants.js';

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
  // A job a killed worker had in hand runs again once BullMQ finds it stalled, some seconds later.
  await eventually(async () => (await relayedJobsNotRun(stack.db)).length === 0, waitMs, 'every relayed job to run');
  await eventually(
    async () => (await stack.db.query(`SELECT (SELECT count(DISTINCT job_id) FROM outbox WHERE job_name = 'notification.send') = (SELECT count(*) FROM notifications) AS done`))[0].done,
    waitMs,
    'every notification to be delivered',
  );
}

/** The moments of a two-stage run worth a fault: the ideas' ranking, invitation and carry-over, and the full proposals' ranking. */
export type TwoStageStep = 'ideas reviewed' | 'proposals reviewed';

/**
 * A two-stage call of the fault suites through the API, from ideas to a decided second stage:
 * `ideas` ideas (each a consortium of two), one review each, the best three invited; the second
 * stage takes their full proposals, two reviews each, and a budget for two grants. `atStep` is
 * called at the moments worth a fault. Answers the ids of both stages.
 */
export async function decideTwoStageCall(stack: Stack, ideas: number, waitMs: number, atStep: (step: TwoStageStep) => void = () => {}): Promise<{ callId: string; ideaCallId: string }> {
  const api = () => request(stack.http);
  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const [coordinator, decider] = await Promise.all([registerUser(stack), registerUser(stack)]);
  await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
  await grantRole(stack, decider.id, 'decider');
  const evaluators: TestUser[] = [];
  for (let i = 0; i < 3; i++) evaluators.push(await registerUser(stack, { locale: 'en' }));
  for (const evaluator of evaluators) await grantRole(stack, evaluator.id, 'evaluator');
  const applicants = await registerApplicants(stack, 4, 'Vaiheittain');

  const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
  const created = await api()
    .post('/api/v1/calls')
    .set(auth(coordinator))
    .send(
      callBody(tampere, {
        title: { fi: 'Kaksivaiheinen kokeiluhaku', en: 'Two-stage pilot call' },
        opensAt: at(DAY),
        closesAt: at(5 * DAY),
        reviewDeadline: at(10 * DAY),
        budgetCents: 2 * REQUESTED,
        maxGrantCents: REQUESTED,
        reviewersPerApplication: 2,
        deciderIds: [decider.id],
      }),
    )
    .expect(201);
  const callId: string = created.body.id;
  const staged = await api()
    .put(`/api/v1/calls/${callId}/first-stage`)
    .set(auth(coordinator))
    .send({
      version: created.body.version,
      opensAt: at(-DAY),
      closesAt: at(DAY - 60_000),
      reviewDeadline: at(2 * DAY),
      criteria: [
        { key: 'impact', name: { en: 'Impact' }, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 1 },
        { key: 'feasibility', name: { en: 'Feasibility' }, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 1 },
      ],
      overallThreshold: 2,
      tieBreaks: ['impact'],
      reviewersPerApplication: 1,
      invitation: { count: 3 },
    })
    .expect(200);
  const ideaCallId: string = staged.body.firstStage.callId;
  await api().post(`/api/v1/calls/${callId}/publish`).set(auth(coordinator)).send({ version: staged.body.version }).expect(200);
  for (const evaluator of evaluators) {
    for (const id of [ideaCallId, callId]) await api().post(`/api/v1/calls/${id}/evaluators`).set(auth(coordinator)).send({ userId: evaluator.id, expertise: [] }).expect(201);
  }
  const callVersion = async (id: string) => (await stack.db.query(`SELECT version FROM calls WHERE id = $1`, [id]))[0].version as number;
  const inState = async (id: string, state: string) => (await stack.db.query(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = $2`, [id, state]))[0].n as number;

  const ideaIds: string[] = [];
  for (let i = 0; i < ideas; i++) {
    const [lead, partner] = [applicants[i % applicants.length], applicants[(i + 1) % applicants.length]];
    ideaIds.push(await sendIdea(stack, ideaCallId, lead, partner, i, REQUESTED));
  }
  await eventually(async () => (await inState(ideaCallId, 'eligible')) === ideas, waitMs, 'every idea to be eligible');
  await api().patch(`/api/v1/calls/${ideaCallId}`).set(auth(coordinator)).send({ version: await callVersion(ideaCallId), closesAt: at(3_000), reviewDeadline: at(4_000) }).expect(200);
  await eventually(async () => (await inState(ideaCallId, 'in_review')) === ideas, waitMs, 'every idea to be in review');
  const ideaStage: WorkflowCall = { id: ideaCallId, version: 0, coordinator, decider, evaluators, applicants, applications: ideaIds, budgetCents: 0 };
  // Distinct totals, so that the invitation is decided by score: idea 0 best.
  await submitAllReviews(stack, ideaStage, (i) => ({ impact: 5 - (i % 10) * 0.5, feasibility: 4 }));
  atStep('ideas reviewed');

  const proposals = await eventually(async () => {
    const rows: { id: string; lead: string }[] = await stack.db.query(
      `SELECT id, lead_organisation_id AS lead FROM applications WHERE call_id = $1 ORDER BY id`,
      [callId],
    );
    return rows.length === Math.min(3, ideas) ? rows : null;
  }, waitMs, 'the invited ideas’ full proposals');
  await api().patch(`/api/v1/calls/${callId}`).set(auth(coordinator)).send({ version: await callVersion(callId), opensAt: at(2_000) }).expect(200);
  await eventually(async () => (await stack.db.query(`SELECT state FROM calls WHERE id = $1`, [callId]))[0].state === 'open', waitMs, 'the second stage to open');
  for (const proposal of proposals) {
    const lead = applicants.find((a) => a.organisationId === proposal.lead)!.user;
    const current = await api().get(`/api/v1/applications/${proposal.id}`).set(auth(lead)).expect(200);
    const saved = await api().patch(`/api/v1/applications/${proposal.id}`).set(auth(lead)).send({ version: current.body.version, plan: 'The full plan' }).expect(200);
    await api().post(`/api/v1/applications/${proposal.id}/submit`).set(auth(lead)).send({ version: saved.body.version }).expect(200);
  }
  await eventually(async () => (await inState(callId, 'eligible')) === proposals.length, waitMs, 'every full proposal to be eligible');
  await api().patch(`/api/v1/calls/${callId}`).set(auth(coordinator)).send({ version: await callVersion(callId), closesAt: at(3_000) }).expect(200);
  await eventually(async () => (await inState(callId, 'in_review')) === proposals.length, waitMs, 'every full proposal to be in review');
  const secondStage: WorkflowCall = { ...ideaStage, id: callId, applications: proposals.map((p) => p.id), budgetCents: 2 * REQUESTED };
  await submitAllReviews(stack, secondStage, (i) => ({ impact: 5 - i * 0.5, feasibility: 4 }));
  atStep('proposals reviewed');
  await proposalOf(stack, secondStage, waitMs);
  await api().post(`/api/v1/calls/${callId}/decision`).set(auth(decider)).send({}).expect(200);
  return { callId, ideaCallId };
}
