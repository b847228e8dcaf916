import request from 'supertest';
import { RedressConcludeJob, RedressReEvaluateJob } from '@kokeilu/funding';
import { callBody, createOrganisation, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

/**
 * Redress through HTTP and the real worker: a call decided by the real ranking and decision, then
 * an upheld request whose re-evaluation lifts the application above the budget line (funded from
 * the redress reserve), a rejected one, and a late one refused. The reviewed state before the
 * ranking is written in SQL as the evaluation tables hold it.
 */
describe('redress', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let otherCoordinator: TestUser;
  let decider: TestUser;
  let lead: TestUser;
  let otherLead: TestUser;
  let procedural: TestUser;
  const evaluators: Record<'anna' | 'ben' | 'cara' | 'dan', TestUser> = {} as never;
  let callId: string;
  let leadOrg: string;
  let otherOrg: string;
  const apps: Record<'A' | 'B' | 'C' | 'D' | 'E', string> = { A: '', B: '', C: '', D: '', E: '' };
  let redressId = '';

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const GROUNDS = 'The impact criterion was scored against a rule the call text does not have.';
  const MISSING = '00000000-0000-4000-8000-000000000000';

  // Totals are 3 × the score (impact weighs 2, feasibility 1): A 13.5, B 12, C 10.5, D 9, E 4.5 (fails).
  const SCORES: Record<keyof typeof apps, number> = { A: 4.5, B: 4, C: 3.5, D: 3, E: 1.5 };

  async function insertReviewed(letter: keyof typeof apps, organisationId: string, by: TestUser) {
    const score = SCORES[letter];
    const [{ id }] = await stack.db.query(
      `INSERT INTO applications (call_id, lead_organisation_id, created_by, state, title, summary, requested_grant_cents, revision, submitted_version, submitted_at)
       VALUES ($1, $2, $3, 'reviewed', $4, 'Summary', 1000000, 1, 1, now()) RETURNING id`,
      [callId, organisationId, by.id, `Pilot ${letter}`],
    );
    const snapshot = { callId, title: `Pilot ${letter}`, summary: 'Summary', requestedGrantCents: 1_000_000, totals: { eligibleTotalCents: 2_000_000 }, testbedIds: [] };
    const [{ id: revisionId }] = await stack.db.query(
      `INSERT INTO application_revisions (application_id, call_id, number, snapshot, submitted_by, submitted_at) VALUES ($1, $2, 1, $3, $4, now()) RETURNING id`,
      [id, callId, JSON.stringify(snapshot), by.id],
    );
    for (const who of [evaluators.anna, evaluators.ben]) {
      await stack.db.query(
        `INSERT INTO reviews (call_id, application_id, revision_id, evaluator_id, state, scores, submitted_at) VALUES ($1, $2, $3, $4, 'submitted', $5, now())`,
        [callId, id, revisionId, who.id, JSON.stringify({ impact: { score, comment: 'ok' }, feasibility: { score, comment: 'ok' } })],
      );
    }
    const criteria = ['impact', 'feasibility'].map((key) => ({ key, mean: score, count: 2, threshold: 2, pass: score >= 2 }));
    await stack.db.query(
      `INSERT INTO application_aggregates (application_id, call_id, review_count, review_criteria, divergences, criteria, total, pass, needs_consensus)
       VALUES ($1, $2, 2, $3, '[]', $3, $4, $5, false)`,
      [id, callId, JSON.stringify(criteria), 3 * score, score >= 2],
    );
    apps[letter] = id;
  }

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    [coordinator, otherCoordinator, decider, lead, otherLead, procedural, evaluators.anna, evaluators.ben, evaluators.cara, evaluators.dan] = await Promise.all(
      Array.from({ length: 10 }, () => registerUser(stack)),
    );
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, otherCoordinator.id, 'coordinator', 'oulu');
    await grantRole(stack, decider.id, 'decider');
    for (const user of [procedural, ...Object.values(evaluators)]) await grantRole(stack, user.id, 'evaluator');
    leadOrg = (await createOrganisation(stack, lead, { name: 'Oikaisu Oy' })).id;
    otherOrg = (await createOrganisation(stack, otherLead, { name: 'Toinen Oy' })).id;
    const [{ id: tampereId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const created = await api()
      .post('/api/v1/calls')
      .set(auth(coordinator))
      .send(callBody(tampereId, {
        budgetCents: 2_000_000,
        maxGrantCents: 1_000_000,
        overallThreshold: 6,
        reviewersPerApplication: 2,
        deciderIds: [decider.id],
        criteria: [
          { key: 'impact', name: { en: 'Impact' }, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 },
          { key: 'feasibility', name: { en: 'Feasibility' }, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 },
        ],
      }))
      .expect((res) => expect([res.status, res.body.errors ?? null]).toEqual([201, null]));
    callId = created.body.id;
    await api().post(`/api/v1/calls/${callId}/publish`).set(auth(coordinator)).send({ version: created.body.version }).expect(200);
    for (const user of Object.values(evaluators)) await api().post(`/api/v1/calls/${callId}/evaluators`).set(auth(coordinator)).send({ userId: user.id }).expect(201);
    await stack.db.query(`UPDATE calls SET state = 'in_evaluation', closed_at = now() WHERE id = $1`, [callId]);
    await insertReviewed('A', leadOrg, lead);
    await insertReviewed('B', leadOrg, lead);
    await insertReviewed('C', otherOrg, otherLead);
    await insertReviewed('D', leadOrg, lead);
    await insertReviewed('E', leadOrg, lead);
  });
  afterAll(() => stack.close());

  it('lets the city set the remedy and the reserve before the decision, audited, and refuses bad input and outsiders', async () => {
    const policy = { remedy: 'reserve_budget', reserveCents: 1_000_000 };
    const res = await api().put(`/api/v1/calls/${callId}/redress-policy`).set(auth(coordinator)).send(policy).expect(200);
    expect(res.body).toMatchObject({ ...policy, reserveCommittedCents: 0, requests: [] });
    await api().put(`/api/v1/calls/${callId}/redress-policy`).set(auth(coordinator)).send(policy).expect(200);
    expect(await stack.db.query(`SELECT after FROM audit_events WHERE action = 'call.redress_policy_set' AND entity_id = $1`, [callId])).toEqual([{ after: policy }]);
    const bad = await api().put(`/api/v1/calls/${callId}/redress-policy`).set(auth(coordinator)).send({ remedy: 'cash', reserveCents: -1 }).expect(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['remedy', 'reserveCents']);
    for (const outsider of [otherCoordinator, decider, lead, evaluators.anna]) await api().put(`/api/v1/calls/${callId}/redress-policy`).set(auth(outsider)).send(policy).expect(403);

    // The real ranking and decision: A and B funded (the budget holds two), C and D on the reserve list, E failing.
    await api().post(`/api/v1/calls/${callId}/ranking`).set(auth(coordinator)).send({}).expect(202);
    await eventually(async () => (await stack.db.query(`SELECT 1 FROM funding_proposals WHERE call_id = $1`, [callId])).length > 0, 60_000, 'the proposal');
    await api().post(`/api/v1/calls/${callId}/decision`).set(auth(decider)).expect(200);
    const states = new Map((await stack.db.query(`SELECT id, state FROM applications WHERE call_id = $1`, [callId])).map((r: { id: string; state: string }) => [r.id, r.state]));
    expect([apps.A, apps.B, apps.C, apps.D, apps.E].map((id) => states.get(id))).toEqual(['funded', 'funded', 'not_funded', 'not_funded', 'not_funded']);
    const fixed = await api().put(`/api/v1/calls/${callId}/redress-policy`).set(auth(coordinator)).send({ ...policy, reserveCents: 5 }).expect(409);
    expect(fixed.headers['content-type']).toMatch(/problem\+json/);
  });

  it('takes a request from the lead within 30 days, safe to repeat, and names the grounds field when they are missing', async () => {
    const before = await api().get(`/api/v1/applications/${apps.D}/redress`).set(auth(lead)).expect(200);
    expect(before.body).toMatchObject({ applicationId: apps.D, canRequest: true, request: null, window: { open: true, daysLeft: 30 } });
    const short = await api().post(`/api/v1/applications/${apps.D}/redress`).set(auth(lead)).send({ grounds: 'unfair' }).expect(400);
    expect(short.headers['content-type']).toMatch(/problem\+json/);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'grounds' })]);
    await api().post(`/api/v1/applications/${apps.D}/redress`).set(auth(lead)).send({}).expect(400);
    await api().post(`/api/v1/applications/${apps.A}/redress`).set(auth(lead)).send({ grounds: GROUNDS }).expect(409);

    const made = await api().post(`/api/v1/applications/${apps.D}/redress`).set(auth(lead)).send({ grounds: GROUNDS }).expect(201);
    expect(made.body).toMatchObject({ applicationId: apps.D, state: 'requested', grounds: GROUNDS, reviewer: null });
    redressId = made.body.id;
    expect((await api().post(`/api/v1/applications/${apps.D}/redress`).set(auth(lead)).send({ grounds: GROUNDS }).expect(201)).body.id).toBe(redressId);
    await api().post(`/api/v1/applications/${apps.D}/redress`).set(auth(lead)).send({ grounds: `${GROUNDS} Also more.` }).expect(409);
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'application.redress_requested' AND entity_id = $1`, [apps.D])).toEqual([{ n: 1 }]);
    const told = await eventually(async () => (await stack.db.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND kind = 'redress.requested'`, [coordinator.id])).length > 0, 30_000, 'the coordinators told');
    expect(told).toBe(true);
  });

  it('shows requests and grounds to nobody but the consortium, those who run the call and its reviewer', async () => {
    for (const outsider of [otherLead, evaluators.anna, decider, otherCoordinator]) await api().get(`/api/v1/redress/${redressId}`).set(auth(outsider)).expect(404);
    await api().get(`/api/v1/redress/${redressId}`).expect(401);
    await api().get(`/api/v1/redress/${MISSING}`).set(auth(coordinator)).expect(404);
    expect((await api().get('/api/v1/redress/not-a-uuid').set(auth(coordinator)).expect(400)).body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    // The call's evaluators do not learn of it; its deciders, who read the application, are refused.
    for (const outsider of [otherLead, evaluators.anna]) await api().get(`/api/v1/applications/${apps.D}/redress`).set(auth(outsider)).expect(404);
    await api().get(`/api/v1/applications/${apps.D}/redress`).set(auth(decider)).expect(403);
    await api().get(`/api/v1/applications/${apps.D}/redress`).expect(401);
    for (const outsider of [lead, evaluators.anna, decider, otherCoordinator]) await api().get(`/api/v1/calls/${callId}/redress`).set(auth(outsider)).expect(403);
    await api().post(`/api/v1/applications/${apps.D}/redress`).set(auth(evaluators.anna)).send({ grounds: GROUNDS }).expect(404);
    await api().post(`/api/v1/applications/${apps.D}/redress`).set(auth(decider)).send({ grounds: GROUNDS }).expect(403);
    expect((await api().get('/api/v1/redress').set(auth(evaluators.anna)).expect(200)).body).toEqual([]);
    // Indirect reads: the other applicant's and the evaluators' audit logs and notifications say nothing of it.
    for (const outsider of [otherLead, evaluators.anna]) {
      const audit = await api().get('/api/v1/audit').set(auth(outsider)).expect(200);
      expect(JSON.stringify(audit.body)).not.toContain(GROUNDS);
      const notes = await api().get('/api/v1/notifications').set(auth(outsider)).expect(200);
      expect(JSON.stringify(notes.body)).not.toMatch(/redress|oikaisu/i);
    }
    const desk = await api().get(`/api/v1/calls/${callId}/redress`).set(auth(coordinator)).expect(200);
    expect(desk.body.requests).toEqual([expect.objectContaining({ id: redressId, grounds: GROUNDS, state: 'requested', leadOrganisationName: 'Oikaisu Oy' })]);
  });

  it('appoints only an evaluator who took no part in the call, and only the reviewer records the outcome', async () => {
    const candidates = (await api().get(`/api/v1/redress/${redressId}/reviewers`).set(auth(coordinator)).expect(200)).body as { userId: string; eligible: boolean; reasons: string[] }[];
    expect(candidates.find((c) => c.userId === evaluators.anna.id)).toMatchObject({ eligible: false, reasons: ['assigned_on_call'] });
    expect(candidates.find((c) => c.userId === procedural.id)).toMatchObject({ eligible: true, reasons: [] });
    await api().get(`/api/v1/redress/${redressId}/reviewers`).set(auth(lead)).expect(403);
    const refused = await api().post(`/api/v1/redress/${redressId}/reviewer`).set(auth(coordinator)).send({ reviewerId: evaluators.anna.id }).expect(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'reviewerId' })]);
    await api().post(`/api/v1/redress/${redressId}/reviewer`).set(auth(lead)).send({ reviewerId: procedural.id }).expect(403);
    await api().post(`/api/v1/redress/${redressId}/outcome`).set(auth(procedural)).send({ outcome: 'upheld', reasons: 'Too early' }).expect(404);

    const appointed = await api().post(`/api/v1/redress/${redressId}/reviewer`).set(auth(coordinator)).send({ reviewerId: procedural.id }).expect(200);
    expect(appointed.body).toMatchObject({ state: 'in_review', reviewer: { id: procedural.id } });
    await api().post(`/api/v1/redress/${redressId}/reviewer`).set(auth(coordinator)).send({ reviewerId: procedural.id }).expect(200);
    expect((await api().get(`/api/v1/redress/${redressId}`).set(auth(lead)).expect(200)).body.reviewer).toBeNull();
    expect((await api().get('/api/v1/redress').set(auth(procedural)).expect(200)).body).toEqual([expect.objectContaining({ id: redressId, grounds: GROUNDS })]);
    // The lead's audit log has its request, not who reviews it; the city's has both.
    const actionsFor = async (user: TestUser) => ((await api().get('/api/v1/audit').set(auth(user)).query({ limit: 100 }).expect(200)).body.items as { action: string }[]).map((e) => e.action);
    expect(await actionsFor(lead)).toEqual(expect.arrayContaining(['application.redress_requested']));
    expect(await actionsFor(lead)).not.toContain('redress.reviewer_appointed');
    expect(await actionsFor(coordinator)).toEqual(expect.arrayContaining(['application.redress_requested', 'redress.reviewer_appointed']));

    for (const other of [coordinator, lead]) await api().post(`/api/v1/redress/${redressId}/outcome`).set(auth(other)).send({ outcome: 'upheld', reasons: 'x' }).expect(403);
    const noReasons = await api().post(`/api/v1/redress/${redressId}/outcome`).set(auth(procedural)).send({ outcome: 'upheld', reasons: ' ' }).expect(400);
    expect(noReasons.body.errors).toEqual([expect.objectContaining({ field: 'reasons' })]);
    const upheld = await api().post(`/api/v1/redress/${redressId}/outcome`).set(auth(procedural)).send({ outcome: 'upheld', reasons: 'The impact criterion was misread.' }).expect(200);
    expect(upheld.body).toMatchObject({ state: 're_evaluating', outcome: 'upheld' });
    await api().post(`/api/v1/redress/${redressId}/outcome`).set(auth(procedural)).send({ outcome: 'upheld', reasons: 'The impact criterion was misread.' }).expect(200);
    await api().post(`/api/v1/redress/${redressId}/outcome`).set(auth(procedural)).send({ outcome: 'rejected', reasons: 'Changed my mind.' }).expect(409);
  });

  it('re-evaluates by new evaluators and funds the application from the reserve when it rises above the line', async () => {
    const assigned = await eventually(async () => {
      const rows: { evaluatorId: string; id: string; version: number }[] = await stack.db.query(
        `SELECT evaluator_id AS "evaluatorId", id, version FROM reviews WHERE redress_request_id = $1 ORDER BY evaluator_id`,
        [redressId],
      );
      return rows.length === 2 ? rows : null;
    }, 30_000, 'the re-evaluators');
    expect(assigned.map((r) => r.evaluatorId).sort()).toEqual([evaluators.cara.id, evaluators.dan.id].sort());
    await api().get(`/api/v1/redress/${redressId}`).set(auth(evaluators.cara)).expect(404);
    for (const reviewer of [evaluators.cara, evaluators.dan]) {
      const mine = (await api().get('/api/v1/reviews').set(auth(reviewer)).expect(200)).body.items as { id: string; applicationId: string; version: number }[];
      const review = mine.find((r) => r.applicationId === apps.D)!;
      const saved = await api()
        .patch(`/api/v1/reviews/${review.id}`)
        .set(auth(reviewer))
        .send({ version: review.version, scores: { impact: { score: 5, comment: 'Strong' }, feasibility: { score: 4.5, comment: 'Sound' } } })
        .expect(200);
      await api().post(`/api/v1/reviews/${review.id}/submit`).set(auth(reviewer)).send({ version: saved.body.version }).expect(200);
    }
    const concluded = await eventually(async () => {
      const res = await api().get(`/api/v1/redress/${redressId}`).set(auth(lead)).expect(200);
      return res.body.state === 'concluded' ? res.body : null;
    }, 60_000, 'the conclusion');
    // 2 × 5 + 4.5 = 14.5 outranks A (13.5): above the line, and the reserve covers the grant.
    expect(concluded).toMatchObject({ result: 'funded_from_reserve', resultGrantCents: 1_000_000, reEvaluation: { total: 14.5, pass: true, rank: 1, aboveLine: true, reviewsSubmitted: 2 } });
    expect(await stack.db.query(`SELECT a.state, g.funded_from AS "fundedFrom", (SELECT count(*)::int FROM pilots p WHERE p.application_id = a.id) AS pilots FROM applications a JOIN grants g ON g.application_id = a.id WHERE a.id = $1`, [apps.D])).toEqual([
      { state: 'funded', fundedFrom: 'redress_reserve', pilots: 1 },
    ]);
    expect(await stack.db.query(`SELECT committed_cents::int AS budget, reserve_committed_cents::int AS reserve FROM call_budgets WHERE call_id = $1`, [callId])).toEqual([{ budget: 2_000_000, reserve: 1_000_000 }]);
    const actions = (await stack.db.query(`SELECT action FROM audit_events WHERE call_id = $1 AND action LIKE 'redress.%' ORDER BY id`, [callId])).map((r: { action: string }) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['redress.reviewer_appointed', 'redress.upheld', 'redress.re_evaluation_assigned', 'redress.concluded']));
    await eventually(async () => (await stack.db.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND kind = 'redress.concluded'`, [lead.id])).length > 0, 30_000, 'the applicant told');
    // A repeat of either job changes nothing.
    expect(await stack.worker!.get(RedressConcludeJob).handle({ requestId: redressId })).toEqual({ concluded: false, reason: 'request is concluded' });
    expect(await stack.worker!.get(RedressReEvaluateJob).handle({ requestId: redressId })).toEqual({ assigned: [], skipped: 'request is concluded' });
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM grants WHERE application_id = $1`, [apps.D])).toEqual([{ n: 1 }]);
  });

  it('rejects a request with reasons, and refuses a late one', async () => {
    const made = await api().post(`/api/v1/applications/${apps.C}/redress`).set(auth(otherLead)).send({ grounds: GROUNDS }).expect(201);
    await api().post(`/api/v1/redress/${made.body.id}/reviewer`).set(auth(coordinator)).send({ reviewerId: procedural.id }).expect(200);
    const rejected = await api().post(`/api/v1/redress/${made.body.id}/outcome`).set(auth(procedural)).send({ outcome: 'rejected', reasons: 'The criteria were applied as the call text says.' }).expect(200);
    expect(rejected.body).toMatchObject({ state: 'rejected', outcome: 'rejected' });
    const seen = await api().get(`/api/v1/applications/${apps.C}/redress`).set(auth(otherLead)).expect(200);
    expect(seen.body).toMatchObject({ canRequest: false, request: { state: 'rejected', outcomeReasons: 'The criteria were applied as the call text says.', reviewer: null } });
    expect(await stack.db.query(`SELECT state FROM applications WHERE id = $1`, [apps.C])).toEqual([{ state: 'not_funded' }]);
    await eventually(async () => (await stack.db.query(`SELECT 1 FROM notifications WHERE user_id = $1 AND kind = 'redress.decided'`, [otherLead.id])).length > 0, 30_000, 'the applicant told');

    await stack.db.query(`UPDATE funding_decisions SET decided_at = now() - interval '31 days' WHERE call_id = $1`, [callId]);
    const window = await api().get(`/api/v1/applications/${apps.E}/redress`).set(auth(lead)).expect(200);
    expect(window.body).toMatchObject({ canRequest: false, request: null, window: { open: false, daysLeft: 0 } });
    const late = await api().post(`/api/v1/applications/${apps.E}/redress`).set(auth(lead)).send({ grounds: GROUNDS }).expect(409);
    expect(late.headers['content-type']).toMatch(/problem\+json/);
    expect(late.body.detail).toMatch(/30 days/);
    expect(await stack.db.query(`SELECT count(*)::int AS n FROM redress_requests WHERE application_id = $1`, [apps.E])).toEqual([{ n: 0 }]);
  });
});
