import request from 'supertest';
import { at, DAY, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { closeSoon, consortiumOf, countInState, EUR, openCallWithApplications, proposalOf, submitAllReviews, WorkflowCall } from '../support/workflow.js';

/**
 * Clarifications through HTTP and the real worker: the coordinator asks (also from an evaluator's
 * suggestion), the consortium answers, the assigned evaluators read both beside the pinned
 * revision, nobody else does (directly, or through notifications, the audit log and the exports),
 * and the ranking waits for an open question until it is answered.
 */
describe('clarifications', () => {
  let stack: Stack;
  let call: WorkflowCall;
  let first: string;
  let second: string;
  let lead: TestUser;
  let partner: TestUser;
  let assigned: TestUser;
  let unassigned: TestUser;
  let otherCoordinator: TestUser;
  let stranger: TestUser;

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const kindsOf = async (user: TestUser) => ((await api().get('/api/v1/notifications').set(auth(user)).expect(200)).body.items as { kind: string; link: string | null }[]);

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    call = await openCallWithApplications(stack, { applications: 2, evaluators: 3, organisations: 3, requestedCents: 50_000 * EUR, budgetCents: 500_000 * EUR });
    [first, second] = call.applications;
    [{ user: lead }, { user: partner }] = consortiumOf(call, 0);
    [otherCoordinator, stranger] = await Promise.all([registerUser(stack), registerUser(stack)]);
    await grantRole(stack, otherCoordinator.id, 'coordinator', 'helsinki');
    await closeSoon(stack, call);
    await eventually(async () => (await countInState(stack, call, 'in_review')) === 2, 60_000, 'both applications to be in review');
    const reviewers: { evaluator_id: string }[] = await stack.db.query(`SELECT evaluator_id FROM reviews WHERE application_id = $1`, [first]);
    const ids = new Set(reviewers.map((r) => r.evaluator_id));
    assigned = call.evaluators.find((e) => ids.has(e.id))!;
    unassigned = call.evaluators.find((e) => !ids.has(e.id))!;
  }, 180_000);
  afterAll(() => stack.close());

  it('lets an assigned evaluator suggest a question and the coordinator ask it, edited, with a deadline', async () => {
    await api().post(`/api/v1/applications/${first}/clarification-suggestions`).set(auth(unassigned)).send({ question: 'Ask about nights' }).expect(404);
    await api().post(`/api/v1/applications/${first}/clarification-suggestions`).set(auth(lead)).send({ question: 'Ask about nights' }).expect(403);
    const suggested = await api().post(`/api/v1/applications/${first}/clarification-suggestions`).set(auth(assigned)).send({ question: 'Ask who drives at night' }).expect(201);
    // A retried suggestion is the same suggestion.
    const again = await api().post(`/api/v1/applications/${first}/clarification-suggestions`).set(auth(assigned)).send({ question: 'Ask who drives at night' }).expect(200);
    expect(again.body.id).toBe(suggested.body.id);
    const seen = await api().get(`/api/v1/applications/${first}/clarification-suggestions`).set(auth(call.coordinator)).expect(200);
    expect(seen.body).toEqual([expect.objectContaining({ id: suggested.body.id, state: 'open', evaluatorId: assigned.id })]);
    // Suggestions stay between the evaluators and the coordinators.
    await api().get(`/api/v1/applications/${first}/clarification-suggestions`).set(auth(partner)).expect(403);

    // Only the coordinator of the call's city asks; bad input is named.
    const question = { question: 'Who operates the shuttles at night, and under which permit?', answerDueAt: at(7 * DAY), suggestionId: suggested.body.id };
    await api().post(`/api/v1/applications/${first}/clarifications`).set(auth(assigned)).send(question).expect(403);
    await api().post(`/api/v1/applications/${first}/clarifications`).set(auth(call.decider)).send(question).expect(403);
    await api().post(`/api/v1/applications/${first}/clarifications`).set(auth(otherCoordinator)).send(question).expect(404);
    const past = await api().post(`/api/v1/applications/${first}/clarifications`).set(auth(call.coordinator)).send({ ...question, answerDueAt: at(-DAY) }).expect(400);
    expect(past.body.errors).toEqual([expect.objectContaining({ field: 'answerDueAt' })]);
    const missing = await api().post(`/api/v1/applications/${first}/clarifications`).set(auth(call.coordinator)).send({ answerDueAt: at(DAY) }).expect(400);
    expect(missing.body.errors.map((f: { field: string }) => f.field)).toContain('question');

    const asked = await api().post(`/api/v1/applications/${first}/clarifications`).set(auth(call.coordinator)).send(question).expect(201);
    expect(asked.body).toMatchObject({ state: 'open', revisionNumber: 1, answer: null, suggested: true });
    const retried = await api().post(`/api/v1/applications/${first}/clarifications`).set(auth(call.coordinator)).send(question).expect(200);
    expect(retried.body.id).toBe(asked.body.id);
    const settled = await api().get(`/api/v1/applications/${first}/clarification-suggestions`).set(auth(assigned)).expect(200);
    expect(settled.body[0]).toMatchObject({ state: 'asked', clarificationId: asked.body.id });

    // The deadline comes back as a delayed job through the outbox: nothing polls.
    const [due] = await stack.db.query(`SELECT job_name, delay_until FROM outbox WHERE job_id = $1`, [`clarification.due.${asked.body.id}`]);
    expect(due).toMatchObject({ job_name: 'clarification.settle' });
    expect(new Date(due.delay_until).toISOString()).toBe(new Date(question.answerDueAt).toISOString());

    // The consortium hears of it at once (a question with a deadline cannot be turned off).
    const note = await eventually(async () => (await kindsOf(partner)).find((n) => n.kind === 'clarification.asked'), 30_000, "the partner's notification");
    expect(note.link).toMatch(new RegExp(`/applications/${first}$`));
  });

  it('lets the consortium answer once, beside the pinned revision, and shows it to the assigned evaluators only', async () => {
    const [asked] = (await api().get(`/api/v1/applications/${first}/clarifications`).set(auth(lead)).expect(200)).body;
    const answer = (user: TestUser, text: string) => api().post(`/api/v1/applications/${first}/clarifications/${asked.id}/answer`).set(auth(user)).send({ answer: text });
    await answer(call.coordinator, 'We do').expect(403);
    await answer(assigned, 'We do').expect(403);
    await answer(stranger, 'We do').expect(404);
    const empty = await answer(partner, '  ').expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ field: 'answer' })]);
    const answered = await answer(partner, 'Our partner operates them at night under its own permit.').expect(200);
    expect(answered.body).toMatchObject({ state: 'answered', revisionNumber: 1, answer: 'Our partner operates them at night under its own permit.' });
    await answer(partner, 'Our partner operates them at night under its own permit.').expect(200);
    await answer(lead, 'Something else').expect(409);
    // The answer never changes the revision the evaluators score.
    const revisions = await api().get(`/api/v1/applications/${first}/revisions`).set(auth(lead)).expect(200);
    expect(revisions.body.map((r: { number: number }) => r.number)).toEqual([1]);

    const read = await api().get(`/api/v1/applications/${first}/clarifications`).set(auth(assigned)).expect(200);
    expect(read.body).toEqual([expect.objectContaining({ id: asked.id, state: 'answered', answer: answered.body.answer })]);
    await api().get(`/api/v1/applications/${first}/clarifications`).set(auth(call.coordinator)).expect(200);
    await api().get(`/api/v1/applications/${first}/clarifications`).set(auth(call.decider)).expect(403);
    for (const outsider of [unassigned, otherCoordinator, stranger]) await api().get(`/api/v1/applications/${first}/clarifications`).set(auth(outsider)).expect(404);

    // Indirect reads: notifications, the audit log and the exports.
    await eventually(async () => (await kindsOf(assigned)).some((n) => n.kind === 'clarification.answered'), 30_000, "the evaluator's notification");
    await eventually(async () => (await kindsOf(call.coordinator)).some((n) => n.kind === 'clarification.answered' && n.link?.endsWith(`/desk/applications/${first}`)), 30_000, "the coordinator's notification");
    for (const outsider of [unassigned, call.decider, otherCoordinator]) expect((await kindsOf(outsider)).filter((n) => n.kind.startsWith('clarification.'))).toEqual([]);
    const actions = async (user: TestUser) => ((await api().get('/api/v1/audit').query({ entityId: first }).set(auth(user)).expect(200)).body.items as { action: string }[]).map((e) => e.action);
    expect(await actions(lead)).toEqual(expect.arrayContaining(['clarification.asked', 'clarification.answered']));
    expect(await actions(lead)).not.toContain('clarification.suggested');
    expect(await actions(call.coordinator)).toEqual(expect.arrayContaining(['clarification.suggested', 'clarification.asked', 'clarification.answered']));
    expect((await actions(call.decider)).filter((a) => a.startsWith('clarification.'))).toEqual([]);
    const csv = await api().get(`/api/v1/calls/${call.id}/applications.csv`).set(auth(call.decider)).expect(200);
    expect(csv.text).not.toContain('permit');
  });

  it('holds the ranking while a question is open, and ranks once it is answered', async () => {
    const [{ user: secondLead }] = consortiumOf(call, 1);
    const asked = await api()
      .post(`/api/v1/applications/${second}/clarifications`)
      .set(auth(call.coordinator))
      .send({ question: 'How many passengers did the earlier trial carry?', answerDueAt: at(7 * DAY) })
      .expect(201);
    await submitAllReviews(stack, call, () => ({ impact: 4, feasibility: 4 }));
    await eventually(async () => (await countInState(stack, call, 'reviewed')) === 2, 60_000, 'both applications to be aggregated');
    // Aggregated, but the open question holds the ranking, also when the coordinator asks for it.
    const refused = await api().post(`/api/v1/calls/${call.id}/ranking`).set(auth(call.coordinator)).send({}).expect(409);
    expect(refused.body).toMatchObject({ openClarifications: 1 });
    await api().get(`/api/v1/calls/${call.id}/funding-proposal`).set(auth(call.decider)).expect(404);

    await api().post(`/api/v1/applications/${second}/clarifications/${asked.body.id}/answer`).set(auth(secondLead)).send({ answer: 'About 3,000 a month.' }).expect(200);
    const proposal = await proposalOf(stack, call);
    expect(proposal.lines.map((l: { applicationId: string }) => l.applicationId).sort()).toEqual([first, second].sort());
    // The aggregation never queued the ranking: the answer did.
    const ranks: { job_id: string }[] = await stack.db.query(`SELECT job_id FROM outbox WHERE job_name = 'call.rank' AND payload->>'callId' = $1`, [call.id]);
    expect(ranks.map((r) => r.job_id)).toEqual([`call.rank.${call.id}.after.clarification.answered.${asked.body.id}`]);
    // Once ranked, the application is past the phase of questions.
    await api().post(`/api/v1/applications/${second}/clarifications`).set(auth(call.coordinator)).send({ question: 'One more?', answerDueAt: at(DAY) }).expect(409);
  });
});
