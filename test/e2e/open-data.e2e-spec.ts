import { parse } from 'csv-parse/sync';
import ical, { VEvent } from 'node-ical';
import request from 'supertest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import { at, callBody, createOrganisation, DAY, grantRole, registerUser, TestUser } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

const ORGANISATION = 'Salainen Pilotti Oy';
const PURPOSE = 'Luottamuksellinen jakelurobottikokeilu';
const CONTACT = { name: 'Maija Meikäläinen', email: 'maija.meikalainen@tampere.fi', phone: '+358 40 123 4567' };

/** A node-ical date-only value is local midnight of that day. */
const day = (date: Date | undefined) =>
  date ? `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}` : undefined;

function events(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

interface OpenDataPage {
  generatedAt: string;
  licence: { id: string; url: string };
  total: number;
  nextCursor: string | null;
  items: { id: string; city: string; name: Record<string, string>; [key: string]: unknown }[];
}

describe('calendars and open data', () => {
  let stack: Stack;
  let tampereCoordinator: TestUser;
  let helsinkiCoordinator: TestUser;
  let applicant: TestUser;
  let organisationId: string;
  const cities: Record<string, string> = {};
  const beds: Record<'lab' | 'harbour' | 'draft' | 'archived' | 'helsinki', string> = { lab: '', harbour: '', draft: '', archived: '', helsinki: '' };
  const bookings: Record<string, string> = {};

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

  async function createBed(coordinator: TestUser, city: string, body: Record<string, unknown>, publish = true): Promise<string> {
    const res = await request(stack.http)
      .post('/api/v1/testbeds')
      .set(auth(coordinator))
      .send({
        cityId: cities[city],
        summary: { fi: 'Alusta yritysten pilotoinneille', en: 'A platform for company pilots' },
        location: { lon: 23.85, lat: 61.45 },
        themes: ['mobility'],
        capacity: 3,
        availability: [{ start: '2027-01-01', end: '2027-12-31' }],
        ...body,
      })
      .expect(201);
    if (publish) await request(stack.http).post(`/api/v1/testbeds/${res.body.id}/publish`).set(auth(coordinator)).expect(200);
    return res.body.id;
  }

  async function book(bed: string, start: string, end: string): Promise<string> {
    const res = await request(stack.http)
      .post(`/api/v1/testbeds/${bed}/bookings`)
      .set(auth(applicant))
      .send({ organisationId, start, end, purpose: PURPOSE, participants: 4 })
      .expect(201);
    return res.body.id;
  }

  const decide = (coordinator: TestUser, id: string, action: 'approve' | 'decline' | 'cancel', body: Record<string, unknown> = {}) =>
    request(stack.http).post(`/api/v1/bookings/${id}/${action}`).set(auth(coordinator)).send(body).expect(200);

  beforeAll(async () => {
    stack = await startStack();
    [tampereCoordinator, helsinkiCoordinator, applicant] = await Promise.all([registerUser(stack), registerUser(stack), registerUser(stack)]);
    await grantRole(stack, tampereCoordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, helsinkiCoordinator.id, 'coordinator', 'helsinki');
    organisationId = (await createOrganisation(stack, applicant, { name: ORGANISATION })).id;
    for (const city of (await request(stack.http).get('/api/v1/cities').expect(200)).body) cities[city.slug] = city.id;

    beds.lab = await createBed(tampereCoordinator, 'tampere', {
      name: { fi: 'Hervannan liikennelabra', sv: 'Trafiklabbet i Hervanta', en: 'Hervanta mobility lab' },
      description: { fi: 'Rivi 1\nRivi 2, "lainaus"' },
      address: { street: 'Hervannan valtaväylä 1', postalCode: '33720', municipality: 'Tampere' },
      capabilities: ['5g', 'lidar'],
      dataSets: [{ title: 'Liikennemäärät', url: 'https://data.tampere.fi/liikenne' }],
      cost: { kind: 'fee', amountCents: 50_000, unit: 'month' },
      contact: CONTACT,
    });
    beds.harbour = await createBed(tampereCoordinator, 'tampere', { name: { fi: 'Näsijärven satama' } });
    beds.draft = await createBed(tampereCoordinator, 'tampere', { name: { fi: 'Luonnos' } }, false);
    beds.archived = await createBed(tampereCoordinator, 'tampere', { name: { fi: 'Arkistoitu alusta' } });
    beds.helsinki = await createBed(helsinkiCoordinator, 'helsinki', { name: { fi: 'Kalasataman alusta' } });

    bookings.march = await book(beds.lab, '2027-03-01', '2027-03-31');
    bookings.oneDay = await book(beds.lab, '2027-05-10', '2027-05-10');
    bookings.requested = await book(beds.lab, '2027-04-01', '2027-04-02');
    bookings.declined = await book(beds.lab, '2027-04-05', '2027-04-06');
    bookings.cancelled = await book(beds.lab, '2027-06-01', '2027-06-02');
    bookings.harbour = await book(beds.harbour, '2027-02-10', '2027-02-12');
    bookings.archived = await book(beds.archived, '2027-07-01', '2027-07-03');
    bookings.helsinki = await book(beds.helsinki, '2027-03-15', '2027-03-16');
    for (const id of [bookings.march, bookings.oneDay, bookings.cancelled, bookings.harbour, bookings.archived]) await decide(tampereCoordinator, id, 'approve');
    await decide(helsinkiCoordinator, bookings.helsinki, 'approve');
    await decide(tampereCoordinator, bookings.declined, 'decline', { reason: 'Huoltokatko' });
    await decide(tampereCoordinator, bookings.cancelled, 'cancel', { reason: 'Suunnitelmat muuttuivat' });
    await request(stack.http).post(`/api/v1/testbeds/${beds.archived}/archive`).set(auth(tampereCoordinator)).expect(200);
  });
  afterAll(() => stack.close());

  function expectNothingPrivate(text: string) {
    for (const secret of [ORGANISATION, 'Salainen', PURPOSE, 'jakelurobotti', applicant.email, CONTACT.name, CONTACT.email, CONTACT.phone, 'Huoltokatko', 'Suunnitelmat']) {
      expect(text).not.toContain(secret);
    }
  }

  it('documents the feeds and the open data in OpenAPI, with their problems', async () => {
    const { body } = await request(stack.http).get('/docs-json').expect(200);
    const responses = (path: string) => Object.keys(body.paths[path]?.get?.responses ?? {});
    expect(responses('/api/v1/calendar/testbeds/{id}.ics')).toEqual(expect.arrayContaining(['200', '400', '404']));
    expect(responses('/api/v1/calendar/cities/{slug}.ics')).toEqual(expect.arrayContaining(['200', '400', '404']));
    expect(body.paths['/api/v1/calendar/testbeds/{id}.ics'].get.responses['200'].content).toHaveProperty(['text/calendar']);
    expect(responses('/api/v1/open-data/testbeds')).toEqual(expect.arrayContaining(['200', '400']));
    expect(body.paths['/api/v1/open-data/testbeds.csv'].get.responses['200'].content).toHaveProperty(['text/csv']);
  });

  describe('iCal feeds', () => {
    it('lists exactly the approved bookings of a bed as all-day events, with nothing private', async () => {
      const res = await request(stack.http).get(`/api/v1/calendar/testbeds/${beds.lab}.ics`).set('accept-language', 'fi').expect(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.headers).toMatchObject({ 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*', 'cross-origin-resource-policy': 'cross-origin' });
      const text = res.text;
      expect(text).toContain('X-WR-CALNAME:Hervannan liikennelabra — varaukset / bookings');
      expect(text).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
      expect(text).toContain('DTSTART;VALUE=DATE:20270301');
      expect(text).toContain('DTEND;VALUE=DATE:20270401');

      const found = events(text);
      expect(found.map((e) => e.uid).sort()).toEqual([`${bookings.march}@kokeilu`, `${bookings.oneDay}@kokeilu`].sort());
      const march = found.find((e) => e.uid === `${bookings.march}@kokeilu`);
      expect(march?.datetype).toBe('date');
      expect([day(march?.start), day(march?.end)]).toEqual(['2027-03-01', '2027-04-01']);
      expect(march?.summary).toBe('Varattu pilotille / Booked for a pilot — Hervannan liikennelabra');
      expect(march?.location).toBe('Hervannan valtaväylä 1, 33720 Tampere');
      expect(JSON.stringify(march?.url)).toContain(`/api/v1/testbeds/${beds.lab}`);
      const [{ decided_at: approvedAt }] = await stack.db.query(`SELECT decided_at FROM bookings WHERE id = $1`, [bookings.march]);
      expect(march?.dtstamp?.getTime()).toBe(new Date(approvedAt).setMilliseconds(0));
      const oneDay = found.find((e) => e.uid === `${bookings.oneDay}@kokeilu`);
      expect([day(oneDay?.start), day(oneDay?.end)]).toEqual(['2027-05-10', '2027-05-11']);
      expectNothingPrivate(text);
    });

    it('names the bed in the language asked for, by header or by lang', async () => {
      const sv = await request(stack.http).get(`/api/v1/calendar/testbeds/${beds.lab}.ics`).set('accept-language', 'sv-FI').expect(200);
      expect(sv.text).toContain('Booked for a pilot — Trafiklabbet i Hervanta');
      const en = await request(stack.http).get(`/api/v1/calendar/testbeds/${beds.lab}.ics`).query({ lang: 'en' }).set('accept-language', 'fi').expect(200);
      expect(en.text).toContain('Booked for a pilot — Hervanta mobility lab');
      await request(stack.http).get(`/api/v1/calendar/testbeds/${beds.lab}.ics`).query({ lang: 'de' }).expect(400);
    });

    it('serves an archived bed, but not a draft or an unknown bed', async () => {
      const archived = await request(stack.http).get(`/api/v1/calendar/testbeds/${beds.archived}.ics`).expect(200);
      expect(events(archived.text).map((e) => e.uid)).toEqual([`${bookings.archived}@kokeilu`]);
      const draft = await request(stack.http).get(`/api/v1/calendar/testbeds/${beds.draft}.ics`).expect(404);
      expect(draft.headers['content-type']).toMatch(/^application\/problem\+json/);
      await request(stack.http).get('/api/v1/calendar/testbeds/00000000-0000-4000-8000-000000000000.ics').expect(404);
      await request(stack.http).get('/api/v1/calendar/testbeds/not-a-uuid.ics').expect(400);
      // Without the suffix there is no feed.
      await request(stack.http).get(`/api/v1/calendar/testbeds/${beds.lab}`).expect(404);
    });

    it("lists the approved bookings of the city's published beds only", async () => {
      const res = await request(stack.http).get('/api/v1/calendar/cities/tampere.ics').expect(200);
      expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
      expect(res.text).toMatch(/^X-WR-CALNAME:Tampere: testialustojen varaukset \/ test-bed bookings\r?$/m);
      const found = events(res.text);
      expect(found.map((e) => e.uid).sort()).toEqual([bookings.march, bookings.oneDay, bookings.harbour].map((id) => `${id}@kokeilu`).sort());
      const harbour = found.find((e) => e.uid === `${bookings.harbour}@kokeilu`);
      expect([day(harbour?.start), day(harbour?.end)]).toEqual(['2027-02-10', '2027-02-13']);
      expectNothingPrivate(res.text);

      const helsinki = await request(stack.http).get('/api/v1/calendar/cities/helsinki.ics').expect(200);
      expect(events(helsinki.text).map((e) => e.uid)).toEqual([`${bookings.helsinki}@kokeilu`]);
      const empty = await request(stack.http).get('/api/v1/calendar/cities/oulu.ics').expect(200);
      expect(events(empty.text)).toEqual([]);
    });

    it('answers 404 for an unknown city and 400 for a malformed slug', async () => {
      const unknown = await request(stack.http).get('/api/v1/calendar/cities/atlantis.ics').expect(404);
      expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
      await request(stack.http).get('/api/v1/calendar/cities/Not_A_Slug.ics').expect(400);
    });
  });

  describe('open data', () => {
    const published = () => [beds.lab, beds.harbour, beds.helsinki].sort();

    it('serves the published beds as JSON in every language, with a licence and no contact data', async () => {
      const res = await request(stack.http).get('/api/v1/open-data/testbeds').expect(200);
      const body = res.body as OpenDataPage;
      expect(body.licence).toMatchObject({ id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' });
      expect(Date.now() - Date.parse(body.generatedAt)).toBeLessThan(60_000);
      expect(res.headers).toMatchObject({ link: '<https://creativecommons.org/licenses/by/4.0/>; rel="license"', 'access-control-allow-origin': '*' });
      expect(body.total).toBe(3);
      expect(body.nextCursor).toBeNull();
      expect(body.items.map((i) => i.id).sort()).toEqual(published());
      const lab = body.items.find((i) => i.id === beds.lab);
      expect(lab).toMatchObject({
        city: 'tampere',
        name: { fi: 'Hervannan liikennelabra', sv: 'Trafiklabbet i Hervanta', en: 'Hervanta mobility lab' },
        themes: ['mobility'],
        capabilities: ['5g', 'lidar'],
        location: { lon: 23.85, lat: 61.45 },
        address: { street: 'Hervannan valtaväylä 1', postalCode: '33720', municipality: 'Tampere' },
        availability: [{ start: '2027-01-01', end: '2027-12-31' }],
        capacity: 3,
        cost: { kind: 'fee', amountCents: 50_000, unit: 'month' },
        dataSets: [{ title: 'Liikennemäärät', url: 'https://data.tampere.fi/liikenne' }],
      });
      expect(lab?.calendarUrl).toMatch(new RegExp(`/api/v1/calendar/testbeds/${beds.lab}\\.ics$`));
      expect(lab).not.toHaveProperty('contact');
      expectNothingPrivate(res.text);
    });

    it('pages with a cursor through every published bed, and refuses a forged cursor', async () => {
      const first = (await request(stack.http).get('/api/v1/open-data/testbeds').query({ limit: 2 }).expect(200)).body as OpenDataPage;
      expect(first.items).toHaveLength(2);
      expect(first.total).toBe(3);
      const second = (await request(stack.http).get('/api/v1/open-data/testbeds').query({ limit: 2, cursor: first.nextCursor }).expect(200)).body as OpenDataPage;
      expect(second.nextCursor).toBeNull();
      expect([...first.items, ...second.items].map((i) => i.id).sort()).toEqual(published());
      const forged = await request(stack.http).get('/api/v1/open-data/testbeds').query({ cursor: 'bm90LWEtY3Vyc29y' }).expect(400);
      expect(forged.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
      await request(stack.http).get('/api/v1/open-data/testbeds').query({ limit: 0 }).expect(400);
    });

    it('serves the same beds as CSV, one row each under a header row', async () => {
      const res = await request(stack.http).get('/api/v1/open-data/testbeds.csv').buffer(true).parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8; header=present');
      expect(res.headers['content-disposition']).toMatch(/filename="kokeilu-testbeds\.csv"/);
      const bytes = res.body as Buffer;
      expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
      const text = bytes.toString('utf8');
      expect(text.split('\r\n')[0]).toMatch(/^id,url,calendar_url,city,name_fi,name_sv,name_en,summary_fi,/);
      expectNothingPrivate(text);

      const rows: Record<string, string>[] = parse(text, { columns: true });
      expect(rows.map((r) => r.id).sort()).toEqual(published());
      const json = (await request(stack.http).get('/api/v1/open-data/testbeds').expect(200)).body as OpenDataPage;
      for (const item of json.items) {
        const row = rows.find((r) => r.id === item.id);
        expect(row).toMatchObject({ city: item.city, name_fi: item.name.fi ?? '', name_sv: item.name.sv ?? '', name_en: item.name.en ?? '' });
      }
      expect(rows.find((r) => r.id === beds.lab)).toMatchObject({
        description_fi: 'Rivi 1\nRivi 2, "lainaus"',
        themes: 'mobility',
        capabilities: '5g;lidar',
        availability: '2027-01-01/2027-12-31',
        cost_amount_cents: '50000',
        lon: '23.85',
      });
    });
  });

  describe('JSON Schemas of the open data', () => {
    const ajv = new Ajv2020({ allErrors: true, formats: fullFormats });
    const errorsOf = (validate: ReturnType<Ajv2020['compile']>) => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');

    async function schemaAt(path: string) {
      const res = await request(stack.http).get(path).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/schema\+json/);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      const schema = JSON.parse(res.text) as { $id: string };
      expect(schema.$id).toMatch(new RegExp(`${path.replace(/\./g, '\\.')}$`));
      // Served again, a schema replaces the one compiled before from the same address.
      ajv.removeSchema(schema.$id);
      return ajv.compile(schema);
    }

    it('serves a schema beside the test beds that their pages validate against, and that fails on a page missing a field', async () => {
      const validate = await schemaAt('/api/v1/open-data/testbeds.schema.json');
      for (const limit of [1, 100]) {
        const page = (await request(stack.http).get('/api/v1/open-data/testbeds').query({ limit }).expect(200)).body as OpenDataPage;
        expect(page.items.length).toBeGreaterThan(0);
        expect(validate(page) ? '' : errorsOf(validate)).toBe('');
      }
      const page = (await request(stack.http).get('/api/v1/open-data/testbeds').expect(200)).body as OpenDataPage;
      const broken = structuredClone(page) as unknown as { items: Record<string, unknown>[] };
      delete broken.items[0].name;
      expect(validate(broken)).toBe(false);
      expect(validate({ ...page, items: [{ ...page.items[0], contact: { name: 'x' } }] })).toBe(false);
    });

    it('serves a schema beside the calls that their pages validate against, ranking basis included', async () => {
      const cityRows: { id: string }[] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
      const created = await request(stack.http).post('/api/v1/calls').set(auth(tampereCoordinator)).send(callBody(cityRows[0].id)).expect(201);
      await request(stack.http).post(`/api/v1/calls/${created.body.id}/publish`).set(auth(tampereCoordinator)).send({ version: created.body.version }).expect(200);
      const validate = await schemaAt('/api/v1/open-data/calls.schema.json');
      const page = (await request(stack.http).get('/api/v1/open-data/calls').expect(200)).body as { items: Record<string, unknown>[] };
      expect(page.items.find((c) => c.id === created.body.id)).toMatchObject({ rankingBasis: 'raw' });
      expect(validate(page) ? '' : errorsOf(validate)).toBe('');
      const broken = structuredClone(page);
      delete broken.items[0].budgetCents;
      expect(validate(broken)).toBe(false);
    });

    it('tells a two-stage call once, its first stage inside it, in every listing, feed and file of calls', async () => {
      const created = await request(stack.http)
        .post('/api/v1/calls')
        .set(auth(tampereCoordinator))
        .send(callBody(cities.tampere, { title: { fi: 'Kaksivaiheinen haku', en: 'Two-stage call' }, opensAt: at(DAY), closesAt: at(5 * DAY), reviewDeadline: at(10 * DAY) }))
        .expect(201);
      const callId = created.body.id as string;
      const stage = await request(stack.http)
        .put(`/api/v1/calls/${callId}/first-stage`)
        .set(auth(tampereCoordinator))
        .send({
          version: created.body.version,
          opensAt: at(-DAY),
          closesAt: at(DAY - 60_000),
          reviewDeadline: at(2 * DAY),
          criteria: [{ key: 'novelty', name: { fi: 'Uutuus' }, weight: 1, scale: { min: 0, max: 5, step: 1 }, threshold: 2 }],
          overallThreshold: 2,
          tieBreaks: [],
          reviewersPerApplication: 1,
          invitation: { sharePercent: 40 },
        })
        .expect(200);
      const ideasId = stage.body.firstStage.callId as string;
      await request(stack.http).post(`/api/v1/calls/${callId}/publish`).set(auth(tampereCoordinator)).send({ version: stage.body.version }).expect(200);

      // JSON: one item, the first stage inside it, valid against the served schema; no item of its own.
      const validate = await schemaAt('/api/v1/open-data/calls.schema.json');
      const page = (await request(stack.http).get('/api/v1/open-data/calls').query({ limit: 100 }).expect(200)).body as { total: number; items: Record<string, unknown>[] };
      expect(page.items.map((c) => c.id)).not.toContain(ideasId);
      expect(page.total).toBe(page.items.length);
      const item = page.items.find((c) => c.id === callId)!;
      expect(item.firstStage).toEqual({
        callId: ideasId,
        state: 'open',
        opensAt: stage.body.firstStage.opensAt,
        closesAt: stage.body.firstStage.closesAt,
        reviewDeadline: stage.body.firstStage.reviewDeadline,
        invitation: { sharePercent: 40 },
      });
      expect(page.items.filter((c) => c.id !== callId).every((c) => c.firstStage === null)).toBe(true);
      expect(validate(page) ? '' : errorsOf(validate)).toBe('');
      const broken = structuredClone(page);
      delete (broken.items.find((c) => c.id === callId)!.firstStage as Record<string, unknown>).invitation;
      expect(validate(broken)).toBe(false);
      const both = structuredClone(page);
      (both.items.find((c) => c.id === callId)!.firstStage as Record<string, unknown>).invitation = { count: 2, sharePercent: 40 };
      expect(validate(both)).toBe(false);

      // CSV: the same one row, with the first stage in its columns.
      const rows = parse((await request(stack.http).get('/api/v1/open-data/calls.csv').expect(200)).text, { columns: true }) as Record<string, string>[];
      expect(rows.map((r) => r.id)).not.toContain(ideasId);
      expect(rows.find((r) => r.id === callId)).toMatchObject({
        first_stage_call_id: ideasId,
        first_stage_opens_at: stage.body.firstStage.opensAt,
        first_stage_closes_at: stage.body.firstStage.closesAt,
        first_stage_invitation: 'share:40',
      });

      // The public list of calls has the call only; the deadline feed has the ideas' dates under the call's address.
      const listed = (await request(stack.http).get('/api/v1/calls').query({ limit: 100 }).expect(200)).body.items as { id: string }[];
      expect(listed.map((c) => c.id)).toEqual(expect.arrayContaining([callId]));
      expect(listed.map((c) => c.id)).not.toContain(ideasId);
      const feed = events((await request(stack.http).get('/api/v1/calendar/calls.ics').query({ lang: 'en' }).expect(200)).text);
      expect(feed.filter((e) => String(e.uid).includes(ideasId))).toEqual([]);
      const ofCall = feed.filter((e) => String(e.uid).startsWith(`call-${callId}-`));
      // iCalendar times are to the second.
      const second = (at: string | Date) => new Date(at).toISOString().slice(0, 19);
      expect(ofCall.map((e) => [e.uid, second(e.start)]).sort()).toEqual(
        [
          [`call-${callId}-ideas-close@kokeilu`, second(stage.body.firstStage.closesAt)],
          [`call-${callId}-ideas-open@kokeilu`, second(stage.body.firstStage.opensAt)],
          [`call-${callId}-closes@kokeilu`, second(created.body.closesAt)],
          [`call-${callId}-opens@kokeilu`, second(created.body.opensAt)],
        ].sort(),
      );
      for (const event of ofCall) expect(JSON.stringify(event.url)).toContain(`/api/v1/calls/${callId}"`);
      expect(ofCall.find((e) => e.uid === `call-${callId}-ideas-close@kokeilu`)?.summary).toBe('Ideavaihe sulkeutuu / First stage (ideas) closes: Two-stage call');

      // Once the ideas are decided, the first stage is no decided call in the programme's results and has none of its own.
      const before = (await request(stack.http).get('/api/v1/programme/results').expect(200)).body as { calls: number };
      await stack.db.query(`UPDATE calls SET state = 'decided', closed_at = now() WHERE id = $1`, [ideasId]);
      expect((await request(stack.http).get('/api/v1/programme/results').expect(200)).body.calls).toBe(before.calls);
      const none = await request(stack.http).get(`/api/v1/calls/${ideasId}/results`).expect(404);
      expect(none.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(none.body).toMatchObject({ secondStageId: callId });
      expect(none.body.detail).toMatch(/first stage/);
      const decided = (await request(stack.http).get('/api/v1/open-data/calls').query({ limit: 100 }).expect(200)).body as { items: Record<string, unknown>[] };
      expect(decided.items.find((c) => c.id === callId)).toMatchObject({ state: 'scheduled', firstStage: { callId: ideasId, state: 'decided' } });
    });
  });

  describe('line breaks in names', () => {
    const INJECTED = 'Laituri\r\nX-INJECTED:1\nATTENDEE:mailto:victim@example.com\rDESCRIPTION:forged';
    let bed: string;
    let turkuCoordinator: TestUser;

    beforeAll(async () => {
      turkuCoordinator = await registerUser(stack);
      await grantRole(stack, turkuCoordinator.id, 'coordinator', 'turku');
      bed = await createBed(turkuCoordinator, 'turku', {
        name: { fi: INJECTED, en: INJECTED },
        address: { street: 'Linnankatu 1\r\nX-STREET:1', postalCode: '20100', municipality: 'Turku' },
      });
      await decide(turkuCoordinator, await book(bed, '2027-08-01', '2027-08-02'), 'approve');
    });

    it('keeps a bed name with CR/LF on one line in every iCal feed: no property of its own', async () => {
      for (const path of [`/api/v1/calendar/testbeds/${bed}.ics`, '/api/v1/calendar/cities/turku.ics']) {
        const { text } = await request(stack.http).get(path).expect(200);
        const lines = text.split(/\r\n|\r|\n/);
        for (const forged of ['X-INJECTED', 'ATTENDEE', 'DESCRIPTION', 'X-STREET']) expect(lines.filter((l) => l.startsWith(forged))).toEqual([]);
        const [event] = events(text);
        expect(event.summary).toBe('Varattu pilotille / Booked for a pilot — Laituri X-INJECTED:1 ATTENDEE:mailto:victim@example.com DESCRIPTION:forged');
        expect(event.location).toBe('Linnankatu 1 X-STREET:1, 20100 Turku');
        expect(event).not.toHaveProperty('attendee');
      }
      const own = await request(stack.http).get(`/api/v1/calendar/testbeds/${bed}.ics`).expect(200);
      const unfolded = own.text.replace(/\r\n[ \t]/g, '');
      expect(unfolded).toMatch(/^X-WR-CALNAME:Laituri X-INJECTED:1 ATTENDEE:mailto:victim@example\.com DESCRIPTION:forged — varaukset \/ bookings\r?$/m);
    });

    it('keeps such a name inside its one CSV cell', async () => {
      const { text } = await request(stack.http).get('/api/v1/open-data/testbeds.csv').expect(200);
      const rows: Record<string, string>[] = parse(text, { columns: true });
      expect(rows.find((r) => r.id === bed)).toMatchObject({ name_fi: INJECTED.trim() });
      expect(rows.every((r) => /^[0-9a-f-]{36}$/.test(r.id))).toBe(true);
    });
  });
});

describe('links in open data and feeds without PUBLIC_URL', () => {
  let stack: Stack;
  afterAll(() => stack.close());

  it('name the address the API actually serves, not a port it does not listen on', async () => {
    stack = await startStack({ env: { HOST: '127.0.0.1', PORT: '0' } });
    await stack.api.listen({ host: '127.0.0.1', port: 0 });
    const { port } = stack.api.getHttpServer().address() as { port: number };
    const base = `http://127.0.0.1:${port}`;
    const ics = await fetch(`${base}/api/v1/calendar/calls.ics`);
    expect(ics.status).toBe(200);
    expect(await ics.text()).toMatch(new RegExp(`^URL(;VALUE=URI)?:${base}/api/v1/calendar/calls\\.ics\\r?$`, 'm'));
    const [{ id: cityId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'oulu'`);
    const coordinator = await registerUser(stack);
    await grantRole(stack, coordinator.id, 'coordinator', 'oulu');
    const bed = await request(stack.http)
      .post('/api/v1/testbeds')
      .set({ authorization: `Bearer ${coordinator.token}` })
      .send({ cityId, name: { fi: 'Satama' }, summary: { fi: 'Alusta' }, location: { lon: 25.47, lat: 65.01 }, themes: ['mobility'], capacity: 1, availability: [{ start: '2027-01-01', end: '2027-12-31' }] })
      .expect(201);
    await request(stack.http).post(`/api/v1/testbeds/${bed.body.id}/publish`).set({ authorization: `Bearer ${coordinator.token}` }).expect(200);
    const page = (await (await fetch(`${base}/api/v1/open-data/testbeds`)).json()) as OpenDataPage;
    expect(page.items[0]).toMatchObject({ url: `${base}/api/v1/testbeds/${bed.body.id}`, calendarUrl: `${base}/api/v1/calendar/testbeds/${bed.body.id}.ics` });
  });
});
