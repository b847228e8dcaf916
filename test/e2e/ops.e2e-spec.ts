import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import request from 'supertest';
import { WEB_APP_ROUTE } from '../../apps/api/src/web/web-app.js';
import { setLogDestination } from '../../libs/platform/src/observability/logging.js';
import { createAdmin, registerUser, TestUser } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

interface Route {
  method: string;
  /** The Fastify pattern, e.g. `/api/v1/organisations/:id`. */
  url: string;
}

/**
 * Every route Fastify has registered, read from `printRoutes({ commonPrefix: false })`: each tree
 * line is one path segment (indented four columns per level) and, when a route ends there, its
 * methods in parentheses.
 */
function registeredRoutes(tree: string): Route[] {
  const routes: Route[] = [];
  const prefixes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (.*)$/.exec(line);
    if (!match) continue;
    const depth = match[1].length / 4;
    const node = /^(.*?)(?: \(([A-Z, ]+)\))?$/.exec(match[2]);
    if (!node) continue;
    const path = (prefixes[depth - 1] ?? '') + node[1];
    prefixes[depth] = path;
    prefixes.length = depth + 1;
    for (const method of node[2]?.split(',').map((m) => m.trim()) ?? []) routes.push({ method, url: path });
  }
  return routes;
}

// Fastify's catch-all prints as `*`, or `/*` once `/` is a route of its own (the web app's).
const OUT_OF_DOCS = /^\/(docs|admin\/queues)(\/|-|$)|^\/?\*$/;

type Responses = Record<string, { content?: Record<string, { schema?: { $ref?: string } }> }>;
interface Operation {
  security?: Record<string, string[]>[];
  parameters?: { name: string; in: string }[];
  requestBody?: unknown;
  responses: Responses;
}
interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { securitySchemes?: Record<string, { type: string; scheme?: string }>; schemas: Record<string, unknown> };
}

const toOpenApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');
const withIds = (url: string, id: string) => url.replace(/:(\w+)/g, id);

// nestjs-pino builds one pino-http logger per process from the first app's settings, and every
// later app in this file logs through it: so this block, which needs its own level and
// destination, runs first.
describe('logging', () => {
  let stack: Stack;
  const lines: string[] = [];
  let pending = '';
  let capturing = true;

  beforeAll(async () => {
    setLogDestination(
      new Writable({
        write(chunk: Buffer, _encoding, done) {
          if (!capturing) return done();
          pending += chunk.toString('utf8');
          const parts = pending.split('\n');
          pending = parts.pop() ?? '';
          lines.push(...parts.filter(Boolean));
          done();
        },
      }),
    );
    try {
      stack = await startStack({ env: { LOG_LEVEL: 'info' } });
    } finally {
      setLogDestination(undefined);
    }
  });
  afterAll(async () => {
    await stack.close();
    capturing = false;
  });

  it('writes JSON lines with the request id and no credentials, passwords or tokens', async () => {
    const user = await registerUser(stack);
    const requestId = `log-test-${Date.now()}`;
    const login = await request(stack.http)
      .post('/api/v1/auth/login')
      .set('x-request-id', `${requestId}-login`)
      .send({ email: user.email, password: user.password })
      .expect(200);
    await request(stack.http).get('/api/v1/me').set('x-request-id', requestId).set('authorization', `Bearer ${login.body.accessToken}`).expect(200);
    await request(stack.http).post('/api/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
    await request(stack.http)
      .get('/admin/queues')
      .set('x-request-id', `${requestId}-board`)
      .set('authorization', `Basic ${Buffer.from(`${user.email}:${user.password}`).toString('base64')}`)
      .expect(403);
    await request(stack.http).get('/no-such-page?token=secret-reset-token').set('x-request-id', `${requestId}-unknown`).expect(404);
    // Log lines of the last request can trail its answer by a tick.
    await new Promise((resolve) => setTimeout(resolve, 100));

    const records = lines.map((line) => JSON.parse(line) as { req?: { id?: string; url?: string }; reqId?: string; msg?: string });
    const requestIdOf = (r: (typeof records)[number]) => r.req?.id ?? r.reqId;
    const meLines = records.filter((r) => requestIdOf(r) === requestId);
    expect(meLines.length).toBeGreaterThan(0);
    expect(meLines.some((r) => r.req?.url === '/api/v1/me')).toBe(true);
    expect(records.some((r) => requestIdOf(r) === `${requestId}-login`)).toBe(true);
    // Requests Nest does not route are logged as well: the queue board (who knocked, and the answer)
    // and unknown paths outside /api/v1, with query tokens blanked out.
    expect(records).toContainEqual(expect.objectContaining({ req: expect.objectContaining({ id: `${requestId}-board`, url: '/admin/queues' }), res: { statusCode: 403 } }));
    expect(records).toContainEqual(expect.objectContaining({ req: expect.objectContaining({ id: `${requestId}-unknown`, url: '/no-such-page?token=[redacted]' }) }));
    // Every request log line carries an id.
    for (const record of records.filter((r) => r.req)) expect(requestIdOf(record)).toEqual(expect.any(String));

    const all = lines.join('\n');
    for (const secret of [
      user.password,
      login.body.accessToken,
      login.body.accessToken.split('.')[2],
      login.body.refreshToken,
      user.token,
      user.refreshToken,
      Buffer.from(`${user.email}:${user.password}`).toString('base64'),
      'Bearer ',
      'Basic ',
      'secret-reset-token',
    ]) {
      expect(all).not.toContain(secret);
    }
    expect(all).not.toMatch(/argon2/);
  });
});

describe('operations', () => {
  let stack: Stack;
  let admin: TestUser;
  let member: TestUser;
  let doc: OpenApi;
  let routes: Route[];

  beforeAll(async () => {
    stack = await startStack();
    admin = await createAdmin(stack);
    member = await registerUser(stack);
    doc = (await request(stack.http).get('/docs-json').expect(200)).body;
    const all = registeredRoutes(stack.api.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false }));
    // HEAD is Fastify's automatic twin of GET; OpenAPI does not list it.
    routes = all.filter((r) => r.method !== 'HEAD' && r.method !== 'OPTIONS' && !OUT_OF_DOCS.test(r.url) && !WEB_APP_ROUTE.test(r.url));
  });
  afterAll(() => stack.close());

  const call = (route: Route, url: string) => {
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    return request(stack.http)[method](url);
  };
  const operationOf = (route: Route) => doc.paths[toOpenApiPath(route.url)]?.[route.method.toLowerCase()];

  it('GET /health answers 200 with the database and redis up', async () => {
    const res = await request(stack.http).get('/health').expect(200);
    expect(res.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, redis: { status: 'up', backend: 'redis' } } });
    expect(res.headers['cache-control']).toMatch(/no-store/);
  });

  it('GET /docs answers the Swagger UI page', async () => {
    const res = await request(stack.http).get('/docs').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.text).toMatch(/swagger-ui/i);
  });

  describe('the OpenAPI document', () => {
    it('is OpenAPI 3 with a bearer scheme and the problem schema', () => {
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.values(doc.components.securitySchemes ?? {})).toContainEqual(expect.objectContaining({ type: 'http', scheme: 'bearer' }));
      expect(doc.components.schemas.ProblemDto).toBeDefined();
    });

    it('reads the registered routes (the parser is right)', () => {
      expect(routes).toEqual(
        expect.arrayContaining([
          { method: 'POST', url: '/api/v1/auth/login' },
          { method: 'GET', url: '/api/v1/me' },
          { method: 'GET', url: '/health' },
          { method: 'PATCH', url: '/api/v1/organisations/:id' },
          { method: 'DELETE', url: '/api/v1/organisations/:id/members/:userId' },
        ]),
      );
      expect(routes.filter((r) => r.url.startsWith('/api/v1/')).length).toBeGreaterThan(15);
    });

    it('documents every route the app serves, and no route it does not', () => {
      const served = routes.map((r) => `${r.method} ${toOpenApiPath(r.url)}`).sort();
      const documented = Object.entries(doc.paths)
        .flatMap(([path, operations]) => Object.keys(operations).filter((m) => m !== 'parameters').map((m) => `${m.toUpperCase()} ${path}`))
        .sort();
      expect(documented.filter((d) => !served.includes(d))).toEqual([]);
      expect(served.filter((s) => !documented.includes(s))).toEqual([]);
    });

    it('marks every operation that refuses anonymous callers with the bearer requirement and a 401 problem', async () => {
      const missing: string[] = [];
      let needsSignIn = 0;
      for (const route of routes) {
        const res = await call(route, withIds(route.url, randomUUID())).send({});
        if (res.status !== 401) continue;
        needsSignIn += 1;
        const op = operationOf(route);
        const bearer = op?.security?.some((requirement) => 'bearer' in requirement);
        const documented401 = op?.responses['401']?.content?.['application/problem+json'];
        if (!bearer || !documented401) missing.push(`${route.method} ${route.url}${bearer ? '' : ' (no bearer)'}${documented401 ? '' : ' (no 401)'}`);
      }
      expect(needsSignIn).toBeGreaterThan(10);
      expect(missing).toEqual([]);
    });

    it('documents a 400 problem on every operation that takes input', () => {
      const missing: string[] = [];
      for (const route of routes) {
        const op = operationOf(route);
        if (!op) continue;
        const takesInput = (op.parameters?.length ?? 0) > 0 || op.requestBody !== undefined;
        if (takesInput && !op.responses['400']?.content?.['application/problem+json']) missing.push(`${route.method} ${route.url}`);
      }
      expect(missing).toEqual([]);
    });

    it('documents every 4xx the routes actually give to bad input, as problem+json', async () => {
      const undocumented: string[] = [];
      for (const route of routes) {
        const op = operationOf(route);
        if (!op) continue;
        const probes = [
          call(route, withIds(route.url, 'not-a-uuid')).set('authorization', `Bearer ${admin.token}`).send({ unexpectedField: 1 }),
          call(route, `${withIds(route.url, randomUUID())}?unexpectedParam=1`).set('authorization', `Bearer ${member.token}`).send({ unexpectedField: 1 }),
        ];
        for (const res of await Promise.all(probes)) {
          if (res.status >= 500) undocumented.push(`${route.method} ${route.url} fails with ${res.status}`);
          if (res.status < 400 || res.status >= 500) continue;
          expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
          if (!op.responses[String(res.status)]?.content?.['application/problem+json']) {
            undocumented.push(`${route.method} ${route.url} gives ${res.status}`);
          }
        }
      }
      expect([...new Set(undocumented)]).toEqual([]);
    });

    it('describes each documented 4xx response as a problem', () => {
      const wrong: string[] = [];
      for (const [path, operations] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(operations)) {
          for (const [status, response] of Object.entries(op.responses)) {
            if (!/^4\d\d$/.test(status)) continue;
            if (response.content?.['application/problem+json']?.schema?.$ref !== '#/components/schemas/ProblemDto') wrong.push(`${method} ${path} ${status}`);
          }
        }
      }
      expect(wrong).toEqual([]);
    });
  });

  it('GET /metrics answers Prometheus text with latency by route pattern, queue depths and outbox lag', async () => {
    const orgId = randomUUID();
    // No worker runs here: the verification e-mails of the users registered above would wait forever.
    await stack.db.query(`DELETE FROM outbox WHERE sent_at IS NULL AND job_name = 'email.verification'`);
    await request(stack.http).get(`/api/v1/organisations/${orgId}`).set('authorization', `Bearer ${member.token}`).expect(404);
    await request(stack.http).get('/api/v1/cities').expect(200);
    await stack.db.query(
      `INSERT INTO outbox (queue, job_name, payload, job_id, created_at) VALUES ('notifications', 'probe', '{}', $1, clock_timestamp() - interval '30 seconds')`,
      [`metrics-probe-${orgId}`],
    );
    try {
      const res = await request(stack.http).get('/metrics').expect(200);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text).toMatch(/^http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/cities",status="200"\} [1-9]/m);
      expect(res.text).toMatch(/^http_request_duration_seconds_bucket\{.*route="\/api\/v1\/organisations\/:id",status="404"/m);
      expect(res.text).not.toContain(orgId);
      expect(res.text).toMatch(/^queue_jobs\{queue="notifications",state="waiting"\} \d+/m);
      expect(res.text).toMatch(/^queue_jobs\{queue="notifications",state="failed"\} \d+/m);
      expect(res.text).toMatch(/^outbox_pending [1-9]\d*$/m);
      const lag = Number(/^outbox_lag_seconds (\S+)$/m.exec(res.text)?.[1]);
      expect(lag).toBeGreaterThanOrEqual(30);
      expect(lag).toBeLessThan(300);
    } finally {
      await stack.db.query(`DELETE FROM outbox WHERE job_id = $1`, [`metrics-probe-${orgId}`]);
    }
    const after = await request(stack.http).get('/metrics').expect(200);
    expect(after.text).toMatch(/^outbox_pending 0$/m);
    expect(after.text).toMatch(/^outbox_lag_seconds 0$/m);
  });

  describe('the queue board at /admin/queues', () => {
    const basic = (email: string, password: string) => `Basic ${Buffer.from(`${email}:${password}`).toString('base64')}`;
    const board = (authorization?: string, path = '') => {
      const req = request(stack.http).get(`/admin/queues${path}`);
      return authorization ? req.set('authorization', authorization) : req;
    };

    function expectRefused(res: request.Response, status: 401 | 403) {
      expect(res.status).toBe(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status, code: status === 401 ? 'unauthenticated' : 'forbidden', requestId: res.headers['x-request-id'] });
      if (status === 401) expect(res.headers['www-authenticate']).toMatch(/^Basic realm="Kokeilu queues"/);
      else expect(res.headers['www-authenticate']).toBeUndefined();
      expect(res.text).not.toMatch(/Kokeilu queues<|notifications/);
    }

    it('refuses anonymous callers and bad credentials with 401 and a Basic challenge', async () => {
      expectRefused(await board(), 401);
      expectRefused(await board(undefined, '/api/queues'), 401);
      expectRefused(await board('Bearer not-a-token'), 401);
      expectRefused(await board(basic(admin.email, 'wrong-password-123')), 401);
      expectRefused(await board(basic('nobody@example.fi', admin.password)), 401);
      expectRefused(await board('Basic !!!not-base64'), 401);
    });

    it('refuses a signed-in user who is not an admin with 403', async () => {
      expectRefused(await board(`Bearer ${member.token}`), 403);
      expectRefused(await board(basic(member.email, member.password), '/api/queues'), 403);
      const put = await request(stack.http).put('/admin/queues/api/queues/pause').set('authorization', `Bearer ${member.token}`);
      expectRefused(put, 403);
    });

    it('lets an admin in with a bearer token or with HTTP Basic', async () => {
      const page = await board(`Bearer ${admin.token}`).expect(200);
      expect(page.headers['content-type']).toMatch(/^text\/html/);
      const api = await board(basic(admin.email, admin.password), '/api/queues').expect(200);
      expect(JSON.stringify(api.body)).toContain('notifications');
      const bearerApi = await board(`Bearer ${admin.token}`, '/api/queues').expect(200);
      expect(JSON.stringify(bearerApi.body)).toContain('notifications');
    });

    it('stops letting a user in as soon as the admin role is revoked', async () => {
      const former = await createAdmin(stack);
      await board(`Bearer ${former.token}`, '/api/queues').expect(200);
      await stack.db.query(`DELETE FROM role_grants WHERE user_id = $1`, [former.id]);
      expectRefused(await board(`Bearer ${former.token}`, '/api/queues'), 403);
    });
  });
});

