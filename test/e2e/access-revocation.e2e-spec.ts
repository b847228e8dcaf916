import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { JwtService } from '@nestjs/jwt';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createAdmin as createAdminCommand } from '../../apps/cli/src/commands/create-admin.js';
import { createApiApp } from '../../apps/api/src/app.js';
import { createAdmin, registerUser, renewTokens, TestUser } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

describe('access tokens end with their sign-in', () => {
  let stack: Stack;
  /** A second API process on the same database, as a deployment with replicas runs. */
  let other: NestFastifyApplication;
  let admin: TestUser;

  beforeAll(async () => {
    stack = await startStack();
    other = await createApiApp(stack.config, stack.env);
    await other.init();
    await other.getHttpAdapter().getInstance().ready();
    admin = await createAdmin(stack);
  });
  afterAll(async () => {
    await other?.close();
    await stack?.close();
  });

  const http = () => request(stack.http);
  const me = (token: string, server = stack.http) => request(server).get('/api/v1/me').set('authorization', `Bearer ${token}`);
  const signIn = async (user: TestUser) => (await http().post('/api/v1/auth/login').send({ email: user.email, password: user.password }).expect(200)).body;

  it('refuses the access token of a sign-in that logged out, at once and in every API process', async () => {
    const user = await registerUser(stack);
    await me(user.token).expect(200);
    await me(user.token, other.getHttpServer()).expect(200);
    await http().post('/api/v1/auth/logout').send({ refreshToken: user.refreshToken }).expect(204);
    const refused = await me(user.token).expect(401);
    expect(refused.body.code).toBe('unauthenticated');
    await me(user.token, other.getHttpServer()).expect(401);
  });

  it('ends only the sign-in that logged out: the same user elsewhere goes on', async () => {
    const user = await registerUser(stack);
    const laptop = await signIn(user);
    await http().post('/api/v1/auth/logout').send({ refreshToken: user.refreshToken }).expect(204);
    await me(user.token).expect(401);
    await me(laptop.accessToken).expect(200);
  });

  it('ends the access tokens of a browser sign-in that logs out with its cookie', async () => {
    const user = await registerUser(stack);
    const login = await http().post('/api/v1/auth/login').set('x-session', 'cookie').send({ email: user.email, password: user.password }).expect(200);
    const cookie = (login.headers['set-cookie'] as unknown as string[]).find((c) => c.startsWith('kokeilu_refresh='))!.split(';')[0];
    await me(login.body.accessToken).expect(200);
    await http().post('/api/v1/auth/logout').set('x-session', 'cookie').set('cookie', cookie).send({}).expect(204);
    await me(login.body.accessToken).expect(401);
  });

  it('ends the access tokens of a sign-in whose refresh token was replayed', async () => {
    const user = await registerUser(stack);
    const rotated = await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
    await me(rotated.body.accessToken).expect(200);
    // The spent token comes back: it leaked, and the whole sign-in ends.
    await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    await me(rotated.body.accessToken).expect(401);
    await me(user.token).expect(401);
  });

  it('ends every access token of a user whose roles change; a refresh gives one that works', async () => {
    const user = await registerUser(stack);
    const second = await signIn(user);
    const grant = await http().post(`/api/v1/users/${user.id}/roles`).set('authorization', `Bearer ${admin.token}`).send({ role: 'evaluator' }).expect(201);
    await me(user.token).expect(401);
    await me(second.accessToken, other.getHttpServer()).expect(401);
    await renewTokens(stack, user);
    const now = await me(user.token).expect(200);
    expect(now.body.roles).toEqual([expect.objectContaining({ role: 'evaluator' })]);

    await http().delete(`/api/v1/users/${user.id}/roles/${grant.body.id}`).set('authorization', `Bearer ${admin.token}`).expect(204);
    await me(user.token).expect(401);
    await renewTokens(stack, user);
    expect((await me(user.token).expect(200)).body.roles).toEqual([]);
  });

  it('ends every sign-in of an account whose password is reset by create-admin', async () => {
    const user = await registerUser(stack, { verified: false });
    await me(user.token).expect(200);
    await createAdminCommand(stack.env.DATABASE_URL, { email: user.email, password: 'uusi-salasana-2027!', displayName: 'Admin', locale: null });
    await me(user.token).expect(401);
    await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
  });

  it('refuses a token that names no sign-in, an unknown one, or another user\'s', async () => {
    const user = await registerUser(stack);
    const jwt = stack.api.get(JwtService);
    const sign = (claims: object) => jwt.signAsync(claims, { expiresIn: 300, algorithm: 'HS256' });
    await me(await sign({ sub: user.id, typ: 'access' })).expect(401);
    await me(await sign({ sub: user.id, typ: 'access', sid: randomUUID(), gen: 0 })).expect(401);
    const [{ id: adminSession }] = await stack.db.query(`SELECT id FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1`, [admin.id]);
    await me(await sign({ sub: user.id, typ: 'access', sid: adminSession, gen: 0 })).expect(401);
    const [{ id: ownSession }] = await stack.db.query(`SELECT id FROM auth_sessions WHERE user_id = $1 AND revoked_at IS NULL LIMIT 1`, [user.id]);
    await me(await sign({ sub: user.id, typ: 'access', sid: ownSession, gen: 0 })).expect(200);
  });
});
