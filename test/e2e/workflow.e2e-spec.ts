import request from 'supertest';
import { createOrganisation, grantRole, registerUser, TestUser, uniqueEmail } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

const DAY = 86_400_000;
const at = (ms: number) => new Date(Date.now() + ms).toISOString();
const EUR = 100;
const APPLICATIONS = 20;
const REQUESTED = 50_000 * EUR;
const BUDGET = 6 * REQUESTED;

interface Applicant {
  user: TestUser;
  organisationId: string;
}

/**
 * The whole evaluation and funding workflow through HTTP and the real worker: a call with twenty
 * applications and six evaluators goes from closing through assignment, reviews, a consensus for
 * the one whose reviews diverge, ranking, the funding proposal and its approval to pilots, with
 * the mails received, and a declined grant moves the reserve list up.
 */
describe('evaluation and funding workflow', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let decider: TestUser;
  let evaluators: TestUser[];
  let applicants: Applicant[];
  let domainOrganisation: Applicant;
  let callId: string;
  let callVersion: number;
  /** Application ids by their index; index i scores impact 5 − (i mod 10) × 0.5. */
  const applications: string[] = [];

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const impactOf = (i: number) => 5 - (i % 10) * 0.5;

  beforeAll(async () => {
    stack = await startStack({ worker: true, smtp: true });
    [coordinator, decider] = await Promise.all([registerUser(stack), registerUser(stack)]);
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, decider.id, 'decider');
    // The last evaluator shares an organisation's e-mail domain; the fifth is a member of an applicant.
    evaluators = [];
    for (let i = 0; i < 6; i++) evaluators.push(await registerUser(stack, { email: i === 5 ? uniqueEmail('arvioija', 'kuntalabra.fi') : undefined, locale: 'en' }));
    for (const evaluator of evaluators) await grantRole(stack, evaluator.id, 'evaluator');

    applicants = [];
    for (let i = 0; i < 10; i++) {
      const user = await registerUser(stack, { locale: 'en' });
      const org = await createOrganisation(stack, user, {
        name: `Kokeilija ${i} Oy`,
        homeMunicipality: i % 2 ? 'Helsinki' : 'Tampere',
        ...(i === 3 ? { emailDomain: 'kuntalabra.fi' } : {}),
      });
      applicants.push({ user, organisationId: org.id });
    }
    domainOrganisation = applicants[3];
    await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member')`, [applicants[7].organisationId, evaluators[4].id]);

    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const created = await api()
      .post('/api/v1/calls')
      .set(auth(coordinator))
      .send({
        cityId: tampere,
        focusArea: 'open_innovation_platforms',
        title: { fi: 'Syksyn kokeiluhaku', en: 'Autumn pilot call' },
        summary: { fi: 'Kokeiluja Tampereella' },
        body: { fi: 'Koko hakuteksti' },
        opensAt: at(-DAY),
        closesAt: at(DAY),
        reviewDeadline: at(30 * DAY),
        budgetCents: BUDGET,
        fundingSources: [
          { source: 'ERDF', sharePercent: 60 },
          { source: 'state', sharePercent: 20 },
          { source: 'city', sharePercent: 20 },
        ],
        fundingRatePercent: 75,
        maxGrantCents: 100_000 * EUR,
        durationMinMonths: 3,
        durationMaxMonths: 24,
        eligibility: {
          minOperatorsInCities: { count: 2, cities: ['helsinki', 'tampere'] },
          leadOrganisationTypes: ['company'],
          maxGrant: true,
          fundingRate: true,
          durationMonths: true,
          testBedsPublished: true,
          requiredFields: ['title', 'summary'],
        },
        criteria: [
          { key: 'impact', name: { en: 'Impact' }, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2.5 },
          { key: 'feasibility', name: { en: 'Feasibility' }, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 },
        ],
        overallThreshold: 8,
        tieBreaks: ['impact'],
        fundingPolicy: 'skip',
        reviewersPerApplication: 2,
        divergenceLimit: 2,
        deciderIds: [decider.id],
      })
      .expect(201);
    const published = await api().post(`/api/v1/calls/${created.body.id}/publish`).set(auth(coordinator)).send({ version: created.body.version }).expect(200);
    expect(published.body.state).toBe('open');
    callId = created.body.id;
    callVersion = published.body.version;

    for (const [i, evaluator] of evaluators.entries()) {
      await api()
        .post(`/api/v1/calls/${callId}/evaluators`)
        .set(auth(coordinator))
        .send({ userId: evaluator.id, expertise: i % 2 ? ['mobility'] : ['open_innovation_platforms'] })
        .expect(201);
    }

    // Twenty applications, each led by one organisation with the next as its accepted partner.
    for (let i = 0; i < APPLICATIONS; i++) {
      const lead = applicants[i % 10];
      const partner = applicants[(i + 1) % 10];
      const draft = await api()
        .post('/api/v1/applications')
        .set(auth(lead.user))
        .send({
          callId,
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
      const current = await api().get(`/api/v1/applications/${draft.body.id}`).set(auth(lead.user)).expect(200);
      await api().post(`/api/v1/applications/${draft.body.id}/submit`).set(auth(lead.user)).send({ version: current.body.version }).expect(200);
      applications.push(draft.body.id);
    }
  }, 240_000);
  afterAll(() => stack.close());

  const stateOf = async (id: string) => (await stack.db.query(`SELECT state FROM applications WHERE id = $1`, [id]))[0].state as string;
  const consortiumOf = (i: number) => [applicants[i % 10], applicants[(i + 1) % 10]];

  it('assigns two conflict-free reviewers to every application when the call closes, balanced, and tells them', async () => {
    await eventually(async () => {
      const states = await stack.db.query(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = 'eligible'`, [callId]);
      return states[0].n === APPLICATIONS;
    }, 60_000, 'every application to be eligible');
    await api().patch(`/api/v1/calls/${callId}`).set(auth(coordinator)).send({ version: callVersion, closesAt: at(800) }).expect(200);
    await eventually(async () => {
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = 'in_review'`, [callId]);
      return n === APPLICATIONS;
    }, 60_000, 'every application to be in review');

    const reviews: { application_id: string; evaluator_id: string }[] = await stack.db.query(
      `SELECT application_id, evaluator_id FROM reviews WHERE call_id = $1 AND state = 'assigned'`,
      [callId],
    );
    expect(reviews).toHaveLength(APPLICATIONS * 2);
    for (const id of applications) expect(new Set(reviews.filter((r) => r.application_id === id).map((r) => r.evaluator_id)).size).toBe(2);
    const loads = evaluators.map((e) => reviews.filter((r) => r.evaluator_id === e.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    // Nobody reviews an application of an organisation they belong to or share a domain with.
    for (const [i, id] of applications.entries()) {
      const reviewers = reviews.filter((r) => r.application_id === id).map((r) => r.evaluator_id);
      if (consortiumOf(i).includes(applicants[7])) expect(reviewers).not.toContain(evaluators[4].id);
      if (consortiumOf(i).includes(domainOrganisation)) expect(reviewers).not.toContain(evaluators[5].id);
    }
    const status = await api().get(`/api/v1/calls/${callId}/assignments`).set(auth(coordinator)).expect(200);
    expect(JSON.stringify(status.body)).toMatch(/kuntalabra\.fi/);

    for (const evaluator of evaluators) {
      await stack.smtp!.waitFor((m) => m.to.includes(evaluator.email), 30_000);
    }
    expect(await stateOf(applications[0])).toBe('in_review');
  });

  it('hides unassigned and conflicted applications from an evaluator (404)', async () => {
    const reviews: { application_id: string; evaluator_id: string }[] = await stack.db.query(`SELECT application_id, evaluator_id FROM reviews WHERE call_id = $1`, [callId]);
    const evaluator = evaluators[0];
    const unassigned = applications.find((id) => !reviews.some((r) => r.application_id === id && r.evaluator_id === evaluator.id))!;
    const assigned = applications.find((id) => reviews.some((r) => r.application_id === id && r.evaluator_id === evaluator.id))!;
    await api().get(`/api/v1/applications/${assigned}`).set(auth(evaluator)).expect(200);
    await api().get(`/api/v1/applications/${unassigned}`).set(auth(evaluator)).expect(404);
    await api().get(`/api/v1/applications/${unassigned}/reviews`).set(auth(evaluator)).expect(404);

    const conflicted = applications.findIndex((_, i) => consortiumOf(i).includes(domainOrganisation));
    await api().get(`/api/v1/applications/${applications[conflicted]}`).set(auth(evaluators[5])).expect(404);
  });

  it('takes every review, asks the coordinator for a consensus where reviews diverge, then ranks and proposes within the budget', async () => {
    for (const evaluator of evaluators) {
      const mine = await api().get('/api/v1/reviews').query({ callId, limit: 100 }).set(auth(evaluator)).expect(200);
      for (const item of mine.body.items as { id: string; applicationId: string; version: number }[]) {
        const i = applications.indexOf(item.applicationId);
        const detail = await api().get(`/api/v1/reviews/${item.id}`).set(auth(evaluator)).expect(200);
        expect(detail.body.revision.number).toBe(1);
        // Application 0's reviewers disagree on impact by 3 points.
        const firstReviewer = (await stack.db.query(`SELECT evaluator_id FROM reviews WHERE application_id = $1 ORDER BY evaluator_id LIMIT 1`, [item.applicationId]))[0]
          .evaluator_id;
        const impact = i === 0 ? (firstReviewer === evaluator.id ? 5 : 2) : impactOf(i);
        const saved = await api()
          .patch(`/api/v1/reviews/${item.id}`)
          .set(auth(evaluator))
          .send({ version: item.version, scores: { impact: { score: impact, comment: 'Impact as argued' }, feasibility: { score: 4, comment: 'Doable' } } })
          .expect(200);
        await api().post(`/api/v1/reviews/${item.id}/submit`).set(auth(evaluator)).send({ version: saved.body.version }).expect(200);
      }
    }

    const flagged = await eventually(async () => {
      const ranking = await api().get(`/api/v1/calls/${callId}/ranking`).set(auth(coordinator)).expect(200);
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

    const proposal = await eventually(async () => {
      const res = await api().get(`/api/v1/calls/${callId}/funding-proposal`).set(auth(decider));
      return res.status === 200 ? res.body : null;
    }, 60_000, 'the funding proposal');
    // Impact 2.0 and below fails its threshold: indexes 6–9 and 16–19.
    const failing = applications.filter((_, i) => impactOf(i) < 2.5);
    const states = await Promise.all(applications.map(stateOf));
    expect(states.filter((s) => s === 'proposed')).toHaveLength(6);
    expect(states.filter((s) => s === 'reserve')).toHaveLength(6);
    for (const id of failing) expect(await stateOf(id)).toBe('rejected');
    expect(JSON.stringify(proposal)).toContain('ERDF');

    const ranking = (await api().get(`/api/v1/calls/${callId}/ranking`).set(auth(coordinator)).expect(200)).body;
    // Applications i and i + 10 score the same: the earlier submission ranks first.
    const entry = (i: number) => ranking.entries.find((e: { applicationId: string }) => e.applicationId === applications[i]);
    expect(entry(1).rank).toBeLessThan(entry(11).rank);
    expect(entry(11).tieBreak).toMatchObject({ rule: 'submitted_at', above: applications[1] });
  });

  it('approves: decisions become final, every applicant is told, funded ones become pilots; a declined grant moves the reserve up', async () => {
    await api().post(`/api/v1/calls/${callId}/decision`).set(auth(coordinator)).send({}).expect(403);
    await api().post(`/api/v1/calls/${callId}/decision`).set(auth(decider)).send({}).expect(200);
    await api().post(`/api/v1/calls/${callId}/decision`).set(auth(decider)).send({}).expect(409);
    expect((await stack.db.query(`SELECT state FROM calls WHERE id = $1`, [callId]))[0].state).toBe('decided');

    const states = await Promise.all(applications.map(stateOf));
    expect(states.filter((s) => s === 'funded')).toHaveLength(6);
    expect(states.filter((s) => s === 'not_funded')).toHaveLength(APPLICATIONS - 6);
    const [{ sum }] = await stack.db.query(`SELECT coalesce(sum(grant_cents), 0)::float8 AS sum FROM grants WHERE call_id = $1 AND state = 'awarded'`, [callId]);
    expect(sum).toBeLessThanOrEqual(BUDGET);
    const [{ pilots }] = await stack.db.query(`SELECT count(*)::int AS pilots FROM pilots WHERE call_id = $1`, [callId]);
    expect(pilots).toBe(6);

    for (const applicant of applicants) {
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
    const lead = applicants[funded % 10].user;
    const outcome = await api().get(`/api/v1/applications/${applications[funded]}/outcome`).set(auth(lead)).expect(200);
    for (const evaluator of evaluators) expect(JSON.stringify(outcome.body)).not.toContain(evaluator.id);

    const reserveFirst: { application_id: string }[] = await stack.db.query(`SELECT application_id FROM funding_reserve WHERE call_id = $1 ORDER BY position LIMIT 1`, [callId]);
    await api().post(`/api/v1/applications/${applications[funded]}/decline-grant`).set(auth(lead)).send({ reason: 'The partner left' }).expect(200);
    await eventually(async () => (await stateOf(reserveFirst[0].application_id)) === 'funded', 30_000, 'the first reserve to be funded');
    const promotedLead = applicants[applications.indexOf(reserveFirst[0].application_id) % 10].user;
    await stack.smtp!.waitFor((m) => m.to.includes(promotedLead.email) && m.subject.startsWith('Funded from the reserve list'), 30_000);
    const [{ after }] = await stack.db.query(`SELECT coalesce(sum(grant_cents), 0)::float8 AS after FROM grants WHERE call_id = $1 AND state = 'awarded'`, [callId]);
    expect(after).toBeLessThanOrEqual(BUDGET);
    const [{ duplicates }] = await stack.db.query(
      `SELECT count(*)::int AS duplicates FROM (SELECT application_id, evaluator_id FROM reviews GROUP BY 1, 2 HAVING count(*) > 1) d`,
    );
    expect(duplicates).toBe(0);
  });
});
