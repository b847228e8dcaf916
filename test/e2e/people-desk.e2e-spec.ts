import request from 'supertest';
import { callBody, grantRole, registerUser, TestUser } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

/**
 * The people behind a call: a coordinator finds users with the evaluator role to add to the
 * call's pool (by name and expertise, names only), and a decider reads the calls naming them.
 */
describe('finding evaluators and the decider’s calls', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let otherCoordinator: TestUser;
  let decider: TestUser;
  let otherDecider: TestUser;
  let notEvaluator: TestUser;
  const evaluators: Record<'aino' | 'aarne' | 'bea', TestUser> = {} as never;
  let callId: string;
  let otherCallId: string;
  let earlierCallId: string;

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const search = (user: TestUser, query: Record<string, string | number> = {}, id = callId) => api().get(`/api/v1/calls/${id}/evaluator-candidates`).query(query).set(auth(user));
  const ours = (items: { userId: string }[]) => items.filter((item) => Object.values(evaluators).some((e) => e.id === item.userId));

  beforeAll(async () => {
    stack = await startStack();
    const users = await Promise.all(Array.from({ length: 8 }, () => registerUser(stack)));
    [coordinator, otherCoordinator, decider, otherDecider, notEvaluator, evaluators.aino, evaluators.aarne, evaluators.bea] = users;
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, otherCoordinator.id, 'coordinator', 'oulu');
    await grantRole(stack, decider.id, 'decider');
    await grantRole(stack, otherDecider.id, 'decider');
    const names = { aino: 'Aino Äijälä-Testi', aarne: 'Aarne Äijälä-Testi', bea: 'Bea 100%_Testi' };
    for (const [key, user] of Object.entries(evaluators)) {
      await grantRole(stack, user.id, 'evaluator');
      await stack.db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [user.id, names[key as keyof typeof names]]);
    }
    await stack.db.query(`UPDATE users SET display_name = 'Aino Äijälä-Testi kaksoisolento' WHERE id = $1`, [notEvaluator.id]);
    const [{ id: tampereId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const create = async (deciderIds: string[]) => {
      const created = await api().post('/api/v1/calls').set(auth(coordinator)).send(callBody(tampereId, { deciderIds })).expect(201);
      await api().post(`/api/v1/calls/${created.body.id}/publish`).set(auth(coordinator)).send({ version: created.body.version }).expect(200);
      return created.body.id as string;
    };
    [callId, otherCallId, earlierCallId] = [await create([decider.id]), await create([otherDecider.id]), await create([decider.id])];
    // An earlier pool knows Aino for mobility and open data, Aarne for open data.
    await api().post(`/api/v1/calls/${earlierCallId}/evaluators`).set(auth(coordinator)).send({ userId: evaluators.aino.id, expertise: ['mobility', 'open_data_and_interfaces'] }).expect(201);
    await api().post(`/api/v1/calls/${earlierCallId}/evaluators`).set(auth(coordinator)).send({ userId: evaluators.aarne.id, expertise: ['open_data_and_interfaces'] }).expect(201);
  }, 120_000);

  afterAll(async () => {
    await stack?.close();
  });

  it('finds users with the evaluator role by every word of their name, with what earlier pools say they know, and no e-mail address', async () => {
    const res = await search(coordinator, { q: 'äijälä-testi aino' }).expect(200);
    expect(res.body).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(res.body.items).toEqual([{ userId: evaluators.aino.id, displayName: 'Aino Äijälä-Testi', expertise: ['mobility', 'open_data_and_interfaces'], inPool: false }]);
    expect(JSON.stringify(res.body)).not.toContain('@');
    // The user without the role never shows, whatever the name.
    expect(JSON.stringify((await search(coordinator, { q: 'kaksoisolento' }).expect(200)).body.items)).toBe('[]');
  });

  it('filters by an expertise tag, pages by name, and takes % and _ literally', async () => {
    const tagged = await search(coordinator, { q: 'äijälä-testi', expertise: 'open_data_and_interfaces' }).expect(200);
    expect(tagged.body.items.map((i: { displayName: string }) => i.displayName)).toEqual(['Aarne Äijälä-Testi', 'Aino Äijälä-Testi']);
    const mobility = await search(coordinator, { expertise: 'mobility', q: 'testi' }).expect(200);
    expect(ours(mobility.body.items).map((i) => i.userId)).toEqual([evaluators.aino.id]);

    const first = await search(coordinator, { q: 'äijälä-testi', limit: 1, page: 1 }).expect(200);
    const second = await search(coordinator, { q: 'äijälä-testi', limit: 1, page: 2 }).expect(200);
    const beyond = await search(coordinator, { q: 'äijälä-testi', limit: 1, page: 3 }).expect(200);
    expect([first.body.total, second.body.total, beyond.body.total]).toEqual([2, 2, 2]);
    expect([first.body.items[0].displayName, second.body.items[0].displayName, beyond.body.items.length]).toEqual(['Aarne Äijälä-Testi', 'Aino Äijälä-Testi', 0]);

    expect((await search(coordinator, { q: '%' }).expect(200)).body.items.map((i: { userId: string }) => i.userId)).toEqual([evaluators.bea.id]);
    expect((await search(coordinator, { q: '100%_' }).expect(200)).body.total).toBe(1);
    expect((await search(coordinator, { q: '1_0' }).expect(200)).body.total).toBe(0);
  });

  it('marks who is already in the pool once added', async () => {
    await api().post(`/api/v1/calls/${callId}/evaluators`).set(auth(coordinator)).send({ userId: evaluators.bea.id, expertise: ['energy'] }).expect(201);
    const res = await search(coordinator, { q: 'bea' }).expect(200);
    expect(res.body.items).toEqual([{ userId: evaluators.bea.id, displayName: 'Bea 100%_Testi', expertise: ['energy'], inPool: true }]);
  });

  it('refuses a bad search naming the field, and everyone but those who run the call', async () => {
    const bad = await search(coordinator, { expertise: 'astrology' }).expect(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
    expect(JSON.stringify(bad.body)).toContain('expertise');
    const long = await search(coordinator, { q: 'x'.repeat(101) }).expect(400);
    expect(JSON.stringify(long.body)).toContain('"q"');
    for (const user of [otherCoordinator, decider, evaluators.aino, notEvaluator]) await search(user, { q: 'testi' }).expect(403);
    await api().get(`/api/v1/calls/${callId}/evaluator-candidates`).expect(401);
    await search(coordinator, {}, '00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('lists a decider’s own calls only, saying where a proposal awaits their decision', async () => {
    await stack.db.query(`UPDATE calls SET state = 'in_evaluation', closed_at = now() WHERE id = $1`, [callId]);
    await stack.db.query(`INSERT INTO funding_proposals (call_id, policy, budget_cents) VALUES ($1, 'skip', 100000000)`, [callId]);
    const mine = await api().get('/api/v1/me/decider-calls').query({ lang: 'en' }).set(auth(decider)).expect(200);
    expect(mine.body.total).toBe(2);
    const byId = new Map(mine.body.items.map((item: { id: string }) => [item.id, item]));
    expect(byId.get(callId)).toMatchObject({ title: 'Pilot call', state: 'in_evaluation', proposalState: 'proposed', awaitingDecision: true, budgetCents: 100_000_000 });
    expect(byId.get(earlierCallId)).toMatchObject({ state: 'open', proposalState: null, awaitingDecision: false });
    expect(byId.has(otherCallId)).toBe(false);

    const theirs = await api().get('/api/v1/me/decider-calls').set(auth(otherDecider)).expect(200);
    expect(theirs.body.items.map((item: { id: string }) => item.id)).toEqual([otherCallId]);
    expect((await api().get('/api/v1/me/decider-calls').set(auth(coordinator)).expect(200)).body).toMatchObject({ items: [], total: 0 });
    await api().get('/api/v1/me/decider-calls').expect(401);
    expect(JSON.stringify((await api().get('/api/v1/me/decider-calls').query({ lang: 'de' }).set(auth(decider)).expect(400)).body)).toContain('lang');
  });
});
