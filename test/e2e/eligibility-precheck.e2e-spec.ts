import request from 'supertest';
import { callBody, createOrganisation, createTestbed, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

/**
 * The eligibility pre-check: the call's rules run on the working copy through the same functions
 * as the job that judges each submission, with nothing written. Proven against the job itself: a
 * submission of the pre-checked version gets exactly the verdicts the pre-check gave.
 */
describe('eligibility pre-check', () => {
  let stack: Stack;
  let lead: TestUser;
  let partnerOwner: TestUser;
  let coordinator: TestUser;
  let stranger: TestUser;
  let leadOrg: { id: string };
  let partnerOrg: { id: string };
  let callId: string;
  let bedId: string;
  let draftBedId: string;

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const precheck = (id: string, user: TestUser = lead) => api().get(`/api/v1/applications/${id}/eligibility/precheck`).set(auth(user));

  const complete = () => ({
    summary: 'Autonomous shuttles on the streets of Hervanta',
    plan: 'Three months of testing, then six of passenger traffic',
    expectedImpact: 'Fewer private cars in the district',
    kpis: [{ name: 'Passengers per month', baseline: '0', target: '5000' }],
    budgetLines: [
      { category: 'personnel', description: 'Safety drivers', amountCents: 6_000_000, eligible: true },
      { category: 'other', description: 'Launch party', amountCents: 300_000, eligible: false },
    ],
    requestedGrantCents: 4_500_000,
    pilotPeriod: { start: '2027-03-01', end: '2027-11-30' },
    testbedIds: [bedId],
  });

  async function draft(extra: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    const res = await api().post('/api/v1/applications').set(auth(lead)).send({ callId, organisationId: leadOrg.id, title: 'Robot buses in Hervanta', ...extra }).expect(201);
    return res.body;
  }

  async function withPartner(id: string, accept: boolean): Promise<void> {
    await api().post(`/api/v1/applications/${id}/partners`).set(auth(lead)).send({ organisationId: partnerOrg.id }).expect(201);
    if (accept) await api().post(`/api/v1/applications/${id}/partners/${partnerOrg.id}/accept`).set(auth(partnerOwner)).send({}).expect(200);
  }

  /** Rows that a check which stores, audits, queues or notifies would add. */
  async function footprint(id: string) {
    const [row] = await stack.db.query(
      `SELECT (SELECT count(*)::int FROM audit_events WHERE entity_id = $2) AS audit,
              (SELECT count(*)::int FROM eligibility_results WHERE application_id = $1) AS verdicts,
              (SELECT count(*)::int FROM outbox) AS outbox,
              (SELECT count(*)::int FROM notifications) AS notifications,
              (SELECT version FROM applications WHERE id = $1) AS version,
              (SELECT state FROM applications WHERE id = $1) AS state`,
      [id, id],
    );
    return row;
  }

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    [lead, partnerOwner, coordinator, stranger] = await Promise.all([registerUser(stack), registerUser(stack), registerUser(stack), registerUser(stack)]);
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    leadOrg = await createOrganisation(stack, lead, { name: 'Robottibussi Oy', homeMunicipality: 'Tampere' });
    partnerOrg = await createOrganisation(stack, partnerOwner, { name: 'Helsingin Data Oy', homeMunicipality: 'Helsingfors' });
    await createOrganisation(stack, stranger, { name: 'Lahden Tutkimus', homeMunicipality: 'Lahti' });
    bedId = (await createTestbed(stack, coordinator)).id;
    draftBedId = (await createTestbed(stack, coordinator, { name: { fi: 'Salainen labra' } }, { publish: false })).id;
    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const created = await api()
      .post('/api/v1/calls')
      .set(auth(coordinator))
      .send(
        callBody(tampere, {
          eligibility: {
            ...callBody(tampere).eligibility,
            testBedsPublished: true,
            requiredFields: ['title', 'summary', 'plan', 'expectedImpact', 'kpis', 'budgetLines', 'pilotPeriod'],
          },
        }),
      )
      .expect(201);
    await api().post(`/api/v1/calls/${created.body.id}/publish`).set(auth(coordinator)).send({ version: created.body.version }).expect(200);
    callId = created.body.id;
  });

  afterAll(async () => {
    await stack?.close();
  });

  it("answers every rule's verdict with its reason in three languages, and writes nothing", async () => {
    const { id, version } = await draft();
    const before = await footprint(id);
    const res = await precheck(id).expect(200);
    expect(res.body.version).toBe(version);
    expect(res.body.eligible).toBe(false);
    expect(res.body.verdicts.map((v: { rule: string; pass: boolean }) => [v.rule, v.pass])).toEqual([
      ['minOperatorsInCities', false],
      ['leadOrganisationTypes', true],
      // No grant asked for yet: neither money rule can pass.
      ['maxGrant', false],
      ['fundingRate', false],
      ['durationMonths', false],
      ['testBedsPublished', true],
      ['requiredFields', false],
    ]);
    const operators = res.body.verdicts[0].reason;
    expect(operators.fi).toMatch(/vain 1 toimijaa/);
    expect(operators.sv).toMatch(/bara 1 aktörer/);
    expect(operators.en).toMatch(/Only 1 consortium operator/);
    expect(res.body.verdicts[6].reason.en).toBe('Required fields are missing: summary, plan, expected impact, KPIs, budget, pilot period.');
    expect(res.body.verdicts[6].reason.fi).toBe('Vaadittuja tietoja puuttuu: tiivistelmä, suunnitelma, odotetut vaikutukset, mittarit, budjetti, kokeilujakso.');
    // Run twice: still nothing stored, audited, queued or sent, and the version is the same.
    await precheck(id).expect(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await footprint(id)).toEqual(before);
  });

  it('counts only the partners that have accepted, and passes once the draft is complete', async () => {
    const { id } = await draft(complete());
    await withPartner(id, false);
    const invited = await precheck(id).expect(200);
    expect(invited.body.verdicts.filter((v: { pass: boolean }) => !v.pass).map((v: { rule: string }) => v.rule)).toEqual(['minOperatorsInCities']);

    await api().post(`/api/v1/applications/${id}/partners/${partnerOrg.id}/accept`).set(auth(partnerOwner)).send({}).expect(200);
    const accepted = await precheck(id).expect(200);
    expect(accepted.body.eligible).toBe(true);
    expect(accepted.body.verdicts.every((v: { pass: boolean }) => v.pass)).toBe(true);
    expect(accepted.body.verdicts[0].reason.en).toBe("The consortium has 2 operators based in the call's cities (at least 2): Robottibussi Oy, Helsingin Data Oy.");
    // The accepted partner may run it too; the working copy is the consortium's.
    expect((await precheck(id, partnerOwner).expect(200)).body).toEqual(accepted.body);
  });

  it('judges the very version a submission then stores: the job gives the same verdicts, failing ones too', async () => {
    // Over the cap and the funding rate, too short, and naming a test bed that is not published.
    const { id } = await draft({ ...complete(), requestedGrantCents: 20_000_000, pilotPeriod: { start: '2027-03-01', end: '2027-03-31' }, testbedIds: [bedId, draftBedId] });
    await withPartner(id, true);
    const checked = await precheck(id).expect(200);
    expect(checked.body.eligible).toBe(false);
    expect(checked.body.verdicts.filter((v: { pass: boolean }) => !v.pass).map((v: { rule: string }) => v.rule)).toEqual(['maxGrant', 'fundingRate', 'durationMonths', 'testBedsPublished']);
    // The unpublished bed is named by its id only, as the job names it.
    expect(checked.body.verdicts[5].reason.en).toBe(`These chosen test beds are not published: ${draftBedId}.`);

    await api().post(`/api/v1/applications/${id}/submit`).set(auth(lead)).send({ version: checked.body.version }).expect(200);
    const report = await eventually(async () => {
      const res = await api().get(`/api/v1/applications/${id}/eligibility`).set(auth(lead)).expect(200);
      return res.body.status !== 'pending' ? res.body : null;
    }, 20_000, 'the eligibility check');
    expect(report.status).toBe('ineligible');
    expect(report.verdicts).toEqual(checked.body.verdicts);
  });

  it('is the consortium’s: the city gets 403 once it may read the application, strangers 404, anonymous 401; a bad id 400', async () => {
    const { id } = await draft(complete());
    await withPartner(id, true);
    await precheck(id, coordinator).expect(404);
    await precheck(id, stranger).expect(404);
    const current = await api().get(`/api/v1/applications/${id}`).set(auth(lead)).expect(200);
    await api().post(`/api/v1/applications/${id}/submit`).set(auth(lead)).send({ version: current.body.version }).expect(200);
    const refused = await precheck(id, coordinator).expect(403);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    await precheck(id, stranger).expect(404);
    await api().get(`/api/v1/applications/${id}/eligibility/precheck`).expect(401);
    const bad = await api().get('/api/v1/applications/not-a-uuid/eligibility/precheck').set(auth(lead)).expect(400);
    expect(bad.body.code).toBe('validation_failed');
  });
});
