import request from 'supertest';
import { mailText } from '../../libs/testing/src/index.js';
import { TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { closeSoon, consortiumOf, countInState, EUR, openCallWithApplications, proposalOf, submitAllReviews, WorkflowCall } from '../support/workflow.js';

const APPLICATIONS = 20;
const REQUESTED = 50_000 * EUR;
const BUDGET = 6 * REQUESTED;

/**
 * The whole evaluation and funding workflow through HTTP and the real worker: a call with twenty
 * applications and six evaluators goes from closing through assignment, reviews, a consensus for
 * the one whose reviews diverge, ranking, the funding proposal and its approval to pilots, with
 * the mails received, and a declined grant moves the reserve list up.
 */
describe('evaluation and funding workflow', () => {
  let stack: Stack;
  let call: WorkflowCall;
  let coordinator: TestUser;
  let decider: TestUser;
  let evaluators: TestUser[];
  let applications: string[];

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  /** Application i scores impact 5 − (i mod 10) × 0.5. */
  const impactOf = (i: number) => 5 - (i % 10) * 0.5;

  beforeAll(async () => {
    stack = await startStack({ worker: true, smtp: true });
    // The last evaluator shares organisation 3's e-mail domain; the fifth is a member of organisation 7.
    call = await openCallWithApplications(stack, {
      applications: APPLICATIONS,
      evaluators: 6,
      requestedCents: REQUESTED,
      budgetCents: BUDGET,
      evaluatorDomains: { 5: 'kuntalabra.fi' },
      organisationDomains: { 3: 'kuntalabra.fi' },
    });
    ({ coordinator, decider, evaluators, applications } = call);
    await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member')`, [call.applicants[7].organisationId, evaluators[4].id]);
  }, 240_000);
  afterAll(() => stack.close());

  const stateOf = async (id: string) => (await stack.db.query(`SELECT state FROM applications WHERE id = $1`, [id]))[0].state as string;

  it('assigns two conflict-free reviewers to every application when the call closes, balanced, and tells them', async () => {
    await eventually(async () => (await countInState(stack, call, 'eligible')) === APPLICATIONS, 60_000, 'every application to be eligible');
    await closeSoon(stack, call);
    await eventually(async () => (await countInState(stack, call, 'in_review')) === APPLICATIONS, 60_000, 'every application to be in review');

    const reviews: { application_id: string; evaluator_id: string }[] = await stack.db.query(
      `SELECT application_id, evaluator_id FROM reviews WHERE call_id = $1 AND state = 'assigned'`,
      [call.id],
    );
    expect(reviews).toHaveLength(APPLICATIONS * 2);
    for (const id of applications) expect(new Set(reviews.filter((r) => r.application_id === id).map((r) => r.evaluator_id)).size).toBe(2);
    const loads = evaluators.map((e) => reviews.filter((r) => r.evaluator_id === e.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    // Nobody reviews an application of an organisation they belong to or share a domain with.
    for (const [i, id] of applications.entries()) {
      const reviewers = reviews.filter((r) => r.application_id === id).map((r) => r.evaluator_id);
      if (consortiumOf(call, i).includes(call.applicants[7])) expect(reviewers).not.toContain(evaluators[4].id);
      if (consortiumOf(call, i).includes(call.applicants[3])) expect(reviewers).not.toContain(evaluators[5].id);
    }
    const status = await api().get(`/api/v1/calls/${call.id}/assignments`).set(auth(coordinator)).expect(200);
    expect(JSON.stringify(status.body)).toMatch(/kuntalabra\.fi/);

    for (const evaluator of evaluators) {
      await stack.smtp!.waitFor((m) => m.to.includes(evaluator.email), 30_000);
    }
    expect(await stateOf(applications[0])).toBe('in_review');
  });

  it('hides unassigned and conflicted applications from an evaluator (404)', async () => {
    const reviews: { application_id: string; evaluator_id: string }[] = await stack.db.query(`SELECT application_id, evaluator_id FROM reviews WHERE call_id = $1`, [call.id]);
    const evaluator = evaluators[0];
    const unassigned = applications.find((id) => !reviews.some((r) => r.application_id === id && r.evaluator_id === evaluator.id))!;
    const assigned = applications.find((id) => reviews.some((r) => r.application_id === id && r.evaluator_id === evaluator.id))!;
    await api().get(`/api/v1/applications/${assigned}`).set(auth(evaluator)).expect(200);
    await api().get(`/api/v1/applications/${unassigned}`).set(auth(evaluator)).expect(404);
    await api().get(`/api/v1/applications/${unassigned}/reviews`).set(auth(evaluator)).expect(404);

    const conflicted = applications.findIndex((_, i) => consortiumOf(call, i).includes(call.applicants[3]));
    await api().get(`/api/v1/applications/${applications[conflicted]}`).set(auth(evaluators[5])).expect(404);
  });

  it('takes every review, asks the coordinator for a consensus where reviews diverge, then ranks and proposes within the budget', async () => {
    const [{ id: someReview }] = await stack.db.query(`SELECT id FROM reviews WHERE evaluator_id = $1 LIMIT 1`, [evaluators[0].id]);
    expect((await api().get(`/api/v1/reviews/${someReview}`).set(auth(evaluators[0])).expect(200)).body.revision.number).toBe(1);
    // Application 0's reviewers disagree on impact by 3 points.
    const [{ evaluator_id: optimist }] = await stack.db.query(`SELECT evaluator_id FROM reviews WHERE application_id = $1 ORDER BY evaluator_id LIMIT 1`, [applications[0]]);
    const submitted = await submitAllReviews(stack, call, (i, evaluator) => ({
      impact: i === 0 ? (evaluator.id === optimist ? 5 : 2) : impactOf(i),
      feasibility: 4,
    }));
    expect(submitted).toBe(APPLICATIONS * 2);

    const flagged = await eventually(async () => {
      const ranking = await api().get(`/api/v1/calls/${call.id}/ranking`).set(auth(coordinator)).expect(200);
      return ranking.body.awaitingReviews === 0 && ranking.body.awaitingConsensus === 1 ? ranking.body : null;
    }, 60_000, 'every application aggregated, one awaiting consensus');
    const divergent = flagged.entries.find((e: { needsConsensus: boolean }) => e.needsConsensus);
    expect(divergent.applicationId).toBe(applications[0]);
    await api().post(`/api/v1/applications/${applications[0]}/consensus`).set(auth(decider)).send({ scores: { impact: 4.5 }, reason: 'Panel' }).expect(403);
    await api()
      .post(`/api/v1/applications/${applications[0]}/consensus`)
      .set(auth(coordinator))
      .send({ scores: { impact: 4.5 }, reason: 'Agreed in the panel meeting' })
      .expect(200);

    const proposal = await proposalOf(stack, call);
    // Impact 2.0 and below fails its threshold: indexes 6–9 and 16–19.
    const failing = applications.filter((_, i) => impactOf(i) < 2.5);
    const states = await Promise.all(applications.map(stateOf));
    expect(states.filter((s) => s === 'proposed')).toHaveLength(6);
    expect(states.filter((s) => s === 'reserve')).toHaveLength(6);
    for (const id of failing) expect(await stateOf(id)).toBe('rejected');
    expect(JSON.stringify(proposal)).toContain('ERDF');

    const ranking = (await api().get(`/api/v1/calls/${call.id}/ranking`).set(auth(coordinator)).expect(200)).body;
    // Applications i and i + 10 score the same: the earlier submission ranks first.
    const entry = (i: number) => ranking.entries.find((e: { applicationId: string }) => e.applicationId === applications[i]);
    expect(entry(1).rank).toBeLessThan(entry(11).rank);
    expect(entry(11).tieBreak).toMatchObject({ rule: 'submitted_at', above: applications[1] });
  });

  it('tells the coordinator that the call closed, the reviewers are assigned and the ranking is ready, and the decider that a proposal waits', async () => {
    const inApp = async (user: TestUser, kinds: string[]) =>
      eventually(async () => {
        const items: { kind: string; link: string | null; title: string }[] = (await api().get('/api/v1/notifications').query({ limit: 100 }).set(auth(user)).expect(200)).body.items;
        const found = kinds.map((kind) => items.find((n) => n.kind === kind));
        return found.every(Boolean) ? (found as { kind: string; link: string; title: string }[]) : null;
      }, 30_000, `${kinds.join(', ')} for ${user.email}`);
    const [closed, assigned, ranked] = await inApp(coordinator, ['call.closed', 'evaluation.assigned', 'funding.ranking_ready']);
    expect(closed).toMatchObject({ link: `/fi/calls/${call.id}/applications`, title: expect.stringMatching(/^Haku sulkeutui: /) });
    expect(assigned).toMatchObject({ link: `/fi/calls/${call.id}/evaluation`, title: expect.stringMatching(/^Arvioijat osoitettu: /) });
    expect(ranked.link).toBe(`/fi/calls/${call.id}/ranking`);
    const [proposed] = await inApp(decider, ['funding.proposal_ready']);
    expect(proposed).toMatchObject({ link: `/fi/calls/${call.id}/funding-proposal`, title: expect.stringMatching(/^Rahoitusesitys odottaa päätöstäsi: /) });
    const mail = await stack.smtp!.waitFor((m) => m.to.includes(decider.email) && m.subject.startsWith('Rahoitusesitys odottaa päätöstäsi'), 30_000);
    // Money as Finnish writes it, and the whole link to the proposal.
    expect(mailText(mail)).toContain('300\u00a0000,00\u00a0€');
    expect(mailText(mail)).toContain(`${stack.config.PUBLIC_URL}/fi/calls/${call.id}/funding-proposal`);
    // Evaluators are no deciders or coordinators: they hear of their own reviews only.
    const evaluatorKinds = (await api().get('/api/v1/notifications').query({ limit: 100 }).set(auth(evaluators[0])).expect(200)).body.items.map((n: { kind: string }) => n.kind);
    expect(new Set(evaluatorKinds)).toEqual(new Set(['review.assigned']));
  });

  it('moves the first on the reserve list into the proposal at once when a proposed application is withdrawn', async () => {
    const before = await Promise.all(applications.map(stateOf));
    const withdrawn = applications[before.indexOf('proposed')]!;
    const [first]: { application_id: string }[] = await stack.db.query(`SELECT application_id FROM funding_reserve WHERE call_id = $1 ORDER BY position LIMIT 1`, [call.id]);
    const lead = call.applicants[applications.indexOf(withdrawn) % 10].user;
    await api().post(`/api/v1/applications/${withdrawn}/withdraw`).set(auth(lead)).send({ reason: 'The pilot site fell through' }).expect(200);
    await eventually(async () => (await stateOf(first.application_id)) === 'proposed', 30_000, 'the first reserve to join the proposal');
    const grants: { application_id: string; state: string }[] = await stack.db.query(`SELECT application_id, state FROM grants WHERE call_id = $1 AND application_id = ANY($2::uuid[])`, [
      call.id,
      [withdrawn, first.application_id],
    ]);
    expect(Object.fromEntries(grants.map((g) => [g.application_id, g.state]))).toEqual({ [withdrawn]: 'withdrawn', [first.application_id]: 'proposed' });
    const after = await Promise.all(applications.map(stateOf));
    expect(after.filter((s) => s === 'proposed')).toHaveLength(6);
    expect(after.filter((s) => s === 'reserve')).toHaveLength(5);
    const [{ sum }] = await stack.db.query(`SELECT coalesce(sum(grant_cents), 0)::float8 AS sum FROM grants WHERE call_id = $1 AND state = 'proposed'`, [call.id]);
    expect(sum).toBeLessThanOrEqual(BUDGET);
  });

  it('approves: decisions become final, every applicant is told, funded ones become pilots; a declined grant moves the reserve up', async () => {
    await api().post(`/api/v1/calls/${call.id}/decision`).set(auth(coordinator)).send({}).expect(403);
    await api().post(`/api/v1/calls/${call.id}/decision`).set(auth(decider)).send({}).expect(200);
    await api().post(`/api/v1/calls/${call.id}/decision`).set(auth(decider)).send({}).expect(409);
    expect((await stack.db.query(`SELECT state FROM calls WHERE id = $1`, [call.id]))[0].state).toBe('decided');

    const states = await Promise.all(applications.map(stateOf));
    expect(states.filter((s) => s === 'funded')).toHaveLength(6);
    expect(states.filter((s) => s === 'not_funded')).toHaveLength(APPLICATIONS - 6 - 1);
    expect(states.filter((s) => s === 'withdrawn')).toHaveLength(1);
    const [{ sum }] = await stack.db.query(`SELECT coalesce(sum(grant_cents), 0)::float8 AS sum FROM grants WHERE call_id = $1 AND state = 'awarded'`, [call.id]);
    expect(sum).toBeLessThanOrEqual(BUDGET);
    const [{ pilots }] = await stack.db.query(`SELECT count(*)::int AS pilots FROM pilots WHERE call_id = $1`, [call.id]);
    expect(pilots).toBe(6);

    for (const applicant of call.applicants) {
      await stack.smtp!.waitFor((m) => m.to.includes(applicant.user.email) && m.subject.startsWith('Funding decision'), 30_000);
    }
    // The decision tells the scores, never who gave them.
    const decisions = stack.smtp!.messages.filter((m) => m.subject.startsWith('Funding decision'));
    expect(decisions.length).toBeGreaterThanOrEqual(APPLICATIONS);
    for (const evaluator of evaluators) {
      // (The fifth evaluator is also a member of an applicant, and hears of its decision as such.)
      for (const mail of decisions.filter((m) => !m.to.includes(evaluator.email))) expect(mail.raw).not.toContain(evaluator.email);
    }

    const funded = applications.findIndex((_, i) => states[i] === 'funded');
    const lead = call.applicants[funded % 10].user;
    const outcome = await api().get(`/api/v1/applications/${applications[funded]}/outcome`).set(auth(lead)).expect(200);
    for (const evaluator of evaluators) expect(JSON.stringify(outcome.body)).not.toContain(evaluator.id);

    const reserveFirst: { application_id: string }[] = await stack.db.query(`SELECT application_id FROM funding_reserve WHERE call_id = $1 ORDER BY position LIMIT 1`, [call.id]);
    await api().post(`/api/v1/applications/${applications[funded]}/decline-grant`).set(auth(lead)).send({ reason: 'The partner left' }).expect(200);
    await eventually(async () => (await stateOf(reserveFirst[0].application_id)) === 'funded', 30_000, 'the first reserve to be funded');
    const promotedLead = call.applicants[applications.indexOf(reserveFirst[0].application_id) % 10].user;
    await stack.smtp!.waitFor((m) => m.to.includes(promotedLead.email) && m.subject.startsWith('Funded from the reserve list'), 30_000);
    const [{ after }] = await stack.db.query(`SELECT coalesce(sum(grant_cents), 0)::float8 AS after FROM grants WHERE call_id = $1 AND state = 'awarded'`, [call.id]);
    expect(after).toBeLessThanOrEqual(BUDGET);
    // The call's decider reads the call's audit trail, and nothing of other calls or organisations.
    const trail = await api().get('/api/v1/audit').query({ limit: 100 }).set(auth(decider)).expect(200);
    expect(trail.body.items.length).toBeGreaterThan(0);
    expect(trail.body.items.every((e: { callId: string | null }) => e.callId === call.id)).toBe(true);
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['application.grant_declined']));
    const [{ duplicates }] = await stack.db.query(
      `SELECT count(*)::int AS duplicates FROM (SELECT application_id, evaluator_id FROM reviews GROUP BY 1, 2 HAVING count(*) > 1) d`,
    );
    expect(duplicates).toBe(0);
  });
});
