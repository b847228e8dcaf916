import request from 'supertest';
import { registerUser, TestUser } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

/** The `kokeilu_refresh` cookie a response sets: its value and its attributes, as a browser reads them. */
function refreshCookie(res: request.Response): { value: string; attributes: string[] } | undefined {
  const header = res.headers['set-cookie'] as unknown as string[] | undefined;
  const line = (header ?? []).find((c) => c.startsWith('kokeilu_refresh='));
  if (!line) return undefined;
  const [pair, ...attributes] = line.split(';').map((part) => part.trim());
  return { value: decodeURIComponent(pair.slice('kokeilu_refresh='.length)), attributes };
}

describe('the web session: the refresh token in an httpOnly cookie', () => {
  let stack: Stack;
  let user: TestUser;

  beforeAll(async () => {
    stack = await startStack({ env: { PUBLIC_URL: 'https://kokeilu.example' } });
    user = await registerUser(stack);
  });
  afterAll(() => stack.close());

  const http = () => request(stack.http);
  const cookieLogin = () => http().post('/api/v1/auth/login').set('x-session', 'cookie').send({ email: user.email, password: user.password });
  const cookieRefresh = (value: string) =>
    http().post('/api/v1/auth/refresh').set('x-session', 'cookie').set('cookie', `kokeilu_refresh=${encodeURIComponent(value)}`).send({});
  const cookieLogout = (value: string) =>
    http().post('/api/v1/auth/logout').set('x-session', 'cookie').set('cookie', `kokeilu_refresh=${encodeURIComponent(value)}`).send({});
  const me = (token: string) => http().get('/api/v1/me').set('authorization', `Bearer ${token}`);

  it('sets the refresh token as an httpOnly, SameSite=Strict cookie of the auth routes, and answers the access token alone', async () => {
    const res = await cookieLogin().expect(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), refreshToken: null, tokenType: 'Bearer', expiresIn: expect.any(Number) });
    const cookie = refreshCookie(res);
    expect(cookie?.value).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(cookie?.attributes).toEqual(
      expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/api/v1/auth', 'Secure', `Max-Age=${30 * 86_400}`]),
    );
    await me(res.body.accessToken).expect(200);
    // The cookie is a working refresh token of the user's.
    const [row] = await stack.db.query(`SELECT user_id FROM refresh_tokens WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [cookie?.value]);
    expect(row.user_id).toBe(user.id);
  });

  it('refreshes from the cookie with an empty body, rotating the cookie; an old cookie presented again ends the sign-in', async () => {
    const first = refreshCookie(await cookieLogin().expect(200))!.value;
    const res = await cookieRefresh(first).expect(200);
    expect(res.body).toMatchObject({ accessToken: expect.any(String), refreshToken: null });
    const second = refreshCookie(res)!;
    expect(second.value).not.toBe(first);
    expect(second.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'SameSite=Strict', 'Path=/api/v1/auth', 'Secure']));
    await me(res.body.accessToken).expect(200);

    // The spent cookie replayed: refused, the cookie cleared, and the whole sign-in revoked.
    const replay = await cookieRefresh(first).expect(401);
    expect(replay.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refreshCookie(replay)?.value).toBe('');
    await cookieRefresh(second.value).expect(401);
  });

  it('answers 401 to a refresh without the cookie, and 400 naming refreshToken when the body carries one too', async () => {
    const none = await http().post('/api/v1/auth/refresh').set('x-session', 'cookie').send({}).expect(401);
    expect(none.body.code).toBe('unauthenticated');
    const login = await cookieLogin().expect(200);
    const both = await http()
      .post('/api/v1/auth/refresh')
      .set('x-session', 'cookie')
      .set('cookie', `kokeilu_refresh=${refreshCookie(login)!.value}`)
      .send({ refreshToken: refreshCookie(login)!.value })
      .expect(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'refreshToken' })]);
  });

  it('refuses another X-Session value with 400 naming the header', async () => {
    const res = await http().post('/api/v1/auth/login').set('x-session', 'body').send({ email: user.email, password: user.password }).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'X-Session' })]);
  });

  it('logs out from the cookie: the cookie is cleared and the sign-in revoked', async () => {
    const value = refreshCookie(await cookieLogin().expect(200))!.value;
    const res = await cookieLogout(value).expect(204);
    const cleared = refreshCookie(res)!;
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toEqual(expect.arrayContaining(['Path=/api/v1/auth', 'HttpOnly', 'SameSite=Strict']));
    expect(cleared.attributes.some((a) => a === 'Max-Age=0' || a.startsWith('Expires=Thu, 01 Jan 1970'))).toBe(true);
    const [row] = await stack.db.query(`SELECT revoked_at FROM refresh_tokens WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [value]);
    expect(row.revoked_at).not.toBeNull();
    await cookieRefresh(value).expect(401);
    // Logging out with no cookie left still succeeds.
    await http().post('/api/v1/auth/logout').set('x-session', 'cookie').send({}).expect(204);
  });

  it('leaves every route as it was without the header: tokens in the body, no cookie', async () => {
    const login = await http().post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200);
    expect(login.body.refreshToken).toEqual(expect.any(String));
    expect(refreshCookie(login)).toBeUndefined();
    const refreshed = await http().post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    expect(refreshed.body.refreshToken).toEqual(expect.any(String));
    expect(refreshCookie(refreshed)).toBeUndefined();
    const missing = await http().post('/api/v1/auth/refresh').send({}).expect(400);
    expect(missing.body.errors).toEqual([{ field: 'refreshToken', message: 'is required' }]);
    // A cookie sent without the header is not looked at.
    const cookieOnly = await http().post('/api/v1/auth/refresh').set('cookie', `kokeilu_refresh=${refreshed.body.refreshToken}`).send({}).expect(400);
    expect(cookieOnly.body.errors).toEqual([{ field: 'refreshToken', message: 'is required' }]);
    const logout = await http().post('/api/v1/auth/logout').send({ refreshToken: refreshed.body.refreshToken }).expect(204);
    expect(refreshCookie(logout)).toBeUndefined();
    await http().post('/api/v1/auth/refresh').send({ refreshToken: refreshed.body.refreshToken }).expect(401);
  });
});
