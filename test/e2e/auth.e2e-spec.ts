import { createHash, createHmac } from 'node:crypto';
import request from 'supertest';
import { grantRole, registerUser, TestUser, uniqueEmail } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

const PASSWORD = 'kesä-kokeilu-2026!';

const b64url = (value: object | string) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** A JWT built by hand, so a test can forge any header, claim or signature. */
function forgeJwt(header: Record<string, unknown>, claims: Record<string, unknown>, secret?: string, hmac = 'sha256'): string {
  const unsigned = `${b64url(header)}.${b64url(claims)}`;
  const signature = secret ? createHmac(hmac, secret).update(unsigned).digest('base64url') : '';
  return `${unsigned}.${signature}`;
}

const now = () => Math.floor(Date.now() / 1000);

function expectProblem(res: request.Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.stringMatching(/^urn:kokeilu:problem:/), title: expect.any(String), code: expect.any(String) });
}

function expectFieldError(res: request.Response, field: string) {
  expectProblem(res, 400);
  expect(res.body.code).toBe('validation_failed');
  expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

describe('authentication', () => {
  let stack: Stack;
  let user: TestUser;

  beforeAll(async () => {
    stack = await startStack();
    user = await registerUser(stack);
  });
  afterAll(() => stack.close());

  const register = (body: Record<string, unknown>) => request(stack.http).post('/api/v1/auth/register').send(body);
  const login = (body: Record<string, unknown>) => request(stack.http).post('/api/v1/auth/login').send(body);
  const refresh = (refreshToken: string) => request(stack.http).post('/api/v1/auth/refresh').send({ refreshToken });
  const me = (token: string) => request(stack.http).get('/api/v1/me').set('authorization', `Bearer ${token}`);

  describe('register', () => {
    it('creates the account (201) and never answers with the password or its hash', async () => {
      const email = uniqueEmail('reg');
      const res = await register({ email, password: PASSWORD, displayName: 'Aino Kokeilija', locale: 'sv' }).expect(201);
      expect(res.body).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), email, displayName: 'Aino Kokeilija', locale: 'sv' });
      expect(Object.keys(res.body)).not.toEqual(expect.arrayContaining(['passwordHash']));
      expect(res.text).not.toContain('argon2');
      expect(res.text).not.toContain(PASSWORD);
    });

    it('takes the language from Accept-Language when none is given, else Finnish', async () => {
      const sv = await register({ email: uniqueEmail('lang'), password: PASSWORD, displayName: 'Stina' }).set('accept-language', 'sv-FI,en;q=0.5').expect(201);
      expect(sv.body.locale).toBe('sv');
      const fi = await register({ email: uniqueEmail('lang'), password: PASSWORD, displayName: 'Matti' }).expect(201);
      expect(fi.body.locale).toBe('fi');
      expectFieldError(await register({ email: uniqueEmail('lang'), password: PASSWORD, displayName: 'X', locale: 'de' }), 'locale');
    });

    it('stores the password as an argon2id hash, never in clear', async () => {
      const [row] = await stack.db.query(`SELECT password_hash FROM users WHERE id = $1`, [user.id]);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      expect(row.password_hash).not.toContain(user.password);
    });

    it('refuses the same e-mail in another letter case with 409 naming email', async () => {
      const email = uniqueEmail('Dup');
      await register({ email, password: PASSWORD, displayName: 'First', locale: 'fi' }).expect(201);
      const res = await register({ email: email.toUpperCase(), password: PASSWORD, displayName: 'Second', locale: 'fi' });
      expectProblem(res, 409);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'email' })]);
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM users WHERE lower(email) = lower($1)`, [email]);
      expect(n).toBe(1);
    });

    it('refuses a weak password with 400 naming password', async () => {
      for (const password of ['short', 'aaaaaaaaaaaaaaa', 'x'.repeat(201)]) {
        const res = await register({ email: uniqueEmail('weak'), password, displayName: 'Weak', locale: 'fi' });
        expectFieldError(res, 'password');
      }
      const email = uniqueEmail('mattimeikalainen');
      const containsName = await register({ email, password: `${email.split('@')[0]}-2026`, displayName: 'Matti', locale: 'fi' });
      expectFieldError(containsName, 'password');
    });

    it('refuses a malformed e-mail with 400 naming email', async () => {
      for (const email of ['not-an-email', 'a@', '', 42]) {
        const res = await register({ email, password: PASSWORD, displayName: 'Bad', locale: 'fi' });
        expectFieldError(res, 'email');
      }
    });

    it('refuses an unknown field with 400 naming it, and registers nobody', async () => {
      const email = uniqueEmail('extra');
      const res = await register({ email, password: PASSWORD, displayName: 'Extra', locale: 'fi', role: 'admin' });
      expectFieldError(res, 'role');
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email]);
      expect(n).toBe(0);
    });
  });

  describe('login', () => {
    it('answers 200 with a token pair, also for the e-mail in another letter case', async () => {
      const res = await login({ email: user.email.toUpperCase(), password: user.password }).expect(200);
      expect(res.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        refreshToken: expect.any(String),
        tokenType: 'Bearer',
        expiresIn: stack.config.JWT_ACCESS_TTL_SECONDS,
      });
      expect(res.body.refreshToken.length).toBeGreaterThanOrEqual(32);
    });

    it('refuses a wrong password, and an unknown e-mail, with 401 problem+json that does not say which', async () => {
      const wrong = await login({ email: user.email, password: 'väärä-salasana-123' });
      expectProblem(wrong, 401);
      const unknown = await login({ email: uniqueEmail('nobody'), password: user.password });
      expectProblem(unknown, 401);
      expect(unknown.body.detail).toBe(wrong.body.detail);
      expect(wrong.body.accessToken).toBeUndefined();
    });

    it('locks sign-in for an address after five wrong passwords in a row, the same for unknown addresses', async () => {
      const victim = await registerUser(stack);
      for (let i = 0; i < 4; i++) expectProblem(await login({ email: victim.email, password: `väärä-salasana-${i}` }), 401);
      // A correct password clears the count.
      await login({ email: victim.email, password: victim.password }).expect(200);
      for (let i = 0; i < 5; i++) expectProblem(await login({ email: victim.email, password: `väärä-salasana-${i}` }), 401);

      const locked = await login({ email: victim.email.toUpperCase(), password: victim.password });
      expectProblem(locked, 429);
      expect(locked.body.detail).toMatch(/locked for 15 more minute/);
      expect(locked.body.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(Number(locked.headers['retry-after'])).toBe(locked.body.retryAfterSeconds);
      expect(locked.body.accessToken).toBeUndefined();
      const [event] = await stack.db.query(`SELECT actor_id, after FROM audit_events WHERE entity_id = $1 AND action = 'user.sign_in_locked'`, [victim.id]);
      expect(event).toMatchObject({ actor_id: null, after: { failures: 5 } });

      const stranger = uniqueEmail('nobody');
      for (let i = 0; i < 5; i++) expectProblem(await login({ email: stranger, password: `väärä-salasana-${i}` }), 401);
      const unknown = await login({ email: stranger, password: victim.password });
      expectProblem(unknown, 429);
      expect(unknown.body.detail).toBe(locked.body.detail);

      // When the lock ends, the right password works again and the slate is clean.
      await stack.db.query(`UPDATE login_attempts SET locked_until = now() - interval '1 second' WHERE email = lower($1)`, [victim.email]);
      await login({ email: victim.email, password: victim.password }).expect(200);
      expect(await stack.db.query(`SELECT 1 FROM login_attempts WHERE email = lower($1)`, [victim.email])).toHaveLength(0);
    });

    it('refuses a missing password with 400 naming password', async () => {
      expectFieldError(await login({ email: user.email }), 'password');
      expectFieldError(await login({ email: 'nope', password: 'x' }), 'email');
    });

    it('gives an access token that works on /me', async () => {
      const res = await me(user.token).expect(200);
      expect(res.body).toMatchObject({ id: user.id, email: user.email, roles: [], memberships: [] });
      expect(res.body.passwordHash).toBeUndefined();
    });
  });

  describe('refresh tokens', () => {
    it('stores only a hash of the refresh token', async () => {
      const pair = (await login({ email: user.email, password: user.password }).expect(200)).body;
      const rows: Record<string, unknown>[] = await stack.db.query(`SELECT * FROM refresh_tokens WHERE user_id = $1`, [user.id]);
      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).not.toContain(pair.refreshToken);
      const hash = createHash('sha256').update(pair.refreshToken).digest('hex');
      expect(rows.filter((r) => r.token_hash === hash)).toHaveLength(1);
    });

    it('rotates: a refresh gives a new working pair; replaying the old token is refused and revokes the whole family', async () => {
      const first = (await login({ email: user.email, password: user.password }).expect(200)).body;
      const second = (await refresh(first.refreshToken).expect(200)).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await me(second.accessToken).expect(200);

      const replay = await refresh(first.refreshToken);
      expectProblem(replay, 401);
      // The thief may hold `second` already: it must be dead as well.
      expectProblem(await refresh(second.refreshToken), 401);

      // Another sign-in of the same user is a different family and keeps working.
      const other = (await login({ email: user.email, password: user.password }).expect(200)).body;
      await refresh(other.refreshToken).expect(200);
    });

    it('refuses an unknown refresh token (401) and a malformed one (400 naming refreshToken)', async () => {
      expectProblem(await refresh('x'.repeat(43)), 401);
      expectFieldError(await request(stack.http).post('/api/v1/auth/refresh').send({}), 'refreshToken');
    });

    it('logout revokes the sign-in: the refresh token then gets 401', async () => {
      const pair = (await login({ email: user.email, password: user.password }).expect(200)).body;
      const rotated = (await refresh(pair.refreshToken).expect(200)).body;
      await request(stack.http).post('/api/v1/auth/logout').send({ refreshToken: rotated.refreshToken }).expect(204);
      expectProblem(await refresh(rotated.refreshToken), 401);
      // Logout of an unknown token still answers 204 and tells nothing.
      await request(stack.http).post('/api/v1/auth/logout').send({ refreshToken: 'y'.repeat(43) }).expect(204);
    });
  });

  describe('access tokens', () => {
    const secret = () => stack.env.JWT_SECRET;

    it('accepts a well-formed token signed with the secret (the forging helper is right)', async () => {
      await me(forgeJwt({ alg: 'HS256', typ: 'JWT' }, { sub: user.id, typ: 'access', iat: now(), exp: now() + 60 }, secret())).expect(200);
    });

    it.each([
      ['no token', null],
      ['a token with alg none', () => forgeJwt({ alg: 'none', typ: 'JWT' }, { sub: user.id, typ: 'access', iat: now(), exp: now() + 60 })],
      ['alg none with a signature', () => `${forgeJwt({ alg: 'none' }, { sub: user.id, typ: 'access', exp: now() + 60 })}c2ln`],
      ['a wrong signature', () => forgeJwt({ alg: 'HS256', typ: 'JWT' }, { sub: user.id, typ: 'access', iat: now(), exp: now() + 60 }, 'another-secret-another-secret-another')],
      ['a tampered payload', () => {
        const [h, , s] = user.token.split('.');
        return `${h}.${b64url({ sub: user.id, typ: 'access', admin: true, exp: now() + 60 })}.${s}`;
      }],
      ['another HMAC algorithm with the right secret', () => forgeJwt({ alg: 'HS512', typ: 'JWT' }, { sub: user.id, typ: 'access', exp: now() + 60 }, secret(), 'sha512')],
      ['an expired token', () => forgeJwt({ alg: 'HS256', typ: 'JWT' }, { sub: user.id, typ: 'access', iat: now() - 120, exp: now() - 60 }, secret())],
      ['a token that is not an access token', () => forgeJwt({ alg: 'HS256', typ: 'JWT' }, { sub: user.id, typ: 'refresh', exp: now() + 60 }, secret())],
      ['garbage', () => 'not.a.jwt'],
    ])('refuses %s with 401 problem+json', async (_label, make) => {
      const req = request(stack.http).get('/api/v1/me');
      const res = make ? await req.set('authorization', `Bearer ${make()}`) : await req;
      expectProblem(res, 401);
      expect(res.body.id).toBeUndefined();
    });

    it('refuses the token of a user who has been deleted', async () => {
      const doomed = await registerUser(stack);
      await me(doomed.token).expect(200);
      await stack.db.query(`DELETE FROM users WHERE id = $1`, [doomed.id]);
      expectProblem(await me(doomed.token), 401);
      expectProblem(await refresh(doomed.refreshToken), 401);
    });
  });
});

describe('authentication rate limit', () => {
  let stack: Stack;
  let user: TestUser;

  beforeAll(async () => {
    // The per-address sign-in lock is tested above; here only the per-client limit may answer 429.
    stack = await startStack({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '5', LOGIN_MAX_FAILURES: '100' } });
    user = await registerUser(stack); // the first login of the minute
  });
  afterAll(() => stack.close());

  it('answers the 6th login within a minute with 429 problem+json and says when to retry', async () => {
    // Failed attempts count as much as successful ones: that is what stops guessing.
    for (let i = 0; i < 3; i += 1) {
      await request(stack.http).post('/api/v1/auth/login').send({ email: user.email, password: `wrong-password-${i}` }).expect(401);
    }
    const fifth = await request(stack.http).post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    expect(fifth.headers['x-ratelimit-limit']).toBe('5');
    expect(fifth.headers['x-ratelimit-remaining']).toBe('0');
    const sixth = await request(stack.http).post('/api/v1/auth/login').send({ email: user.email, password: user.password });
    expectProblem(sixth, 429);
    expect(sixth.body.code).toBe('rate_limited');
    expect(sixth.body.accessToken).toBeUndefined();
    const retryAfter = Number(sixth.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('limits each client behind a proxy by the address the proxy saw, however it forges X-Forwarded-For', async () => {
    // The test talks from loopback, i.e. like a proxy in front of the API; 127.0.0.1 itself is spent.
    const login = (forwardedFor: string) =>
      request(stack.http).post('/api/v1/auth/login').set('x-forwarded-for', forwardedFor).send({ email: user.email, password: 'wrong-password-x' });
    const forged = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}, 203.0.113.7`;
    for (let i = 0; i < 5; i += 1) expect((await login(forged())).status).toBe(401);
    expectProblem(await login(forged()), 429);
    expectProblem(await login('203.0.113.7'), 429);
    // Another client keeps its own budget.
    expect((await login('203.0.113.8')).status).toBe(401);
  });

  it('limits wrong HTTP Basic credentials on the queue board like logins', async () => {
    await grantRole(stack, user.id, 'admin');
    const basic = (password: string) => `Basic ${Buffer.from(`${user.email}:${password}`).toString('base64')}`;
    const board = (client: string, authorization: string) =>
      request(stack.http).get('/admin/queues/api/queues').set('x-forwarded-for', client).set('authorization', authorization);
    for (let i = 0; i < 5; i += 1) expect((await board('203.0.113.20', basic(`guess-${i}-wrong`))).status).toBe(401);
    const limited = await board('203.0.113.20', basic(user.password));
    expectProblem(limited, 429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The limit is on guessing passwords: a token, or another client, still gets in.
    expect((await board('203.0.113.20', `Bearer ${user.token}`)).status).toBe(200);
    expect((await board('203.0.113.21', basic(user.password))).status).toBe(200);
  });

  it('does not limit other routes', async () => {
    for (let i = 0; i < 12; i += 1) {
      const cities = await request(stack.http).get('/api/v1/cities').expect(200);
      expect(cities.headers['x-ratelimit-limit']).toBeUndefined();
      await request(stack.http).get('/api/v1/me').set('authorization', `Bearer ${user.token}`).expect(200);
    }
  });
});
