import request from 'supertest';
import { registerUser, TestUser, uniqueEmail } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

/**
 * The test talks from loopback like a reverse proxy in front of the API (TRUST_PROXY=loopback), so
 * X-Forwarded-For names the client: an attacker's address and the owner's are two clients.
 */
describe('sign-in lockout per address and client', () => {
  let stack: Stack;
  const ATTACKER = '203.0.113.66';
  const OWNER = '198.51.100.23';

  beforeAll(async () => {
    stack = await startStack({ env: { TRUST_PROXY: 'loopback', LOGIN_MAX_FAILURES: '3', LOGIN_LOCK_MINUTES: '10', LOGIN_MAX_LOCK_MINUTES: '60' } });
  });
  afterAll(() => stack.close());

  const login = (email: string, password: string, client: string) =>
    request(stack.http).post('/api/v1/auth/login').set('x-forwarded-for', client).send({ email, password });
  const guess = async (user: { email: string }, client: string, times: number) => {
    for (let i = 0; i < times; i++) await login(user.email, `väärä-salasana-${i}`, client).expect(401);
  };
  /** Lets the running lock of the address from `client` end now, as if its time had passed. */
  const endLock = (email: string, client: string) =>
    stack.db.query(`UPDATE login_attempts SET locked_until = now() - interval '1 second' WHERE email = lower($1) AND client = $2`, [email, client]);

  it('locks the guessing client out, while the owner signs in from another client', async () => {
    const owner: TestUser = await registerUser(stack);
    await guess(owner, ATTACKER, 3);
    // The attacker's client is locked, even with the right password.
    const locked = await login(owner.email, owner.password, ATTACKER).expect(429);
    expect(locked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(locked.body.retryAfterSeconds).toBeGreaterThan(9 * 60);
    expect(Number(locked.headers['retry-after'])).toBe(locked.body.retryAfterSeconds);
    // The owner, elsewhere, is not.
    const signedIn = await login(owner.email, owner.password, OWNER).expect(200);
    expect(signedIn.body.accessToken).toEqual(expect.any(String));
    // … and the owner's success leaves the attacker's lock in place.
    await login(owner.email, owner.password, ATTACKER).expect(429);
    const [event] = await stack.db.query(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'user.sign_in_locked'`, [owner.id]);
    expect(event.after).toMatchObject({ client: ATTACKER, failures: 3, lockInARow: 1 });
  });

  it('counts each client on its own: the owner’s own slips lock only the owner’s client', async () => {
    const owner = await registerUser(stack);
    await guess(owner, OWNER, 2);
    await guess(owner, ATTACKER, 2);
    // Two and two are not three in a row from one client.
    await login(owner.email, owner.password, OWNER).expect(200);
    await guess(owner, OWNER, 3);
    await login(owner.email, owner.password, OWNER).expect(429);
    await login(owner.email, owner.password, '192.0.2.10').expect(200);
  });

  it('makes each lock in a row twice as long, up to the longest', async () => {
    const owner = await registerUser(stack);
    const lengths: number[] = [];
    for (let round = 0; round < 4; round++) {
      await guess(owner, ATTACKER, 3);
      const locked = await login(owner.email, owner.password, ATTACKER).expect(429);
      lengths.push(Math.round(locked.body.retryAfterSeconds / 60));
      await endLock(owner.email, ATTACKER);
    }
    expect(lengths).toEqual([10, 20, 40, 60]);
    // The owner was never locked out meanwhile.
    await login(owner.email, owner.password, OWNER).expect(200);
    // A correct password from the locked client, once its lock ends, clears its record.
    await login(owner.email, owner.password, ATTACKER).expect(200);
    await guess(owner, ATTACKER, 3);
    expect(Math.round((await login(owner.email, owner.password, ATTACKER).expect(429)).body.retryAfterSeconds / 60)).toBe(10);
  });

  it('answers an unknown address as a registered one, per client too', async () => {
    const nobody = { email: uniqueEmail('nobody') };
    await guess(nobody, ATTACKER, 3);
    const locked = await login(nobody.email, 'mikä-tahansa-salasana', ATTACKER).expect(429);
    expect(locked.body.detail).toMatch(/locked for 10 more minute/);
    await login(nobody.email, 'mikä-tahansa-salasana', OWNER).expect(401);
  });

  it('counts an IPv6 client by its /64 network', async () => {
    const owner = await registerUser(stack);
    await login(owner.email, 'väärä-1', '2001:db8:7:1::1').expect(401);
    await login(owner.email, 'väärä-2', '2001:db8:7:1::2').expect(401);
    await login(owner.email, 'väärä-3', '2001:db8:7:1:ffff::3').expect(401);
    await login(owner.email, owner.password, '2001:db8:7:1::99').expect(429);
    await login(owner.email, owner.password, '2001:db8:7:2::1').expect(200);
  });
});
