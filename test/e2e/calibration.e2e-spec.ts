import request from 'supertest';
import { callBody, createOrganisation, grantRole, registerUser, TestUser } from '../support/api.js';
import { type CraftedReview, insertReviewedApplication } from '../support/calibration.js';
import { eventually, Stack, startStack } from '../support/stack.js';

/**
 * Calibrated scores through HTTP and the real worker. The reviewed state is written in SQL as the
 * evaluation tables hold it (revisions, submitted reviews, aggregates), so the test stands on the
 * tables' contract rather than on the review flow.
 */
describe('calibrated scores', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let otherCoordinator: TestUser;
  let admin: TestUser;
  let decider: TestUser;
  let applicant: TestUser;
  const evaluators: Record<'anna' | 'ben' | 'dora', TestUser> = {} as never;
  let callId: string;
  let organisationId: string;
  const apps: Record<'A' | 'B' | 'C' | 'D', string> = { A: '', B: '', C: '', D: '' };

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const setBasis = (user: TestUser | null, rankingBasis: unknown, id = callId) => {
    const req = api().put(`/api/v1/calls/${id}/ranking-basis`).send({ rankingBasis });
    return user ? req.set(auth(user)) : req;
  };

  // Both criteria get the same score s in a review, so a review's total is 2s + s = 3s. Dora marks
  // everything one point lower than the others would.
  const REVIEWS: Record<keyof typeof apps, [keyof typeof evaluators, number][]> = {
    A: [['anna', 4.5], ['ben', 4.5]],
    B: [['anna', 4], ['dora', 3]],
    C: [['ben', 4], ['dora', 3]],
    D: [['anna', 3.5], ['ben', 3.5]],
  };

  async function insertReviewed(letter: keyof typeof apps, minutesAgo: number) {
    const reviews = REVIEWS[letter].map(([who, score]): CraftedReview => [evaluators[who].id, score]);
    apps[letter] = await insertReviewedApplication(stack, { callId, organisationId, applicantId: applicant.id, title: `Pilot ${letter}`, minutesAgo, reviews });
  }

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    [coordinator, otherCoordinator, admin, decider, applicant, evaluators.anna, evaluators.ben, evaluators.dora] = await Promise.all(Array.from({ length: 8 }, () => registerUser(stack)));
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, otherCoordinator.id, 'coordinator', 'oulu');
    await grantRole(stack, admin.id, 'admin');
    await grantRole(stack, decider.id, 'decider');
    for (const [name, user] of Object.entries(evaluators)) {
      await grantRole(stack, user.id, 'evaluator');
      await stack.db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [user.id, `Arvioija ${name}`]);
    }
    organisationId = (await createOrganisation(stack, applicant, { name: 'Kalibrointi Oy' })).id;
    const [{ id: tampereId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const created = await api()
      .post('/api/v1/calls')
      .set(auth(coordinator))
      .send(callBody(tampereId, { overallThreshold: 6, deciderIds: [decider.id], criteria: [
        { key: 'impact', name: { en: 'Impact' }, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 },
        { key: 'feasibility', name: { en: 'Feasibility' }, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 },
      ] }))
      .expect(201);
    callId = created.body.id;
    expect(created.body.rankingBasis).toBe('raw');
    await api().post(`/api/v1/calls/${callId}/publish`).set(auth(coordinator)).send({ version: created.body.version }).expect(200);
  });
  afterAll(() => stack.close());

  it('lets the city choose calibrated totals while the call is open, audited once, and refuses bad input and outsiders', async () => {
    expect((await setBasis(coordinator, 'calibrated').expect(200)).body).toEqual({ callId, rankingBasis: 'calibrated' });
    await setBasis(coordinator, 'calibrated').expect(200);
    const audits = await stack.db.query(`SELECT actor_id AS "actorId", before, after FROM audit_events WHERE action = 'call.ranking_basis_set' AND entity_id = $1`, [callId]);
    expect(audits).toEqual([{ actorId: coordinator.id, before: { rankingBasis: 'raw' }, after: { rankingBasis: 'calibrated' } }]);
    expect((await api().get(`/api/v1/calls/${callId}`).expect(200)).body.rankingBasis).toBe('calibrated');
    expect((await api().get('/api/v1/open-data/calls').expect(200)).body.items.find((c: { id: string }) => c.id === callId).rankingBasis).toBe('calibrated');

    const bad = await setBasis(coordinator, 'zscore').expect(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'rankingBasis' })]);
    for (const outsider of [otherCoordinator, decider, evaluators.anna, applicant]) await setBasis(outsider, 'raw').expect(403);
    await setBasis(null, 'raw').expect(401);
    await setBasis(coordinator, 'raw', '00000000-0000-4000-8000-000000000000').expect(404);
    expect((await api().get(`/api/v1/calls/${callId}`).expect(200)).body.rankingBasis).toBe('calibrated');
  });

  it('refuses a change with 409 problem+json once evaluation has started', async () => {
    await stack.db.query(`UPDATE calls SET state = 'in_evaluation', closed_at = now() WHERE id = $1`, [callId]);
    for (const user of [coordinator, admin]) {
      const res = await setBasis(user, 'raw').expect(409);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.detail).toMatch(/before evaluation starts/);
    }
    const fi = await setBasis(coordinator, 'raw').set('accept-language', 'fi').expect(409);
    expect(fi.body.detail).toMatch(/ennen arvioinnin alkua/);
  });

  it('shows the city raw and calibrated totals side by side, each evaluator’s bias and the ranks that change', async () => {
    // D was submitted first: it wins the raw tie with B and C.
    await insertReviewed('A', 50);
    await insertReviewed('D', 40);
    await insertReviewed('B', 30);
    await insertReviewed('C', 20);
    const res = await api().get(`/api/v1/calls/${callId}/calibration`).set(auth(coordinator)).expect(200);
    const body = res.body as {
      rankingBasis: string;
      method: string;
      components: number;
      evaluators: { evaluatorId: string; name: string; bias: number; meanOffset: number | null }[];
      applications: { applicationId: string; rawTotal: number; calibratedTotal: number; rawRank: number; calibratedRank: number; rankChange: number }[];
      rankChanges: number;
    };
    expect(body).toMatchObject({ callId, rankingBasis: 'calibrated', method: 'least_squares_additive', components: 1 });
    const bias = Object.fromEntries(body.evaluators.map((e) => [e.name, e]));
    expect(bias['Arvioija dora'].meanOffset).toBe(-3);
    expect(bias['Arvioija dora'].bias - bias['Arvioija anna'].bias).toBeCloseTo(-3, 5);
    expect(bias['Arvioija anna'].bias).toBeCloseTo(bias['Arvioija ben'].bias, 5);
    const row = (letter: keyof typeof apps) => body.applications.find((a) => a.applicationId === apps[letter])!;
    expect(row('D')).toMatchObject({ rawTotal: 10.5, rawRank: 2, calibratedRank: 4, rankChange: -2 });
    expect(row('B')).toMatchObject({ rawTotal: 10.5, rawRank: 3, calibratedRank: 2, rankChange: 1 });
    expect(row('A')).toMatchObject({ rawRank: 1, calibratedRank: 1, rankChange: 0 });
    expect(row('B').calibratedTotal).toBeGreaterThan(row('D').calibratedTotal);
    expect(body.rankChanges).toBe(3);
    await api().get(`/api/v1/calls/${callId}/calibration`).set(auth(admin)).expect(200);
  });

  it('hides the calibration from other cities, deciders, evaluators and applicants', async () => {
    for (const outsider of [otherCoordinator, decider, evaluators.dora, applicant]) {
      const res = await api().get(`/api/v1/calls/${callId}/calibration`).set(auth(outsider)).expect(403);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
    await api().get(`/api/v1/calls/${callId}/calibration`).expect(401);
    const bad = await api().get('/api/v1/calls/not-a-uuid/calibration').set(auth(coordinator)).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    await api().get('/api/v1/calls/00000000-0000-4000-8000-000000000000/calibration').set(auth(admin)).expect(404);
  });

  it('ranks by the calibrated totals the call chose, and the outcome says so', async () => {
    await api().post(`/api/v1/calls/${callId}/ranking`).set(auth(coordinator)).send({}).expect(202);
    const ranks = await eventually(async () => {
      const rows: { id: string; rank: number | null }[] = await stack.db.query(`SELECT application_id AS id, rank FROM application_aggregates WHERE call_id = $1`, [callId]);
      return rows.every((r) => r.rank !== null) ? new Map(rows.map((r) => [r.id, r.rank])) : null;
    }, 30_000, 'the ranking');
    expect([apps.A, apps.B, apps.C, apps.D].map((id) => ranks.get(id))).toEqual([1, 2, 3, 4]);
    const outcome = await api().get(`/api/v1/applications/${apps.D}/outcome`).set(auth(coordinator)).expect(200);
    expect(outcome.body).toMatchObject({ rankingBasis: 'calibrated', ranking: { rank: 4 } });
  });
});
