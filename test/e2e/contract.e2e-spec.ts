import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { createAdmin, registerUser, TestUser } from '../support/api.js';
import { readFileSync } from 'node:fs';
import { runId } from '../../libs/testing/src/index.js';
import { Contract, fetchServedDocument, runDocumentFile, takeAllDrifts } from '../support/contract.js';
import { Stack, startStack } from '../support/stack.js';

/** A cursor as the API encodes them (base64url JSON of the sort key and the id), with any content. */
const crafted = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('the HTTP contract', () => {
  let stack: Stack;
  let user: TestUser;
  let admin: TestUser;
  const auth = (who: TestUser) => ({ authorization: `Bearer ${who.token}` });

  beforeAll(async () => {
    stack = await startStack();
    [user, admin] = await Promise.all([registerUser(stack), createAdmin(stack)]);
  });
  afterAll(() => stack.close());

  describe('cursors', () => {
    it.each([
      ['a time that is no date', crafted(['2026-13-45T99:99:99.000Z', randomUUID()])],
      ['a number for the time', crafted([1e308, randomUUID()])],
      ['an id that is no UUID', crafted([new Date().toISOString(), 'not-a-uuid'])],
    ])('answers a notifications cursor with %s with 400 naming cursor', async (_, cursor) => {
      const res = await request(stack.http).get('/api/v1/notifications').query({ cursor }).set(auth(user)).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.errors).toEqual([{ field: 'cursor', message: 'is not a cursor this API issued' }]);
    });

    it.each([
      ['an id past bigint', crafted(['99999999999999999999999', '99999999999999999999999'])],
      ['a negative id', crafted(['-5', '-5'])],
      ['an id that is no number', crafted(['x', 'x'])],
    ])('answers an audit cursor with %s with 400 naming cursor', async (_, cursor) => {
      const res = await request(stack.http).get('/api/v1/audit').query({ cursor }).set(auth(admin)).expect(400);
      expect(res.body.errors).toEqual([{ field: 'cursor', message: 'is not a cursor this API issued' }]);
    });
  });

  describe('bodies', () => {
    it('refuses an unknown field on a route that takes no body, naming it, before it acts', async () => {
      const decision = await request(stack.http).post(`/api/v1/calls/${randomUUID()}/decision`).set(auth(admin)).send({ foo: 1 }).expect(400);
      expect(decision.body.errors).toEqual([{ field: 'foo', message: 'foo is not an accepted field' }]);
      const approve = await request(stack.http).post(`/api/v1/bookings/${randomUUID()}/approve`).set(auth(admin)).send({ state: 'approved' }).expect(400);
      expect(approve.body.errors).toEqual([{ field: 'state', message: 'state is not an accepted field' }]);
    });

    it('takes no body, or an empty object, on a route without input', async () => {
      await request(stack.http).post('/api/v1/notifications/read-all').set(auth(user)).expect(200, { marked: 0 });
      await request(stack.http).post('/api/v1/notifications/read-all').set(auth(user)).send({}).expect(200, { marked: 0 });
    });

    it('says "is required" once for each missing field', async () => {
      const res = await request(stack.http).post('/api/v1/auth/login').send({}).expect(400);
      expect(res.body.errors).toEqual([
        { field: 'email', message: 'email is required' },
        { field: 'password', message: 'password is required' },
      ]);
    });

    it('gives one message per field: the wrong type, not every rule the value breaks', async () => {
      const res = await request(stack.http).post('/api/v1/auth/login').send({ email: 'anna@example.fi', password: 12 }).expect(400);
      expect(res.body.errors).toEqual([{ field: 'password', message: 'password must be a string' }]);
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded', 'application/xml'])('answers a %s body with 415, not a list of fields', async (type) => {
      const res = await request(stack.http).post('/api/v1/auth/login').set('content-type', type).send('email=anna@example.fi&password=x').expect(415);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 415, code: 'unsupported_media_type' });
      expect(res.body.errors).toBeUndefined();
    });
  });

  it('answers GET /api/v1 with links to the docs, the health check and the open data', async () => {
    const res = await request(stack.http).get('/api/v1').expect(200);
    expect(res.body.links).toMatchObject({ docs: '/docs', openapi: '/docs-json', health: '/health' });
    for (const link of [res.body.links.openapi, res.body.links.health, ...Object.values(res.body.links.openData as Record<string, string>)]) {
      await request(stack.http).get(link).expect(200);
    }
  });

  describe('the response validator', () => {
    let contract: Contract;
    beforeAll(async () => {
      contract = await Contract.of(stack.api);
    });

    it('checks against the document the app serves, which the run keeps for all its apps', async () => {
      const served = JSON.parse(await fetchServedDocument(stack.api));
      expect(served.paths['/api/v1/notifications/read-all']).toBeDefined();
      expect(JSON.parse(readFileSync(runDocumentFile(runId()), 'utf8'))).toEqual(served);
    });

    it('passes an answer that matches the document', () => {
      contract.checkResponse('POST', '/api/v1/notifications/read-all', 200, { 'content-type': 'application/json' }, Buffer.from('{"marked":3}'));
      expect(takeAllDrifts()).toEqual([]);
    });

    it.each([
      ['a field the document does not name', 200, 'application/json', '{"marked":3,"secret":"x"}', /must NOT have additional properties \(secret\)/],
      ['a value of the wrong type', 200, 'application/json', '{"marked":"3"}', /must be integer/],
      ['a status the operation does not document', 418, 'application/json', '{}', /status 418 is not documented/],
      ['a media type the status does not document', 200, 'text/html', '<p>', /media type text\/html is not documented/],
    ])('finds %s', (_, status, type, body, problem) => {
      contract.checkResponse('POST', '/api/v1/notifications/read-all', status, { 'content-type': type, 'x-request-id': 'r1' }, Buffer.from(body));
      const drifts = takeAllDrifts();
      expect(drifts).toHaveLength(1);
      expect(drifts[0].problem).toMatch(problem);
    });
  });
});
