// Every limit that stands between the API and abuse, proved in one place: per-client rate limits
// on sign-in and registration, the sign-in lockout, the body size limit, the page-size cap of every
// list, the password policy, access tokens that must not be accepted and refresh-token reuse.
import { createHash, createHmac } from 'node:crypto';
import { Client } from 'pg';
import request from 'supertest';
import { generateTestbeds, insertTestbeds, loadCityIds } from '../../libs/testbeds/src/demo/index.js';
import { authRequests, callBody, createAdmin, grantRole, registerUser, TestUser, uniqueEmail } from '../support/api.js';
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
  expect(res.text).not.toMatch(/\bat .+:\d+:\d+\)?|node_modules|\.ts:\d+/);
}

function expectFieldError(res: request.Response, field: string) {
  expectProblem(res, 400);
  expect(res.body.code).toBe('validation_failed');
  expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
}

/** A 429 that says when to come back, in the header and in the body alike. */
function expectRateLimited(res: request.Response, maxSeconds: number) {
  expectProblem(res, 429);
  expect(res.body.code).toBe('rate_limited');
  const retryAfter = Number(res.headers['retry-after']);
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
}

interface OpenApi {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string; schema?: { maximum?: number; minimum?: number } }[];
        responses?: Record<string, { content?: Record<string, { schema?: { type?: string } }> }>;
      }
    >
  >;
}

/**
 * The lists answered whole, as a JSON array without pages, and what bounds each. Anything that
 * grows with time or with the number of users (bookings, applications, audit events) has pages.
 */
const WHOLE_LISTS: Record<string, string> = {
  '/api/v1/cities': 'the six cities and the partner cities an admin adds',
  '/api/v1/organisations/{id}/members': "one organisation's members",
  '/api/v1/organisations/{id}/invitations': "one organisation's invitations not yet accepted, one per address, as its members",
  '/api/v1/applications/{id}/revisions': "one application's submissions",
  '/api/v1/applications/{id}/reviews': "one application's reviewers",
  '/api/v1/applications/{id}/clarifications': "the questions asked of one application's consortium, a few at most",
  '/api/v1/applications/{id}/clarification-suggestions': "the questions one application's assigned evaluators suggested",
  '/api/v1/calls/{id}/extensions': "one call's deadline extensions, at most one per organisation",
  '/api/v1/calls/{id}/evaluators': "one call's evaluator pool",
  '/api/v1/conflicts': "the caller's own declared conflicts",
  '/api/v1/deciders': 'the users holding the decider role, a few that the cities name',
  '/api/v1/redress': 'the redress requests the caller was appointed to review, a few a year',
  '/api/v1/redress/{id}/reviewers': 'the users holding the evaluator role, judged for one request',
};

describe('abuse limits', () => {
  let stack: Stack;
  let user: TestUser;

  beforeAll(async () => {
    stack = await startStack();
    user = await registerUser(stack);
  });
  afterAll(() => stack.close());

  const { register, login, refresh, me } = authRequests(() => stack);

  describe('request body size', () => {
    it('answers a body over 1 MiB with 413 problem+json, and one just under it with an ordinary 400', async () => {
      const over = await request(stack.http)
        .post('/api/v1/auth/register')
        .set('content-type', 'application/json')
        .send(JSON.stringify({ displayName: 'x'.repeat(1024 * 1024) }));
      expectProblem(over, 413);
      expect(over.body.code).toBe('payload_too_large');

      const under = await request(stack.http)
        .post('/api/v1/auth/register')
        .set('content-type', 'application/json')
        .send(JSON.stringify({ displayName: 'x'.repeat(1024 * 1024 - 100) }));
      expectFieldError(under, 'displayName');
    });

    it('applies the same limit to signed-in writes', async () => {
      const over = await request(stack.http)
        .post('/api/v1/organisations')
        .set('authorization', `Bearer ${user.token}`)
        .set('content-type', 'application/json')
        .send(JSON.stringify({ name: 'x'.repeat(1024 * 1024 + 1) }));
      expectProblem(over, 413);
    });
  });

  describe('page size of every list', () => {
    let admin: TestUser;
    let callId: string;
    let bedId: string;
    let tampereId: string;
    const routeValues: Record<string, () => string> = {
      '/api/v1/calls/{id}/applications': () => callId,
      '/api/v1/testbeds/{id}/bookings': () => bedId,
      '/api/v1/cities/{id}/testbeds': () => tampereId,
      '/api/v1/calls/{id}/evaluator-candidates': () => callId,
    };

    beforeAll(async () => {
      admin = await createAdmin(stack);
      // More rows than the caps of the lists below, so that the cap is seen cutting a page.
      const client = new Client({ connectionString: stack.env.DATABASE_URL });
      await client.connect();
      try {
        expect(await insertTestbeds(client, generateTestbeds(501, 7), await loadCityIds(client))).toBe(501);
      } finally {
        await client.end();
      }
      await stack.db.query(`INSERT INTO users (email, password_hash, display_name, locale)
        SELECT 'cap.' || n || '@example.fi', 'not-a-password', 'Cap ' || n, 'fi' FROM generate_series(1, 101) n`);
      const [org] = await stack.db.query(`INSERT INTO organisations (name, type, business_id, home_municipality, size_class)
        VALUES ('Rajakokeilu Oy', 'company', '7654321-0', 'Tampere', 'small') RETURNING id`);
      await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'owner')`, [org.id, admin.id]);
      [{ id: bedId }] = await stack.db.query(`SELECT id FROM testbeds WHERE state = 'published' ORDER BY id LIMIT 1`);
      await stack.db.query(`INSERT INTO bookings (testbed_id, organisation_id, requested_by, start_date, end_date, purpose, participants)
        SELECT $1, $2, $3, date '2027-01-01' + n, date '2027-01-01' + n, 'Rajatesti', 1 FROM generate_series(1, 101) n`, [bedId, org.id, admin.id]);
      await stack.db.query(`INSERT INTO audit_events (actor_id, action, entity_type, entity_id)
        SELECT $1::uuid, 'test.cap', 'user', $1::uuid FROM generate_series(1, 101)`, [admin.id]);
      const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
      tampereId = tampere;
      const call = await request(stack.http)
        .post('/api/v1/calls')
        .set('authorization', `Bearer ${admin.token}`)
        .send(callBody(tampere, { title: { fi: 'Rajahaku' } }))
        .expect(201);
      callId = call.body.id;
    });

    it('every GET with a limit declares its cap; over it is 400 naming limit, at it is 200 with at most that many items', async () => {
      const doc = (await request(stack.http).get('/docs-json').expect(200)).body as OpenApi;
      const lists = Object.entries(doc.paths).flatMap(([path, methods]) => {
        const limit = methods.get?.parameters?.find((p) => p.name === 'limit' && p.in === 'query');
        return limit ? [{ path, cap: limit.schema?.maximum }] : [];
      });
      // The known lists at least; a new one is picked up by itself.
      expect(lists.map((l) => l.path)).toEqual(
        expect.arrayContaining([
          '/api/v1/testbeds',
          '/api/v1/audit',
          '/api/v1/users',
          '/api/v1/open-data/testbeds',
          '/api/v1/calls/{id}/applications',
          '/api/v1/reviews',
          '/api/v1/bookings',
          '/api/v1/testbeds/{id}/bookings',
        ]),
      );
      const cut: string[] = [];
      for (const { path, cap } of lists) {
        expect({ path, cap }).toEqual({ path, cap: expect.any(Number) });
        expect(cap).toBeLessThanOrEqual(500);
        const url = path.replace(/\{(\w+)\}/g, () => {
          const value = routeValues[path];
          if (!value) throw new Error(`no value for the path parameters of ${path}`);
          return value();
        });
        const get = (limit: number | string) => request(stack.http).get(url).query({ limit }).set('authorization', `Bearer ${admin.token}`);

        const over = await get(cap! + 1);
        expect({ path, status: over.status }).toEqual({ path, status: 400 });
        expectFieldError(over, 'limit');
        expectFieldError(await get(1_000_000), 'limit');
        expectFieldError(await get(0), 'limit');

        const at = await get(cap!);
        expect({ path, status: at.status }).toEqual({ path, status: 200 });
        const items: unknown[] = at.body.items ?? at.body.data;
        expect({ path, items: Array.isArray(items) }).toEqual({ path, items: true });
        expect(items.length).toBeLessThanOrEqual(cap!);
        const total = typeof at.body.total === 'number' ? at.body.total : undefined;
        if (total !== undefined) expect({ path, count: items.length }).toEqual({ path, count: Math.min(total, cap!) });
        if (items.length === cap) cut.push(path);
      }
      // The seeded rows outnumber these caps, so a full page proves the cap holds where it bites.
      expect(cut).toEqual(
        expect.arrayContaining(['/api/v1/testbeds', '/api/v1/open-data/testbeds', '/api/v1/users', '/api/v1/audit', '/api/v1/bookings', '/api/v1/testbeds/{id}/bookings']),
      );
    });

    it('answers no other list as a whole array: a new one needs pages, or a bound named here', async () => {
      const doc = (await request(stack.http).get('/docs-json').expect(200)).body as OpenApi;
      const whole = Object.entries(doc.paths)
        .filter(([, methods]) => methods.get?.responses?.['200']?.content?.['application/json']?.schema?.type === 'array')
        .map(([path]) => path)
        .sort();
      expect(whole).toEqual(Object.keys(WHOLE_LISTS).sort());
    });
  });

  describe('password policy', () => {
    it('refuses a weak password with 400 naming password, and registers nobody', async () => {
      for (const password of ['short', 'aaaaaaaaaaaaaaa', 'x'.repeat(201), 12345678901234]) {
        const email = uniqueEmail('weak');
        expectFieldError(await register({ email, password, displayName: 'Weak', locale: 'fi' }), 'password');
        const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email]);
        expect(n).toBe(0);
      }
      const email = uniqueEmail('mattimeikalainen');
      const containsName = await register({ email, password: `${email.split('@')[0]}-2026`, displayName: 'Matti', locale: 'fi' });
      expectFieldError(containsName, 'password');
    });
  });

  describe('sign-in lockout', () => {
    it('locks sign-in for an address from a client after five wrong passwords in a row from it, the same for unknown addresses', async () => {
      const victim = await registerUser(stack);
      for (let i = 0; i < 4; i++) expectProblem(await login({ email: victim.email, password: `väärä-salasana-${i}` }), 401);
      // A correct password clears the count.
      await login({ email: victim.email, password: victim.password }).expect(200);
      for (let i = 0; i < 5; i++) expectProblem(await login({ email: victim.email, password: `väärä-salasana-${i}` }), 401);

      const locked = await login({ email: victim.email.toUpperCase(), password: victim.password });
      expectRateLimited(locked, 15 * 60);
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
  });

  describe('access tokens', () => {
    const secret = () => stack.env.JWT_SECRET;
    /** The sign-in and token generation of the user's real token, so a forged token fails for its own fault alone. */
    const live = () => {
      const { sid, gen } = JSON.parse(Buffer.from(user.token.split('.')[1], 'base64url').toString('utf8')) as { sid: string; gen: number };
      return { sid, gen };
    };

    it('accepts a well-formed token signed with the secret (the forging helper is right)', async () => {
      await me(forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...live(), sub: user.id, typ: 'access', iat: now(), exp: now() + 60 }, secret())).expect(200);
    });

    it.each([
      ['no token', null],
      ['a token with alg none', () => forgeJwt({ alg: 'none', typ: 'JWT' }, { ...live(), sub: user.id, typ: 'access', iat: now(), exp: now() + 60 })],
      ['alg none with a signature', () => `${forgeJwt({ alg: 'none' }, { ...live(), sub: user.id, typ: 'access', exp: now() + 60 })}c2ln`],
      ['a wrong signature', () => forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...live(), sub: user.id, typ: 'access', iat: now(), exp: now() + 60 }, 'another-secret-another-secret-another')],
      ['a tampered payload', () => {
        const [h, , s] = user.token.split('.');
        return `${h}.${b64url({ ...live(), sub: user.id, typ: 'access', admin: true, exp: now() + 60 })}.${s}`;
      }],
      ['another HMAC algorithm with the right secret', () => forgeJwt({ alg: 'HS512', typ: 'JWT' }, { ...live(), sub: user.id, typ: 'access', exp: now() + 60 }, secret(), 'sha512')],
      ['an expired token', () => forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...live(), sub: user.id, typ: 'access', iat: now() - 120, exp: now() - 60 }, secret())],
      ['a token that is not an access token', () => forgeJwt({ alg: 'HS256', typ: 'JWT' }, { ...live(), sub: user.id, typ: 'refresh', exp: now() + 60 }, secret())],
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
  });
});

describe('per-client rate limits', () => {
  let stack: Stack;
  let user: TestUser;

  beforeAll(async () => {
    // The per-address sign-in lock is tested above; here only the per-client limit may answer 429.
    // The test talks from loopback like a reverse proxy in front of the API, and is trusted as one.
    stack = await startStack({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '5', LOGIN_MAX_FAILURES: '100', TRUST_PROXY: 'loopback' } });
    user = await registerUser(stack); // the first registration and the first login of the minute
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
    expectRateLimited(sixth, 60);
    expect(sixth.body.accessToken).toBeUndefined();
  });

  it('answers the 6th registration within a minute with 429 problem+json, and registers nobody', async () => {
    const signUp = (email: string, client = '203.0.113.40') =>
      request(stack.http).post('/api/v1/auth/register').set('x-forwarded-for', client).send({ email, password: PASSWORD, displayName: 'Massa', locale: 'fi' });
    for (let i = 0; i < 5; i += 1) expect((await signUp(uniqueEmail('mass'))).status).toBe(201);
    const email = uniqueEmail('mass');
    const sixth = await signUp(email);
    expectRateLimited(sixth, 60);
    expect(sixth.body.id).toBeUndefined();
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [email]);
    expect(n).toBe(0);
    // Another client keeps its own budget, and signing in is counted apart from signing up.
    expect((await signUp(email, '203.0.113.41')).status).toBe(201);
    expect((await request(stack.http).post('/api/v1/auth/login').set('x-forwarded-for', '203.0.113.40').send({ email, password: PASSWORD })).status).toBe(200);
  });

  it('answers the 6th token refresh within a minute with 429, so refresh tokens cannot be guessed either', async () => {
    const refresh = (refreshToken: string) => request(stack.http).post('/api/v1/auth/refresh').set('x-forwarded-for', '203.0.113.50').send({ refreshToken });
    for (let i = 0; i < 5; i += 1) expectProblem(await refresh(`${'g'.repeat(42)}${i}`), 401);
    expectRateLimited(await refresh(user.refreshToken), 60);
    // The token itself is untouched: another client may still use it.
    expect((await request(stack.http).post('/api/v1/auth/refresh').set('x-forwarded-for', '203.0.113.51').send({ refreshToken: user.refreshToken })).status).toBe(200);
  });

  it('limits each client behind a trusted proxy by the address the proxy saw, however it forges X-Forwarded-For', async () => {
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

describe('X-Forwarded-For from a sender that TRUST_PROXY does not name', () => {
  let stack: Stack;

  beforeAll(async () => {
    // TRUST_PROXY unset: the default, no proxy is trusted, not even one on loopback.
    stack = await startStack({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '5', LOGIN_MAX_FAILURES: '100' } });
  });
  afterAll(() => stack.close());

  it('is ignored: thirty sign-ins with a new X-Forwarded-For each are limited as the one client they come from', async () => {
    const email = uniqueEmail('kiertaja');
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const forged = `198.51.100.${i + 1}, 203.0.113.${(i * 7) % 250}`;
      statuses.push((await request(stack.http).post('/api/v1/auth/login').set('x-forwarded-for', forged).send({ email, password: `väärä-salasana-${i}` })).status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual(Array(25).fill(429));
  });
});
