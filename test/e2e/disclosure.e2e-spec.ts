import request from 'supertest';
import { AUDIT_READERS } from '../../libs/access/src/index.js';
import { callBody, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { closeSoon, countInState, EUR, openCallWithApplications, proposalOf, submitAllReviews, WorkflowCall } from '../support/workflow.js';

const REQUESTED = 60_000 * EUR;

interface AuditItem {
  action: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

/**
 * What each party learns of an application through the audit log, the application itself and its
 * outcome, through HTTP and the real worker: a draft stays its consortium's, how an application
 * fared in review stays with the city and the deciders until the decision is public, and a call's
 * deciders learn of it when it is published.
 */
describe('disclosure of applications and their evaluation', () => {
  let stack: Stack;
  let call: WorkflowCall;
  let coordinator: TestUser;
  let decider: TestUser;
  let lead: TestUser;
  let partner: TestUser;
  let stranger: TestUser;
  let draftId: string;
  let ineligibleId: string;

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const auditOf = async (user: TestUser, query: Record<string, string>) => {
    const res = await api().get('/api/v1/audit').query({ limit: '100', ...query }).set(auth(user)).expect(200);
    return res.body.items as AuditItem[];
  };
  const actionsOf = async (user: TestUser, entityId: string) => (await auditOf(user, { entityId })).map((e) => e.action).sort();
  const applicationBody = (organisationId: string, title: string) => ({
    callId: call.id,
    organisationId,
    title,
    summary: `${title} in short`,
    budgetLines: [{ category: 'personnel', description: 'Work', amountCents: 2 * REQUESTED, eligible: true }],
    requestedGrantCents: REQUESTED,
    pilotPeriod: { start: '2027-03-01', end: '2027-08-31' },
  });

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    // Three applications of two-organisation consortia; the budget funds one of them.
    call = await openCallWithApplications(stack, { applications: 3, evaluators: 3, organisations: 4, requestedCents: REQUESTED, budgetCents: 100_000 * EUR });
    ({ coordinator, decider } = call);
    lead = call.applicants[0].user;
    partner = call.applicants[1].user;
    stranger = call.applicants[3].user;

    // A draft of the first organisation, never submitted, with text nobody outside its consortium may read.
    const draft = await api().post('/api/v1/applications').set(auth(lead)).send(applicationBody(call.applicants[0].organisationId, 'Luonnos')).expect(201);
    draftId = draft.body.id;
    await api().patch(`/api/v1/applications/${draftId}`).set(auth(lead)).send({ version: draft.body.version, plan: 'SALAINEN LUONNOSTEKSTI' }).expect(200);
    await api().post(`/api/v1/applications/${draftId}/partners`).set(auth(lead)).send({ organisationId: call.applicants[1].organisationId }).expect(201);
    await api().post(`/api/v1/applications/${draftId}/partners/${call.applicants[1].organisationId}/accept`).set(auth(partner)).send({}).expect(200);

    // The fourth organisation applies alone: one operator where the call asks for two.
    const alone = await api().post('/api/v1/applications').set(auth(stranger)).send(applicationBody(call.applicants[3].organisationId, 'Yksin')).expect(201);
    ineligibleId = alone.body.id;
    await api().post(`/api/v1/applications/${ineligibleId}/submit`).set(auth(stranger)).send({ version: alone.body.version }).expect(200);
    await eventually(async () => (await countInState(stack, call, 'eligible')) === 3 && (await countInState(stack, call, 'ineligible')) === 1, 60_000, 'the eligibility checks');
  }, 240_000);
  afterAll(() => stack.close());

  it("keeps a never-submitted draft's events and text to its consortium: the call's city and deciders see none of it", async () => {
    expect(await actionsOf(lead, draftId)).toEqual(['application.created', 'application.partner_accepted', 'application.partner_invited', 'application.updated']);
    // The accepted partner reads the application, and so its events.
    expect(await actionsOf(partner, draftId)).toEqual(['application.created', 'application.partner_accepted', 'application.partner_invited', 'application.updated']);
    for (const outsider of [coordinator, decider, stranger]) {
      expect(await actionsOf(outsider, draftId)).toEqual([]);
      expect(JSON.stringify(await auditOf(outsider, {}))).not.toContain('SALAINEN');
      await api().get(`/api/v1/applications/${draftId}`).set(auth(outsider)).expect(404);
    }
    const withdrawn = await api().post(`/api/v1/applications/${draftId}/withdraw`).set(auth(lead)).send({ reason: 'Not this time' }).expect(200);
    expect(withdrawn.body.state).toBe('withdrawn');
    for (const outsider of [coordinator, decider]) expect(await actionsOf(outsider, draftId)).toEqual([]);
    expect(await actionsOf(lead, draftId)).toContain('application.withdrawn');
  });

  it("shows the city a submitted application from its submission on, never the working copy's edits", async () => {
    const submitted = call.applications[0];
    const consortium = await actionsOf(lead, submitted);
    expect(consortium).toEqual(expect.arrayContaining(['application.created', 'application.partner_invited', 'application.partner_accepted', 'application.submitted', 'application.eligibility_checked']));
    for (const insider of [coordinator, decider]) {
      expect(await actionsOf(insider, submitted)).toEqual(['application.eligibility_checked', 'application.submitted']);
    }
  });

  it("shows a call's deciders its events from its publication on; its drafts are its city's", async () => {
    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const created = await api().post('/api/v1/calls').set(auth(coordinator)).send(callBody(tampere, { deciderIds: [decider.id], summary: { fi: 'LUONNOS HAUSTA' } })).expect(201);
    const updated = await api().patch(`/api/v1/calls/${created.body.id}`).set(auth(coordinator)).send({ version: created.body.version, budgetCents: 90_000_000 }).expect(200);
    await api().post(`/api/v1/calls/${created.body.id}/publish`).set(auth(coordinator)).send({ version: updated.body.version }).expect(200);
    expect(await actionsOf(coordinator, created.body.id)).toEqual(['call.created', 'call.opened', 'call.published', 'call.updated']);
    expect(await actionsOf(decider, created.body.id)).toEqual(['call.opened', 'call.published']);
  });

  it('tells the consortium no score, pass, rank or consensus before the decision, through any route', async () => {
    await closeSoon(stack, call);
    await eventually(async () => (await countInState(stack, call, 'in_review')) === 3, 60_000, 'the applications to be in review');
    // Application 2 fails the impact threshold; 0 and 1 pass and tie on everything but submission time,
    // once the coordinator has settled application 1's diverging impact scores (5 and 3) at 4.
    const [{ evaluator_id: optimist }] = await stack.db.query(`SELECT evaluator_id FROM reviews WHERE application_id = $1 ORDER BY evaluator_id LIMIT 1`, [call.applications[1]]);
    await submitAllReviews(stack, call, (i, evaluator) => ({ impact: i === 2 ? 2 : i === 1 ? (evaluator.id === optimist ? 5 : 3) : 4, feasibility: 4 }));
    await eventually(async () => (await api().get(`/api/v1/calls/${call.id}/ranking`).set(auth(coordinator)).expect(200)).body.awaitingConsensus === 1, 60_000, 'the consensus request');
    await api().post(`/api/v1/applications/${call.applications[1]}/consensus`).set(auth(coordinator)).send({ scores: { impact: 4 }, reason: 'Panel agreed' }).expect(200);
    await proposalOf(stack, call);
    const states = new Map((await stack.db.query(`SELECT id, state FROM applications WHERE call_id = $1`, [call.id])).map((r: { id: string; state: string }) => [r.id, r.state]));
    expect(call.applications.map((id) => states.get(id))).toEqual(['proposed', 'reserve', 'rejected']);

    for (const [i, id] of call.applications.entries()) {
      const member = call.applicants[i].user;
      const events = await auditOf(member, { entityId: id });
      const actions = events.map((e) => e.action);
      expect(actions).toContain('application.review_started');
      for (const hidden of ['application.aggregated', 'application.consensus_recorded', 'application.proposed', 'application.reserve', 'application.rejected', 'review.assigned', 'review.submitted']) {
        expect(actions).not.toContain(hidden);
      }
      const text = JSON.stringify(events);
      for (const word of ['"total"', '"pass"', '"rank"', '"scores"', '"consensusScores"', 'Panel agreed']) expect(text).not.toContain(word);
      // The application and the consortium's list say `in_review`; the outcome waits for the decision.
      expect((await api().get(`/api/v1/applications/${id}`).set(auth(member)).expect(200)).body.state).toBe('in_review');
      const mine = await api().get('/api/v1/applications').set(auth(member)).expect(200);
      expect(mine.body.items.find((a: { id: string }) => a.id === id).state).toBe('in_review');
      await api().get(`/api/v1/applications/${id}/outcome`).set(auth(member)).expect(403);
    }
    // Eligibility is no review result: the consortium of an ineligible application knows it at once.
    expect((await api().get(`/api/v1/applications/${ineligibleId}`).set(auth(stranger)).expect(200)).body.state).toBe('ineligible');
    // The city reads it as ineligible, not as waiting for reviews; its consortium waits for the decision.
    const forCity = await api().get(`/api/v1/applications/${ineligibleId}/outcome`).set(auth(coordinator)).expect(200);
    expect(forCity.body).toMatchObject({ scoresStatus: 'not_reviewed', notRankedReason: 'ineligible', eligibility: { status: 'ineligible' }, result: { status: 'pending' } });
    await api().get(`/api/v1/applications/${ineligibleId}/outcome`).set(auth(stranger)).expect(403);
    for (const insider of [coordinator, decider]) {
      const actions = await actionsOf(insider, call.applications[0]);
      expect(actions).toEqual(expect.arrayContaining(['application.aggregated', 'application.proposed']));
      expect(await actionsOf(insider, call.applications[1])).toEqual(expect.arrayContaining(['application.consensus_recorded', 'application.reserve']));
      expect((await api().get(`/api/v1/applications/${call.applications[0]}`).set(auth(insider)).expect(200)).body.state).toBe('proposed');
    }
  }, 180_000);

  it("keeps an assigned review's drafts to its evaluator; the city and the deciders see assignments and submissions", async () => {
    const [{ id: reviewId }] = await stack.db.query(`SELECT id FROM reviews WHERE application_id = $1 LIMIT 1`, [call.applications[0]]);
    for (const insider of [coordinator, decider]) expect(await actionsOf(insider, reviewId)).toEqual(['review.assigned', 'review.submitted']);
    expect(await actionsOf(lead, reviewId)).toEqual([]);
    const saved = await stack.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1 AND action = 'review.saved'`, [reviewId]);
    expect(saved[0].n).toBeGreaterThan(0);
  });

  it('tells the consortium its results once the decision is public', async () => {
    await api().post(`/api/v1/calls/${call.id}/decision`).set(auth(decider)).send({}).expect(200);
    const events = await auditOf(lead, { entityId: call.applications[0] });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['application.aggregated', 'application.proposed', 'application.funded']));
    expect(events.find((e) => e.action === 'application.proposed')!.after).toMatchObject({ rank: 1 });
    expect((await api().get(`/api/v1/applications/${call.applications[0]}`).set(auth(lead)).expect(200)).body.state).toBe('funded');
    await api().get(`/api/v1/applications/${call.applications[0]}/outcome`).set(auth(lead)).expect(200);
  });

  it('gives every applicant an outcome once the call is decided, saying why: funded, reserve, below a threshold, ineligible, withdrawn', async () => {
    const resultOf = async (id: string, user: TestUser) => (await api().get(`/api/v1/applications/${id}/outcome`).set(auth(user)).expect(200)).body;
    expect((await resultOf(call.applications[0], lead)).result).toEqual({ status: 'funded', failedRules: [], failedThresholds: [] });
    expect((await resultOf(call.applications[1], partner)).result.status).toBe('reserve');
    const below = await resultOf(call.applications[2], call.applicants[2].user);
    expect(below.result).toEqual({ status: 'below_threshold', failedRules: [], failedThresholds: ['impact'] });
    expect(below.decision).toMatchObject({ outcome: 'not_funded' });

    const ineligible = await resultOf(ineligibleId, stranger);
    expect(ineligible).toMatchObject({
      applicationState: 'ineligible',
      result: { status: 'ineligible', failedRules: ['minOperatorsInCities'], failedThresholds: [] },
      eligibility: { status: 'ineligible', revision: 1 },
      scoresStatus: 'not_reviewed',
      rankingStatus: 'not_ranked',
      notRankedReason: 'ineligible',
      decisionStatus: 'decided',
      decision: { outcome: 'not_funded', grantCents: null },
    });
    expect(ineligible.eligibility.verdicts).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'minOperatorsInCities', pass: false })]));
    const forCity = await resultOf(ineligibleId, coordinator);
    expect(forCity).toMatchObject({ audience: 'internal', scoresStatus: 'not_reviewed', result: { status: 'ineligible' } });
    expect((await resultOf(draftId, lead)).result.status).toBe('withdrawn');
    await api().get(`/api/v1/applications/${ineligibleId}/outcome`).set(auth(lead)).expect(404);

    // The ineligible consortium hears of the decision too, with the reason.
    const [told] = await stack.db.query(
      `SELECT payload->'params' AS params FROM outbox WHERE job_name = 'notification.send' AND payload->>'userId' = $1 AND payload->>'kind' = 'funding.decided' AND payload->>'entityId' = $2`,
      [stranger.id, ineligibleId],
    );
    expect(told.params).toMatchObject({ outcome: 'ineligible', applicationTitle: 'Yksin' });
    expect(told.params.scoresEn).not.toBe('–');
  });

  it('has a reader rule for every action the workflow audited', async () => {
    const actions: { action: string }[] = await stack.db.query(`SELECT DISTINCT action FROM audit_events ORDER BY action`);
    expect(actions.length).toBeGreaterThan(25);
    expect(actions.map((a) => a.action).filter((action) => !(action in AUDIT_READERS))).toEqual([]);
  });
});
