import request from 'supertest';
import { createAdmin, grantRole, registerUser, TestUser } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

interface Bed {
  id: string;
  version: number;
  state: string;
  name: string;
  language: string;
  summary: string | null;
  translations?: { name: Record<string, string> };
}

const API = '/api/v1/testbeds';

/** Everything publishing needs; tests override what they look at. */
function completeBed(cityId: string, overrides: Record<string, unknown> = {}) {
  return {
    cityId,
    name: { fi: 'Hervannan kehitysalusta' },
    summary: { fi: 'Alusta yritysten pilotoinneille' },
    location: { lon: 23.85, lat: 61.45 },
    themes: ['mobility'],
    availability: [{ start: '2026-05-01', end: '2026-09-30' }],
    ...overrides,
  };
}

describe('test beds', () => {
  let stack: Stack;
  let admin: TestUser;
  let helsinkiCoordinator: TestUser;
  let tampereCoordinator: TestUser;
  let applicant: TestUser;
  const cities: Record<string, string> = {};

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const ids = (body: { items: { id: string }[] }) => body.items.map((i) => i.id);

  async function create(user: TestUser, body: Record<string, unknown>): Promise<Bed> {
    const res = await request(stack.http).post(API).set(auth(user)).send(body).expect(201);
    return res.body;
  }

  async function publish(user: TestUser, bed: Bed): Promise<Bed> {
    const res = await request(stack.http).post(`${API}/${bed.id}/publish`).set(auth(user)).expect(200);
    return res.body;
  }

  async function search(query: Record<string, string | string[] | number>, headers: Record<string, string> = {}) {
    const res = await request(stack.http).get(API).query(query).set(headers).expect(200);
    return res.body as { items: Bed[]; total: number; nextCursor: string | null };
  }

  beforeAll(async () => {
    stack = await startStack();
    [admin, helsinkiCoordinator, tampereCoordinator, applicant] = await Promise.all([createAdmin(stack), registerUser(stack), registerUser(stack), registerUser(stack)]);
    await grantRole(stack, helsinkiCoordinator.id, 'coordinator', 'helsinki');
    await grantRole(stack, tampereCoordinator.id, 'coordinator', 'tampere');
    for (const city of (await request(stack.http).get('/api/v1/cities').expect(200)).body) cities[city.slug] = city.id;
  });
  afterAll(() => stack.close());

  it('documents the routes, the search parameters and the problems in OpenAPI', async () => {
    const { body } = await request(stack.http).get('/docs-json').expect(200);
    const list = body.paths['/api/v1/testbeds'];
    expect(list.get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'city', 'theme', 'capability', 'cost', 'availableFrom', 'availableTo', 'bbox', 'sort', 'lang', 'limit', 'cursor', 'accept-language']),
    );
    expect(Object.keys(list.get.responses)).toEqual(expect.arrayContaining(['200', '400']));
    expect(Object.keys(list.post.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403']));
    expect(Object.keys(body.paths['/api/v1/testbeds/{id}'].patch.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '409', '422']));
    expect(body.paths['/api/v1/testbeds/{id}/publish'].post.responses['200']).toBeDefined();
    expect(body.paths['/api/v1/testbeds/{id}/archive'].post.responses['200']).toBeDefined();
    expect(body.components.schemas.TestbedDto.properties).toHaveProperty('translations');
  });

  describe('bad input is a 400 naming the field', () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['no name', { name: {} }, 'name'],
      ['a name in no supported language', { name: { de: 'Versuch' } }, 'name.de'],
      ['an overlong name', { name: { fi: 'x'.repeat(201) } }, 'name.fi'],
      ['a fee without an amount', { cost: { kind: 'fee', unit: 'day' } }, 'cost.amountCents'],
      ['an amount on a free bed', { cost: { kind: 'free', amountCents: 100 } }, 'cost.amountCents'],
      ['overlapping windows', { availability: [{ start: '2026-05-01', end: '2026-05-31' }, { start: '2026-05-15', end: '2026-06-15' }] }, 'availability[1]'],
      ['a window ending before it starts', { availability: [{ start: '2026-05-02', end: '2026-05-01' }] }, 'availability[0].end'],
      ['an impossible date', { availability: [{ start: '2026-02-30', end: '2026-03-01' }] }, 'availability[0].start'],
      ['a longitude out of range', { location: { lon: 200, lat: 60 } }, 'location.lon'],
      ['an unknown theme', { themes: ['space'] }, 'themes'],
      ['a capacity of 0', { capacity: 0 }, 'capacity'],
      ['an http image', { images: ['http://kuvat.example.fi/a.jpg'] }, 'images'],
      ['an unknown field', { colour: 'blue' }, 'colour'],
    ];
    it.each(cases)('refuses %s', async (_what, overrides, field) => {
      const res = await request(stack.http).post(API).set(auth(helsinkiCoordinator)).send(completeBed(cities.helsinki, overrides)).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('refuses bad search parameters', async () => {
      const bad: [Record<string, string>, string][] = [
        [{ bbox: '1,2,3' }, 'bbox'],
        [{ bbox: '25,60,24,61' }, 'bbox'],
        [{ bbox: 'a,b,c,d' }, 'bbox'],
        [{ bbox: '0,-95,10,10' }, 'bbox'],
        [{ theme: 'space' }, 'theme'],
        [{ cost: 'cheap' }, 'cost'],
        [{ availableFrom: '2026-06-10', availableTo: '2026-06-01' }, 'availableTo'],
        [{ availableFrom: 'tomorrow' }, 'availableFrom'],
        [{ sort: 'relevance' }, 'sort'],
        [{ sort: 'price' }, 'sort'],
        [{ city: 'Not a slug!' }, 'city'],
        [{ cursor: 'garbage' }, 'cursor'],
        [{ cursor: Buffer.from(JSON.stringify(['relevance:1', 'x'])).toString('base64url') }, 'cursor'],
        [{ limit: '101' }, 'limit'],
        [{ lang: 'de' }, 'lang'],
        [{ view: 'short' }, 'view'],
      ];
      for (const [query, field] of bad) {
        const res = await request(stack.http).get(API).query(query).expect(400);
        expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
      }
    });
  });

  describe('who may do what', () => {
    it('lets only the city coordinators and admins create beds', async () => {
      const body = completeBed(cities.helsinki);
      const draft = await create(helsinkiCoordinator, body);
      expect(draft).toMatchObject({ state: 'draft', version: 1, cityId: cities.helsinki, citySlug: 'helsinki', translations: { name: body.name } });
      await create(admin, body);
      await request(stack.http).post(API).set(auth(tampereCoordinator)).send(body).expect(403);
      await request(stack.http).post(API).set(auth(applicant)).send(body).expect(403);
      await request(stack.http).post(API).send(body).expect(401);
    });

    it('hides drafts from the public and other cities, by id and in the search', async () => {
      const draft = await create(helsinkiCoordinator, completeBed(cities.helsinki, { name: { fi: 'Salainen luonnosalusta' } }));
      await request(stack.http).get(`${API}/${draft.id}`).expect(404);
      await request(stack.http).get(`${API}/${draft.id}`).set(auth(applicant)).expect(404);
      await request(stack.http).get(`${API}/${draft.id}`).set(auth(tampereCoordinator)).expect(404);
      await request(stack.http).get(`${API}/${draft.id}`).set(auth(helsinkiCoordinator)).expect(200);
      await request(stack.http).get(`${API}/${draft.id}`).set(auth(admin)).expect(200);
      expect((await search({ q: 'luonnosalusta' })).total).toBe(0);
      await publish(helsinkiCoordinator, draft);
      expect(ids(await search({ q: 'luonnosalusta' }))).toEqual([draft.id]);
    });

    it('answers a coordinator of another city 404 on a draft and 403 on a published bed', async () => {
      const bed = await create(helsinkiCoordinator, completeBed(cities.helsinki));
      const path = `${API}/${bed.id}`;
      await request(stack.http).patch(path).set(auth(tampereCoordinator)).send({ version: 1, capacity: 5 }).expect(404);
      await request(stack.http).post(`${path}/publish`).set(auth(tampereCoordinator)).expect(404);
      await request(stack.http).post(`${path}/archive`).set(auth(tampereCoordinator)).expect(404);
      const published = await publish(helsinkiCoordinator, bed);
      await request(stack.http).patch(path).set(auth(tampereCoordinator)).send({ version: published.version, capacity: 5 }).expect(403);
      await request(stack.http).patch(path).set(auth(applicant)).send({ version: published.version, capacity: 5 }).expect(403);
      await request(stack.http).post(`${path}/archive`).set(auth(tampereCoordinator)).expect(403);
      await request(stack.http).patch(path).send({ version: published.version, capacity: 5 }).expect(401);
      const after = await request(stack.http).get(path).expect(200);
      expect(after.body).toMatchObject({ capacity: 1, state: 'published' });
      await request(stack.http).patch(path).set(auth(admin)).send({ version: published.version, capacity: 5 }).expect(200);
    });
  });

  describe("a city's beds in every state", () => {
    it('lists drafts, published and archived beds by name to the city coordinators and admins, by state and a page at a time', async () => {
      const slug = `kunta-${Date.now().toString(36)}`;
      const city = await request(stack.http).post('/api/v1/cities').set(auth(admin)).send({ slug, name: { fi: 'Kuntala' } }).expect(201);
      const coordinator = await registerUser(stack);
      await grantRole(stack, coordinator.id, 'coordinator', slug);
      const draft = await create(coordinator, completeBed(city.body.id, { name: { fi: 'Bravo', en: 'Bravo lab' } }));
      const published = await publish(coordinator, await create(coordinator, completeBed(city.body.id, { name: { fi: 'Alfa' } })));
      const archived = await create(coordinator, completeBed(city.body.id, { name: { fi: 'Charlie' } }));
      await request(stack.http).post(`${API}/${archived.id}/archive`).set(auth(coordinator)).expect(200);
      const list = (query: Record<string, string | number> = {}, user = coordinator) =>
        request(stack.http).get(`/api/v1/cities/${city.body.id}/testbeds`).query(query).set(auth(user)).set('accept-language', 'fi');

      const all = (await list().expect(200)).body;
      expect(all).toMatchObject({ total: 3, page: 1, limit: 20 });
      expect(all.items.map((bed: Bed) => [bed.name, bed.state])).toEqual([
        ['Alfa', 'published'],
        ['Bravo', 'draft'],
        ['Charlie', 'archived'],
      ]);
      expect(all.items[1].translations.name).toEqual({ fi: 'Bravo', en: 'Bravo lab' });
      expect(ids((await list({ state: 'draft' }).expect(200)).body)).toEqual([draft.id]);
      expect(ids((await list({}, admin).expect(200)).body)).toEqual([published.id, draft.id, archived.id]);
      const second = (await list({ limit: 2, page: 2 }).expect(200)).body;
      expect(second).toMatchObject({ total: 3, page: 2, limit: 2 });
      expect(ids(second)).toEqual([archived.id]);
      expect((await list({ limit: 2, page: 3 }).expect(200)).body).toMatchObject({ total: 3, items: [] });

      await list({}, helsinkiCoordinator).expect(403);
      await list({}, applicant).expect(403);
      await request(stack.http).get(`/api/v1/cities/${city.body.id}/testbeds`).expect(401);
      const bad = await list({ state: 'lost' }).expect(400);
      expect(JSON.stringify(bad.body.errors)).toContain('state');
    });
  });

  describe('life cycle', () => {
    it('publishes a complete draft and archives it; illegal transitions get 409; every change is audited', async () => {
      const draft = await create(helsinkiCoordinator, { cityId: cities.helsinki, name: { fi: 'Keskeneräinen alusta' } });
      const path = `${API}/${draft.id}`;
      const incomplete = await request(stack.http).post(`${path}/publish`).set(auth(helsinkiCoordinator)).expect(422);
      expect(incomplete.body.errors.map((e: { field: string }) => e.field)).toEqual(['summary', 'location', 'themes', 'availability']);

      const { cityId: _cityId, name: _name, ...rest } = completeBed(cities.helsinki);
      const edited = await request(stack.http).patch(path).set(auth(helsinkiCoordinator)).send({ version: 1, ...rest }).expect(200);
      expect(edited.body).toMatchObject({ version: 2, summary: 'Alusta yritysten pilotoinneille', themes: ['mobility'] });

      const stale = await request(stack.http).post(`${path}/publish`).set(auth(helsinkiCoordinator)).send({ version: 1 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', current: expect.objectContaining({ version: 2, state: 'draft' }) });

      const published = await request(stack.http).post(`${path}/publish`).set(auth(helsinkiCoordinator)).send({ version: 2 }).expect(200);
      expect(published.body).toMatchObject({ state: 'published', version: 3, publishedAt: expect.any(String) });
      await request(stack.http).post(`${path}/publish`).set(auth(helsinkiCoordinator)).expect(409);

      const emptied = await request(stack.http).patch(path).set(auth(helsinkiCoordinator)).send({ version: 3, themes: [] }).expect(422);
      expect(emptied.body.errors).toEqual([expect.objectContaining({ field: 'themes' })]);

      const archived = await request(stack.http).post(`${path}/archive`).set(auth(helsinkiCoordinator)).expect(200);
      expect(archived.body).toMatchObject({ state: 'archived', version: 4, archivedAt: expect.any(String) });
      await request(stack.http).post(`${path}/archive`).set(auth(helsinkiCoordinator)).expect(409);
      await request(stack.http).post(`${path}/publish`).set(auth(helsinkiCoordinator)).expect(409);
      const frozen = await request(stack.http).patch(path).set(auth(helsinkiCoordinator)).send({ version: 4, capacity: 2 }).expect(409);
      expect(frozen.body.detail).toMatch(/archived/);

      // Archived beds stay readable by id for the record but leave the search.
      await request(stack.http).get(path).expect(200);
      expect(ids(await search({ q: 'keskeneräinen' }))).not.toContain(draft.id);

      const audit = await request(stack.http).get('/api/v1/audit').query({ entityId: draft.id }).set(auth(helsinkiCoordinator)).expect(200);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['testbed.archived', 'testbed.published', 'testbed.updated', 'testbed.created']);
      for (const event of audit.body.items) {
        expect(event).toMatchObject({ entityType: 'testbed', cityId: cities.helsinki, actorId: helsinkiCoordinator.id, actorName: `Test ${helsinkiCoordinator.email}` });
      }
      expect(audit.body.items[2]).toMatchObject({ before: expect.objectContaining({ version: 1, themes: [] }), after: expect.objectContaining({ version: 2, themes: ['mobility'] }) });
      const hidden = await request(stack.http).get('/api/v1/audit').query({ entityId: draft.id }).set(auth(tampereCoordinator)).expect(200);
      expect(hidden.body.total).toBe(0);
    });

    it('archives a draft directly', async () => {
      const draft = await create(helsinkiCoordinator, { cityId: cities.helsinki, name: { en: 'Never mind' } });
      const res = await request(stack.http).post(`${API}/${draft.id}/archive`).set(auth(helsinkiCoordinator)).expect(200);
      expect(res.body.state).toBe('archived');
    });

    it('refuses a stale edit with 409 and the current bed, and keeps the newer edit', async () => {
      const bed = await create(helsinkiCoordinator, completeBed(cities.helsinki));
      const path = `${API}/${bed.id}`;
      await request(stack.http).patch(path).set(auth(helsinkiCoordinator)).send({ version: 1, capacity: 3 }).expect(200);
      const stale = await request(stack.http).patch(path).set(auth(helsinkiCoordinator)).send({ version: 1, capacity: 7 }).expect(409);
      expect(stale.body).toMatchObject({ code: 'stale_version', current: expect.objectContaining({ version: 2, capacity: 3, translations: expect.any(Object) }) });
      const now = await request(stack.http).get(path).set(auth(helsinkiCoordinator)).expect(200);
      expect(now.body).toMatchObject({ version: 2, capacity: 3 });
    });

    it('replaces only the fields sent and clears optional ones with null', async () => {
      const bed = await create(helsinkiCoordinator, completeBed(cities.helsinki, { cost: { kind: 'fee', amountCents: 25000, unit: 'week' }, capabilities: ['5G', 'Lidar', 'lidar'] }));
      expect(bed).toMatchObject({ cost: { kind: 'fee', amountCents: 25000, unit: 'week' }, capabilities: ['5g', 'lidar'] });
      const res = await request(stack.http).patch(`${API}/${bed.id}`).set(auth(helsinkiCoordinator)).send({ version: 1, cost: null }).expect(200);
      expect(res.body).toMatchObject({ cost: null, capabilities: ['5g', 'lidar'], themes: ['mobility'] });
    });
  });

  describe('search', () => {
    const bed: Record<string, string> = {};

    beforeAll(async () => {
      const turku = cities.turku;
      const at = { lon: 22.27, lat: 60.45 };
      const corpus: Record<string, Record<string, unknown>> = {
        traffic: {
          name: { fi: 'Liikennekokeilu satamassa' },
          summary: { fi: 'Älykkäät liikennevalot ja sensorit' },
          themes: ['mobility', 'data_and_ai'],
          capabilities: ['5g', 'lidar'],
          cost: { kind: 'free' },
          availability: [{ start: '2026-05-01', end: '2026-08-31' }],
        },
        pilot: {
          name: { fi: 'Kaupunkilaboratorio' },
          summary: { fi: 'Yksi kokeilu kerrallaan' },
          themes: ['participation'],
          cost: { kind: 'negotiable' },
          availability: [
            { start: '2026-05-01', end: '2026-05-31' },
            { start: '2026-07-01', end: '2026-07-31' },
          ],
        },
        harbour: {
          name: { sv: 'Hamnlabbet' },
          summary: { sv: 'Självkörande bussar i hamnen' },
          themes: ['mobility'],
          location: { lon: 24.95, lat: 60.16 },
          cost: { kind: 'fee', amountCents: 10000, unit: 'day' },
        },
        scooters: {
          name: { en: 'Micromobility hub' },
          summary: { en: 'Electric scooters shared in the harbour' },
          themes: ['energy'],
          capabilities: ['5g'],
        },
        solarName: {
          name: { fi: 'Aurinkopaneelit katolla' },
          summary: { fi: 'Energiaa kerrostalon katolta' },
          themes: ['energy'],
        },
        solarText: {
          name: { fi: 'Energiakortteli' },
          summary: { fi: 'Asuinalueen energiakokeilu' },
          description: { fi: 'Kortteliin asennetaan aurinkopaneelit ja akusto.' },
          themes: ['energy'],
        },
      };
      for (const [key, overrides] of Object.entries(corpus)) {
        const created = await create(admin, completeBed(turku, { location: at, availability: [{ start: '2027-01-01', end: '2027-12-31' }], ...overrides }));
        await publish(admin, created);
        bed[key] = created.id;
      }
    });

    const inTurku = (query: Record<string, string | string[]>) => search({ city: 'turku', ...query });

    it('finds a Finnish compound by its first part', async () => {
      expect(ids(await inTurku({ q: 'liikenne' }))).toEqual([bed.traffic]);
    });

    it('finds a Finnish word by an inflected form, and inside compounds', async () => {
      expect(ids(await inTurku({ q: 'kokeiluja' })).sort()).toEqual([bed.traffic, bed.pilot, bed.solarText].sort());
      expect(ids(await inTurku({ q: 'kokeilu' })).sort()).toEqual([bed.traffic, bed.pilot, bed.solarText].sort());
    });

    it('finds Swedish and English words by other forms', async () => {
      expect(ids(await inTurku({ q: 'bussen' }))).toEqual([bed.harbour]);
      expect(ids(await inTurku({ q: 'scooter' }))).toEqual([bed.scooters]);
      expect(ids(await inTurku({ q: 'harbour' }))).toEqual([bed.scooters]);
    });

    it('needs every word, ignores stop words and ranks a name above a description', async () => {
      expect(ids(await inTurku({ q: 'liikenne sensorit' }))).toEqual([bed.traffic]);
      expect(ids(await inTurku({ q: 'liikenne bussen' }))).toEqual([]);
      expect(ids(await inTurku({ q: 'liikenne ja the' }))).toEqual([bed.traffic]);
      const solar = await inTurku({ q: 'aurinkopaneeli' });
      expect(ids(solar)).toEqual([bed.solarName, bed.solarText]);
      expect(solar.total).toBe(2);
    });

    it('finds capability tags by prefix and ranks a word inside a compound of the name first', async () => {
      expect(ids(await inTurku({ q: 'lidar' }))).toEqual([bed.traffic]);
      expect(ids(await inTurku({ q: '5g' })).sort()).toEqual([bed.traffic, bed.scooters].sort());
      expect(ids(await inTurku({ q: 'kokeilu' }))[0]).toBe(bed.traffic);
    });

    it('follows every change of a bed at once: publishing, an edit of its texts, other edits and archiving', async () => {
      const created = await create(admin, completeBed(cities.espoo, { name: { fi: 'Vesihuoltolaboratorio', sv: 'Vattenlabbet' }, summary: { sv: 'Vattenledningar' } }));
      const path = `${API}/${created.id}`;
      expect((await search({ q: 'vesihuolto' })).total).toBe(0);
      const published = await publish(admin, created);
      expect(ids(await search({ q: 'vesihuolto' }))).toEqual([created.id]);
      expect(ids(await search({ q: 'laboratorio vattenledning' }))).toEqual([created.id]);

      const renamed = await request(stack.http).patch(path).set(auth(admin)).send({ version: published.version, name: { fi: 'Jätevesikokeilu', sv: 'Vattenlabbet' } }).expect(200);
      expect((await search({ q: 'vesihuolto' })).total).toBe(0);
      expect(ids(await search({ q: 'jätevesi' }))).toEqual([created.id]);
      expect(ids(await search({ q: 'vesikokeilu' }))).toEqual([created.id]);
      expect(ids(await search({ q: 'vattenledningar' }))).toEqual([created.id]);

      const resized = await request(stack.http).patch(path).set(auth(admin)).send({ version: renamed.body.version, capacity: 4, capabilities: ['Kaukolämpö'] }).expect(200);
      expect(ids(await search({ q: 'jätevesi' }))).toEqual([created.id]);
      expect(ids(await search({ q: 'kaukolämpö' }))).toEqual([created.id]);

      await request(stack.http).post(`${path}/archive`).set(auth(admin)).send({ version: resized.body.version }).expect(200);
      expect((await search({ q: 'jätevesi' })).total).toBe(0);
      expect((await search({ q: 'kaukolämpö' })).total).toBe(0);
    });

    it('lists summaries by default and whole beds with view=full', async () => {
      const summary = await request(stack.http).get(API).query({ city: 'turku', q: 'energiakortteli' }).expect(200);
      const [listed] = summary.body.items as Record<string, unknown>[];
      expect(listed).toMatchObject({ id: bed.solarText, name: 'Energiakortteli', summary: 'Asuinalueen energiakokeilu', themes: ['energy'], location: { lon: 22.27, lat: 60.45 } });
      for (const field of ['description', 'terms', 'dataSets', 'contact', 'images', 'translations']) expect(listed).not.toHaveProperty(field);

      const full = await request(stack.http).get(API).query({ city: 'turku', q: 'energiakortteli', view: 'full' }).expect(200);
      expect(full.body.items[0]).toMatchObject({ id: bed.solarText, description: 'Kortteliin asennetaan aurinkopaneelit ja akusto.', dataSets: [], images: [] });
      expect(summary.text.length).toBeLessThan(full.text.length);

      const all = await request(stack.http).get(API).query({ city: 'turku', q: 'energiakortteli', lang: 'all' }).expect(200);
      expect(all.body.items[0].translations).toEqual({ name: { fi: 'Energiakortteli' }, summary: { fi: 'Asuinalueen energiakokeilu' } });
    });

    it('treats a query with no words as no query', async () => {
      expect((await inTurku({ q: '%_*:!' })).total).toBe(6);
    });

    it('filters by theme (any of), capability (all of), cost and city', async () => {
      expect(ids(await inTurku({ theme: 'mobility' })).sort()).toEqual([bed.traffic, bed.harbour].sort());
      expect(ids(await inTurku({ theme: ['participation', 'mobility'] })).sort()).toEqual([bed.traffic, bed.pilot, bed.harbour].sort());
      expect(ids(await inTurku({ theme: 'participation,mobility' })).sort()).toEqual([bed.traffic, bed.pilot, bed.harbour].sort());
      expect(ids(await inTurku({ capability: '5G' })).sort()).toEqual([bed.traffic, bed.scooters].sort());
      expect(ids(await inTurku({ capability: ['5g', 'lidar'] }))).toEqual([bed.traffic]);
      expect(ids(await inTurku({ cost: 'fee' }))).toEqual([bed.harbour]);
      expect(ids(await inTurku({ cost: 'free' }))).toEqual([bed.traffic]);
      expect((await search({ city: cities.turku })).total).toBe(6);
      expect((await search({ city: 'lahti' })).total).toBe(0);
    });

    it('filters by a map bounding box', async () => {
      expect(ids(await inTurku({ bbox: '24.8,60.1,25.2,60.3' }))).toEqual([bed.harbour]);
      expect((await inTurku({ bbox: '22.0,60.3,22.5,60.6' })).total).toBe(5);
      expect((await inTurku({ bbox: '-10,-10,10,10' })).total).toBe(0);
    });

    it('filters by a period that one window covers whole', async () => {
      expect(ids(await inTurku({ availableFrom: '2026-06-01', availableTo: '2026-06-30' }))).toEqual([bed.traffic]);
      expect(ids(await inTurku({ availableFrom: '2026-05-10', availableTo: '2026-05-20' })).sort()).toEqual([bed.traffic, bed.pilot].sort());
      // The pilot bed is free in May and in July but not through June, so it does not cover the period.
      expect(ids(await inTurku({ availableFrom: '2026-05-20', availableTo: '2026-07-10' }))).toEqual([bed.traffic]);
      expect((await inTurku({ availableFrom: '2027-03-01' })).total).toBe(4);
    });

    it('picks the language by Accept-Language, with a fallback, and gives all with lang=all', async () => {
      const trilingual = await create(tampereCoordinator, completeBed(cities.tampere, { name: { fi: 'Kolmikielinen', sv: 'Trespråkig', en: 'Trilingual' }, summary: { fi: 'Kuvaus', sv: 'Beskrivning' } }));
      const bilingual = await create(tampereCoordinator, completeBed(cities.tampere, { name: { fi: 'Kaksikielinen', sv: 'Tvåspråkig' } }));
      await publish(tampereCoordinator, trilingual);
      await publish(tampereCoordinator, bilingual);
      const get = async (id: string, headers: Record<string, string>, query: Record<string, string> = {}) =>
        (await request(stack.http).get(`${API}/${id}`).query(query).set(headers).expect(200)).body as Bed;

      expect(await get(trilingual.id, { 'accept-language': 'sv-FI' })).toMatchObject({ name: 'Trespråkig', language: 'sv', summary: 'Beskrivning' });
      expect(await get(trilingual.id, { 'accept-language': 'fi-FI, en;q=0.5' })).toMatchObject({ name: 'Kolmikielinen', language: 'fi' });
      expect(await get(trilingual.id, { 'accept-language': 'en-GB' })).toMatchObject({ name: 'Trilingual', language: 'en', summary: 'Kuvaus' });
      expect(await get(trilingual.id, { 'accept-language': 'en;q=0.2, sv;q=0.9' })).toMatchObject({ name: 'Trespråkig' });
      expect(await get(trilingual.id, { 'accept-language': 'de-DE' })).toMatchObject({ name: 'Trilingual', language: 'en' });
      expect(await get(trilingual.id, {})).toMatchObject({ name: 'Trilingual', language: 'en' });
      expect(await get(bilingual.id, { 'accept-language': 'de-DE' })).toMatchObject({ name: 'Kaksikielinen', language: 'fi' });
      expect(await get(bilingual.id, { 'accept-language': 'en' })).toMatchObject({ name: 'Kaksikielinen', language: 'fi' });
      expect(await get(trilingual.id, { 'accept-language': 'fi' }, { lang: 'sv' })).toMatchObject({ name: 'Trespråkig' });

      const plain = await get(trilingual.id, { 'accept-language': 'fi' });
      expect(plain.translations).toBeUndefined();
      const all = await get(trilingual.id, { 'accept-language': 'fi' }, { lang: 'all' });
      expect(all).toMatchObject({ name: 'Kolmikielinen', translations: { name: { fi: 'Kolmikielinen', sv: 'Trespråkig', en: 'Trilingual' } } });

      const listed = await search({ city: 'tampere', sort: 'name' }, { 'accept-language': 'sv' });
      expect(listed.items.map((i) => i.name)).toEqual(['Trespråkig', 'Tvåspråkig']);
      const res = await request(stack.http).get(API).query({ city: 'tampere' }).set('accept-language', 'sv');
      expect(res.headers.vary).toMatch(/accept-language/i);
    });
  });

  describe('pagination', () => {
    const all: string[] = [];

    beforeAll(async () => {
      // Seven beds that tie on every sort key but the id.
      for (let i = 0; i < 7; i++) {
        const created = await create(admin, completeBed(cities.oulu, { name: { fi: 'Sivutuskoe' }, summary: { fi: 'Sama teksti' } }));
        await publish(admin, created);
        all.push(created.id);
      }
      await create(admin, completeBed(cities.oulu, { name: { fi: 'Sivutuskoe' } }));
    });

    async function walk(query: Record<string, string>) {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await search({ city: 'oulu', limit: 2, ...query, ...(cursor ? { cursor } : {}) });
        expect(page.total).toBe(7);
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...ids(page));
        cursor = page.nextCursor;
        pages += 1;
      } while (cursor && pages < 10);
      expect(pages).toBe(4);
      expect(new Set(seen).size).toBe(seen.length);
      expect([...seen].sort()).toEqual([...all].sort());
      return seen;
    }

    it('walks every page once by name, by relevance and newest first', async () => {
      const byName = await walk({ sort: 'name' });
      expect(byName).toEqual([...all].sort());
      const byRelevance = await walk({ q: 'sivutuskoe' });
      expect(byRelevance).toEqual([...all].sort().reverse());
      await walk({ sort: 'newest' });
    });

    it('refuses a cursor of another sort', async () => {
      const first = await search({ city: 'oulu', limit: 2, sort: 'name' });
      const res = await request(stack.http).get(API).query({ city: 'oulu', limit: 2, sort: 'newest', cursor: first.nextCursor as string }).expect(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });
  });
});
