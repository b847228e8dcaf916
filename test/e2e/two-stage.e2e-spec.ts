import request from 'supertest';
import { at, callBody, DAY, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { EUR, registerApplicants, sendIdea } from '../support/workflow.js';

const REQUESTED = 40_000 * EUR;
const NOVELTY = [5, 4, 3, 1];

/**
 * A two-stage call through HTTP and the real worker: four ideas are sent, close by themselves,
 * are reviewed once each and ranked; the best two are invited (their full proposals started from
 * the ideas), the third hears at once that it was not, the fourth that it fell below the
 * threshold; the second stage opens by itself, takes the full proposals, closes and is reviewed
 * while the coordinator asks one consortium a question (the ranking waits for its answer); the
 * budget funds one, the other asks for redress, which is upheld: new evaluators lift it above the
 * budget line and the call's redress reserve funds it, so both invited ideas become funded pilots.
 */
describe('two-stage call', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let decider: TestUser;
  /** An evaluator in no pool of the call: the redress reviewer. */
  let procedural: TestUser;
  const evaluators: TestUser[] = [];
  const applicants: { user: TestUser; organisationId: string }[] = [];
  let callId: string;
  let ideaCallId: string;
  const ideas: string[] = [];
  const proposals: string[] = [];

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const stateOf = async (id: string) => (await stack.db.query(`SELECT state FROM applications WHERE id = $1`, [id]))[0].state as string;
  const callState = async (id: string) => (await stack.db.query(`SELECT state, version FROM calls WHERE id = $1`, [id]))[0] as { state: string; version: number };
  const statesOf = (ids: string[]) => Promise.all(ids.map(stateOf));

  /** Every evaluator submits what is assigned to them, with `scoresOf` the scores of the application. */
  async function reviewAll(scoresOf: (applicationId: string) => Record<string, number>): Promise<number> {
    let submitted = 0;
    for (const evaluator of evaluators) {
      const mine = await api().get('/api/v1/reviews').query({ state: 'assigned', limit: 100 }).set(auth(evaluator)).expect(200);
      for (const item of mine.body.items as { id: string; applicationId: string; version: number }[]) {
        const scores = Object.fromEntries(Object.entries(scoresOf(item.applicationId)).map(([key, score]) => [key, { score, comment: 'As argued' }]));
        const saved = await api().patch(`/api/v1/reviews/${item.id}`).set(auth(evaluator)).send({ version: item.version, scores }).expect(200);
        await api().post(`/api/v1/reviews/${item.id}/submit`).set(auth(evaluator)).send({ version: saved.body.version }).expect(200);
        submitted += 1;
      }
    }
    return submitted;
  }

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    [coordinator, decider, procedural] = await Promise.all([registerUser(stack), registerUser(stack), registerUser(stack)]);
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, decider.id, 'decider');
    await grantRole(stack, procedural.id, 'evaluator');
    for (let i = 0; i < 2; i++) {
      const evaluator = await registerUser(stack, { locale: 'en' });
      await grantRole(stack, evaluator.id, 'evaluator');
      evaluators.push(evaluator);
    }
    applicants.push(...(await registerApplicants(stack, 5, 'Ideoija')));
  }, 240_000);
  afterAll(() => stack?.close());

  it('lets the coordinator add a first stage to a draft, refusing a bad one by its field, and publishes both stages', async () => {
    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const created = await api()
      .post('/api/v1/calls')
      .set(auth(coordinator))
      .send(callBody(tampere, { opensAt: at(DAY), closesAt: at(5 * DAY), reviewDeadline: at(10 * DAY), budgetCents: REQUESTED, maxGrantCents: REQUESTED, deciderIds: [decider.id] }))
      .expect(201);
    callId = created.body.id;
    const stage = {
      opensAt: at(-DAY),
      closesAt: at(DAY - 60_000),
      reviewDeadline: at(2 * DAY),
      criteria: [{ key: 'novelty', name: { fi: 'Uutuus', en: 'Novelty' }, weight: 1, scale: { min: 0, max: 5, step: 1 }, threshold: 2 }],
      overallThreshold: 2,
      tieBreaks: ['novelty'],
      reviewersPerApplication: 1,
      invitation: { count: 2 },
    };
    const bad = await api()
      .put(`/api/v1/calls/${callId}/first-stage`)
      .set(auth(coordinator))
      .send({ ...stage, version: created.body.version, invitation: { count: 2, sharePercent: 10 } })
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['invitation']);
    const late = await api().put(`/api/v1/calls/${callId}/first-stage`).set(auth(coordinator)).send({ ...stage, version: created.body.version, closesAt: at(DAY + 60_000) }).expect(400);
    expect(late.body.errors.map((e: { field: string }) => e.field)).toEqual(['closesAt']);

    const set = await api().put(`/api/v1/calls/${callId}/first-stage`).set(auth(coordinator)).send({ ...stage, version: created.body.version }).expect(200);
    ideaCallId = set.body.firstStage.callId;
    expect(set.body.firstStage).toMatchObject({ state: 'draft', reviewersPerApplication: 1, invitation: { count: 2 }, requiredFields: ['title', 'summary'] });
    // Sent again (a retry), it changes nothing.
    const again = await api().put(`/api/v1/calls/${callId}/first-stage`).set(auth(coordinator)).send({ ...stage, version: set.body.version }).expect(200);
    expect(again.body.version).toBe(set.body.version);
    await api().post(`/api/v1/calls/${ideaCallId}/publish`).set(auth(coordinator)).send({}).expect(409);

    await api().post(`/api/v1/calls/${callId}/publish`).set(auth(coordinator)).send({ version: set.body.version }).expect(200);
    // The budget funds one full proposal; a redress that lifts another is funded from a reserve of one more grant.
    await api().put(`/api/v1/calls/${callId}/redress-policy`).set(auth(coordinator)).send({ remedy: 'reserve_budget', reserveCents: REQUESTED }).expect(200);
    const shown = await api().get(`/api/v1/calls/${callId}`).expect(200);
    expect(shown.body).toMatchObject({ state: 'scheduled', firstStageId: ideaCallId, firstStage: { callId: ideaCallId, state: 'open' } });
    expect(shown.body.firstStage.criteria.map((c: { name: string }) => c.name)).toEqual(['Novelty']);
    const listed = await api().get('/api/v1/calls').query({ limit: 100 }).expect(200);
    expect(listed.body.items.map((c: { id: string }) => c.id)).toContain(callId);
    expect(listed.body.items.map((c: { id: string }) => c.id)).not.toContain(ideaCallId);
    // Open while it takes ideas: those looking for open calls find it once, as the call.
    const open = await api().get('/api/v1/calls').query({ state: 'open', limit: 100 }).expect(200);
    expect(open.body.items.filter((c: { id: string }) => c.id === callId || c.id === ideaCallId).map((c: { id: string }) => c.id)).toEqual([callId]);
    await api().put(`/api/v1/calls/${callId}/first-stage`).set(auth(coordinator)).send({ ...stage, version: (await callState(callId)).version }).expect(409);
    for (const evaluator of evaluators) {
      for (const id of [ideaCallId, callId]) await api().post(`/api/v1/calls/${id}/evaluators`).set(auth(coordinator)).send({ userId: evaluator.id, expertise: [] }).expect(201);
    }
  });

  it('takes ideas in the first stage only; the second stage takes no application of its own', async () => {
    const lead = applicants[0];
    await api()
      .post('/api/v1/applications')
      .set(auth(lead.user))
      .send({ callId, organisationId: lead.organisationId, title: 'Straight to the full proposal' })
      .expect(409);
    for (let i = 0; i < NOVELTY.length; i++) {
      const [owner, partner] = [applicants[i], applicants[i + 1]];
      ideas.push(await sendIdea(stack, ideaCallId, owner, partner, i, REQUESTED));
    }
    await eventually(async () => (await statesOf(ideas)).every((s) => s === 'eligible'), 60_000, 'every idea to be eligible');
  });

  it('closes the first stage by itself, reviews each idea once, invites the best two and tells the others at once', async () => {
    await api()
      .patch(`/api/v1/calls/${ideaCallId}`)
      .set(auth(coordinator))
      .send({ version: (await callState(ideaCallId)).version, closesAt: at(3_000), reviewDeadline: at(4_000) })
      .expect(200);
    await eventually(async () => (await statesOf(ideas)).every((s) => s === 'in_review'), 60_000, 'every idea to be in review');
    expect(await reviewAll((id) => ({ novelty: NOVELTY[ideas.indexOf(id)] }))).toBe(NOVELTY.length);

    await eventually(async () => (await callState(ideaCallId)).state === 'decided', 60_000, 'the first stage to be decided');
    expect(await statesOf(ideas)).toEqual(['invited', 'invited', 'not_invited', 'not_invited']);
    const ranks: { id: string; rank: number | null }[] = await stack.db.query(`SELECT application_id AS id, rank FROM application_aggregates WHERE call_id = $1`, [ideaCallId]);
    expect(ideas.map((id) => ranks.find((r) => r.id === id)?.rank ?? null)).toEqual([1, 2, 3, null]);

    // The one below the cut hears it at once, before anything of the second stage happens. Its
    // lead is also the partner of idea 1, which is invited: both notices reach them, in either order.
    const notified = await eventually(async () => {
      const items: { kind: string; title: string }[] = (await api().get('/api/v1/notifications').query({ limit: 100 }).set(auth(applicants[2].user)).expect(200)).body.items;
      const outcomes = items.filter((n) => n.kind === 'funding.stage_outcome');
      return outcomes.length === 2 ? outcomes.map((n) => n.title).sort() : null;
    }, 30_000, 'the not-invited idea to be told');
    expect(notified).toEqual(['Invited to the second stage: Idea 1', 'Your idea has been evaluated: Idea 2']);
    // Each idea's outcome says so at once: invited, not invited below the cut, not invited below a threshold.
    const results = await Promise.all([0, 2, 3].map(async (i) => (await api().get(`/api/v1/applications/${ideas[i]}/outcome`).set(auth(applicants[i].user)).expect(200)).body.result));
    expect(results.map((r) => r.status)).toEqual(['invited', 'not_invited', 'not_invited']);
    expect(results[1].failedThresholds).toEqual([]);
    expect(results[2].failedThresholds.length).toBeGreaterThan(0);
    const events: { action: string }[] = await stack.db.query(`SELECT action FROM audit_events WHERE call_id = $1 AND action = 'call.ideas_invited'`, [ideaCallId]);
    expect(events).toHaveLength(1);
  });

  it('starts each invited idea’s full proposal from the idea: consortium and texts carried over', async () => {
    const rows = await eventually(async () => {
      const found: { id: string; ideaId: string }[] = await stack.db.query(
        `SELECT id, idea_application_id AS "ideaId" FROM applications WHERE call_id = $1 ORDER BY title`,
        [callId],
      );
      return found.length === 2 ? found : null;
    }, 30_000, 'the full proposals');
    expect(rows.map((r) => r.ideaId)).toEqual(ideas.slice(0, 2));
    proposals.push(...rows.map((r) => r.id));
    const proposal = await api().get(`/api/v1/applications/${proposals[0]}`).set(auth(applicants[0].user)).expect(200);
    expect(proposal.body).toMatchObject({ callId, state: 'draft', title: 'Idea 0', summary: 'A page about idea 0', requestedGrantCents: REQUESTED, stage: 'full_proposal', ideaApplicationId: ideas[0], fullProposalId: null });
    // The idea leads to its proposal; the one not invited leads nowhere.
    const idea = await api().get(`/api/v1/applications/${ideas[0]}`).set(auth(applicants[0].user)).expect(200);
    expect(idea.body).toMatchObject({ stage: 'idea', ideaApplicationId: null, fullProposalId: proposals[0] });
    expect((await api().get(`/api/v1/applications/${ideas[2]}`).set(auth(applicants[2].user)).expect(200)).body).toMatchObject({ stage: 'idea', fullProposalId: null });
    expect(proposal.body.partners).toEqual([expect.objectContaining({ organisationId: applicants[1].organisationId, state: 'accepted' })]);
    // The partner reads it too, and a stranger to the consortium does not learn that it exists.
    await api().get(`/api/v1/applications/${proposals[0]}`).set(auth(applicants[1].user)).expect(200);
    await api().get(`/api/v1/applications/${proposals[0]}`).set(auth(applicants[3].user)).expect(404);
    const invitation = await eventually(async () => {
      const items: { kind: string; title: string; link: string | null }[] = (await api().get('/api/v1/notifications').query({ limit: 100 }).set(auth(applicants[0].user)).expect(200)).body.items;
      return items.find((n) => n.kind === 'funding.stage_outcome');
    }, 30_000, 'the invitation');
    expect(invitation).toMatchObject({ title: 'Invited to the second stage: Idea 0', link: `/en/applications/${proposals[0]}` });
  });

  it('opens the second stage by itself, takes the full proposals, and holds their ranking for a question the consortium answers', async () => {
    await api().patch(`/api/v1/calls/${callId}`).set(auth(coordinator)).send({ version: (await callState(callId)).version, opensAt: at(2_000) }).expect(200);
    await eventually(async () => (await callState(callId)).state === 'open', 60_000, 'the second stage to open');
    for (const [i, id] of proposals.entries()) {
      const lead = applicants[i].user;
      const current = await api().get(`/api/v1/applications/${id}`).set(auth(lead)).expect(200);
      const saved = await api()
        .patch(`/api/v1/applications/${id}`)
        .set(auth(lead))
        .send({ version: current.body.version, plan: `The full plan of idea ${i}` })
        .expect(200);
      await api().post(`/api/v1/applications/${id}/submit`).set(auth(lead)).send({ version: saved.body.version }).expect(200);
    }
    await eventually(async () => (await statesOf(proposals)).every((s) => s === 'eligible'), 60_000, 'the full proposals to be eligible');
    await api().patch(`/api/v1/calls/${callId}`).set(auth(coordinator)).send({ version: (await callState(callId)).version, closesAt: at(3_000) }).expect(200);
    await eventually(async () => (await statesOf(proposals)).every((s) => s === 'in_review'), 60_000, 'the full proposals to be in review');

    // The coordinator asks the consortium of idea 1 (led by applicant 1, partnered by applicant 2).
    const question = { question: 'Which of you runs the pilot’s service desk, and from when?', answerDueAt: at(7 * DAY) };
    const asked = await api().post(`/api/v1/applications/${proposals[1]}/clarifications`).set(auth(coordinator)).send(question).expect(201);
    expect(asked.body).toMatchObject({ state: 'open', revisionNumber: 1, answer: null });

    // Idea 0 scores 12, idea 1 9: both pass, and the budget funds only idea 0.
    expect(await reviewAll((id) => (id === proposals[0] ? { impact: 4, feasibility: 4 } : { impact: 3, feasibility: 3 }))).toBe(proposals.length);
    await eventually(async () => (await statesOf(proposals)).every((s) => s === 'reviewed'), 60_000, 'the full proposals to be aggregated');
    const held = await api().post(`/api/v1/calls/${callId}/ranking`).set(auth(coordinator)).send({}).expect(409);
    expect(held.body).toMatchObject({ openClarifications: 1 });
    await api().get(`/api/v1/calls/${callId}/funding-proposal`).set(auth(decider)).expect(404);

    const answer = 'Applicant 2 runs it from the first day of the pilot.';
    const answered = await api().post(`/api/v1/applications/${proposals[1]}/clarifications/${asked.body.id}/answer`).set(auth(applicants[2].user)).send({ answer }).expect(200);
    expect(answered.body).toMatchObject({ state: 'answered', revisionNumber: 1, answer });
    const proposal = await eventually(async () => {
      const res = await api().get(`/api/v1/calls/${callId}/funding-proposal`).set(auth(decider));
      return res.status === 200 ? res.body : null;
    }, 60_000, 'the funding proposal');
    expect(proposal.lines.map((l: { applicationId: string }) => l.applicationId)).toEqual([proposals[0]]);
    const ranks: { job_id: string }[] = await stack.db.query(`SELECT job_id FROM outbox WHERE job_name = 'call.rank' AND payload->>'callId' = $1`, [callId]);
    expect(ranks.map((r) => r.job_id)).toEqual([`call.rank.${callId}.after.clarification.answered.${asked.body.id}`]);
  });

  it('funds the best proposal; the other asks for redress, which new evaluators uphold above the line, funded from the reserve', async () => {
    await api().post(`/api/v1/calls/${callId}/decision`).set(auth(decider)).send({}).expect(200);
    expect(await statesOf(proposals)).toEqual(['funded', 'not_funded']);

    const lead = applicants[1].user;
    const grounds = 'Our service desk, explained in the answer to the coordinator, was scored as missing.';
    const requested = await api().post(`/api/v1/applications/${proposals[1]}/redress`).set(auth(lead)).send({ grounds }).expect(201);
    const redressId = requested.body.id as string;
    await api().post(`/api/v1/redress/${redressId}/reviewer`).set(auth(coordinator)).send({ reviewerId: evaluators[0].id }).expect(400);
    await api().post(`/api/v1/redress/${redressId}/reviewer`).set(auth(coordinator)).send({ reviewerId: procedural.id }).expect(200);
    const upheld = await api().post(`/api/v1/redress/${redressId}/outcome`).set(auth(procedural)).send({ outcome: 'upheld', reasons: 'The answer was not read with the proposal.' }).expect(200);
    expect(upheld.body).toMatchObject({ state: 're_evaluating', outcome: 'upheld' });

    // The re-evaluator is the pool's evaluator who has not reviewed this proposal.
    const [{ evaluator_id: first }] = await stack.db.query(`SELECT evaluator_id FROM reviews WHERE application_id = $1 AND redress_request_id IS NULL`, [proposals[1]]);
    const reEvaluators = await eventually(async () => {
      const rows: { evaluator_id: string }[] = await stack.db.query(`SELECT evaluator_id FROM reviews WHERE redress_request_id = $1`, [redressId]);
      return rows.length ? rows.map((r) => r.evaluator_id) : null;
    }, 30_000, 'the re-evaluators');
    expect(reEvaluators).toEqual(evaluators.filter((e) => e.id !== first).map((e) => e.id));
    expect(await reviewAll(() => ({ impact: 5, feasibility: 5 }))).toBe(1);

    const concluded = await eventually(async () => {
      const res = await api().get(`/api/v1/redress/${redressId}`).set(auth(lead)).expect(200);
      return res.body.state === 'concluded' ? res.body : null;
    }, 60_000, 'the redress to conclude');
    // 2 × 5 + 5 = 15 outranks idea 0's 12: above the line as it stood, and the reserve covers the grant.
    expect(concluded).toMatchObject({ result: 'funded_from_reserve', resultGrantCents: REQUESTED, reEvaluation: { total: 15, pass: true, rank: 1, aboveLine: true } });
    expect(await statesOf(proposals)).toEqual(['funded', 'funded']);
    expect(await statesOf(ideas)).toEqual(['invited', 'invited', 'not_invited', 'not_invited']);
    const pilots: { id: string; fundedFrom: string; pilot: string }[] = await stack.db.query(
      `SELECT a.id, g.funded_from AS "fundedFrom", p.state AS pilot FROM applications a JOIN grants g ON g.application_id = a.id AND g.state = 'awarded'
         JOIN pilots p ON p.application_id = a.id WHERE a.call_id = $1 ORDER BY a.title`,
      [callId],
    );
    expect(pilots).toEqual([
      { id: proposals[0], fundedFrom: 'budget', pilot: 'active' },
      { id: proposals[1], fundedFrom: 'redress_reserve', pilot: 'active' },
    ]);
    // The first stage funds nothing: every grant and its money are the call's.
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM grants WHERE call_id = $1`, [ideaCallId])).toEqual([{ n: 0 }]);
    expect(await stack.db.query(`SELECT committed_cents::float8 AS budget, reserve_committed_cents::float8 AS reserve FROM call_budgets WHERE call_id = $1`, [callId])).toEqual([
      { budget: REQUESTED, reserve: REQUESTED },
    ]);
  });
});
