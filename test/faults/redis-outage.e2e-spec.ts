import request from 'supertest';
import { ThrowawayRedis } from '../../libs/testing/src/index.js';
import { businessId, createOrganisation, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

jest.setTimeout(45_000);

const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

async function timed<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = Date.now();
  const value = await fn();
  return { value, ms: Date.now() - started };
}

describe('a Redis outage (Redis backend)', () => {
  let redis: ThrowawayRedis;
  let stack: Stack | undefined;

  beforeAll(async () => {
    redis = await ThrowawayRedis.start();
    stack = await startStack({ backend: 'redis', worker: true, smtp: true, env: { REDIS_URL: redis.url } });
  });
  afterAll(async () => {
    await stack?.close();
    await redis?.destroy();
  });

  it('keeps the API writing while Redis is down and delivers the jobs once it is back', async () => {
    const s = stack!;
    const owner = await registerUser(s);
    const invitees = [await registerUser(s, { locale: 'en' }), await registerUser(s, { locale: 'sv' })];
    const org = await createOrganisation(s, owner);
    await request(s.http).get('/health').expect(200);

    await redis.stop();

    // The write path only touches Postgres: the changes commit at once, their jobs wait in the outbox.
    for (const invitee of invitees) {
      const { ms } = await timed(() =>
        request(s.http).post(`/api/v1/organisations/${org.id}/invitations`).set(auth(owner)).send({ email: invitee.email }).expect(201),
      );
      expect(ms).toBeLessThan(1_500);
    }
    const created = await timed(() =>
      request(s.http)
        .post('/api/v1/organisations')
        .set(auth(owner))
        .send({ name: 'Katkos Oy', type: 'company', businessId: businessId(), homeMunicipality: 'Turku', sizeClass: 'micro' })
        .expect(201),
    );
    expect(created.ms).toBeLessThan(1_500);

    const health = await timed(() => request(s.http).get('/health').expect(503));
    expect(health.ms).toBeLessThan(5_000);
    expect(health.value.headers['content-type']).toMatch(/problem\+json/);
    expect(health.value.body.checks).toMatchObject({ redis: { status: 'down', backend: 'redis' }, database: { status: 'up' } });

    const pending = async () =>
      s.db.query(`SELECT sent_at FROM outbox WHERE payload->>'to' = ANY($1) ORDER BY created_at`, [invitees.map((i) => i.email)]) as Promise<{ sent_at: Date | null }[]>;
    // The relay has tried (poll every 100 ms) and failed meanwhile; nothing is marked.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await pending()).toEqual([{ sent_at: null }, { sent_at: null }]);
    expect(s.smtp!.messages).toEqual([]);

    // Redis comes back on the same port: nothing is restarted, the jobs arrive.
    await redis.start();
    for (const invitee of invitees) await s.smtp!.waitFor((m) => m.to.includes(invitee.email), 25_000);
    await eventually(async () => (await pending()).every((r) => r.sent_at), 15_000, 'the outbox rows to be marked sent');
    await new Promise((r) => setTimeout(r, 500));
    for (const invitee of invitees) expect(s.smtp!.messages.filter((m) => m.to.includes(invitee.email))).toHaveLength(1);
    expect(s.smtp!.messages.map((m) => m.subject).sort()).toEqual(['Inbjudan till Liikennelabra Oy – Kokeilu', 'Invitation to Liikennelabra Oy – Kokeilu']);
    await eventually(async () => (await request(s.http).get('/health')).status === 200, 10_000, '/health to recover');
  });

  it('closes the API and the worker promptly while Redis is down', async () => {
    await redis.stop();
    const { ms } = await timed(async () => {
      await stack!.close();
      stack = undefined;
    });
    expect(ms).toBeLessThan(10_000);
  });
});
