import request from 'supertest';
import { at, createOrganisation, createTestbed, DAY, grantRole, registerUser, TestUser, uniqueEmail } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';


/** A Tampere call whose applications need one operator and a title, scored on two criteria. */
function callBody(cityId: string, overrides: Record<string, unknown> = {}) {
  return {
    cityId,
    focusArea: 'open_data_and_interfaces',
    title: { fi: 'Arviointihaku', en: 'Evaluation call' },
    summary: { fi: 'Kokeiluja' },
    body: { fi: 'Hakuteksti' },
    opensAt: at(-DAY),
    closesAt: at(DAY),
    reviewDeadline: at(60 * DAY),
    budgetCents: 100_000_000,
    fundingSources: [{ source: 'ERDF', sharePercent: 100 }],
    fundingRatePercent: 75,
    maxGrantCents: 10_000_000,
    durationMinMonths: 1,
    durationMaxMonths: 24,
    eligibility: {
      minOperatorsInCities: { count: 1, cities: ['helsinki', 'espoo', 'vantaa', 'tampere', 'turku', 'oulu'] },
      leadOrganisationTypes: ['company', 'association', 'research_organisation'],
      maxGrant: false,
      fundingRate: false,
      durationMonths: false,
      testBedsPublished: true,
      requiredFields: ['title'],
    },
    criteria: [
      { key: 'impact', name: { fi: 'Vaikuttavuus' }, weight: 2 },
      { key: 'team', name: { fi: 'Tiimi' }, weight: 1, scale: { min: 1, max: 10, step: 1 }, threshold: 5 },
    ],
    overallThreshold: 3,
    reviewersPerApplication: 2,
    ...overrides,
  };
}

interface Review {
  id: string;
  applicationId: string;
  evaluatorId: string;
  state: string;
  version: number;
}

describe('evaluation', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let otherCoordinator: TestUser;
  let plain: TestUser;
  let evaluators: TestUser[];
  let leads: TestUser[];
  let bedId: string;
  let tampere: string;
  const apps: string[] = [];
  let callId: string;
  let callVersion: number;

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const ev = (i: number) => evaluators[i - 1];

  async function openCall(overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    const created = await api().post('/api/v1/calls').set(auth(coordinator)).send(callBody(tampere, overrides)).expect(201);
    const published = await api().post(`/api/v1/calls/${created.body.id}/publish`).set(auth(coordinator)).send({ version: created.body.version }).expect(200);
    return { id: created.body.id, version: published.body.version };
  }

  async function submitted(user: TestUser, organisationId: string, call: string, title: string, partner?: { user: TestUser; organisationId: string }): Promise<string> {
    const draft = await api().post('/api/v1/applications').set(auth(user)).send({ callId: call, organisationId, title, testbedIds: [bedId] }).expect(201);
    let version = draft.body.version;
    if (partner) {
      await api().post(`/api/v1/applications/${draft.body.id}/partners`).set(auth(user)).send({ organisationId: partner.organisationId }).expect(201);
      await api().post(`/api/v1/applications/${draft.body.id}/partners/${partner.organisationId}/accept`).set(auth(partner.user)).expect(200);
      version = (await api().get(`/api/v1/applications/${draft.body.id}`).set(auth(user)).expect(200)).body.version;
    }
    await api().post(`/api/v1/applications/${draft.body.id}/submit`).set(auth(user)).send({ version }).expect(200);
    return draft.body.id;
  }

  async function stateOf(id: string): Promise<string> {
    const [row] = await stack.db.query(`SELECT state FROM applications WHERE id = $1`, [id]);
    return row.state;
  }

  async function status() {
    return (await api().get(`/api/v1/calls/${callId}/assignments`).set(auth(coordinator)).expect(200)).body;
  }

  async function reviewsOf(user: TestUser): Promise<Review[]> {
    return (await api().get('/api/v1/reviews').query({ callId, limit: 100 }).set(auth(user)).expect(200)).body.items;
  }

  beforeAll(async () => {
    stack = await startStack({ worker: true, smtp: true });
    [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    [coordinator, otherCoordinator, plain] = await Promise.all([registerUser(stack, { locale: 'en' }), registerUser(stack), registerUser(stack)]);
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, otherCoordinator.id, 'coordinator', 'oulu');
    // E1 writes from the lead organisation's domain; the others from elsewhere.
    evaluators = await Promise.all([
      registerUser(stack, { locale: 'en', email: uniqueEmail('eva1', 'robotti.fi') }),
      ...[2, 3, 4, 5].map((n) => registerUser(stack, { locale: 'en', email: uniqueEmail(`eva${n}`, 'arvioijat.fi') })),
    ]);
    for (const evaluator of evaluators) await grantRole(stack, evaluator.id, 'evaluator');
    leads = await Promise.all([1, 2, 3, 4, 5, 6].map(() => registerUser(stack, { locale: 'en' })));

    bedId = (await createTestbed(stack, coordinator, { name: { fi: 'Hervannan datalabra' }, summary: { fi: 'Avoin data' }, themes: ['mobility', 'data_and_ai'] })).id;

    const orgA = await createOrganisation(stack, leads[0], { name: 'Robotti Oy', emailDomain: 'robotti.fi' });
    const orgB = await createOrganisation(stack, leads[1], { name: 'Data Oy', homeMunicipality: 'Helsinki' });
    const orgC = await createOrganisation(stack, leads[2], { name: 'Kaupunkilabra Oy' });
    const orgD = await createOrganisation(stack, leads[3], { name: 'Sensori Oy' });
    const orgE = await createOrganisation(stack, leads[4], { name: 'Mahdoton Oy' });
    // E4's own organisation was in a consortium with Sensori Oy in an earlier call.
    const orgX = await createOrganisation(stack, ev(4), { name: 'Tutkimus ry', type: 'association' });
    await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member')`, [orgB.id, ev(2).id]);

    const earlier = await openCall({ title: { fi: 'Aiempi haku', en: 'Earlier call' } });
    await submitted(ev(4), orgX.id, earlier.id, 'Earlier pilot', { user: leads[3], organisationId: orgD.id });

    const call = await openCall();
    callId = call.id;
    callVersion = call.version;
    apps.push(await submitted(leads[0], orgA.id, callId, 'Robot buses'));
    apps.push(await submitted(leads[1], orgB.id, callId, 'Open transit data'));
    apps.push(await submitted(leads[2], orgC.id, callId, 'Street lab'));
    apps.push(await submitted(leads[3], orgD.id, callId, 'Air sensors'));
    apps.push(await submitted(leads[4], orgE.id, callId, 'Impossible pilot'));
    await eventually(async () => (await Promise.all(apps.map(stateOf))).every((s) => s === 'eligible'), 20_000, 'eligibility checks');
  });
  afterAll(() => stack.close());

  describe('before the call closes', () => {
    it('lets those who run the call build the pool from users holding the evaluator role', async () => {
      for (const [i, evaluator] of evaluators.entries()) {
        const added = await api()
          .post(`/api/v1/calls/${callId}/evaluators`)
          .set(auth(coordinator))
          .send({ userId: evaluator.id, expertise: i === 4 ? ['mobility', 'open_data_and_interfaces'] : ['education'] })
          .expect(201);
        expect(added.body).toMatchObject({ userId: evaluator.id, load: 0 });
      }
      const notEvaluator = await api().post(`/api/v1/calls/${callId}/evaluators`).set(auth(coordinator)).send({ userId: plain.id }).expect(400);
      expect(notEvaluator.body.errors).toEqual([{ field: 'userId', message: 'is not a user with the evaluator role' }]);
      const badTag = await api().post(`/api/v1/calls/${callId}/evaluators`).set(auth(coordinator)).send({ userId: plain.id, expertise: ['astrology'] }).expect(400);
      expect(badTag.body.errors[0].field).toBe('expertise[0]');
      await api().post(`/api/v1/calls/${callId}/evaluators`).set(auth(coordinator)).send({ userId: ev(1).id }).expect(409);
      await api().post(`/api/v1/calls/${callId}/evaluators`).set(auth(otherCoordinator)).send({ userId: plain.id }).expect(403);
      await api().get(`/api/v1/calls/${callId}/evaluators`).set(auth(ev(1))).expect(403);
      const pool = await api().get(`/api/v1/calls/${callId}/evaluators`).set(auth(coordinator)).expect(200);
      expect(pool.body.map((p: { userId: string }) => p.userId).sort()).toEqual(evaluators.map((e) => e.id).sort());
      await api().post(`/api/v1/calls/${callId}/assign`).set(auth(coordinator)).expect(409);
    });

    it('lets evaluators declare conflicts, and only evaluators', async () => {
      const [orgC] = await stack.db.query(`SELECT id FROM organisations WHERE name = 'Kaupunkilabra Oy'`);
      const declared = await api().post('/api/v1/conflicts').set(auth(ev(3))).send({ organisationId: orgC.id, reason: 'My brother runs it' }).expect(201);
      // The evaluator is no member of it: the declaration does not name it back.
      expect(declared.body).toMatchObject({ organisationId: orgC.id, organisationName: null, applicationId: null, withdrawnReviewIds: [] });
      await api().post('/api/v1/conflicts').set(auth(ev(3))).send({ organisationId: orgC.id, reason: 'Again' }).expect(409);
      for (const n of [1, 2, 3, 4]) await api().post('/api/v1/conflicts').set(auth(ev(n))).send({ applicationId: apps[4], reason: 'Advised the team' }).expect(201);
      const both = await api().post('/api/v1/conflicts').set(auth(ev(5))).send({ organisationId: orgC.id, applicationId: apps[4], reason: 'x' }).expect(400);
      expect(both.body.errors[0].field).toBe('organisationId');
      const blank = await api().post('/api/v1/conflicts').set(auth(ev(5))).send({ applicationId: apps[4], reason: '  ' }).expect(400);
      expect(blank.body.errors[0].field).toBe('reason');
      await api().post('/api/v1/conflicts').set(auth(plain)).send({ organisationId: orgC.id, reason: 'x' }).expect(403);
      await api().get('/api/v1/conflicts').set(auth(plain)).expect(403);

      const temporary = await api().post('/api/v1/conflicts').set(auth(ev(5))).send({ organisationId: orgC.id, reason: 'Maybe' }).expect(201);
      await api().delete(`/api/v1/conflicts/${temporary.body.id}`).set(auth(ev(3))).expect(404);
      await api().delete(`/api/v1/conflicts/${temporary.body.id}`).set(auth(ev(5))).expect(204);
      expect((await api().get('/api/v1/conflicts').set(auth(ev(5))).expect(200)).body).toEqual([]);
      expect((await api().get('/api/v1/conflicts').set(auth(ev(3))).expect(200)).body).toHaveLength(2);
    });
  });

  describe('at close', () => {
    it('waits for eligibility checks still running, then assigns', async () => {
      // One application's check is made to look pending at the moment the call closes.
      await stack.db.query(`UPDATE applications SET state = 'submitted' WHERE id = $1`, [apps[2]]);
      const moved = await api().patch(`/api/v1/calls/${callId}`).set(auth(coordinator)).send({ version: callVersion, closesAt: at(800) }).expect(200);
      callVersion = moved.body.version;
      await eventually(async () => (await api().get(`/api/v1/calls/${callId}`).set(auth(coordinator))).body.state === 'closed', 15_000, 'the call to close');
      await eventually(async () => (await stack.db.query(`SELECT 1 FROM outbox WHERE job_name = 'evaluation.assign' AND job_id = $1 AND sent_at IS NOT NULL`, [`evaluation.assign.${callId}`])).length > 0, 10_000, 'the assign job');
      await new Promise((r) => setTimeout(r, 1500));
      expect((await stack.db.query(`SELECT count(*)::int AS n FROM reviews WHERE call_id = $1`, [callId]))[0].n).toBe(0);
      expect((await api().get(`/api/v1/calls/${callId}`).set(auth(coordinator))).body.state).toBe('closed');

      await stack.db.query(`UPDATE applications SET state = 'eligible' WHERE id = $1`, [apps[2]]);
      await eventually(async () => (await api().get(`/api/v1/calls/${callId}`).set(auth(coordinator))).body.state === 'in_evaluation', 30_000, 'the assignment');
    });

    it('gives each application two distinct evaluators without a conflict of interest, with even loads', async () => {
      const body = await status();
      const active = (a: { reviews: { evaluatorId: string; state: string }[] }) => a.reviews.filter((r) => r.state === 'assigned');
      const byApp = new Map<string, string[]>(body.applications.map((a: { applicationId: string; reviews: { evaluatorId: string; state: string }[] }) => [a.applicationId, active(a).map((r) => r.evaluatorId)]));
      for (const id of apps.slice(0, 4)) {
        expect(byApp.get(id)).toHaveLength(2);
        expect(new Set(byApp.get(id)).size).toBe(2);
      }
      expect(byApp.get(apps[0])).not.toContain(ev(1).id);
      expect(byApp.get(apps[1])).not.toContain(ev(2).id);
      expect(byApp.get(apps[2])).not.toContain(ev(3).id);
      expect(byApp.get(apps[3])).not.toContain(ev(4).id);
      expect(byApp.get(apps[4])).toEqual([ev(5).id]);
      const loads = body.evaluators.map((e: { load: number }) => e.load);
      expect(loads.reduce((s: number, l: number) => s + l, 0)).toBe(9);
      expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      for (const id of apps) expect(await stateOf(id)).toBe('in_review');
    });

    it('gives the reviews time-ordered ids (UUID version 7), in the order of their audit events', async () => {
      const rows: { id: string; assignedAt: Date }[] = await stack.db.query(
        `SELECT r.id, r.assigned_at AS "assignedAt" FROM audit_events e JOIN reviews r ON r.id::text = e.entity_id
          WHERE e.entity_type = 'review' AND e.action = 'review.assigned' AND e.call_id = $1 ORDER BY e.id`,
        [callId],
      );
      expect(rows).toHaveLength(9);
      const millis = rows.map((r) => parseInt(r.id.replace(/-/g, '').slice(0, 12), 16));
      for (const [i, row] of rows.entries()) {
        expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
        // The id's time is when the row was written, within the transaction that began at assigned_at.
        expect(millis[i]).toBeGreaterThanOrEqual(Math.floor(row.assignedAt.getTime()));
        expect(millis[i]).toBeLessThan(row.assignedAt.getTime() + 60_000);
        if (i > 0) expect(millis[i]).toBeGreaterThanOrEqual(millis[i - 1]);
      }
    });

    it('stores why each conflicted evaluator was kept away', async () => {
      const body = await status();
      const reasonsOf = (app: string, evaluator: TestUser) =>
        body.applications.find((a: { applicationId: string }) => a.applicationId === app).conflicts.find((c: { evaluatorId: string }) => c.evaluatorId === evaluator.id)?.reasons;
      expect(reasonsOf(apps[0], ev(1))).toEqual([{ kind: 'email_domain', organisationId: expect.any(String), detail: 'e-mail domain of Robotti Oy (robotti.fi)' }]);
      expect(reasonsOf(apps[1], ev(2))).toEqual([{ kind: 'membership', organisationId: expect.any(String), detail: 'member of Data Oy' }]);
      expect(reasonsOf(apps[2], ev(3))).toEqual([expect.objectContaining({ kind: 'declared_organisation', detail: 'declared conflict with Kaupunkilabra Oy: My brother runs it' })]);
      expect(reasonsOf(apps[3], ev(4))).toEqual([expect.objectContaining({ kind: 'past_consortium', detail: 'was in a consortium with Sensori Oy in the call "Aiempi haku"' })]);
      for (const n of [1, 2, 3, 4]) expect(reasonsOf(apps[4], ev(n))).toContainEqual(expect.objectContaining({ kind: 'declared_application' }));
      expect(reasonsOf(apps[0], ev(5))).toBeUndefined();
    });

    it('reports the application the pool cannot cover, with the reason', async () => {
      const body = await status();
      expect(body.unassignable).toEqual([
        expect.objectContaining({
          applicationId: apps[4],
          title: 'Impossible pilot',
          required: 2,
          covered: 1,
          missing: 1,
          reason: expect.objectContaining({ code: 'not_enough_evaluators', poolSize: 5, conflicted: 4, conflictKinds: { declared_application: 4 } }),
        }),
      ]);
      expect(body.unassignable[0].reason.message).toContain('4 with a conflict of interest');
      await api().get(`/api/v1/calls/${callId}/assignments`).set(auth(ev(5))).expect(403);
      await api().get(`/api/v1/calls/${callId}/assignments`).set(auth(otherCoordinator)).expect(403);
    });

    it('tells each evaluator by e-mail and plans the reminders 3 days and 1 day before the review deadline', async () => {
      for (const evaluator of evaluators) {
        const mail = await stack.smtp!.waitFor((m) => m.to.includes(evaluator.email) && /^Reviews assigned: Arviointihaku/.test(m.subject));
        expect(mail.raw).toMatch(/You have been assigned \d application\(s\) to review/);
      }
      const [call] = await stack.db.query(`SELECT review_deadline AS "reviewDeadline" FROM calls WHERE id = $1`, [callId]);
      const reminders: { payload: { daysBefore: number }; delayUntil: Date; jobId: string }[] = await stack.db.query(
        `SELECT payload, delay_until AS "delayUntil", job_id AS "jobId" FROM outbox WHERE job_name = 'review.remind' AND payload->>'callId' = $1 ORDER BY delay_until`,
        [callId],
      );
      expect(reminders.map((r) => r.payload.daysBefore)).toEqual([3, 1]);
      for (const reminder of reminders) {
        expect(reminder.delayUntil.getTime()).toBe(call.reviewDeadline.getTime() - reminder.payload.daysBefore * DAY);
        expect(reminder.jobId).toMatch(new RegExp(`^review\\.remind\\.${callId}\\.${reminder.payload.daysBefore}\\.\\d{4}-\\d{2}-\\d{2}$`));
      }
    });

    it('changes nothing when asked to assign again', async () => {
      const before = await stack.db.query(`SELECT id FROM reviews WHERE call_id = $1 ORDER BY id`, [callId]);
      const queued = await api().post(`/api/v1/calls/${callId}/assign`).set(auth(coordinator)).expect(202);
      await eventually(async () => (await stack.db.query(`SELECT 1 FROM processed_jobs WHERE job_id = $1`, [queued.body.jobId])).length > 0, 15_000, 'the second run');
      expect(await stack.db.query(`SELECT id FROM reviews WHERE call_id = $1 ORDER BY id`, [callId])).toEqual(before);
      expect((await status()).unassignable).toHaveLength(1);
      expect(await stack.db.query(`SELECT count(*)::int AS n FROM outbox WHERE job_name = 'review.remind' AND payload->>'callId' = $1`, [callId])).toEqual([{ n: 2 }]);
    });
  });

  describe('reviews', () => {
    let mine: Review;
    let other: Review;
    let owner: TestUser;
    let colleague: TestUser;

    beforeAll(async () => {
      // The two evaluators of Open transit data.
      const reviews: Review[] = (await stack.db.query(`SELECT id, evaluator_id AS "evaluatorId" FROM reviews WHERE application_id = $1 AND state = 'assigned' ORDER BY evaluator_id`, [apps[1]]));
      owner = evaluators.find((e) => e.id === reviews[0].evaluatorId)!;
      colleague = evaluators.find((e) => e.id === reviews[1].evaluatorId)!;
      mine = (await reviewsOf(owner)).find((r) => r.applicationId === apps[1])!;
      other = (await reviewsOf(colleague)).find((r) => r.applicationId === apps[1])!;
    });

    it('lists an evaluator’s assignments and shows the application as submitted, with the criteria', async () => {
      expect(mine).toMatchObject({ state: 'assigned', applicationTitle: 'Open transit data', revisionNumber: 1, version: 1 });
      const detail = await api().get(`/api/v1/reviews/${mine.id}`).set(auth(owner)).expect(200);
      expect(detail.body.revision).toMatchObject({ number: 1, snapshot: { title: 'Open transit data', consortium: { lead: { name: 'Data Oy' } } } });
      expect(detail.body.call.criteria.map((c: { key: string }) => c.key)).toEqual(['impact', 'team']);
      expect(detail.body.scores).toEqual({ impact: { score: null, comment: '' }, team: { score: null, comment: '' } });
      const application = await api().get(`/api/v1/applications/${apps[1]}`).set(auth(owner)).expect(200);
      expect(application.body).toMatchObject({ title: 'Open transit data', source: 'revision' });
    });

    it('hides the application and its reviews from evaluators not assigned to it', async () => {
      // E2 is a member of the lead organisation, so never assigned: to E2 the application is the consortium's own.
      const outsider = evaluators.find((e) => e.id !== owner.id && e.id !== colleague.id && e.id !== ev(2).id)!;
      await api().get(`/api/v1/applications/${apps[1]}`).set(auth(outsider)).expect(404);
      await api().get(`/api/v1/reviews/${mine.id}`).set(auth(outsider)).expect(404);
      await api().patch(`/api/v1/reviews/${mine.id}`).set(auth(outsider)).send({ version: 1, scores: {} }).expect(404);
      await api().get(`/api/v1/applications/${apps[1]}/reviews`).set(auth(outsider)).expect(404);
      // Those who run the call know the review exists but read it only once submitted.
      await api().get(`/api/v1/reviews/${mine.id}`).set(auth(coordinator)).expect(403);
      await api().patch(`/api/v1/reviews/${mine.id}`).set(auth(coordinator)).send({ version: 1, scores: {} }).expect(403);
      // The consortium reads its application but not its reviews.
      await api().get(`/api/v1/applications/${apps[1]}/reviews`).set(auth(leads[1])).expect(403);
    });

    it('validates scores on each criterion scale, naming the field', async () => {
      const range = await api().patch(`/api/v1/reviews/${mine.id}`).set(auth(owner)).send({ version: 1, scores: { impact: { score: 7 } } }).expect(400);
      expect(range.body.errors).toEqual([{ field: 'scores.impact.score', message: 'must be between 0 and 5 in steps of 0.5' }]);
      const step = await api().patch(`/api/v1/reviews/${mine.id}`).set(auth(owner)).send({ version: 1, scores: { team: { score: 4.5 } } }).expect(400);
      expect(step.body.errors).toEqual([{ field: 'scores.team.score', message: 'must be between 1 and 10 in steps of 1' }]);
      const unknown = await api().patch(`/api/v1/reviews/${mine.id}`).set(auth(owner)).send({ version: 1, scores: { budget: { score: 1 } } }).expect(400);
      expect(unknown.body.errors[0].field).toBe('scores.budget');
      const shape = await api().patch(`/api/v1/reviews/${mine.id}`).set(auth(owner)).send({ version: 1, scores: 'great' }).expect(400);
      expect(shape.body.errors[0].field).toBe('scores');
    });

    it('saves drafts with optimistic versions', async () => {
      const saved = await api().patch(`/api/v1/reviews/${mine.id}`).set(auth(owner)).send({ version: 1, scores: { impact: { score: 4.5, comment: 'Clear benefit' } } }).expect(200);
      expect(saved.body).toMatchObject({ version: 2, state: 'assigned', scores: { impact: { score: 4.5, comment: 'Clear benefit' }, team: { score: null, comment: '' } } });
      // The answer is the review as stored, with its call and revision, as a read gives it.
      const read = await api().get(`/api/v1/reviews/${mine.id}`).set(auth(owner)).expect(200);
      expect(saved.body).toEqual(read.body);
      const stale = await api().patch(`/api/v1/reviews/${mine.id}`).set(auth(owner)).send({ version: 1, scores: { team: { score: 3 } } }).expect(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', currentVersion: 2 });
    });

    it('submits only with every criterion scored, then the review is final', async () => {
      const incomplete = await api().post(`/api/v1/reviews/${mine.id}/submit`).set(auth(owner)).send({ version: 2 }).expect(422);
      expect(incomplete.body.errors).toEqual([{ field: 'scores.team.score', message: 'is required to submit' }]);
      await api().patch(`/api/v1/reviews/${mine.id}`).set(auth(owner)).send({ version: 2, scores: { team: { score: 8, comment: 'Experienced' } } }).expect(200);
      const done = await api().post(`/api/v1/reviews/${mine.id}/submit`).set(auth(owner)).send({ version: 3 }).expect(200);
      expect(done.body).toMatchObject({ state: 'submitted', submittedAt: expect.any(String), version: 4 });
      await api().patch(`/api/v1/reviews/${mine.id}`).set(auth(owner)).send({ version: 4, scores: { team: { score: 9 } } }).expect(409);
      await api().post(`/api/v1/reviews/${mine.id}/decline`).set(auth(owner)).send({ reason: 'Too late' }).expect(409);
      await expect(stack.db.query(`UPDATE reviews SET scores = '{}' WHERE id = $1`, [mine.id])).rejects.toThrow(/final/);
      await expect(stack.db.query(`DELETE FROM reviews WHERE id = $1`, [mine.id])).rejects.toThrow(/final/);
      const audit = await stack.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY id`, [mine.id]);
      expect(audit.map((a: { action: string }) => a.action)).toEqual(['review.assigned', 'review.saved', 'review.saved', 'review.submitted']);
      // The application's other review is still to come: nothing to aggregate yet.
      const aggregate = await stack.db.query(`SELECT payload FROM outbox WHERE job_name = 'application.aggregate' AND payload->'applicationIds' ? $1`, [apps[1]]);
      expect(aggregate).toEqual([]);
    });

    it('shows no other review before one’s own is submitted', async () => {
      const before = await api().get(`/api/v1/applications/${apps[1]}/reviews`).set(auth(colleague)).expect(200);
      expect(before.body.map((r: Review) => r.id)).toEqual([other.id]);
      const own = await api().get(`/api/v1/applications/${apps[1]}/reviews`).set(auth(owner)).expect(200);
      expect(own.body.map((r: Review) => r.id)).toEqual([mine.id]);
      const city = await api().get(`/api/v1/applications/${apps[1]}/reviews`).set(auth(coordinator)).expect(200);
      expect(city.body.map((r: Review) => r.id)).toEqual([mine.id]);
      await api().get(`/api/v1/reviews/${mine.id}`).set(auth(coordinator)).expect(200);

      await api().patch(`/api/v1/reviews/${other.id}`).set(auth(colleague)).send({ version: 1, scores: { impact: { score: 2 }, team: { score: 5 } } }).expect(200);
      await api().post(`/api/v1/reviews/${other.id}/submit`).set(auth(colleague)).send({ version: 2 }).expect(200);
      // The last of the application's reviews asks for its aggregate.
      const aggregate = await stack.db.query(`SELECT job_id AS "jobId", payload FROM outbox WHERE job_name = 'application.aggregate' AND payload->'applicationIds' ? $1`, [apps[1]]);
      expect(aggregate).toEqual([{ jobId: `application.aggregate.${other.id}`, payload: { applicationIds: [apps[1]] } }]);
      const after = await api().get(`/api/v1/applications/${apps[1]}/reviews`).set(auth(colleague)).expect(200);
      expect(after.body.map((r: Review) => r.id).sort()).toEqual([mine.id, other.id].sort());
    });

    it('replaces a declined review with another evaluator, who is told', async () => {
      const assigned: { id: string; evaluatorId: string }[] = await stack.db.query(
        `SELECT id, evaluator_id AS "evaluatorId" FROM reviews WHERE application_id = $1 AND state = 'assigned' ORDER BY evaluator_id`,
        [apps[0]],
      );
      const [target, stays] = assigned;
      const decliner = evaluators.find((e) => e.id === target.evaluatorId)!;
      await api().post(`/api/v1/reviews/${target.id}/decline`).set(auth(decliner)).send({ reason: ' ' }).expect(400);
      const assignedMails = (user: TestUser) => stack.smtp!.messages.filter((m) => m.to.includes(user.email) && /^Reviews assigned/.test(m.subject)).length;
      const mailsBefore = new Map(evaluators.map((e) => [e.id, assignedMails(e)]));
      const declined = await api().post(`/api/v1/reviews/${target.id}/decline`).set(auth(decliner)).send({ reason: 'I advised them last year' }).expect(200);
      expect(declined.body).toMatchObject({ state: 'declined', declineReason: 'I advised them last year' });

      const replacement: string[] = await eventually(async () => {
        const rows: { evaluatorId: string }[] = await stack.db.query(`SELECT evaluator_id AS "evaluatorId" FROM reviews WHERE application_id = $1 AND state = 'assigned'`, [apps[0]]);
        return rows.length === 2 ? rows.map((r) => r.evaluatorId) : null;
      }, 15_000, 'the reassignment');
      expect(replacement).toContain(stays.evaluatorId);
      const newcomer = evaluators.find((e) => replacement.includes(e.id) && e.id !== stays.evaluatorId)!;
      expect([decliner.id, ev(1).id]).not.toContain(newcomer.id);
      const mail = await eventually(async () => assignedMails(newcomer) > (mailsBefore.get(newcomer.id) ?? 0), 15_000, 'the mail to the new evaluator');
      expect(mail).toBe(true);
      await api().get(`/api/v1/applications/${apps[0]}`).set(auth(decliner)).expect(404);
    });
  });

  describe('reminders', () => {
    it('reminds evaluators who have not submitted, one day before the review deadline', async () => {
      // The deadline is a day and a few seconds away, so the one-day reminder is due in seconds
      // and the three-day one has passed already.
      const soon = await openCall({ title: { fi: 'Pikahaku', en: 'Quick call' }, reviewDeadline: at(DAY + 15_000) });
      await api().post(`/api/v1/calls/${soon.id}/evaluators`).set(auth(coordinator)).send({ userId: ev(5).id }).expect(201);
      const org = await createOrganisation(stack, leads[5], { name: 'Nopea Oy' });
      const id = await submitted(leads[5], org.id, soon.id, 'Quick pilot');
      await eventually(async () => (await stateOf(id)) === 'eligible', 15_000, 'eligibility');
      await api().patch(`/api/v1/calls/${soon.id}`).set(auth(coordinator)).send({ version: soon.version, closesAt: at(500) }).expect(200);
      await eventually(async () => (await stateOf(id)) === 'in_review', 10_000, 'the assignment');
      const planned = await stack.db.query(`SELECT payload FROM outbox WHERE job_name = 'review.remind' AND payload->>'callId' = $1`, [soon.id]);
      expect(planned).toEqual([{ payload: { callId: soon.id, daysBefore: 1 } }]);
      const mail = await stack.smtp!.waitFor((m) => m.to.includes(ev(5).email) && /^Reminder: reviews for Pikahaku/.test(m.subject), 25_000);
      expect(mail.raw).toMatch(/You still have 1 review\(s\) to submit/);
      expect(await stack.db.query(`SELECT job_name FROM processed_jobs WHERE job_id LIKE $1`, [`review.remind.${soon.id}.1.%`])).toEqual([{ job_name: 'review.remind' }]);
    });
  });
});
