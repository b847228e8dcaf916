// Rate limits hold across API processes: two API instances on one database (as two replicas
// behind a proxy would be) count against one limit, and a new instance (a restart) still knows
// a block. Each instance is a whole API app of its own, with its own module graph.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createApiApp } from '../../apps/api/src/app.js';
import { Contract } from '../support/contract.js';
import { Stack, startStack } from '../support/stack.js';
import { uniqueEmail } from '../support/api.js';

const LIMIT = 3;

describe('rate limits shared by every API process', () => {
  let stack: Stack;
  const others: NestFastifyApplication[] = [];

  async function anotherApi() {
    const api = await createApiApp(stack.config, stack.env);
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    (await Contract.of(api)).watch(api.getHttpServer());
    others.push(api);
    return api.getHttpServer();
  }

  beforeAll(async () => {
    stack = await startStack({ backend: 'postgres', env: { AUTH_RATE_LIMIT_PER_MINUTE: String(LIMIT) } });
  });

  afterAll(async () => {
    for (const api of others) await api.close();
    await stack?.close();
  });

  // Each attempt names another address, so that only the per-client limit (not a lockout) can refuse.
  const signIn = (http: Parameters<typeof request>[0]) => request(http).post('/api/v1/auth/login').send({ email: uniqueEmail('limit'), password: 'not-the-password-1' });

  it('counts sign-ins on two instances against one limit, and a restarted instance keeps the block', async () => {
    const second = await anotherApi();
    const answers: number[] = [];
    for (let i = 0; i < LIMIT; i++) answers.push((await signIn(i % 2 ? second : stack.http)).status);
    expect(answers).toEqual(Array(LIMIT).fill(401));

    const refused = await signIn(second);
    expect(refused.status).toBe(429);
    expect(refused.body.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn(stack.http)).status).toBe(429);

    const restarted = await anotherApi();
    expect((await signIn(restarted)).status).toBe(429);
  });

  it('counts wrong credentials on the queue board across instances', async () => {
    const second = await anotherApi();
    const wrong = `Basic ${Buffer.from(`${uniqueEmail('board')}:wrong-password-1`).toString('base64')}`;
    const board = (http: Parameters<typeof request>[0]) => request(http).get('/admin/queues').set('authorization', wrong);
    const answers: number[] = [];
    for (let i = 0; i < LIMIT; i++) answers.push((await board(i % 2 ? second : stack.http)).status);
    expect(answers).toEqual(Array(LIMIT).fill(401));
    const refused = await board(second);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await board(stack.http)).status).toBe(429);
  });
});
