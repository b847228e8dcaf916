import request from 'supertest';
import { at, callBody, createOrganisation, grantRole, registerUser, TestUser, uniqueEmail } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

interface ReviewRow {
  id: string;
  applicationId: string;
  evaluatorId: string;
  state: string;
}

/**
 * Conflicts of interest that hold, and organisations that are named only to those who may read
 * them, through HTTP and the real worker: a declaration withdraws the assignment it concerns at
 * once, and neither a declaration nor a partner invitation names an organisation back.
 */
describe('conflicts of interest and organisation names', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let evaluators: TestUser[];
  let leads: TestUser[];
  let outsider: TestUser;
  const orgs: { id: string; businessId: string }[] = [];
  let outsiderOrg: { id: string; businessId: string };
  const apps: string[] = [];
  let callId: string;

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const reviewsOf = async (applicationId: string): Promise<ReviewRow[]> =>
    stack.db.query(`SELECT id, application_id AS "applicationId", evaluator_id AS "evaluatorId", state FROM reviews WHERE application_id = $1 ORDER BY assigned_at, id`, [
      applicationId,
    ]);
  const assignedOf = async (applicationId: string) => (await reviewsOf(applicationId)).filter((r) => r.state === 'assigned');
  const evaluatorOf = (review: ReviewRow) => evaluators.find((e) => e.id === review.evaluatorId)!;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    coordinator = await registerUser(stack, { locale: 'en' });
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    evaluators = [];
    for (const domain of ['arvio.fi', 'yliopisto.fi', 'tutkimus.fi', 'konsultit.fi']) evaluators.push(await registerUser(stack, { locale: 'en', email: uniqueEmail('arvioija', domain) }));
    for (const evaluator of evaluators) await grantRole(stack, evaluator.id, 'evaluator');
    leads = [];
    for (let i = 0; i < 3; i++) {
      const lead = await registerUser(stack, { locale: 'en' });
      leads.push(lead);
      // The third organisation writes from the domain of the fourth evaluator when it applies.
      const org = await createOrganisation(stack, lead, { name: `Hakija ${i} Oy`, ...(i === 2 ? { emailDomain: 'konsultit.fi' } : {}) });
      orgs.push({ id: org.id, businessId: (org as unknown as { businessId: string }).businessId });
    }
    outsider = await registerUser(stack, { locale: 'en' });
    const created = await createOrganisation(stack, outsider, { name: 'Salainen Kumppani Oy', homeMunicipality: 'Helsinki' });
    outsiderOrg = { id: created.id, businessId: (created as unknown as { businessId: string }).businessId };

    const call = await api()
      .post('/api/v1/calls')
      .set(auth(coordinator))
      .send(callBody(tampere, { eligibility: { ...callBody(tampere).eligibility, minOperatorsInCities: { count: 1, cities: ['helsinki', 'tampere'] } }, closesAt: at(60_000) }))
      .expect(201);
    callId = call.body.id;
    await api().post(`/api/v1/calls/${callId}/publish`).set(auth(coordinator)).send({ version: call.body.version }).expect(200);
    for (const evaluator of evaluators) await api().post(`/api/v1/calls/${callId}/evaluators`).set(auth(coordinator)).send({ userId: evaluator.id }).expect(201);
    for (const [i, lead] of leads.entries()) {
      const draft = await api()
        .post('/api/v1/applications')
        .set(auth(lead))
        .send({ callId, organisationId: orgs[i].id, title: `Kokeilu ${i}`, summary: 'Tiivistelmä', requestedGrantCents: 100_000, budgetLines: [{ category: 'personnel', description: 'Työ', amountCents: 200_000, eligible: true }], pilotPeriod: { start: '2027-03-01', end: '2027-08-31' } })
        .expect(201);
      await api().post(`/api/v1/applications/${draft.body.id}/submit`).set(auth(lead)).send({ version: draft.body.version }).expect(200);
      apps.push(draft.body.id);
    }
    await eventually(async () => (await stack.db.query(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = 'eligible'`, [callId]))[0].n === 3, 30_000, 'eligibility');
  }, 120_000);
  afterAll(() => stack.close());

  describe('partner invitations', () => {
    let draft: { id: string; version: number };

    beforeAll(async () => {
      draft = (await api().post('/api/v1/applications').set(auth(leads[0])).send({ callId, organisationId: orgs[0].id, title: 'Kumppanihaku' }).expect(201)).body;
    });

    it('invites by business ID an organisation the lead may not read, and names it nowhere', async () => {
      await api().get(`/api/v1/organisations/${outsiderOrg.id}`).set(auth(leads[0])).expect(404);
      const invited = await api().post(`/api/v1/applications/${draft.id}/partners`).set(auth(leads[0])).send({ businessId: outsiderOrg.businessId }).expect(201);
      expect(invited.body.partners).toEqual([expect.objectContaining({ organisationId: outsiderOrg.id, name: null, state: 'invited' })]);
      const again = await api().post(`/api/v1/applications/${draft.id}/partners`).set(auth(leads[0])).send({ businessId: outsiderOrg.businessId }).expect(409);
      const read = await api().get(`/api/v1/applications/${draft.id}`).set(auth(leads[0])).expect(200);
      const mine = await api().get('/api/v1/applications').set(auth(leads[0])).expect(200);
      const audit = await api().get('/api/v1/audit').query({ entityId: draft.id }).set(auth(leads[0])).expect(200);
      for (const body of [invited.body, again.body, read.body, mine.body, audit.body]) expect(JSON.stringify(body)).not.toContain('Salainen Kumppani');
      // The invited organisation's own members read its name.
      const theirs = await api().get(`/api/v1/applications/${draft.id}`).set(auth(outsider)).expect(200);
      expect(theirs.body.partners).toEqual([expect.objectContaining({ organisationId: outsiderOrg.id, name: 'Salainen Kumppani Oy' })]);
    });

    it('names the partner once it has accepted', async () => {
      await api().post(`/api/v1/applications/${draft.id}/partners/${outsiderOrg.id}/accept`).set(auth(outsider)).send({}).expect(200);
      const read = await api().get(`/api/v1/applications/${draft.id}`).set(auth(leads[0])).expect(200);
      expect(read.body.partners).toEqual([expect.objectContaining({ organisationId: outsiderOrg.id, name: 'Salainen Kumppani Oy', state: 'accepted' })]);
    });
  });

  describe('at assignment and after', () => {
    beforeAll(async () => {
      // After submitting, the third organisation takes the domain of the third evaluator instead.
      const org = await api().get(`/api/v1/organisations/${orgs[2].id}`).set(auth(leads[2])).expect(200);
      await api().patch(`/api/v1/organisations/${orgs[2].id}`).set(auth(leads[2])).send({ version: org.body.version, emailDomain: 'tutkimus.fi' }).expect(200);
      const [{ version }] = await stack.db.query(`SELECT version FROM calls WHERE id = $1`, [callId]);
      await api().patch(`/api/v1/calls/${callId}`).set(auth(coordinator)).send({ version, closesAt: at(800) }).expect(200);
      await eventually(async () => (await stack.db.query(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = 'in_review'`, [callId]))[0].n === 3, 30_000, 'the assignment');
    }, 60_000);

    it('judges conflicts by the e-mail domain recorded at submission; a later change is audited and shown to the coordinator', async () => {
      const status = (await api().get(`/api/v1/calls/${callId}/assignments`).set(auth(coordinator)).expect(200)).body;
      const third = status.applications.find((a: { applicationId: string }) => a.applicationId === apps[2]);
      expect(third.conflicts).toEqual([{ evaluatorId: evaluators[3].id, reasons: [expect.objectContaining({ kind: 'email_domain', organisationId: orgs[2].id })] }]);
      expect(third.emailDomainChanges).toEqual([{ organisationId: orgs[2].id, organisationName: 'Hakija 2 Oy', atSubmission: 'konsultit.fi', now: 'tutkimus.fi' }]);
      expect((await assignedOf(apps[2])).map((r) => r.evaluatorId)).not.toContain(evaluators[3].id);
      for (const other of apps.slice(0, 2)) expect(status.applications.find((a: { applicationId: string }) => a.applicationId === other).emailDomainChanges).toEqual([]);

      const audit = await api().get('/api/v1/audit').query({ entityId: apps[2], action: 'application.consortium_domain_changed' }).set(auth(coordinator)).expect(200);
      expect(audit.body.items).toEqual([
        expect.objectContaining({
          actorId: leads[2].id,
          before: { organisationId: orgs[2].id, emailDomain: 'konsultit.fi' },
          after: { organisationId: orgs[2].id, emailDomain: 'tutkimus.fi', atSubmission: 'konsultit.fi' },
        }),
      ]);
    });

    it('withdraws an assigned review in the declaration itself: it can no longer be submitted, and someone else gets it', async () => {
      const [review] = await assignedOf(apps[0]);
      const evaluator = evaluatorOf(review);
      const saved = await api()
        .patch(`/api/v1/reviews/${review.id}`)
        .set(auth(evaluator))
        .send({ version: 1, scores: { impact: { score: 5, comment: 'Great' }, feasibility: { score: 5, comment: 'Easy' } } })
        .expect(200);
      const declared = await api().post('/api/v1/conflicts').set(auth(evaluator)).send({ applicationId: apps[0], reason: 'I advised the team' }).expect(201);
      expect(declared.body.withdrawnReviewIds).toEqual([review.id]);
      const submit = await api().post(`/api/v1/reviews/${review.id}/submit`).set(auth(evaluator)).send({ version: saved.body.version + 1 }).expect(409);
      expect(submit.headers['content-type']).toMatch(/problem\+json/);
      const [row] = await stack.db.query(`SELECT state, decline_reason AS "declineReason" FROM reviews WHERE id = $1`, [review.id]);
      expect(row).toEqual({ state: 'declined', declineReason: 'conflict of interest declared: I advised the team' });
      const [event] = await stack.db.query(`SELECT actor_id AS "actorId", after FROM audit_events WHERE entity_id = $1 AND action = 'review.withdrawn'`, [review.id]);
      expect(event).toMatchObject({ actorId: evaluator.id, after: { state: 'declined' } });
      const replacement = await eventually(async () => (await assignedOf(apps[0]))[0], 20_000, 'the replacement');
      expect(replacement.evaluatorId).not.toBe(evaluator.id);
      expect((await stack.db.query(`SELECT count(*)::int AS n FROM reviews WHERE application_id = $1 AND state = 'submitted'`, [apps[0]]))[0].n).toBe(0);
    });

    it('withdraws every assigned review of the organisation declared, and does not name it back', async () => {
      const [review] = await assignedOf(apps[1]);
      const evaluator = evaluatorOf(review);
      const declared = await api().post('/api/v1/conflicts').set(auth(evaluator)).send({ organisationId: orgs[1].id, reason: 'My sister runs it' }).expect(201);
      expect(declared.body).toMatchObject({ organisationId: orgs[1].id, organisationName: null, withdrawnReviewIds: [review.id] });
      const listed = await api().get('/api/v1/conflicts').set(auth(evaluator)).expect(200);
      expect(JSON.stringify(listed.body)).not.toContain('Hakija 1 Oy');
      expect((await reviewsOf(apps[1])).find((r) => r.id === review.id)!.state).toBe('declined');
      await eventually(async () => (await assignedOf(apps[1])).length === 1, 20_000, 'the replacement');
    });

    it('names an organisation to an evaluator who is its member', async () => {
      const evaluator = evaluators[3];
      await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member') ON CONFLICT DO NOTHING`, [outsiderOrg.id, evaluator.id]);
      const declared = await api().post('/api/v1/conflicts').set(auth(evaluator)).send({ organisationId: outsiderOrg.id, reason: 'I work there' }).expect(201);
      expect(declared.body.organisationName).toBe('Salainen Kumppani Oy');
    });
  });
});
