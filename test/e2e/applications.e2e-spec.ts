import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { mailText } from '../../libs/testing/src/index.js';
import { at, businessId, createOrganisation, createTestbed, DAY, grantRole, registerUser, renewTokens, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';


/** The call every test applies to, unless it needs its own: Tampere's, with DOMAIN's rules made explicit. */
function callBody(cityId: string, closesIn: number, overrides: Record<string, unknown> = {}) {
  return {
    ...overrides,
    cityId,
    focusArea: 'open_innovation_platforms',
    title: { fi: 'Kevään 2027 haku', en: 'Spring 2027 call' },
    summary: { fi: 'Kokeiluja kaupungeissa' },
    body: { fi: 'Koko hakuteksti' },
    opensAt: at(-DAY),
    closesAt: at(closesIn),
    reviewDeadline: at(60 * DAY),
    budgetCents: 100_000_000,
    fundingSources: [{ source: 'ERDF', sharePercent: 100 }],
    fundingRatePercent: 75,
    maxGrantCents: 10_000_000,
    durationMinMonths: 3,
    durationMaxMonths: 24,
    eligibility: {
      minOperatorsInCities: { count: 2, cities: ['helsinki', 'espoo', 'vantaa', 'tampere', 'turku', 'oulu'] },
      leadOrganisationTypes: ['company', 'association'],
      maxGrant: true,
      fundingRate: true,
      durationMonths: true,
      testBedsPublished: true,
      requiredFields: ['title', 'summary', 'plan', 'expectedImpact', 'kpis', 'budgetLines', 'pilotPeriod'],
    },
    criteria: [{ key: 'impact', name: { fi: 'Vaikuttavuus' }, weight: 1 }],
    overallThreshold: 3,
  };
}

describe('applications', () => {
  let stack: Stack;
  let lead: TestUser;
  let leadMember: TestUser;
  let partnerOwner: TestUser;
  let partnerMember: TestUser;
  let stranger: TestUser;
  let coordinator: TestUser;
  let otherCoordinator: TestUser;
  let leadOrg: { id: string };
  let partnerOrg: { id: string };
  let partnerBusinessId: string;
  let strangerOrg: { id: string };
  let callId: string;
  let bedId: string;

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);

  const complete = () => ({
    summary: 'Autonomous shuttles on the streets of Hervanta',
    plan: 'Three months of testing, then six of passenger traffic',
    expectedImpact: 'Fewer private cars in the district',
    kpis: [{ name: 'Passengers per month', baseline: '0', target: '5000' }],
    budgetLines: [
      { category: 'personnel', description: 'Safety drivers', amountCents: 6_000_000, eligible: true },
      { category: 'equipment', description: 'Lidar units', amountCents: 2_000_000, eligible: true },
      { category: 'other', description: 'Launch party', amountCents: 300_000, eligible: false },
    ],
    requestedGrantCents: 5_000_000,
    pilotPeriod: { start: '2027-03-01', end: '2027-11-30' },
    testbedIds: [bedId],
  });

  /** An open call of Tampere, created and published through the calls API. */
  async function openCall(closesIn = DAY, overrides: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const created = await api().post('/api/v1/calls').set(auth(coordinator)).send(callBody(tampere, closesIn, overrides)).expect(201);
    const published = await api().post(`/api/v1/calls/${created.body.id}/publish`).set(auth(coordinator)).send({ version: created.body.version }).expect(200);
    expect(published.body.state).toBe('open');
    return { id: created.body.id, version: published.body.version };
  }

  /** Moves the deadline a moment ahead through the calls API, and waits for the call to close by itself. */
  async function closeSoon(call: { id: string; version: number }): Promise<Date> {
    const moved = await api().patch(`/api/v1/calls/${call.id}`).set(auth(coordinator)).send({ version: call.version, closesAt: at(800) }).expect(200);
    await eventually(async () => (await api().get(`/api/v1/calls/${call.id}`).set(auth(coordinator))).body.state === 'closed', 15_000, 'the call to close');
    return new Date(moved.body.closesAt);
  }

  async function createDraft(user: TestUser, organisationId: string, extra: Record<string, unknown> = {}, call = callId) {
    const res = await api().post('/api/v1/applications').set(auth(user)).send({ callId: call, organisationId, title: 'Robot buses in Hervanta', ...extra });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  }

  async function verdictsOf(id: string, user: TestUser = lead) {
    return eventually(async () => {
      const res = await api().get(`/api/v1/applications/${id}/eligibility`).set(auth(user)).expect(200);
      return res.body.status !== 'pending' ? res.body : null;
    }, 20_000, `eligibility of ${id}`);
  }

  beforeAll(async () => {
    stack = await startStack({ worker: true, smtp: true });
    [lead, leadMember, partnerOwner, partnerMember, stranger, coordinator, otherCoordinator] = await Promise.all([
      registerUser(stack, { locale: 'fi' }),
      registerUser(stack),
      registerUser(stack, { locale: 'en' }),
      registerUser(stack),
      registerUser(stack, { locale: 'en' }),
      registerUser(stack, { locale: 'en' }),
      registerUser(stack),
    ]);
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, otherCoordinator.id, 'coordinator', 'oulu');
    leadOrg = await createOrganisation(stack, lead, { name: 'Robottibussi Oy', homeMunicipality: 'Tampere' });
    partnerBusinessId = businessId();
    partnerOrg = await createOrganisation(stack, partnerOwner, { name: 'Helsingin Data Oy', homeMunicipality: 'Helsingfors', businessId: partnerBusinessId });
    strangerOrg = await createOrganisation(stack, stranger, { name: 'Lahden Tutkimus', type: 'research_organisation', homeMunicipality: 'Lahti' });
    // Second members join through the database: membership invitations have their own tests.
    await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member'), ($3, $4, 'member')`, [
      leadOrg.id,
      leadMember.id,
      partnerOrg.id,
      partnerMember.id,
    ]);
    bedId = (await createTestbed(stack, coordinator)).id;
    callId = (await openCall()).id;
  });
  afterAll(() => stack.close());

  it('creates a draft for an open call that only its consortium sees until it is submitted', async () => {
    const draft = await createDraft(leadMember, leadOrg.id, { budgetLines: complete().budgetLines });
    const own = await api().get(`/api/v1/applications/${draft.id}`).set(auth(lead)).expect(200);
    expect(own.body).toMatchObject({ state: 'draft', version: 1, revision: 0, leadOrganisationName: 'Robottibussi Oy', source: 'working-copy' });
    // Totals come from the server, whatever the client thinks.
    expect(own.body.totals).toEqual({ totalCents: 8_300_000, eligibleTotalCents: 8_000_000 });
    expect(own.body.budgetLines[0].id).toEqual(expect.any(String));

    // Not even the call's city learns of a draft before it is submitted.
    for (const outsider of [stranger, otherCoordinator, partnerOwner, coordinator]) {
      const res = await api().get(`/api/v1/applications/${draft.id}`).set(auth(outsider)).expect(404);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      await api().patch(`/api/v1/applications/${draft.id}`).set(auth(outsider)).send({ version: 1, title: 'Mine now' }).expect(404);
      await api().post(`/api/v1/applications/${draft.id}/submit`).set(auth(outsider)).send({ version: 1 }).expect(404);
    }
    const mine = await api().get('/api/v1/applications').set(auth(stranger)).expect(200);
    expect(mine.body).toMatchObject({ items: [], total: 0 });
  });

  it('refuses to create for an organisation the user is not in, and with contradictory fields', async () => {
    await api().post('/api/v1/applications').set(auth(stranger)).send({ callId, organisationId: leadOrg.id, title: 'x' }).expect(404);
    const bad = await api()
      .post('/api/v1/applications')
      .set(auth(lead))
      .send({ callId, organisationId: leadOrg.id, title: 'Backwards', pilotPeriod: { start: '2027-05-01', end: '2027-04-01' } })
      .expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'pilotPeriod.end' })]);
  });

  it('saves with optimistic versions: a stale save gets 409 with the current application', async () => {
    const draft = await createDraft(lead, leadOrg.id);
    const first = await api().patch(`/api/v1/applications/${draft.id}`).set(auth(lead)).send({ version: 1, summary: 'First words' }).expect(200);
    expect(first.body.version).toBe(2);
    const stale = await api().patch(`/api/v1/applications/${draft.id}`).set(auth(leadMember)).send({ version: 1, summary: 'Other words' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', currentVersion: 2, current: { version: 2, summary: 'First words' } });
    const audit = await api().get('/api/v1/audit').query({ entityId: draft.id }).set(auth(lead)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['application.created', 'application.updated']);
    expect(audit.body.items.find((e: { action: string }) => e.action === 'application.updated').after).toEqual({ version: 2, summary: 'First words' });
  });

  it('answers a save with the application as it is stored, and lets only one of two saves from one version through', async () => {
    const draft = await createDraft(lead, leadOrg.id);
    const saved = await api()
      .patch(`/api/v1/applications/${draft.id}`)
      .set(auth(lead))
      .send({
        version: 1,
        title: '  Robottibussit  ',
        kpis: [{ name: 'Matkat', baseline: '0', target: '500' }],
        budgetLines: [
          { category: 'personnel', description: 'Kuljettajat', amountCents: 120_000_00, eligible: true },
          { category: 'other', description: 'Kahvi', amountCents: 500_00, eligible: false },
        ],
        pilotPeriod: { start: '2027-03-01', end: '2027-08-31' },
      })
      .expect(200);
    const read = await api().get(`/api/v1/applications/${draft.id}`).set(auth(lead)).expect(200);
    expect(saved.body).toEqual(read.body);
    expect(saved.body).toMatchObject({ version: 2, title: 'Robottibussit', totals: { totalCents: 120_500_00, eligibleTotalCents: 120_000_00 } });

    const [a, b] = await Promise.all(
      ['Ensimmäinen', 'Toinen'].map((summary) => api().patch(`/api/v1/applications/${draft.id}`).set(auth(lead)).send({ version: 2, summary })),
    );
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    expect(lost.body).toMatchObject({ code: 'stale_version', currentVersion: 3, current: { version: 3, summary: won.body.summary } });
    const audit = await api().get('/api/v1/audit').query({ entityId: draft.id }).set(auth(lead)).expect(200);
    const updates = audit.body.items.filter((e: { action: string }) => e.action === 'application.updated').map((e: { after: unknown }) => e.after);
    expect(updates).toHaveLength(2);
    expect(updates).toContainEqual({ version: 3, summary: won.body.summary });
  });

  describe('a consortium that submits', () => {
    let id: string;

    it('invites a partner by business ID; an owner accepts; partners read but do not edit', async () => {
      id = (await createDraft(lead, leadOrg.id, complete())).id;
      await api().post(`/api/v1/applications/${id}/partners`).set(auth(partnerOwner)).send({ businessId: partnerBusinessId }).expect(404);
      await api().post(`/api/v1/applications/${id}/partners`).set(auth(lead)).send({ organisationId: leadOrg.id }).expect(409);
      const invited = await api().post(`/api/v1/applications/${id}/partners`).set(auth(lead)).send({ businessId: partnerBusinessId }).expect(201);
      expect(invited.body.partners).toEqual([expect.objectContaining({ organisationId: partnerOrg.id, state: 'invited' })]);
      await api().post(`/api/v1/applications/${id}/partners`).set(auth(lead)).send({ organisationId: partnerOrg.id }).expect(409);
      const mail = await stack.smtp!.waitFor((m) => m.to.includes(partnerOwner.email) && /Partner invitation/.test(m.subject));
      expect(mail.subject).toContain('Robot buses in Hervanta');

      await api().post(`/api/v1/applications/${id}/partners/${partnerOrg.id}/accept`).set(auth(partnerMember)).expect(403);
      await api().post(`/api/v1/applications/${id}/partners/${partnerOrg.id}/accept`).set(auth(stranger)).expect(404);
      const accepted = await api().post(`/api/v1/applications/${id}/partners/${partnerOrg.id}/accept`).set(auth(partnerOwner)).expect(200);
      expect(accepted.body.partners).toEqual([expect.objectContaining({ state: 'accepted', acceptedAt: expect.any(String) })]);
      await stack.smtp!.waitFor((m) => m.to.includes(lead.email) && /Kumppani mukana/.test(m.subject));

      const read = await api().get(`/api/v1/applications/${id}`).set(auth(partnerMember)).expect(200);
      expect(read.body.title).toBe('Robot buses in Hervanta');
      await api().patch(`/api/v1/applications/${id}`).set(auth(partnerOwner)).send({ version: read.body.version, title: 'Ours now' }).expect(403);
      await api().post(`/api/v1/applications/${id}/submit`).set(auth(partnerOwner)).send({ version: read.body.version }).expect(403);
      const theirs = await api().get('/api/v1/applications').set(auth(partnerMember)).expect(200);
      expect(theirs.body.items.map((a: { id: string }) => a.id)).toContain(id);
    });

    it('submits before the deadline: a revision, a receipt, then the eligibility verdicts', async () => {
      const current = await api().get(`/api/v1/applications/${id}`).set(auth(lead)).expect(200);
      const submitted = await api().post(`/api/v1/applications/${id}/submit`).set(auth(lead)).send({ version: current.body.version }).expect(200);
      expect(submitted.body).toMatchObject({ state: 'submitted', revision: 1, unsubmittedChanges: false });
      await api().post(`/api/v1/applications/${id}/submit`).set(auth(lead)).send({ version: current.body.version + 1 }).expect(409);

      const report = await verdictsOf(id);
      expect(report).toMatchObject({ revision: 1, status: 'eligible' });
      expect(report.verdicts.map((v: { rule: string; pass: boolean }) => [v.rule, v.pass])).toEqual([
        ['minOperatorsInCities', true],
        ['leadOrganisationTypes', true],
        ['maxGrant', true],
        ['fundingRate', true],
        ['durationMonths', true],
        ['testBedsPublished', true],
        ['requiredFields', true],
      ]);
      expect(report.verdicts[0].reason.en).toContain('Robottibussi Oy, Helsingin Data Oy');
      const after = await api().get(`/api/v1/applications/${id}`).set(auth(lead)).expect(200);
      expect(after.body.state).toBe('eligible');

      const receipt = await stack.smtp!.waitFor((m) => m.to.includes(partnerOwner.email) && /Application submitted/.test(m.subject));
      expect(mailText(receipt)).toMatch(/was received on \d{1,2} \w+ \d{4}, \d{2}:\d{2} \(Finnish time\) \(revision 1\)/);
      await stack.smtp!.waitFor((m) => m.to.includes(lead.email) && /Hakemus täyttää kelpoisuusehdot/.test(m.subject));
      // The coordinator sees the same verdicts.
      const seen = await api().get(`/api/v1/applications/${id}/eligibility`).set(auth(coordinator)).expect(200);
      expect(seen.body.verdicts).toEqual(report.verdicts);
    });

    it('keeps each submission as an immutable revision and shows what changed between two', async () => {
      const current = await api().get(`/api/v1/applications/${id}`).set(auth(lead)).expect(200);
      const [drivers, lidar, party] = current.body.budgetLines;
      const edited = await api()
        .patch(`/api/v1/applications/${id}`)
        .set(auth(lead))
        .send({
          version: current.body.version,
          summary: 'Autonomous shuttles in Hervanta and Hiedanranta',
          budgetLines: [{ ...drivers, amountCents: 6_500_000 }, lidar, party, { category: 'travel', description: 'Study trip to Oslo', amountCents: 150_000, eligible: true }],
        })
        .expect(200);
      expect(edited.body).toMatchObject({ state: 'eligible', unsubmittedChanges: true });
      // The coordinator still sees what was submitted.
      const coordinatorView = await api().get(`/api/v1/applications/${id}`).set(auth(coordinator)).expect(200);
      expect(coordinatorView.body).toMatchObject({ source: 'revision', summary: complete().summary });

      await api().post(`/api/v1/applications/${id}/submit`).set(auth(lead)).send({ version: edited.body.version }).expect(200);
      await eventually(async () => (await api().get(`/api/v1/applications/${id}`).set(auth(lead))).body.state === 'eligible');
      const revisions = await api().get(`/api/v1/applications/${id}/revisions`).set(auth(partnerMember)).expect(200);
      expect(revisions.body).toEqual([
        expect.objectContaining({ number: 1, late: false, eligible: true }),
        expect.objectContaining({ number: 2, late: false, eligible: true }),
      ]);
      const diff = await api().get(`/api/v1/applications/${id}/revisions/1/diff/2`).set(auth(coordinator)).expect(200);
      const byPath = Object.fromEntries(diff.body.changes.map((c: { path: string }) => [c.path, c]));
      expect(byPath.summary).toMatchObject({ change: 'changed', before: complete().summary, after: 'Autonomous shuttles in Hervanta and Hiedanranta' });
      expect(byPath[`budgetLines[${drivers.id}]`]).toMatchObject({ change: 'changed', fields: ['amountCents'] });
      const added = diff.body.changes.find((c: { change: string; path: string }) => c.change === 'added' && c.path.startsWith('budgetLines['));
      expect(added.after).toMatchObject({ description: 'Study trip to Oslo' });
      expect(byPath[`budgetLines[${lidar.id}]`]).toBeUndefined();
      expect(byPath['totals.totalCents']).toMatchObject({ before: 8_300_000, after: 8_950_000 });
      await api().get(`/api/v1/applications/${id}/revisions/1/diff/3`).set(auth(lead)).expect(404);
      await api().get(`/api/v1/applications/${id}/revisions/1/diff/2`).set(auth(stranger)).expect(404);
      const revision = await api().get(`/api/v1/applications/${id}/revisions/1`).set(auth(lead)).expect(200);
      expect(revision.body.snapshot.consortium.partners).toEqual([expect.objectContaining({ name: 'Helsingin Data Oy', homeMunicipality: 'Helsingfors' })]);

      await expect(stack.db.query(`UPDATE application_revisions SET snapshot = '{}' WHERE application_id = $1`, [id])).rejects.toThrow(/immutable/);
      await expect(stack.db.query(`DELETE FROM application_revisions WHERE application_id = $1`, [id])).rejects.toThrow(/immutable/);
    });

    it("lists the call's applications for its city, with filters, as CSV and as XLSX", async () => {
      const list = await api().get(`/api/v1/calls/${callId}/applications`).query({ state: 'eligible' }).set(auth(coordinator)).expect(200);
      expect(list.body).toMatchObject({ total: 1, page: 1 });
      expect(list.body.items[0]).toMatchObject({ id, leadOrganisationName: 'Robottibussi Oy', partners: ['Helsingin Data Oy'], revision: 2, eligible: true, totalCents: 8_950_000 });
      const byPartner = await api().get(`/api/v1/calls/${callId}/applications`).query({ organisationId: partnerOrg.id }).set(auth(coordinator)).expect(200);
      expect(byPartner.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
      // Drafts never submitted stay their organisations' own.
      const all = await api().get(`/api/v1/calls/${callId}/applications`).set(auth(coordinator)).expect(200);
      const [counts] = await stack.db.query(
        `SELECT count(*) FILTER (WHERE revision >= 1)::int AS submitted, count(*) FILTER (WHERE revision = 0)::int AS drafts FROM applications WHERE call_id = $1`,
        [callId],
      );
      expect(counts.drafts).toBeGreaterThan(0);
      expect(all.body.total).toBe(counts.submitted);
      expect(all.body.items.every((a: { revision: number }) => a.revision >= 1)).toBe(true);

      for (const refused of [otherCoordinator, lead]) {
        await api().get(`/api/v1/calls/${callId}/applications`).set(auth(refused)).expect(403);
        await api().get(`/api/v1/calls/${callId}/applications.csv`).set(auth(refused)).expect(403);
      }

      const csv = await api().get(`/api/v1/calls/${callId}/applications.csv`).query({ state: 'eligible' }).set(auth(coordinator)).expect(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      const rows: Record<string, string>[] = parse(csv.text, { columns: true });
      expect(rows).toEqual([expect.objectContaining({ id, state: 'eligible', eligible: 'yes', partners: 'Helsingin Data Oy', total_cents: '8950000', revision: '2' })]);

      const xlsx = await api()
        .get(`/api/v1/calls/${callId}/applications.xlsx`)
        .set(auth(coordinator))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.body);
      const sheet = workbook.getWorksheet('Applications')!;
      expect(sheet.getRow(1).getCell(1).value).toBe('ID');
      const ids = sheet.getColumn(1).values.slice(2);
      expect(ids).toContain(id);
      const row = sheet.getRow(ids.indexOf(id) + 2);
      expect(row.getCell(9).value).toBe(89_500);
    });
  });

  it("checks the submitter's sign-in in the submit's own transaction as strictly as every other route", async () => {
    const user = await registerUser(stack);
    const org = await createOrganisation(stack, user, { name: 'Kirjautumiskoe Oy' });
    const draft = await createDraft(user, org.id);
    const submitAs = (token: string) => api().post(`/api/v1/applications/${draft.id}/submit`).set('authorization', `Bearer ${token}`).send({ version: draft.version });
    const stateOf = async () => (await stack.db.query(`SELECT state, revision FROM applications WHERE id = $1`, [draft.id]))[0];

    expect((await submitAs(`${user.token.slice(0, -2)}xx`).expect(401)).body.code).toBe('unauthenticated');
    await stack.db.query(`UPDATE users SET email_verified_at = NULL WHERE id = $1`, [user.id]);
    expect((await submitAs(user.token).expect(403)).body.code).toBe('email_unverified');
    await stack.db.query(`UPDATE users SET email_verified_at = now() WHERE id = $1`, [user.id]);
    // The policy decides with the actor just loaded: a membership removed a moment ago counts.
    await stack.db.query(`DELETE FROM memberships WHERE user_id = $1`, [user.id]);
    await submitAs(user.token).expect(404);
    await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`, [org.id, user.id]);
    await stack.db.query(`UPDATE users SET token_generation = token_generation + 1 WHERE id = $1`, [user.id]);
    expect((await submitAs(user.token).expect(401)).body.code).toBe('unauthenticated');
    expect(await stateOf()).toEqual({ state: 'draft', revision: 0 });

    await renewTokens(stack, user);
    await submitAs(user.token).expect(200);
    await submitAs(user.token).expect(200);
    await api().post('/api/v1/auth/logout').send({ refreshToken: user.refreshToken }).expect(204);
    expect((await submitAs(user.token).expect(401)).body.code).toBe('unauthenticated');
    // The worker may have judged the revision meanwhile; no second one was made.
    expect((await stateOf()).revision).toBe(1);
  });

  it('submits a version once however often it is sent: parallel submits answer the one revision and write nothing more', async () => {
    const draft = await createDraft(lead, leadOrg.id, complete());
    const answers = await Promise.all([1, 2, 3].map(() => api().post(`/api/v1/applications/${draft.id}/submit`).set(auth(lead)).send({ version: draft.version })));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    for (const answer of answers) expect(answer.body).toMatchObject({ id: draft.id, revision: 1, version: draft.version, unsubmittedChanges: false });
    const again = await api().post(`/api/v1/applications/${draft.id}/submit`).set(auth(lead)).send({ version: draft.version }).expect(200);
    expect(again.body.revision).toBe(1);
    await verdictsOf(draft.id);

    const [counts] = await stack.db.query(
      `SELECT (SELECT count(*)::int FROM application_revisions WHERE application_id::text = $1::text) AS revisions,
              (SELECT count(*)::int FROM outbox WHERE job_name = 'application.eligibility' AND payload->>'applicationId' = $1::text) AS "eligibilityJobs",
              (SELECT count(*)::int FROM outbox WHERE job_name = 'notification.send' AND payload->>'kind' = 'application.submitted' AND payload->>'entityId' = $1::text) AS receipts,
              (SELECT count(*)::int FROM audit_events WHERE entity_id::text = $1::text AND action = 'application.submitted') AS audited`,
      [draft.id],
    );
    // One receipt for each of the lead organisation's two members.
    expect(counts).toEqual({ revisions: 1, eligibilityJobs: 1, receipts: 2, audited: 1 });

    // A changed working copy is a new submission, and a stale version is still refused.
    const edited = await api().patch(`/api/v1/applications/${draft.id}`).set(auth(lead)).send({ version: draft.version, summary: 'Shuttles, and a night line' }).expect(200);
    await api().post(`/api/v1/applications/${draft.id}/submit`).set(auth(lead)).send({ version: draft.version }).expect(409);
    const second = await api().post(`/api/v1/applications/${draft.id}/submit`).set(auth(lead)).send({ version: edited.body.version }).expect(200);
    expect(second.body.revision).toBe(2);
  });

  it('reports the six-city rule and every other failed rule with its reason', async () => {
    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const draftBed = (await api().post('/api/v1/testbeds').set(auth(coordinator)).send({ cityId: tampere, name: { fi: 'Salainen alusta' } }).expect(201)).body.id;
    const draft = await createDraft(stranger, strangerOrg.id, {
      ...complete(),
      summary: null,
      requestedGrantCents: 12_000_000,
      pilotPeriod: { start: '2027-03-01', end: '2027-04-15' },
      testbedIds: [bedId, draftBed],
    });
    await api().post(`/api/v1/applications/${draft.id}/submit`).set(auth(stranger)).send({ version: 1 }).expect(200);
    const report = await verdictsOf(draft.id, stranger);
    expect(report.status).toBe('ineligible');
    const reasons = Object.fromEntries(report.verdicts.map((v: { rule: string; pass: boolean; reason: Record<string, string> }) => [v.rule, v]));
    expect(reasons.minOperatorsInCities).toMatchObject({ pass: false });
    expect(reasons.minOperatorsInCities.reason.en).toMatch(/Only 0 consortium operator\(s\) .*Helsinki.*Oulu; at least 2 are required/);
    expect(reasons.minOperatorsInCities.reason.fi).toMatch(/vaaditaan vähintään 2/);
    expect(reasons.leadOrganisationTypes).toMatchObject({ pass: false });
    expect(reasons.leadOrganisationTypes.reason.en).toBe('The lead Lahden Tutkimus is a research organisation; only these may lead: company, association.');
    expect(reasons.maxGrant.reason.en).toBe('The requested grant €120,000.00 exceeds the maximum grant of €100,000.00.');
    expect(reasons.fundingRate.reason.en).toBe('The requested grant €120,000.00 exceeds 75% of the eligible costs of €80,000.00, that is €60,000.00.');
    expect(reasons.durationMonths.reason.en).toMatch(/lasts 1.5 months; the call allows 3–24 months/);
    // The draft bed is named by id only: its name is the city's unpublished work.
    expect(reasons.testBedsPublished.reason.en).toBe(`These chosen test beds are not published: ${draftBed}.`);
    expect(reasons.requiredFields.reason.sv).toBe('Obligatoriska uppgifter saknas: sammanfattning.');
    for (const verdict of report.verdicts) expect(verdict.pass).toBe(false);
    await eventually(async () => (await api().get(`/api/v1/applications/${draft.id}`).set(auth(stranger))).body.state === 'ineligible');
    await stack.smtp!.waitFor((m) => m.to.includes(stranger.email) && /Application not eligible/.test(m.subject));

    const withdrawn = await api().post(`/api/v1/applications/${draft.id}/withdraw`).set(auth(stranger)).send({ reason: 'We will try again' }).expect(200);
    expect(withdrawn.body).toMatchObject({ state: 'withdrawn', withdrawReason: 'We will try again' });
    await api().post(`/api/v1/applications/${draft.id}/withdraw`).set(auth(stranger)).send({}).expect(409);
    await api().patch(`/api/v1/applications/${draft.id}`).set(auth(stranger)).send({ version: 1, title: 'Again' }).expect(409);
  });

  it('takes only the test beds the call offers, when it links some', async () => {
    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const other = await api().post('/api/v1/testbeds').set(auth(coordinator)).send({
        cityId: tampere,
        name: { fi: 'Tesoman kenttä' },
        summary: { fi: 'Urheilukenttä kokeiluille' },
        location: { lon: 23.64, lat: 61.5 },
        themes: ['mobility'],
        availability: [{ start: '2027-01-01', end: '2027-12-31' }],
      })
      .expect(201);
    await api().post(`/api/v1/testbeds/${other.body.id}/publish`).set(auth(coordinator)).send({ version: other.body.version }).expect(200);
    const linked = await openCall(DAY, { testbedIds: [bedId] });
    const fits = await createDraft(leadMember, leadOrg.id, complete(), linked.id);
    const strays = await createDraft(leadMember, leadOrg.id, { ...complete(), testbedIds: [bedId, other.body.id] }, linked.id);
    for (const draft of [fits, strays]) await api().post(`/api/v1/applications/${draft.id}/submit`).set(auth(leadMember)).send({ version: 1 }).expect(200);
    const verdictOf = async (id: string) => (await verdictsOf(id)).verdicts.find((v: { rule: string }) => v.rule === 'testBedsPublished');
    expect(await verdictOf(fits.id)).toMatchObject({ pass: true });
    const refused = await verdictOf(strays.id);
    expect(refused.pass).toBe(false);
    expect(refused.reason.en).toBe('The call does not offer these chosen test beds: Tesoman kenttä.');
  });

  it('lets exactly the organisation with an extension submit after the deadline', async () => {
    const opened = await openCall();
    const call = opened.id;
    const extended = await createDraft(lead, leadOrg.id, complete(), call);
    const other = await createDraft(stranger, strangerOrg.id, complete(), call);
    const closesAt = await closeSoon(opened);
    const tooLate = await api().post('/api/v1/applications').set(auth(lead)).send({ callId: call, organisationId: leadOrg.id, title: 'Too late' }).expect(409);
    expect(tooLate.body.detail).toMatch(/The call closed on .* \(Finnish time\)\.$/);

    const deadline = new Date(Date.now() + 3_600_000).toISOString();
    const grant = { organisationId: leadOrg.id, deadline, reason: 'The e-service was down on the last afternoon' };
    await api().post(`/api/v1/calls/${call}/extensions`).set(auth(otherCoordinator)).send(grant).expect(403);
    await api().post(`/api/v1/calls/${call}/extensions`).set(auth(lead)).send(grant).expect(403);
    const early = await api()
      .post(`/api/v1/calls/${call}/extensions`)
      .set(auth(coordinator))
      .send({ ...grant, deadline: new Date(closesAt.getTime() - 60_000).toISOString() })
      .expect(422);
    expect(early.body.errors).toEqual([expect.objectContaining({ field: 'deadline' })]);
    const granted = await api().post(`/api/v1/calls/${call}/extensions`).set(auth(coordinator)).send(grant).expect(201);
    // The coordinator named the organisation by id: the answer does not name it back until it applies.
    expect(granted.body).toMatchObject({ organisationId: leadOrg.id, organisationName: null, reason: grant.reason });
    const again = await api().post(`/api/v1/calls/${call}/extensions`).set(auth(coordinator)).send(grant).expect(409);
    expect(JSON.stringify(again.body)).not.toContain('Robottibussi');
    const listed = await api().get(`/api/v1/calls/${call}/extensions`).set(auth(coordinator)).expect(200);
    expect(listed.body).toEqual([expect.objectContaining({ organisationId: leadOrg.id, organisationName: null })]);
    await stack.smtp!.waitFor((m) => m.to.includes(lead.email) && /Lisäaika hakuun/.test(m.subject));

    const refused = await api().post(`/api/v1/applications/${other.id}/submit`).set(auth(stranger)).send({ version: other.version }).expect(409);
    expect(refused.body.detail).toMatch(/^The call closed on \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} \(Finnish time\)\.$/);
    expect(refused.body.reason).toBe('call_closed');
    const refusedFi = await api().post(`/api/v1/applications/${other.id}/submit`).set(auth(stranger)).set('accept-language', 'fi').send({ version: other.version }).expect(409);
    expect(refusedFi.body).toMatchObject({ messageCode: 'submission.closed', detail: expect.stringMatching(/^Haku sulkeutui \d{1,2}\.\d{1,2}\.\d{4} klo \d{2}\.\d{2} \(Suomen aikaa\)\.$/) });
    const late = await api().post(`/api/v1/applications/${extended.id}/submit`).set(auth(lead)).send({ version: extended.version }).expect(200);
    expect(late.body.state).toBe('submitted');
    const revisions = await api().get(`/api/v1/applications/${extended.id}/revisions`).set(auth(lead)).expect(200);
    expect(revisions.body).toEqual([expect.objectContaining({ number: 1, late: true })]);
    const named = await api().get(`/api/v1/calls/${call}/extensions`).set(auth(coordinator)).expect(200);
    expect(named.body).toEqual([expect.objectContaining({ organisationName: 'Robottibussi Oy' })]);
    const [{ state }] = await stack.db.query(`SELECT state FROM applications WHERE id = $1`, [other.id]);
    expect(state).toBe('draft');
    const audit = await api().get('/api/v1/audit').query({ entityId: call }).set(auth(coordinator)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('call.extension_granted');
  });
});
