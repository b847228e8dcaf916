import request from 'supertest';
import { insertSavedSearches, MatchAlertsJob, readCriteria, type SavedSearchRow, type SearchParams } from '../../libs/alerts/src/index.js';
import { callBody, createTestbed, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

/**
 * Saved searches end to end: saved through the API by their owners only; 10,000 of them inserted
 * in bulk; one publication tells exactly the users whose searches the search page itself says it
 * fits, once each, and a rerun tells nobody; each search's Atom feed.
 */

/** Search templates: what the test-bed search page shows decides which of them the new bed fits. */
const TEMPLATES: SearchParams[] = [
  { q: 'robottibussi' },
  { q: 'kokeilu' }, // inside the compound liikennekokeilu
  { q: 'trafikförsök' },
  { q: 'robot lab', city: 'tampere' },
  { q: 'robotti ja' }, // a stop word is ignored
  { q: 'robotti', city: 'oulu' },
  { q: 'sähköverkko' },
  { q: 'robottibussi', capability: 'lidar' },
  { capability: ['5g', 'lidar'] },
  { capability: 'drone' },
  { city: 'tampere', theme: ['energy', 'mobility'] },
  { city: 'tampere', theme: 'energy' },
  { theme: 'data_and_ai' },
  { bbox: '23.7,61.4,23.9,61.5' },
  { bbox: '24.8,60.1,25.1,60.3' },
  { cost: 'free', availableFrom: '2027-03-01', availableTo: '2027-03-31' },
  { cost: 'fee' },
  { availableFrom: '2026-12-01', availableTo: '2027-01-15' },
  { q: 'liikenne', bbox: '23.7,61.4,23.9,61.5', theme: 'mobility', capability: '5g', city: 'tampere' },
  {},
];
/** Words no bed has: the bulk of the searches, which a publication must not even read. */
const NOISE_WORDS = ['vesihuolto', 'kirjasto', 'metsä', 'satama', 'koulu', 'sairaala', 'tanssi', 'museo', 'jäähalli', 'uimahalli', 'turbiini', 'aurinkopaneeli'];

describe('alerts: saved searches, matching on publication and feeds', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let owner: TestUser;
  let stranger: TestUser;
  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    [coordinator, owner, stranger] = await Promise.all([registerUser(stack, { locale: 'en' }), registerUser(stack, { locale: 'sv' }), registerUser(stack)]);
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
  });
  afterAll(() => stack.close());

  let ownSearch: { id: string; feedUrl: string };

  it('saves a search once for its owner, names bad filters, and hides it from everyone else', async () => {
    const body = { kind: 'testbeds', name: 'Robotit Tampereella', frequency: 'immediate', locale: 'sv', params: { q: 'Robotti', city: 'tampere', sort: 'name' } };
    const saved = await request(stack.http).post('/api/v1/me/alerts').set(auth(owner)).send(body).expect(201);
    expect(saved.body).toMatchObject({ kind: 'testbeds', name: 'Robotit Tampereella', frequency: 'immediate', locale: 'sv', params: { q: 'robotti', city: 'tampere' }, matches: 0 });
    expect(saved.body.feedUrl).toMatch(/\/api\/v1\/alert-feeds\/[A-Za-z0-9_-]{43}$/);
    ownSearch = saved.body;
    // The same filters again: the same search, safe to repeat.
    const again = await request(stack.http).post('/api/v1/me/alerts').set(auth(owner)).send({ ...body, params: { q: 'robotti', city: 'tampere' } }).expect(200);
    expect(again.body.id).toBe(saved.body.id);

    const bad = await request(stack.http).post('/api/v1/me/alerts').set(auth(owner)).send({ ...body, params: { theme: 'weather', city: 'atlantis' } }).expect(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['params.theme']);
    const unknownCity = await request(stack.http).post('/api/v1/me/alerts').set(auth(owner)).send({ ...body, params: { city: 'atlantis' } }).expect(400);
    expect(unknownCity.body.errors).toEqual([expect.objectContaining({ field: 'params.city' })]);
    const badCall = await request(stack.http).post('/api/v1/me/alerts').set(auth(owner)).send({ ...body, kind: 'calls', params: { state: 'open' } }).expect(400);
    expect(badCall.body.errors).toEqual([expect.objectContaining({ field: 'params.state' })]);
    await request(stack.http).post('/api/v1/me/alerts').send(body).expect(401);

    // Nobody else sees, changes, deletes it or replaces its feed: to them it does not exist.
    expect((await request(stack.http).get('/api/v1/me/alerts').set(auth(stranger)).expect(200)).body.items).toEqual([]);
    await request(stack.http).patch(`/api/v1/me/alerts/${ownSearch.id}`).set(auth(stranger)).send({ frequency: 'digest' }).expect(404);
    await request(stack.http).delete(`/api/v1/me/alerts/${ownSearch.id}`).set(auth(stranger)).expect(404);
    await request(stack.http).post(`/api/v1/me/alerts/${ownSearch.id}/feed-token`).set(auth(stranger)).expect(404);
    const changed = await request(stack.http).patch(`/api/v1/me/alerts/${ownSearch.id}`).set(auth(owner)).send({ frequency: 'digest' }).expect(200);
    expect(changed.body.frequency).toBe('digest');
    await request(stack.http).patch(`/api/v1/me/alerts/${ownSearch.id}`).set(auth(owner)).send({ frequency: 'weekly' }).expect(400);
    const [{ count }] = await stack.db.query(`SELECT count(*)::int AS count FROM audit_events WHERE entity_id = $1`, [ownSearch.id]);
    expect(count).toBe(3); // created, saved again, updated
  });

  it('tells exactly the users whose searches fit a new test bed, once each, and nobody on a rerun', async () => {
    const cities: { id: string; slug: string }[] = await stack.db.query(`SELECT id, slug FROM cities`);
    const cityId = (slug: string | string[] | undefined) => (typeof slug === 'string' ? (cities.find((c) => c.slug === slug)?.id ?? null) : null);
    // 2,000 users with 5 searches each: 200 on the templates, the rest on words no bed has.
    const users: { id: string }[] = await stack.db.query(
      `INSERT INTO users (email, password_hash, display_name, locale) SELECT 'alert' || i || '@example.fi', 'x', 'Alert ' || i, 'fi' FROM generate_series(1, 2000) i RETURNING id`,
    );
    const rows: SavedSearchRow[] = [];
    const templateOf = new Map<string, number>();
    users.forEach((user, u) => {
      for (let k = 0; k < 5; k++) {
        const n = u * 5 + k;
        const params: SearchParams = n < 200 ? TEMPLATES[n % TEMPLATES.length] : { q: `${NOISE_WORDS[n % NOISE_WORDS.length]}`, city: cities[n % cities.length].slug };
        if (n < 200) templateOf.set(`${user.id}/${n}`, n % TEMPLATES.length);
        rows.push({ userId: user.id, name: `Haku ${n}`, frequency: n % 2 ? 'digest' : 'immediate', locale: 'fi', criteria: readCriteria('testbeds', params), cityId: cityId(params.city) });
      }
    });
    await insertSavedSearches((sql, values) => stack.db.query(sql, values), rows);
    const [{ total }] = await stack.db.query(`SELECT count(*)::int AS total FROM saved_searches WHERE kind = 'testbeds'`);
    expect(total).toBeGreaterThanOrEqual(10_000);

    const bed = await createTestbed(stack, coordinator, {
      name: { fi: 'Hervannan robottibussilabra', en: 'Hervanta robot bus lab' },
      summary: { fi: 'Liikennekokeilu katuympäristössä', sv: 'Trafikförsök i gatumiljö' },
      location: { lon: 23.85, lat: 61.45 },
      themes: ['mobility'],
      capabilities: ['5g', 'lidar'],
      cost: { kind: 'free' },
      availability: [{ start: '2027-01-01', end: '2027-12-31' }],
    });

    // The search page decides: a template fits when the public search finds the bed with it.
    const fits = new Set<number>();
    for (const [i, params] of TEMPLATES.entries()) {
      const found = await request(stack.http).get('/api/v1/testbeds').query({ ...params, limit: 100 }).expect(200);
      if (found.body.items.some((b: { id: string }) => b.id === bed.id)) fits.add(i);
    }
    expect(fits.size).toBeGreaterThan(5);
    expect(fits.size).toBeLessThan(TEMPLATES.length);
    const expected = new Set(users.filter((user, u) => [0, 1, 2, 3, 4].some((k) => fits.has(templateOf.get(`${user.id}/${u * 5 + k}`) ?? -1))).map((user) => user.id));
    expected.add(owner.id); // robotti in Tampere

    const told = async () => (await stack.db.query(`SELECT user_id AS "userId", delivery FROM notifications WHERE kind = 'alert.testbed' AND entity_id = $1`, [bed.id])) as { userId: string; delivery: string }[];
    const notified = await eventually(async () => {
      const rows = await told();
      return rows.length >= expected.size && rows;
    }, 60_000, 'the alerts of the new bed');
    expect(new Set(notified.map((n) => n.userId))).toEqual(expected);
    expect(notified).toHaveLength(expected.size);
    // The owner's search asks for the digest now; the owner's own language names the bed.
    expect(notified.find((n) => n.userId === owner.id)?.delivery).toBe('digest');
    const [ownNote] = await stack.db.query(`SELECT title FROM notifications WHERE kind = 'alert.testbed' AND user_id = $1`, [owner.id]);
    expect(ownNote.title).toBe('Ny testmiljö: Hervanta robot bus lab');

    // A rerun of the job (a retry, a redelivery) tells nobody again.
    const rerun = await stack.worker!.get(MatchAlertsJob).handle({ entityType: 'testbed', entityId: bed.id });
    expect(rerun).toEqual({ notified: 0 });
    expect(await told()).toHaveLength(expected.size);
  });

  it('tells of a new call by city and focus area', async () => {
    const saved = await request(stack.http)
      .post('/api/v1/me/alerts')
      .set(auth(stranger))
      .send({ kind: 'calls', name: 'Avoin data', frequency: 'immediate', params: { city: 'tampere', focusArea: 'open_data_and_interfaces' } })
      .expect(201);
    expect(saved.body.locale).toBe('fi');
    await request(stack.http).post('/api/v1/me/alerts').set(auth(owner)).send({ kind: 'calls', name: 'Oulu', frequency: 'immediate', params: { city: 'oulu' } }).expect(201);
    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const call = await request(stack.http).post('/api/v1/calls').set(auth(coordinator)).send(callBody(tampere, { focusArea: 'open_data_and_interfaces' })).expect(201);
    await request(stack.http).post(`/api/v1/calls/${call.body.id}/publish`).set(auth(coordinator)).send({ version: call.body.version }).expect(200);
    const notes = await eventually(async () => {
      const rows: { userId: string; title: string }[] = await stack.db.query(`SELECT user_id AS "userId", title FROM notifications WHERE kind = 'alert.call'`);
      return rows.length > 0 && rows;
    }, 30_000, 'the alert of the new call');
    expect(notes).toEqual([{ userId: stranger.id, title: 'Uusi haku: Kokeiluhaku' }]);
  });

  it('serves each search’s Atom feed in its language, public objects only, until its address is replaced', async () => {
    const path = new URL(ownSearch.feedUrl).pathname;
    const feed = await request(stack.http).get(path).expect(200);
    expect(feed.headers['content-type']).toMatch(/^application\/atom\+xml/);
    const xml = feed.text;
    expect(xml).toMatch(/<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="sv">/);
    expect(xml).toContain('<title>Nya testmiljöer: Robotit Tampereella</title>');
    for (const element of ['id', 'updated', 'author']) expect(xml).toContain(`<${element}>`);
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml).toMatch(/<entry>\s*<id>urn:uuid:[0-9a-f-]{36}<\/id>\s*<title>Hervanta robot bus lab<\/title>\s*<updated>[^<]+<\/updated>\s*<link rel="alternate" type="text\/html" href="[^"]+\/sv\/testbeds\/[0-9a-f-]{36}"\/>/);

    // An archived bed is no longer public: it leaves the feed.
    const [bed] = await stack.db.query(`SELECT h.entity_id AS id, t.version FROM saved_search_hits h JOIN testbeds t ON t.id = h.entity_id WHERE h.saved_search_id = $1`, [ownSearch.id]);
    await request(stack.http).post(`/api/v1/testbeds/${bed.id}/archive`).set(auth(coordinator)).send({ version: bed.version }).expect(200);
    expect((await request(stack.http).get(path).expect(200)).text).not.toContain('<entry>');

    const replaced = await request(stack.http).post(`/api/v1/me/alerts/${ownSearch.id}/feed-token`).set(auth(owner)).expect(200);
    expect(replaced.body.feedUrl).not.toBe(ownSearch.feedUrl);
    await request(stack.http).get(path).expect(404);
    await request(stack.http).get('/api/v1/alert-feeds/not-a-token').expect(400);
    await request(stack.http).get(new URL(replaced.body.feedUrl).pathname).expect(200);

    await request(stack.http).delete(`/api/v1/me/alerts/${ownSearch.id}`).set(auth(owner)).expect(204);
    await request(stack.http).delete(`/api/v1/me/alerts/${ownSearch.id}`).set(auth(owner)).expect(404);
    await request(stack.http).get(new URL(replaced.body.feedUrl).pathname).expect(404);
  });
});
