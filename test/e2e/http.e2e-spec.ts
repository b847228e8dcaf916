import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { registerUser, TestUser, uniqueEmail } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

const APP_ORIGIN = 'https://app.example.fi';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A problem+json answer (RFC 9457) that leaks nothing of the server's insides. */
function expectProblem(res: request.Response, status: number): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({
    type: expect.stringMatching(/^urn:kokeilu:problem:/),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    code: expect.any(String),
  });
  expect(res.body.requestId).toBe(res.headers['x-request-id']);
  expectNoInternals(res);
}

function expectNoInternals(res: request.Response): void {
  expect(res.body).not.toHaveProperty('stack');
  expect(res.text).not.toMatch(/\bat .+:\d+:\d+\)?/); // a stack frame
  expect(res.text).not.toMatch(/node_modules|\/work\/|\.ts:\d+|QueryFailedError|TypeError|ReferenceError/);
}

function expectFieldError(res: request.Response, field: string): void {
  expectProblem(res, 400);
  expect(res.body.code).toBe('validation_failed');
  expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]));
}

describe('HTTP conventions', () => {
  let stack: Stack;
  let user: TestUser;

  beforeAll(async () => {
    stack = await startStack({ env: { CORS_ORIGINS: `${APP_ORIGIN}, https://admin.example.fi` } });
    user = await registerUser(stack);
  });
  afterAll(() => stack.close());

  const auth = () => ({ authorization: `Bearer ${user.token}` });

  describe('errors are problem+json', () => {
    it('answers an unknown route with 404 problem+json', async () => {
      for (const res of [
        await request(stack.http).get('/api/v1/no-such-thing'),
        await request(stack.http).get('/nope').set('accept', 'text/html'),
        await request(stack.http).delete('/api/v1/cities'),
      ]) {
        expectProblem(res, 404);
        expect(res.body.code).toBe('not_found');
      }
      const res = await request(stack.http).get('/api/v1/no-such-thing?x=1');
      expect(res.body.instance).toBe('/api/v1/no-such-thing?x=1');
    });

    it('answers a body that is not valid JSON with 400 problem+json', async () => {
      const res = await request(stack.http).post('/api/v1/auth/login').set('content-type', 'application/json').send('{"email": "a@b.fi", ');
      expectProblem(res, 400);
      expect(res.body.code).toBe('validation_failed');
    });

    it('answers a path id that is not a UUID with 400 naming the parameter', async () => {
      const res = await request(stack.http).get('/api/v1/organisations/not-a-uuid').set(auth());
      expectFieldError(res, 'id');
      const nested = await request(stack.http).delete(`/api/v1/organisations/${randomUUID()}/members/42`).set(auth());
      expectFieldError(nested, 'userId');
      expect(nested.body.errors.map((e: { field: string }) => e.field)).not.toContain('id');
    });

    it('answers an unknown or malformed query parameter with 400 naming it', async () => {
      expectFieldError(await request(stack.http).get('/api/v1/audit').query({ limit: 'many' }).set(auth()), 'limit');
      expectFieldError(await request(stack.http).get('/api/v1/audit').query({ sort: 'x' }).set(auth()), 'sort');
    });

    it('refuses text with NUL characters with 400 naming the field instead of failing in the database', async () => {
      const body = { email: uniqueEmail('nul'), password: 'kesä-kokeilu-2026!', displayName: 'Null\u0000Byte', locale: 'fi' };
      expectFieldError(await request(stack.http).post('/api/v1/auth/register').send(body), 'displayName');
      expectFieldError(await request(stack.http).get('/api/v1/audit').query({ entityId: 'a\u0000b' }).set(auth()), 'entityId');
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [body.email]);
      expect(n).toBe(0);
    });

    it('refuses input nested deeper than any form with 400 instead of overflowing the stack', async () => {
      const depth = 50_000;
      const deep = `{"token":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}`;
      const res = await request(stack.http).post('/api/v1/cities').set(auth()).set('content-type', 'application/json').send(deep);
      expectProblem(res, 400);
      expect(res.body.errors[0].field).toMatch(/^token(\.a)+$/);
      const array = await request(stack.http).post('/api/v1/invitations/accept').set(auth()).set('content-type', 'application/json').send(`{"token":${'['.repeat(depth)}${']'.repeat(depth)}}`);
      expectProblem(array, 400);
    });

    it('answers a URL the router refuses (bad escapes, an overlong id) as problem+json', async () => {
      const badEscape = await request(stack.http).get('/api/v1/organisations/%zz').set(auth());
      expectProblem(badEscape, 400);
      const longId = await request(stack.http).get(`/api/v1/organisations/${'a'.repeat(2_000)}`).set(auth());
      expectProblem(longId, 414);
    });

    it('answers a request line or headers too large for the parser with 431 problem+json', async () => {
      const res = await request(stack.http).get(`/api/v1/organisations/${'a'.repeat(40_000)}`);
      expect(res.status).toBe(431);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 431, code: expect.any(String), title: 'Request Header Fields Too Large' });
      expectNoInternals(res);
    });

    it('answers an unexpected failure with a bare 500 problem: no stack, no SQL, no error class', async () => {
      await stack.db.query('ALTER TABLE cities RENAME TO cities_hidden');
      try {
        const res = await request(stack.http).get('/api/v1/cities');
        expectProblem(res, 500);
        expect(res.body.code).toBe('internal');
        expect(Object.keys(res.body).sort()).toEqual(['code', 'detail', 'instance', 'requestId', 'status', 'title', 'type']);
        expect(res.body.detail).not.toMatch(/cities|relation|SELECT|postgres/i);
      } finally {
        await stack.db.query('ALTER TABLE cities_hidden RENAME TO cities');
      }
      await request(stack.http).get('/api/v1/cities').expect(200);
    });

    it('answers auth failures as problems without internals', async () => {
      expectProblem(await request(stack.http).get('/api/v1/me'), 401);
      expectProblem(await request(stack.http).get('/api/v1/me').set('authorization', 'Bearer a.b.c'), 401);
      expectProblem(await request(stack.http).post('/api/v1/auth/login').send({ email: user.email, password: 'wrong-password-1' }), 401);
    });
  });

  describe('request ids', () => {
    it('puts an x-request-id on every answer, and the problem body carries the same id', async () => {
      const answers = [
        await request(stack.http).get('/api/v1/cities'),
        await request(stack.http).get('/api/v1/me').set(auth()),
        await request(stack.http).get('/api/v1/me'),
        await request(stack.http).get('/api/v1/nothing-here'),
        await request(stack.http).post('/api/v1/auth/login').set('content-type', 'application/json').send('{'),
        await request(stack.http).get('/health'),
        await request(stack.http).get('/metrics'),
        await request(stack.http).get('/docs-json'),
        await request(stack.http).get('/admin/queues'),
        await request(stack.http).options('/api/v1/cities').set('origin', APP_ORIGIN).set('access-control-request-method', 'POST'),
      ];
      const ids = answers.map((res) => res.headers['x-request-id']);
      for (const id of ids) expect(id).toMatch(UUID);
      expect(new Set(ids).size).toBe(ids.length);
      const problem = answers[2];
      expect(problem.body.requestId).toBe(problem.headers['x-request-id']);
    });

    it('echoes a well-formed incoming x-request-id and replaces a malformed one', async () => {
      const mine = `trace-${Date.now()}.abc_DEF`;
      const echoed = await request(stack.http).get('/api/v1/me').set('x-request-id', mine);
      expect(echoed.headers['x-request-id']).toBe(mine);
      expect(echoed.body.requestId).toBe(mine);
      await request(stack.http).get('/api/v1/cities').set('x-request-id', mine).expect('x-request-id', mine);

      for (const bad of ['has spaces in it', 'x'.repeat(65), 'semi;colon', '<script>']) {
        const res = await request(stack.http).get('/api/v1/cities').set('x-request-id', bad);
        expect(res.headers['x-request-id']).toMatch(UUID);
      }
    });
  });

  describe('security headers', () => {
    it('sends helmet headers on data, errors and docs', async () => {
      for (const res of [
        await request(stack.http).get('/api/v1/cities'),
        await request(stack.http).get('/api/v1/me'),
        await request(stack.http).get('/api/v1/nothing-here'),
        await request(stack.http).get('/docs'),
      ]) {
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
        expect(res.headers['content-security-policy']).toContain("default-src 'self'");
        expect(res.headers['referrer-policy']).toBe('no-referrer');
        expect(res.headers['x-powered-by']).toBeUndefined();
      }
    });
  });

  describe('CORS', () => {
    it('lets a configured origin read answers (with credentials and the request id)', async () => {
      const res = await request(stack.http).get('/api/v1/cities').set('origin', APP_ORIGIN).expect(200);
      expect(res.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
      expect(res.headers['access-control-allow-credentials']).toBe('true');
      expect(res.headers['access-control-expose-headers']?.toLowerCase()).toContain('x-request-id');
      expect(res.headers.vary).toMatch(/origin/i);
      const second = await request(stack.http).get('/api/v1/cities').set('origin', 'https://admin.example.fi');
      expect(second.headers['access-control-allow-origin']).toBe('https://admin.example.fi');
      const error = await request(stack.http).get('/api/v1/me').set('origin', APP_ORIGIN).expect(401);
      expect(error.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
    });

    it('answers a preflight of a configured origin', async () => {
      const res = await request(stack.http)
        .options('/api/v1/organisations')
        .set('origin', APP_ORIGIN)
        .set('access-control-request-method', 'POST')
        .set('access-control-request-headers', 'authorization, content-type');
      expect(res.status).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(APP_ORIGIN);
      expect(res.headers['access-control-allow-methods']).toContain('POST');
      expect(res.headers['access-control-allow-headers']?.toLowerCase()).toContain('authorization');
    });

    it('gives no CORS grant to any other origin', async () => {
      for (const origin of ['https://evil.example', 'https://app.example.fi.evil.example', 'http://app.example.fi', 'null']) {
        const res = await request(stack.http).get('/api/v1/cities').set('origin', origin).expect(200);
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
        const preflight = await request(stack.http).options('/api/v1/cities').set('origin', origin).set('access-control-request-method', 'POST');
        expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      }
    });
  });
});
