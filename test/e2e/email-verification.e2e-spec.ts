import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import pg from 'pg';
import request from 'supertest';
import type { QueryRunner } from 'typeorm';
import { createTestDatabase, dropDatabase, mailText, ReceivedMail } from '../../libs/testing/src/index.js';
import { EmailVerification1765600000000 } from '../../libs/platform/src/database/migrations/1765600000000-email-verification.js';
import { JOBS } from '../../libs/platform/src/index.js';
import { normaliseEmail } from '../../libs/identity/src/domain/email.js';
import { businessId, grantRole, registerUser, uniqueEmail, verificationSecrets } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

const PASSWORD = 'kesä-kokeilu-2026!';

// The project's testTimeout is a global option that jest ignores inside `projects`: set it here.
jest.setTimeout(60_000);

function expectProblem(res: request.Response, status: number, code?: string) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  if (code) expect(res.body.code).toBe(code);
}

/** The link token and the code that a verification e-mail carries. */
function secretsOf(mail: ReceivedMail): { link: string; token: string; code: string } {
  const text = mailText(mail);
  const link = /(https?:\/\/\S+\/verify-email\?token=\S+)/.exec(text)?.[1];
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!link || !code) throw new Error(`no link or code in the mail:\n${text}`);
  return { link, token: decodeURIComponent(new URL(link).searchParams.get('token') ?? ''), code };
}

describe('e-mail verification', () => {
  let stack: Stack;
  const api = () => request(stack.http);
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  const register = (email: string, locale: 'fi' | 'sv' | 'en' = 'fi') => api().post('/api/v1/auth/register').send({ email, password: PASSWORD, displayName: 'Aino', locale });
  const login = async (email: string) => (await api().post('/api/v1/auth/login').send({ email, password: PASSWORD }).expect(200)).body.accessToken as string;
  const createOrganisation = (token: string) =>
    api().post('/api/v1/organisations').set(bearer(token)).send({ name: 'Vahvistus Oy', type: 'company', businessId: businessId(), homeMunicipality: 'Tampere', sizeClass: 'small' });
  const mailsTo = (to: string) => stack.smtp!.messages.filter((m) => m.to.includes(to));

  beforeAll(async () => {
    stack = await startStack({ worker: true, smtp: true });
  });
  afterAll(() => stack?.close());

  it('mails a link and a code through the outbox and SMTP in the user language; the link from the real mail verifies the address, and only then may the account write', async () => {
    const email = uniqueEmail('vahvistus');
    const registered = await register(email, 'sv').expect(201);
    expect(registered.body).toMatchObject({ email, emailVerified: false });
    const token = await login(email);

    // Signed in but not verified: reads work, writes wait with a 403 that names the reason.
    expect((await api().get('/api/v1/me').set(bearer(token)).expect(200)).body).toMatchObject({ email, emailVerified: false });
    await api().get('/api/v1/organisations').set(bearer(token)).expect(200);
    const refused = await createOrganisation(token);
    expectProblem(refused, 403, 'email_unverified');
    expect(refused.body).toMatchObject({ type: 'urn:kokeilu:problem:email_unverified', reason: 'email_unverified' });
    expect(refused.body.detail).toMatch(/verify-email/);
    expect(await stack.db.query(`SELECT 1 FROM memberships WHERE user_id = $1`, [registered.body.id])).toEqual([]);

    const mail = await stack.smtp!.waitFor((m) => m.to.includes(email), 20_000);
    expect(mail.subject).toBe('Bekräfta din e-postadress – Kokeilu');
    const secrets = secretsOf(mail);
    // The link opens the web app's page in the user's language, which posts the token to the API.
    expect(secrets.link.startsWith(`${stack.config.PUBLIC_URL.replace(/\/$/, '')}/sv/verify-email?token=`)).toBe(true);
    // Neither secret was ever stored: not in the outbox, not in the queue, not in the database.
    const [{ rows }] = await stack.db.query(
      `SELECT json_agg(o.payload) AS rows FROM outbox o WHERE o.job_name = 'email.verification'`,
    );
    expect(JSON.stringify(rows)).not.toContain(secrets.token.split('.')[1]);
    expect(rows).toEqual(expect.arrayContaining([{ verificationId: expect.any(String) }]));
    const queue = stack.api.get<Queue>(getQueueToken(JOBS['email.verification'].queue), { strict: false });
    const jobs = (await queue.getJobs(['completed', 'waiting', 'active', 'delayed', 'failed'], 0, -1)).filter((j) => j.name === 'email.verification');
    expect(jobs.length).toBeGreaterThan(0);
    for (const job of jobs) expect(Object.keys(job.data)).toEqual(['verificationId']);
    const [row] = await stack.db.query(`SELECT to_jsonb(v) AS row FROM email_verifications v WHERE user_id = $1`, [registered.body.id]);
    expect(JSON.stringify(row)).not.toContain(secrets.code);

    // The link works without a sign-in (it may be opened in another browser).
    const verified = await api().post('/api/v1/auth/verify-email').send({ token: secrets.token }).expect(200);
    expect(verified.body).toMatchObject({ userId: registered.body.id, email, emailVerified: true, emailVerifiedAt: expect.any(String) });
    // A second click changes nothing and says the same.
    await api().post('/api/v1/auth/verify-email').send({ token: secrets.token }).expect(200);
    expect((await api().get('/api/v1/me').set(bearer(token)).expect(200)).body.emailVerified).toBe(true);
    await createOrganisation(token).expect(201);
    const [event] = await stack.db.query(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'user.email_verified'`, [registered.body.id]);
    expect(event.after).toMatchObject({ email, by: 'link' });
  });

  it('verifies with the code of the mail while signed in; wrong codes are counted and five end the code', async () => {
    const email = uniqueEmail('koodi');
    const { body: user } = await register(email, 'en').expect(201);
    const token = await login(email);
    const mail = await stack.smtp!.waitFor((m) => m.to.includes(email), 20_000);
    expect(mail.subject).toBe('Confirm your e-mail address – Kokeilu');
    const { code } = secretsOf(mail);

    expectProblem(await api().post('/api/v1/auth/verify-email').send({ code }), 401, 'unauthenticated');
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    const first = await api().post('/api/v1/auth/verify-email').set(bearer(token)).send({ code: wrong });
    expectProblem(first, 400, 'validation_failed');
    expect(first.body.errors).toEqual([{ field: 'code', message: expect.stringMatching(/4 more tries/) }]);
    await api().post('/api/v1/auth/verify-email').set(bearer(token)).send({ code: `${code.slice(0, 3)} ${code.slice(3)}` }).expect(200);
    expect((await api().get('/api/v1/me').set(bearer(token))).body.emailVerified).toBe(true);

    const other = uniqueEmail('arvaaja');
    const { body: guesser } = await register(other).expect(201);
    const guesserToken = await login(other);
    const { code: right } = await verificationSecrets(stack, guesser.id);
    const guess = String((Number(right) + 7) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 5; i++) expectProblem(await api().post('/api/v1/auth/verify-email').set(bearer(guesserToken)).send({ code: guess }), 400);
    const spent = await api().post('/api/v1/auth/verify-email').set(bearer(guesserToken)).send({ code: right });
    expectProblem(spent, 409, 'conflict');
    expect(spent.body.reason).toBe('too_many_attempts');
    expect(user.emailVerified).toBe(false);
    expect((await api().get('/api/v1/me').set(bearer(guesserToken))).body.emailVerified).toBe(false);
  });

  it('sends another mail on request, replacing the earlier ones, at most one a minute, and none for a verified address', async () => {
    const email = uniqueEmail('uudelleen');
    const { body: user } = await register(email).expect(201);
    const token = await login(email);
    const first = await verificationSecrets(stack, user.id);
    // The first mail is sent before a second request replaces its verification (its job would
    // then rightly skip it).
    await eventually(async () => mailsTo(email).length === 1, 20_000, 'the first mail');

    // The first mail went out at registration, a moment ago: the next must wait.
    const early = await api().post('/api/v1/auth/verify-email/resend').set(bearer(token));
    expectProblem(early, 429, 'rate_limited');
    expect(Number(early.headers['retry-after'])).toBeGreaterThan(50);

    await stack.db.query(`UPDATE email_verifications SET created_at = created_at - interval '2 minutes' WHERE user_id = $1`, [user.id]);
    const sent = await api().post('/api/v1/auth/verify-email/resend').set(bearer(token)).expect(202);
    expect(sent.body).toMatchObject({ email, expiresAt: expect.any(String), resendAvailableAt: expect.any(String) });
    expect(new Date(sent.body.resendAvailableAt).getTime() - Date.now()).toBeGreaterThan(50_000);
    await eventually(async () => mailsTo(email).length === 2, 20_000, 'the second mail');
    const [older, newer] = mailsTo(email).map(secretsOf);
    expect(older.token).toBe(first.token);
    expect(newer.token).not.toBe(older.token);

    const replaced = await api().post('/api/v1/auth/verify-email').send({ token: older.token });
    expectProblem(replaced, 409);
    expect(replaced.body.reason).toBe('replaced');
    await api().post('/api/v1/auth/verify-email').send({ token: newer.token }).expect(200);
    const again = await api().post('/api/v1/auth/verify-email/resend').set(bearer(token));
    expectProblem(again, 409);
    expect(again.body.reason).toBe('already_verified');
  });

  it('refuses an expired link, a forged one and a malformed request, each with a problem naming what is wrong', async () => {
    const email = uniqueEmail('vanha');
    const { body: user } = await register(email).expect(201);
    const { token } = await verificationSecrets(stack, user.id);
    await stack.db.query(`UPDATE email_verifications SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    const expired = await api().post('/api/v1/auth/verify-email').send({ token });
    expectProblem(expired, 409);
    expect(expired.body.reason).toBe('expired');

    const forged = await api().post('/api/v1/auth/verify-email').send({ token: `${token.split('.')[0]}.${'A'.repeat(43)}` });
    expectProblem(forged, 400, 'validation_failed');
    expect(forged.body.errors).toEqual([expect.objectContaining({ field: 'token' })]);
    for (const [body, field] of [
      [{}, 'token'],
      [{ token, code: '123456' }, 'code'],
      [{ code: '12345' }, 'code'],
      [{ token: 42 }, 'token'],
    ] as const) {
      const res = await api().post('/api/v1/auth/verify-email').send(body);
      expectProblem(res, 400, 'validation_failed');
      expect({ body, fields: res.body.errors.map((e: { field: string }) => e.field) }).toEqual({ body, fields: expect.arrayContaining([field]) });
    }
    expect((await stack.db.query(`SELECT email_verified_at FROM users WHERE id = $1`, [user.id]))[0].email_verified_at).toBeNull();
  });

  it('keeps one account per address however it is spelt: letter case and an internationalised domain are normalised', async () => {
    const local = `kirja.${Date.now().toString(36)}`;
    const first = await register(`  ${local.toUpperCase()}@Bücher.Example `).expect(201);
    expect(first.body.email).toBe(`${local}@xn--bcher-kva.example`);
    const second = await register(`${local}@xn--bcher-kva.example`);
    expectProblem(second, 409);
    expect(second.body.errors).toEqual([expect.objectContaining({ field: 'email' })]);
    await api().post('/api/v1/auth/login').send({ email: `${local}@bücher.example`, password: PASSWORD }).expect(200);
    await api().post('/api/v1/auth/login').send({ email: `${local.toUpperCase()}@XN--BCHER-KVA.EXAMPLE`, password: PASSWORD }).expect(200);
    const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM users WHERE email LIKE $1`, [`${local}@%`]);
    expect(n).toBe(1);
    // The mail reaches the address (nodemailer may write the domain back in Unicode on the envelope).
    await stack.smtp!.waitFor((m) => m.to.some((to) => normaliseEmail(to) === `${local}@xn--bcher-kva.example`), 20_000);
  });

  it('releases an address that an account held a day without proving it, to a new registration', async () => {
    const email = uniqueEmail('valtaaja');
    const { body: squatter } = await register(email).expect(201);
    // A day later, still unproved, the address owner registers.
    expectProblem(await register(email), 409);
    await stack.db.query(`UPDATE users SET created_at = now() - interval '25 hours' WHERE id = $1`, [squatter.id]);
    const { body: owner } = await register(email).expect(201);
    expect(owner.id).not.toBe(squatter.id);
    const [parked] = await stack.db.query(`SELECT email FROM users WHERE id = $1`, [squatter.id]);
    expect(parked.email).toBe(`parked.${squatter.id}@invalid`);
    const [event] = await stack.db.query(`SELECT before, after FROM audit_events WHERE entity_id = $1 AND action = 'user.email_released'`, [squatter.id]);
    expect(event).toMatchObject({ before: { email }, after: { email: parked.email } });

    // A verified address is never released.
    const held = await registerUser(stack);
    await stack.db.query(`UPDATE users SET created_at = now() - interval '25 hours' WHERE id = $1`, [held.id]);
    expectProblem(await register(held.email), 409);
  });

  it('grants no platform role to an account whose address is not verified', async () => {
    const admin = await registerUser(stack);
    await grantRole(stack, admin.id, 'admin');
    const { body: pending } = await register(uniqueEmail('rooli')).expect(201);
    const refused = await api().post(`/api/v1/users/${pending.id}/roles`).set(bearer(admin.token)).send({ role: 'evaluator' });
    expectProblem(refused, 409);
    expect(refused.body.reason).toBe('email_unverified');
    expect(await stack.db.query(`SELECT 1 FROM role_grants WHERE user_id = $1`, [pending.id])).toEqual([]);
    const listed = await api().get('/api/v1/users').query({ email: pending.email }).set(bearer(admin.token)).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ id: pending.id, emailVerified: false })]);
  });

  it('documents the 403 of an unverified account on every write a signed-in caller can make, and the verification routes exactly', async () => {
    const doc = (await api().get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { security?: Record<string, string[]>[]; responses: Record<string, unknown>; requestBody?: unknown }>>;
    };
    const undocumented: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const signedIn = op.security?.some((s) => 'bearer' in s);
        if (signedIn && method !== 'get' && !op.responses['403'] && path !== '/api/v1/auth/verify-email' && path !== '/api/v1/auth/verify-email/resend') {
          undocumented.push(`${method.toUpperCase()} ${path}`);
        }
      }
    }
    expect(undocumented).toEqual([]);
    const verify = doc.paths['/api/v1/auth/verify-email'].post;
    expect(verify.security).toEqual([{}, { bearer: [] }]);
    // Beside the answers of the HTTP layer that every body route has (413, 415, 500, 503).
    expect(Object.keys(verify.responses).sort()).toEqual(['200', '400', '401', '409', '413', '415', '429', '500', '503']);
    const resend = doc.paths['/api/v1/auth/verify-email/resend'].post;
    expect(resend.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(resend.responses).sort()).toEqual(['202', '400', '401', '409', '413', '415', '429', '500', '503']);
    expect(JSON.stringify(doc.paths['/api/v1/me'].get)).toContain('MeDto');
  });
});

describe('e-mail verification through MAIL_DIR', () => {
  let stack: Stack;

  afterAll(() => stack?.close());

  it('writes the verification mail as a file when no SMTP server is configured, and its link verifies the address', async () => {
    stack = await startStack({ worker: true });
    const { readdir, readFile } = await import('node:fs/promises');
    const email = uniqueEmail('tiedosto');
    const { body } = await request(stack.http).post('/api/v1/auth/register').send({ email, password: PASSWORD, displayName: 'Tiedosto', locale: 'fi' }).expect(201);
    const text = await eventually(async () => {
      // Only finished mail: the writer renames a hidden .tmp file into place, which may vanish between readdir and readFile.
      const files = (await readdir(stack.config.MAIL_DIR).catch(() => [] as string[])).filter((file) => file.endsWith('.eml'));
      for (const file of files) {
        const raw = await readFile(`${stack.config.MAIL_DIR}/${file}`, 'utf8');
        if (raw.includes(email)) return mailText({ raw, from: '', to: [email], subject: '' });
      }
      return null;
    }, 20_000, 'the mail file');
    expect(text).toMatch(/Vahvista|vahvistuskoodi/);
    const token = decodeURIComponent(/verify-email\?token=(\S+)/.exec(text)![1]);
    await request(stack.http).post('/api/v1/auth/verify-email').send({ token }).expect(200);
    expect((await stack.db.query(`SELECT email_verified_at FROM users WHERE id = $1`, [body.id]))[0].email_verified_at).not.toBeNull();
  });
});

describe('the migration that brings e-mail verification', () => {
  const database = { name: '', url: '' };
  let client: pg.Client;
  const rows = async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[];

  beforeAll(async () => {
    Object.assign(database, await createTestDatabase());
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    if (database.name) await dropDatabase(database.name);
  });

  it('normalises the existing addresses, leaves every account unverified, and parks all but the account in use where two turn out to be one', async () => {
    const migration = new EmailVerification1765600000000();
    const runner = { query: async (sql: string, params?: unknown[]) => (await client.query(sql, params)).rows } as unknown as QueryRunner;
    await migration.down(runner);
    const [older] = await rows<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name, created_at) VALUES ('Kirja@Bücher.Example', 'x', 'Older', now() - interval '2 days') RETURNING id`,
    );
    const [inUse] = await rows<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name, created_at) VALUES ('kirja@xn--bcher-kva.example', 'x', 'In use', now() - interval '1 day') RETURNING id`,
    );
    await client.query(`INSERT INTO role_grants (user_id, role) VALUES ($1, 'evaluator')`, [inUse.id]);
    await client.query(`INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, gen_random_uuid(), 'older', now() + interval '1 day')`, [older.id]);
    const [plain] = await rows<{ id: string }>(`INSERT INTO users (email, password_hash, display_name) VALUES (' Plain.Case@Example.FI', 'x', 'Plain') RETURNING id`);
    const [org] = await rows<{ id: string }>(`INSERT INTO organisations (name, type, business_id, home_municipality, size_class) VALUES ('Kutsuja Oy', 'company', '0112038-9', 'Tampere', 'small') RETURNING id`);
    await client.query(
      `INSERT INTO invitations (organisation_id, email, role, token_hash, invited_by, expires_at) VALUES ($1, 'Kutsu@Bücher.example', 'member', 'h', $2, now() + interval '1 day')`,
      [org.id, plain.id],
    );

    await migration.up(runner);
    const users = await rows<{ id: string; email: string; verified: boolean }>(`SELECT id, email, email_verified_at IS NOT NULL AS verified FROM users ORDER BY created_at`);
    expect(users).toEqual([
      { id: older.id, email: `parked.${older.id}@invalid`, verified: false },
      { id: inUse.id, email: 'kirja@xn--bcher-kva.example', verified: false },
      { id: plain.id, email: 'plain.case@example.fi', verified: false },
    ]);
    expect(await rows(`SELECT 1 FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL`, [older.id])).toEqual([]);
    const [event] = await rows<{ before: unknown; after: unknown }>(`SELECT before, after FROM audit_events WHERE action = 'user.email_parked' AND entity_id = $1`, [older.id]);
    expect(event).toEqual({ before: { email: 'Kirja@Bücher.Example' }, after: expect.objectContaining({ addressKeptBy: inUse.id }) });
    expect(await rows(`SELECT email FROM invitations`)).toEqual([{ email: 'kutsu@xn--bcher-kva.example' }]);
  });
});
