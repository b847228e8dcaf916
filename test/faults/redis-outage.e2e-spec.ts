import request from 'supertest';
import { Outbox } from '../../libs/platform/src/index.js';
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
    // The users' verification e-mails are done before the outage (sent, or skipped for an address the
    // test proved first); what follows counts only later mail.
    await eventually(async () => {
      const [{ n }] = await s.db.query(
        `SELECT count(*)::int AS n FROM outbox o WHERE o.job_name = 'email.verification' AND NOT EXISTS (SELECT 1 FROM processed_jobs p WHERE p.job_id = o.job_id)`,
      );
      return n === 0;
    }, 25_000, 'the verification e-mails');
    const before = s.smtp!.messages.length;
    const later = () => s.smtp!.messages.slice(before);

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
      s.db.query(
        `SELECT o.sent_at FROM outbox o JOIN invitations i ON i.id = (o.payload->>'invitationId')::uuid
          WHERE o.job_name = 'invitation.send' AND i.email = ANY($1) ORDER BY o.created_at`,
        [invitees.map((i) => i.email)],
      ) as Promise<{ sent_at: Date | null }[]>;
    // The relay has tried (poll every 100 ms) and failed meanwhile; nothing is marked.
    await new Promise((r) => setTimeout(r, 1_000));
    expect(await pending()).toEqual([{ sent_at: null }, { sent_at: null }]);
    expect(later()).toEqual([]);

    // Redis comes back on the same port: nothing is restarted, the jobs arrive.
    await redis.start();
    for (const invitee of invitees) await eventually(async () => later().some((m) => m.to.includes(invitee.email)), 25_000, 'the invitation');
    await eventually(async () => (await pending()).every((r) => r.sent_at), 15_000, 'the outbox rows to be marked sent');
    await new Promise((r) => setTimeout(r, 500));
    for (const invitee of invitees) expect(later().filter((m) => m.to.includes(invitee.email))).toHaveLength(1);
    expect(later().map((m) => m.subject).sort()).toEqual(['Inbjudan till Liikennelabra Oy – Kokeilu', 'Invitation to Liikennelabra Oy – Kokeilu']);
    await eventually(async () => (await request(s.http).get('/health')).status === 200, 10_000, '/health to recover');
  });

  it('relays again, once, a job Redis held when it came back empty', async () => {
    const s = stack!;
    const to = `viive.${Date.now().toString(36)}@example.fi`;
    const params = { organisationName: 'Viive Oy', inviterName: 'Anna', acceptUrl: 'https://kokeilu.example/accept', token: 'abc', expiresAt: '1.1.2027' };
    // A job that runs in 2 s: the relay hands it to Redis at once, as a delayed job, and marks the row sent.
    const id = await s.db.transaction((tx) => s.api.get(Outbox).add(tx, 'mail.send', { to, locale: 'en', template: 'invitation', params }, { runAt: new Date(Date.now() + 2_000) }));
    const sentAt = async () => ((await s.db.query(`SELECT sent_at FROM outbox WHERE id = $1`, [id]))[0].sent_at as Date | null)?.getTime() ?? null;
    const relayed = await eventually(sentAt, 5_000, 'the row to be relayed');

    await redis.stop();
    await redis.start();
    const mail = await s.smtp!.waitFor((m) => m.to.includes(to), 15_000);
    expect(mail.subject).toBe('Invitation to Viive Oy – Kokeilu');
    // Relayed a second time and then left alone: Redis keeps the marker, so nothing is put back again.
    const relayedAgain = await eventually(sentAt, 5_000, 'the row to be relayed again');
    expect(relayedAgain).toBeGreaterThan(relayed);
    await new Promise((r) => setTimeout(r, 2_500));
    expect(await sentAt()).toBe(relayedAgain);
    expect(s.smtp!.messages.filter((m) => m.to.includes(to))).toHaveLength(1);
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
