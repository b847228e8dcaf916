import request from 'supertest';
import { authRequests, registerUser, TestUser, uniqueEmail } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

const PASSWORD = 'kesä-kokeilu-2026!';

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

  const { register, login, refresh, me } = authRequests(() => stack);

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
});
