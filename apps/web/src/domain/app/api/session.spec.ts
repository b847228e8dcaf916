import { createSession, type Flag } from './session';

const ORIGIN = 'http://kokeilu.test';

/** A fake API: answers by path, records every request with its authorization and x-session headers. */
function fakeApi(routes: Record<string, (request: Request) => Response | Promise<Response>>) {
  const seen: { path: string; authorization: string | null; session: string | null; body: string }[] = [];
  const fetch = async (request: Request) => {
    const path = new URL(request.url).pathname;
    seen.push({ path, authorization: request.headers.get('authorization'), session: request.headers.get('x-session'), body: await request.clone().text() });
    const route = routes[path];
    return route ? route(request) : new Response(null, { status: 404 });
  };
  return { fetch, seen };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const memoryFlag = (on = false): Flag & { on: boolean } => {
  const flag = { on, get: () => flag.on, set: (value: boolean) => void (flag.on = value) };
  return flag;
};

describe('the browser session', () => {
  it('refreshes once for many callers at a time, with X-Session: cookie and an empty body', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const api = fakeApi({ '/api/v1/auth/refresh': async () => (await gate, json({ accessToken: 'fresh' })) });
    const session = createSession(api.fetch, memoryFlag(true), () => ORIGIN);
    const all = Promise.all([session.refresh(), session.refresh(), session.start()]);
    release();
    expect(await all).toEqual([true, true, true]);
    expect(api.seen).toEqual([{ path: '/api/v1/auth/refresh', authorization: null, session: 'cookie', body: '{}' }]);
    expect(session.accessToken()).toBe('fresh');
    expect(session.state()).toBe('signedIn');
  });

  it('does not ask for a refresh at page load in a browser that never signed in', async () => {
    const api = fakeApi({});
    const session = createSession(api.fetch, memoryFlag(false), () => ORIGIN);
    expect(await session.start()).toBe(false);
    expect(session.state()).toBe('signedOut');
    expect(api.seen).toEqual([]);
  });

  it('after a 401 refreshes once and retries the request with the new token', async () => {
    let token = 'old';
    const api = fakeApi({
      '/api/v1/auth/refresh': () => ((token = 'new'), json({ accessToken: 'new' })),
      '/api/v1/me': (request) => (request.headers.get('authorization') === `Bearer ${token}` ? json({ ok: true }) : json({ code: 'unauthenticated' }, 401)),
    });
    const flag = memoryFlag();
    const session = createSession(api.fetch, flag, () => ORIGIN);
    session.signedIn({ accessToken: 'stale' });
    expect(flag.on).toBe(true);
    const response = await session.fetch(new Request(`${ORIGIN}/api/v1/me`));
    expect(response.status).toBe(200);
    expect(api.seen.map((r) => [r.path, r.authorization])).toEqual([
      ['/api/v1/me', 'Bearer stale'],
      ['/api/v1/auth/refresh', null],
      ['/api/v1/me', 'Bearer new'],
    ]);
  });

  it('gives the 401 back and forgets the sign-in when the refresh is refused, without retrying again', async () => {
    const api = fakeApi({
      '/api/v1/auth/refresh': () => json({ code: 'unauthenticated' }, 401),
      '/api/v1/me': () => json({ code: 'unauthenticated' }, 401),
    });
    const flag = memoryFlag();
    const session = createSession(api.fetch, flag, () => ORIGIN);
    session.signedIn({ accessToken: 'revoked' });
    const response = await session.fetch(new Request(`${ORIGIN}/api/v1/me`));
    expect(response.status).toBe(401);
    expect(api.seen.map((r) => r.path)).toEqual(['/api/v1/me', '/api/v1/auth/refresh']);
    expect(session.state()).toBe('signedOut');
    expect(session.accessToken()).toBeNull();
    expect(flag.on).toBe(false);
  });

  it('never refreshes after a 401 of an auth route (a wrong password) or of an anonymous visitor', async () => {
    const api = fakeApi({ '/api/v1/auth/login': () => json({ code: 'invalid_credentials' }, 401), '/api/v1/me': () => json({}, 401) });
    const session = createSession(api.fetch, memoryFlag(false), () => ORIGIN);
    expect((await session.fetch(new Request(`${ORIGIN}/api/v1/auth/login`, { method: 'POST', body: '{}' }))).status).toBe(401);
    expect((await session.fetch(new Request(`${ORIGIN}/api/v1/me`))).status).toBe(401);
    expect(api.seen.map((r) => r.path)).toEqual(['/api/v1/auth/login', '/api/v1/me']);
  });

  it('signs out through the API with the cookie and forgets the token', async () => {
    const api = fakeApi({ '/api/v1/auth/logout': () => new Response(null, { status: 204 }) });
    const session = createSession(api.fetch, memoryFlag(), () => ORIGIN);
    session.signedIn({ accessToken: 'a' });
    const states: string[] = [];
    session.subscribe(() => states.push(session.state()));
    await session.signOut();
    expect(api.seen).toEqual([{ path: '/api/v1/auth/logout', authorization: null, session: 'cookie', body: '{}' }]);
    expect(session.accessToken()).toBeNull();
    expect(states).toEqual(['signedOut']);
  });
});
