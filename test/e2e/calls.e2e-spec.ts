import { parse } from 'csv-parse/sync';
import ical, { VEvent } from 'node-ical';
import request from 'supertest';
import { at, createAdmin, createTestbed, DAY, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';


function callBody(cityId: string | null, overrides: Record<string, unknown> = {}) {
  return {
    cityId,
    focusArea: 'open_data_and_interfaces',
    title: { fi: 'Avoimen datan pilotit', en: 'Open data pilots' },
    summary: { fi: 'Rahoitusta datakokeiluille', en: 'Funding for data pilots' },
    body: { fi: 'Koko hakuteksti', en: 'The full call text' },
    opensAt: at(30 * DAY),
    closesAt: at(60 * DAY),
    reviewDeadline: at(90 * DAY),
    budgetCents: 100_000_000,
    fundingSources: [
      { source: 'ERDF', sharePercent: 60 },
      { source: 'state', sharePercent: 20 },
      { source: 'city', sharePercent: 20 },
    ],
    fundingRatePercent: 75,
    maxGrantCents: 20_000_000,
    durationMinMonths: 3,
    durationMaxMonths: 12,
    criteria: [
      { key: 'impact', name: { fi: 'Vaikuttavuus', en: 'Impact' }, guidance: { en: 'Who benefits, and how much?' }, weight: 2, threshold: 2.5 },
      { key: 'feasibility', name: { fi: 'Toteutettavuus', en: 'Feasibility' }, weight: 1 },
    ],
    overallThreshold: 7,
    tieBreaks: ['impact'],
    ...overrides,
  };
}

describe('open calls', () => {
  let stack: Stack;
  let helsinki: TestUser;
  let oulu: TestUser;
  let admin: TestUser;
  let applicant: TestUser;
  let decider: TestUser;
  const cities: Record<string, string> = {};

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

  async function createCall(user: TestUser, body: Record<string, unknown>) {
    const res = await request(stack.http).post('/api/v1/calls').set(auth(user)).send(body);
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; version: number; state: string };
  }

  async function publish(user: TestUser, id: string) {
    return (await request(stack.http).post(`/api/v1/calls/${id}/publish`).set(auth(user)).send({}).expect(200)).body;
  }

  const stateOf = async (id: string) => (await stack.db.query(`SELECT state FROM calls WHERE id = $1`, [id]))[0].state as string;
  const actions = async (id: string) =>
    ((await stack.db.query(`SELECT action FROM audit_events WHERE call_id = $1 ORDER BY id`, [id])) as { action: string }[]).map((e) => e.action);

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    [helsinki, oulu, applicant, decider] = await Promise.all([registerUser(stack), registerUser(stack), registerUser(stack), registerUser(stack)]);
    admin = await createAdmin(stack);
    await grantRole(stack, helsinki.id, 'coordinator', 'helsinki');
    await grantRole(stack, oulu.id, 'coordinator', 'oulu');
    await grantRole(stack, decider.id, 'decider');
    for (const row of (await stack.db.query(`SELECT id, slug FROM cities`)) as { id: string; slug: string }[]) cities[row.slug] = row.id;
  });
  afterAll(() => stack.close());

  describe('validation', () => {
    it('refuses funding shares that do not sum to 100 with 400 naming fundingSources', async () => {
      const res = await request(stack.http)
        .post('/api/v1/calls')
        .set(auth(helsinki))
        .send(callBody(cities.helsinki, { fundingSources: [{ source: 'ERDF', sharePercent: 60 }, { source: 'city', sharePercent: 30 }] }))
        .expect(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      expect(res.body.errors).toEqual([{ field: 'fundingSources', message: expect.stringMatching(/sum to 100/) }]);
    });

    it('names nested fields by their path', async () => {
      const res = await request(stack.http)
        .post('/api/v1/calls')
        .set(auth(helsinki))
        .send(
          callBody(cities.helsinki, {
            criteria: [
              { key: 'impact', name: { en: 'Impact' }, weight: 1 },
              { key: 'risk', name: { en: 'Risk' }, weight: 1, scale: { min: 0, max: 5, step: 0.3 } },
            ],
            closesAt: at(10 * DAY),
            eligibility: { minOperatorsInCities: { count: 0 }, requiredFields: ['plan', 'budget'] },
          }),
        )
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
        'closesAt',
        'eligibility.minOperatorsInCities.count',
        'eligibility.requiredFields[1]',
        'criteria[1].scale.step',
      ]);
      const types = await request(stack.http)
        .post('/api/v1/calls')
        .set(auth(helsinki))
        .send(callBody(cities.helsinki, { fundingSources: [{ source: 'ERDF', sharePercent: '100' }], extra: true }))
        .expect(400);
      expect(types.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'fundingSources[0].sharePercent']);
    });

    it('checks references: known cities, deciders with the role, published test beds', async () => {
      const res = await request(stack.http)
        .post('/api/v1/calls')
        .set(auth(helsinki))
        .send(
          callBody(cities.helsinki, {
            eligibility: { minOperatorsInCities: { count: 2, cities: ['helsinki', 'atlantis'] } },
            deciderIds: [decider.id, applicant.id],
            testbedIds: ['00000000-0000-4000-8000-000000000000'],
          }),
        )
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['eligibility.minOperatorsInCities.cities[1]', 'deciderIds[1]', 'testbedIds[0]']);
    });
  });

  describe("another city's test beds", () => {
    it("refuses to link another city's bed without that city (422 naming it); its own coordinators and admins may", async () => {
      const [ouluBed, helsinkiBed] = await Promise.all([createTestbed(stack, oulu, {}, { city: 'oulu' }), createTestbed(stack, helsinki, {}, { city: 'helsinki' })]);
      const refused = await request(stack.http)
        .post('/api/v1/calls')
        .set(auth(helsinki))
        .send(callBody(cities.helsinki, { testbedIds: [helsinkiBed.id, ouluBed.id] }))
        .expect(422);
      expect(refused.headers['content-type']).toMatch(/problem\+json/);
      expect(refused.body.errors).toEqual([{ field: 'testbedIds[1]', message: expect.stringMatching(/Oulu/) }]);

      // Linking it later by an edit is refused the same way, and nothing changes.
      const own = await createCall(helsinki, callBody(cities.helsinki, { testbedIds: [helsinkiBed.id] }));
      await request(stack.http).patch(`/api/v1/calls/${own.id}`).set(auth(helsinki)).send({ version: own.version, testbedIds: [helsinkiBed.id, ouluBed.id] }).expect(422);
      expect((await request(stack.http).get(`/api/v1/calls/${own.id}`).set(auth(helsinki)).expect(200)).body.testbedIds).toEqual([helsinkiBed.id]);

      // A coordinator of both cities speaks for both; an admin's national call may offer any city's bed.
      await grantRole(stack, helsinki.id, 'coordinator', 'oulu');
      const both = await request(stack.http).post('/api/v1/auth/login').send({ email: helsinki.email, password: helsinki.password }).expect(200);
      await request(stack.http)
        .post('/api/v1/calls')
        .set({ authorization: `Bearer ${both.body.accessToken}` })
        .send(callBody(cities.helsinki, { testbedIds: [helsinkiBed.id, ouluBed.id] }))
        .expect(201);
      await request(stack.http).post('/api/v1/calls').set(auth(admin)).send(callBody(null, { testbedIds: [helsinkiBed.id, ouluBed.id] })).expect(201);
      await stack.db.query(`DELETE FROM role_grants WHERE user_id = $1 AND city_id = $2`, [helsinki.id, cities.oulu]);
    });
  });

  describe('who may do what', () => {
    it('lets coordinators create their city calls and admins national ones', async () => {
      await request(stack.http).post('/api/v1/calls').set(auth(oulu)).send(callBody(cities.helsinki)).expect(403);
      await request(stack.http).post('/api/v1/calls').set(auth(helsinki)).send(callBody(null)).expect(403);
      await request(stack.http).post('/api/v1/calls').set(auth(applicant)).send(callBody(cities.helsinki)).expect(403);
      await request(stack.http).post('/api/v1/calls').send(callBody(cities.helsinki)).expect(401);
      const national = await createCall(admin, callBody(null, { deciderIds: [decider.id] }));
      expect(national).toMatchObject({ cityId: null, citySlug: null, state: 'draft', deciderIds: [decider.id] });
    });

    it('hides a draft (404) from all but its city coordinators and admins, and refuses edits of a published call (403)', async () => {
      const call = await createCall(helsinki, callBody(cities.helsinki));
      expect(call).toMatchObject({ state: 'draft', version: 1, citySlug: 'helsinki', requiredFields: expect.arrayContaining(['plan', 'kpis']) });
      await request(stack.http).get(`/api/v1/calls/${call.id}`).expect(404);
      await request(stack.http).get(`/api/v1/calls/${call.id}`).set(auth(oulu)).expect(404);
      await request(stack.http).get(`/api/v1/calls/${call.id}`).set(auth(applicant)).expect(404);
      await request(stack.http).patch(`/api/v1/calls/${call.id}`).set(auth(oulu)).send({ version: 1, title: { en: 'Mine' } }).expect(404);
      await request(stack.http).get(`/api/v1/calls/${call.id}`).set(auth(helsinki)).expect(200);
      await request(stack.http).get(`/api/v1/calls/${call.id}`).set(auth(admin)).expect(200);

      await publish(helsinki, call.id);
      const open = await request(stack.http).get(`/api/v1/calls/${call.id}`).expect(200);
      expect(open.body).toMatchObject({ state: 'scheduled', title: 'Open data pilots' });
      expect(open.body.deciderIds).toBeUndefined();
      await request(stack.http).patch(`/api/v1/calls/${call.id}`).set(auth(oulu)).send({ version: 2, title: { en: 'Mine' } }).expect(403);
      await request(stack.http).post(`/api/v1/calls/${call.id}/publish`).set(auth(oulu)).send({}).expect(403);
    });

    it('lists drafts to their city coordinators and admins when asked, and to nobody else', async () => {
      const draft = await createCall(helsinki, callBody(cities.helsinki, { title: { en: 'Unpublished pilots' } }));
      const ids = (res: request.Response) => (res.body.items as { id: string }[]).map((c) => c.id);

      const own = await request(stack.http).get('/api/v1/calls').query({ state: 'draft', limit: 100 }).set(auth(helsinki)).expect(200);
      expect(ids(own)).toContain(draft.id);
      expect(own.body.items.every((c: { state: string; citySlug: string }) => c.state === 'draft' && c.citySlug === 'helsinki')).toBe(true);
      expect(own.body.items.find((c: { id: string }) => c.id === draft.id)).toMatchObject({ title: 'Unpublished pilots', deciderIds: expect.any(Array) });
      const withPublished = await request(stack.http).get('/api/v1/calls').query({ state: 'draft,scheduled', limit: 100 }).set(auth(helsinki)).expect(200);
      expect(ids(withPublished)).toContain(draft.id);

      const otherCity = await request(stack.http).get('/api/v1/calls').query({ state: 'draft', limit: 100 }).set(auth(oulu)).expect(200);
      expect(ids(otherCity)).not.toContain(draft.id);
      expect(ids(await request(stack.http).get('/api/v1/calls').query({ state: 'draft', limit: 100 }).set(auth(admin)).expect(200))).toContain(draft.id);
      expect(ids(await request(stack.http).get('/api/v1/calls').query({ limit: 100 }).set(auth(helsinki)).expect(200))).not.toContain(draft.id);

      const anonymous = await request(stack.http).get('/api/v1/calls').query({ state: 'draft' }).expect(403);
      expect(anonymous.headers['content-type']).toContain('application/problem+json');
      await request(stack.http).get('/api/v1/calls').query({ state: 'draft' }).set(auth(applicant)).expect(403);
    });
  });

  describe('editing', () => {
    it('changes anything in a draft, audited, with optimistic concurrency', async () => {
      const call = await createCall(helsinki, callBody(cities.helsinki));
      const edited = await request(stack.http)
        .patch(`/api/v1/calls/${call.id}`)
        .set(auth(helsinki))
        .send({ version: 1, budgetCents: 50_000_000, fundingPolicy: 'skip', deciderIds: [decider.id] })
        .expect(200);
      expect(edited.body).toMatchObject({ version: 2, budgetCents: 50_000_000, fundingPolicy: 'skip', deciderIds: [decider.id] });
      const stale = await request(stack.http).patch(`/api/v1/calls/${call.id}`).set(auth(helsinki)).send({ version: 1, budgetCents: 1 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', current: { version: 2, budgetCents: 50_000_000 } });
      const [event] = await stack.db.query(`SELECT actor_id, city_id, call_id, before, after FROM audit_events WHERE call_id = $1 AND action = 'call.updated'`, [call.id]);
      expect(event).toMatchObject({ actor_id: helsinki.id, city_id: cities.helsinki, call_id: call.id, before: { budgetCents: 100_000_000, fundingPolicy: 'strict' } });
      expect(event.after).toMatchObject({ budgetCents: 50_000_000, fundingPolicy: 'skip' });
    });

    it('after publishing changes only texts and dates: budget → 409 naming it', async () => {
      const call = await createCall(helsinki, callBody(cities.helsinki));
      await publish(helsinki, call.id);
      const res = await request(stack.http).patch(`/api/v1/calls/${call.id}`).set(auth(helsinki)).send({ version: 2, budgetCents: 200_000_000 }).expect(409);
      expect(res.body.detail).toMatch(/budgetCents/);
      expect(res.body.errors).toEqual([{ field: 'budgetCents', message: expect.stringMatching(/published/) }]);
      const same = await request(stack.http).patch(`/api/v1/calls/${call.id}`).set(auth(helsinki)).send({ version: 2, budgetCents: 100_000_000 }).expect(200);
      expect(same.body.version).toBe(2);
      const texts = await request(stack.http)
        .patch(`/api/v1/calls/${call.id}`)
        .set(auth(helsinki))
        .send({ version: 2, title: { fi: 'Uusi otsikko', sv: 'Ny rubrik' }, reviewDeadline: at(100 * DAY) })
        .expect(200);
      expect(texts.body).toMatchObject({ version: 3, translations: { title: { fi: 'Uusi otsikko', sv: 'Ny rubrik' } } });
      await request(stack.http).post(`/api/v1/calls/${call.id}/publish`).set(auth(helsinki)).send({}).expect(409);
    });

    it('refuses to publish a call whose deadline has passed', async () => {
      const call = await createCall(helsinki, callBody(cities.helsinki, { opensAt: at(-2 * DAY), closesAt: at(-DAY) }));
      const res = await request(stack.http).post(`/api/v1/calls/${call.id}/publish`).set(auth(helsinki)).send({}).expect(422);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'closesAt' })]);
    });
  });

  describe('schedule', () => {
    it('opens by itself at opensAt and closes by itself at closesAt, each once', async () => {
      const call = await createCall(helsinki, callBody(cities.helsinki, { opensAt: at(1000), closesAt: at(3000) }));
      expect((await publish(helsinki, call.id)).state).toBe('scheduled');
      await eventually(async () => (await stateOf(call.id)) === 'open', 5000, 'the call to open');
      // A restart re-relays nothing and re-sends no job; a duplicate outbox row with the same job id is ignored too.
      await stack.stopWorker();
      await stack.db.query(
        `INSERT INTO outbox (queue, job_name, payload, job_id, delay_until)
         SELECT queue, job_name, payload, job_id, delay_until FROM outbox WHERE payload->>'callId' = $1`,
        [call.id],
      );
      await stack.startWorker();
      await eventually(async () => (await stateOf(call.id)) === 'closed', 6000, 'the call to close');
      const [row] = await stack.db.query(`SELECT opened_at, opens_at, closed_at, closes_at FROM calls WHERE id = $1`, [call.id]);
      expect(row.opened_at.getTime()).toBeGreaterThanOrEqual(row.opens_at.getTime());
      expect(row.closed_at.getTime()).toBeGreaterThanOrEqual(row.closes_at.getTime());
      await new Promise((r) => setTimeout(r, 300));
      expect(await actions(call.id)).toEqual(['call.created', 'call.published', 'call.opened', 'call.closed']);
      const [opened] = await stack.db.query(`SELECT actor_id, city_id, before, after FROM audit_events WHERE call_id = $1 AND action = 'call.opened'`, [call.id]);
      expect(opened).toMatchObject({ actor_id: null, city_id: cities.helsinki, before: { state: 'scheduled' } });
      expect(opened.after).toEqual({ state: 'open', version: expect.any(Number), openedAt: expect.any(String) });
    });

    it('reschedules a moved closesAt: closes at the new time, not the old', async () => {
      const call = await createCall(helsinki, callBody(cities.helsinki, { opensAt: at(-1000), closesAt: at(1500) }));
      const published = await publish(helsinki, call.id);
      expect(published.state).toBe('open');
      const newClose = at(3500);
      await request(stack.http).patch(`/api/v1/calls/${call.id}`).set(auth(helsinki)).send({ version: published.version, closesAt: newClose }).expect(200);
      await new Promise((r) => setTimeout(r, 2500));
      expect(await stateOf(call.id)).toBe('open');
      await eventually(async () => (await stateOf(call.id)) === 'closed', 15_000, 'the call to close');
      const [row] = await stack.db.query(`SELECT closed_at FROM calls WHERE id = $1`, [call.id]);
      expect(row.closed_at.getTime()).toBeGreaterThanOrEqual(Date.parse(newClose));
      expect((await actions(call.id)).filter((a) => a === 'call.closed')).toHaveLength(1);
      const jobs = await stack.db.query(`SELECT job_id FROM outbox WHERE job_name = 'call.close' AND payload->>'callId' = $1 ORDER BY created_at`, [call.id]);
      expect(jobs).toHaveLength(2);
    });

    it('catches up on boot with transitions that fell due while the worker was down', async () => {
      await stack.stopWorker();
      // Both open and the second one also closes while the worker is down; the dates leave room
      // for creating and publishing them first on a busy machine.
      const lostClosesAt = at(3000);
      const relayed = await createCall(helsinki, callBody(cities.helsinki, { opensAt: at(2500), closesAt: at(60_000) }));
      const lost = await createCall(helsinki, callBody(cities.helsinki, { opensAt: at(2500), closesAt: lostClosesAt }));
      await publish(helsinki, relayed.id);
      await publish(helsinki, lost.id);
      // The second call's jobs are lost, as with a wiped queue: only the boot sweep can move it.
      await stack.db.query(`DELETE FROM outbox WHERE payload->>'callId' = $1`, [lost.id]);
      await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(lostClosesAt) - Date.now()) + 300));
      expect(await stateOf(relayed.id)).toBe('scheduled');
      expect(await stateOf(lost.id)).toBe('scheduled');
      await stack.startWorker();
      expect(await stateOf(lost.id)).toBe('closed');
      expect(await actions(lost.id)).toEqual(['call.created', 'call.published', 'call.opened', 'call.closed']);
      await eventually(async () => (await stateOf(relayed.id)) === 'open', 15_000, 'the relayed call to open');
      await new Promise((r) => setTimeout(r, 300));
      expect((await actions(relayed.id)).filter((a) => a === 'call.opened')).toHaveLength(1);
    });
  });

  describe('public list, calendar and open data', () => {
    let scheduled: string;
    let draft: string;
    let national: string;

    beforeAll(async () => {
      await stack.db.query(`DELETE FROM calls WHERE state = 'draft'`);
      scheduled = (await createCall(oulu, callBody(cities.oulu, { focusArea: 'open_participation_and_customership', title: { sv: 'Delaktighet', fi: 'Osallisuus' } }))).id;
      await publish(oulu, scheduled);
      draft = (await createCall(oulu, callBody(cities.oulu, { title: { fi: 'Luonnos' } }))).id;
      national = (await createCall(admin, callBody(null, { title: { fi: 'Kansallinen haku' } }))).id;
      await publish(admin, national);
    });

    it('lists published calls by closesAt with filters, pages and languages', async () => {
      const all = await request(stack.http).get('/api/v1/calls').query({ limit: 100 }).expect(200);
      const ids = all.body.items.map((c: { id: string }) => c.id);
      expect(ids).toContain(scheduled);
      expect(ids).not.toContain(draft);
      expect(all.body.total).toBe(ids.length);
      const closes = all.body.items.map((c: { closesAt: string }) => Date.parse(c.closesAt));
      expect(closes).toEqual([...closes].sort((a, b) => a - b));

      const oulu = await request(stack.http).get('/api/v1/calls').query({ city: 'oulu' }).set('accept-language', 'sv').expect(200);
      expect(oulu.body).toMatchObject({ total: 1, items: [{ id: scheduled, title: 'Delaktighet', language: 'sv' }] });
      const byId = await request(stack.http).get('/api/v1/calls').query({ city: cities.oulu, focusArea: 'open_participation_and_customership', state: 'scheduled' }).expect(200);
      expect(byId.body.items.map((c: { id: string }) => c.id)).toEqual([scheduled]);
      const nat = await request(stack.http).get('/api/v1/calls').query({ city: 'national', lang: 'all' }).expect(200);
      expect(nat.body.items).toEqual([expect.objectContaining({ id: national, cityId: null, translations: expect.objectContaining({ title: { fi: 'Kansallinen haku' } }) })]);
      expect(nat.body.items[0].criteria[0].translations).toEqual({ name: { fi: 'Vaikuttavuus', en: 'Impact' }, guidance: { en: 'Who benefits, and how much?' } });

      const first = await request(stack.http).get('/api/v1/calls').query({ limit: 2 }).expect(200);
      const second = await request(stack.http).get('/api/v1/calls').query({ limit: 100, cursor: first.body.nextCursor }).expect(200);
      expect([...first.body.items, ...second.body.items].map((c: { id: string }) => c.id)).toEqual(ids);

      for (const query of [{ state: 'closing' }, { city: 'Not a city!' }, { focusArea: 'smart_city' }, { cursor: 'bm90LWEtY3Vyc29y' }]) {
        const bad = await request(stack.http).get('/api/v1/calls').query(query).expect(400);
        expect(bad.body.errors).toEqual([expect.objectContaining({ field: Object.keys(query)[0] })]);
      }
    });

    it('publishes the deadlines as iCal', async () => {
      const res = await request(stack.http).get('/api/v1/calendar/calls.ics').query({ lang: 'fi' }).expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/calendar/);
      const events = Object.values(ical.sync.parseICS(res.text)).filter((c): c is VEvent => c?.type === 'VEVENT');
      const urlOf = (e: VEvent) => (typeof e.url === 'string' ? e.url : (e.url as unknown as { val: string }).val);
      expect(res.text).toMatch(/^DTSTART:\d{8}T\d{6}Z\r$/m);
      const mine = events.filter((e) => urlOf(e).endsWith(`/calls/${scheduled}`));
      expect(mine).toHaveLength(2);
      const [times] = await stack.db.query(`SELECT opens_at, closes_at FROM calls WHERE id = $1`, [scheduled]);
      // iCalendar times have whole seconds.
      const second = (d: Date) => Math.floor(d.getTime() / 1000);
      expect(mine.map((e) => second(e.start)).sort()).toEqual([second(times.opens_at), second(times.closes_at)].sort());
      expect(mine.map((e) => e.summary)).toEqual(expect.arrayContaining([expect.stringMatching(/opens: Osallisuus$/), expect.stringMatching(/closes: Osallisuus$/)]));
      expect(events.some((e) => urlOf(e).endsWith(`/calls/${draft}`))).toBe(false);
    });

    it('serves non-draft calls as open data JSON and CSV, one row each', async () => {
      const json = await request(stack.http).get('/api/v1/open-data/calls').query({ limit: 500 }).expect(200);
      expect(json.body.licence.id).toBe('CC-BY-4.0');
      const nonDraft = ((await stack.db.query(`SELECT id FROM calls WHERE state <> 'draft' AND second_stage_id IS NULL ORDER BY id`)) as { id: string }[]).map((r) => r.id);
      expect(json.body.items.map((c: { id: string }) => c.id)).toEqual(nonDraft);
      expect(json.body.items.find((c: { id: string }) => c.id === national)).toMatchObject({ city: null, currency: 'EUR', fundingSources: expect.any(Array) });
      expect(JSON.stringify(json.body)).not.toContain(decider.id);

      const res = await request(stack.http).get('/api/v1/open-data/calls.csv').buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      const text = (res.body as Buffer).toString('utf8');
      expect(text.split('\r\n')[0]).toMatch(/^id,url,city,state,focus_area,title_fi,title_sv,title_en,/);
      const rows: Record<string, string>[] = parse(text, { columns: true });
      expect(rows.map((r) => r.id)).toEqual(nonDraft);
      expect(rows.find((r) => r.id === scheduled)).toMatchObject({ city: 'oulu', title_sv: 'Delaktighet', funding_sources: 'ERDF:60;state:20;city:20', budget_cents: '100000000' });
      expect(rows.find((r) => r.id === national)).toMatchObject({ city: 'national' });
    });
  });
});
