import request from 'supertest';
import type { Stack } from './stack.js';
import { businessIdCheckDigit } from '../../libs/identity/src/domain/business-id.js';
import { verificationCode, verificationToken } from '../../libs/identity/src/domain/email-verification.js';

let counter = 0;

export interface TestUser {
  id: string;
  email: string;
  password: string;
  token: string;
  refreshToken: string;
}

export function uniqueEmail(prefix = 'user', domain = 'example.fi'): string {
  counter += 1;
  return `${prefix}.${Date.now().toString(36)}${counter}@${domain}`;
}

/**
 * Registers a user through the API, proves the address as its owner would (the link of the latest
 * verification e-mail, unless `verified` is false) and signs in. The link's token is the one the
 * mail carries, derived from the verification's id with the stack's key; test/e2e/email-verification
 * reads it from the real mail instead.
 */
export async function registerUser(
  stack: Stack,
  overrides: { email?: string; locale?: 'fi' | 'sv' | 'en'; verified?: boolean } = {},
): Promise<TestUser> {
  const email = overrides.email ?? uniqueEmail();
  const password = 'kesä-kokeilu-2026!';
  const registered = await request(stack.http)
    .post('/api/v1/auth/register')
    .send({ email, password, displayName: `Test ${email}`, locale: overrides.locale ?? 'fi' })
    .expect(201);
  if (overrides.verified !== false) await verifyEmail(stack, registered.body.id);
  const login = await request(stack.http).post('/api/v1/auth/login').send({ email, password }).expect(200);
  return { id: registered.body.id, email: registered.body.email, password, token: login.body.accessToken, refreshToken: login.body.refreshToken };
}

/**
 * Gives the user new tokens through a refresh, as a client does after a 401: a change of the user's
 * roles ends the access tokens issued before it.
 */
export async function renewTokens(stack: Stack, user: TestUser): Promise<TestUser> {
  const res = await request(stack.http).post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
  user.token = res.body.accessToken;
  user.refreshToken = res.body.refreshToken;
  return user;
}

/** The link token and the code of a user's latest verification e-mail, as the mail carries them. */
export async function verificationSecrets(stack: Stack, userId: string): Promise<{ id: string; token: string; code: string }> {
  const [latest]: { id: string }[] = await stack.db.query(`SELECT id FROM email_verifications WHERE user_id = $1 ORDER BY created_at DESC, id LIMIT 1`, [userId]);
  if (!latest) throw new Error(`no verification e-mail for user ${userId}`);
  return { id: latest.id, token: verificationToken(stack.env.JWT_SECRET, latest.id), code: verificationCode(stack.env.JWT_SECRET, latest.id) };
}

/** Proves a user's address through the API with the link of the latest verification e-mail. */
export async function verifyEmail(stack: Stack, userId: string): Promise<void> {
  const { token } = await verificationSecrets(stack, userId);
  await request(stack.http).post('/api/v1/auth/verify-email').send({ token }).expect(200);
}

/** Grants a platform role directly in the database (as the create-admin command does for the first admin). */
export async function grantRole(stack: Stack, userId: string, role: 'admin' | 'coordinator' | 'evaluator' | 'decider', citySlug?: string) {
  await stack.db.query(
    `INSERT INTO role_grants (user_id, role, city_id) VALUES ($1, $2, (SELECT id FROM cities WHERE slug = $3))`,
    [userId, role, citySlug ?? null],
  );
}

export async function createAdmin(stack: Stack): Promise<TestUser> {
  const user = await registerUser(stack);
  await grantRole(stack, user.id, 'admin');
  return user;
}



/** A random valid business ID (the check digit computed by the domain rule). */
export function businessId(): string {
  for (;;) {
    const body = String(Math.floor(Math.random() * 10_000_000)).padStart(7, '0');
    const check = businessIdCheckDigit(body);
    if (check !== null) return `${body}-${check}`;
  }
}

/** The admin who verifies organisations for a stack's tests, made on first need. */
const verifiers = new WeakMap<Stack, Promise<TestUser>>();

/**
 * An organisation made through the API by `user`, its owner. Only organisations whose identity a
 * coordinator or an admin verified count as operators of a consortium, so it is verified through
 * the API too (by an admin of the stack's own), unless `verified` is false. Answers the
 * organisation as it is after that (verifying it moves its version on).
 */
export async function createOrganisation(stack: Stack, user: TestUser, overrides: Record<string, unknown> = {}, { verified = true }: { verified?: boolean } = {}) {
  const response = await request(stack.http)
    .post('/api/v1/organisations')
    .set('authorization', `Bearer ${user.token}`)
    .send({ name: 'Liikennelabra Oy', type: 'company', businessId: businessId(), homeMunicipality: 'Tampere', sizeClass: 'small', ...overrides })
    .expect(201);
  if (!verified) return response.body as { id: string; version: number; name: string };
  if (!verifiers.has(stack)) verifiers.set(stack, createAdmin(stack));
  const verifier = await (verifiers.get(stack) as Promise<TestUser>);
  const verify = () => request(stack.http).post(`/api/v1/organisations/${response.body.id}/verify`).set('authorization', `Bearer ${verifier.token}`).send({});
  let checked = await verify();
  // The verifier's access token ends after JWT_ACCESS_TTL_SECONDS, which a long test file outlives.
  if (checked.status === 401) checked = await renewTokens(stack, verifier).then(verify);
  if (checked.status !== 200) throw new Error(`verifying the organisation answered ${checked.status}: ${checked.text}`);
  return checked.body as { id: string; version: number; name: string };
}

/**
 * A test bed made through the API by a coordinator of its city: the Hervanta mobility lab in
 * Tampere unless `overrides` say otherwise, published unless `publish` is false.
 */
export async function createTestbed(
  stack: Stack,
  coordinator: TestUser,
  overrides: Record<string, unknown> = {},
  { city = 'tampere', publish = true }: { city?: string; publish?: boolean } = {},
): Promise<{ id: string; version: number }> {
  const [{ id: cityId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = $1`, [city]);
  const created = await request(stack.http)
    .post('/api/v1/testbeds')
    .set('authorization', `Bearer ${coordinator.token}`)
    .send({
      cityId,
      name: { fi: 'Hervannan liikennelabra', en: 'Hervanta mobility lab' },
      summary: { fi: 'Katuympäristö robottibusseille' },
      location: { lon: 23.85, lat: 61.45 },
      themes: ['mobility'],
      availability: [{ start: '2027-01-01', end: '2027-12-31' }],
      ...overrides,
    })
    .expect(201);
  if (!publish) return { id: created.body.id, version: created.body.version };
  const published = await request(stack.http)
    .post(`/api/v1/testbeds/${created.body.id}/publish`)
    .set('authorization', `Bearer ${coordinator.token}`)
    .send({ version: created.body.version })
    .expect(200);
  return { id: created.body.id, version: published.body.version };
}

/** The auth routes as requests, for tests of sign-up, sign-in and tokens (`stack` read at each call). */
export function authRequests(stack: () => Stack) {
  const http = () => request(stack().http);
  return {
    register: (body: Record<string, unknown>) => http().post('/api/v1/auth/register').send(body),
    login: (body: Record<string, unknown>) => http().post('/api/v1/auth/login').send(body),
    refresh: (refreshToken: string) => http().post('/api/v1/auth/refresh').send({ refreshToken }),
    me: (token: string) => http().get('/api/v1/me').set('authorization', `Bearer ${token}`),
  };
}

export const DAY = 86_400_000;
/** The time `ms` from now, as ISO text. */
export const at = (ms: number) => new Date(Date.now() + ms).toISOString();
/** The day `days` from today in Finnish time (the server's calendar), as YYYY-MM-DD. */
export const dayFromToday = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(new Date(Date.now() + days * DAY));

/**
 * A valid body for POST /calls: opened yesterday, closing in 30 days, two weighted criteria with
 * thresholds, the usual eligibility rules and one reviewer per application; `overrides` replace
 * whole fields.
 */
export function callBody(cityId: string | null, overrides: Record<string, unknown> = {}) {
  return {
    cityId,
    focusArea: 'open_innovation_platforms',
    title: { fi: 'Kokeiluhaku', en: 'Pilot call' },
    summary: { fi: 'Kokeiluja Tampereella' },
    body: { fi: 'Koko hakuteksti' },
    opensAt: at(-DAY),
    closesAt: at(30 * DAY),
    reviewDeadline: at(60 * DAY),
    budgetCents: 100_000_000,
    fundingSources: [{ source: 'city', sharePercent: 100 }],
    fundingRatePercent: 75,
    maxGrantCents: 10_000_000,
    durationMinMonths: 3,
    durationMaxMonths: 24,
    eligibility: {
      minOperatorsInCities: { count: 2, cities: ['helsinki', 'tampere'] },
      leadOrganisationTypes: ['company'],
      maxGrant: true,
      fundingRate: true,
      durationMonths: true,
      requiredFields: ['title', 'summary'],
    },
    criteria: [
      { key: 'impact', name: { en: 'Impact' }, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2.5 },
      { key: 'feasibility', name: { en: 'Feasibility' }, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 },
    ],
    overallThreshold: 8,
    tieBreaks: ['impact'],
    fundingPolicy: 'skip',
    reviewersPerApplication: 1,
    divergenceLimit: 2,
    deciderIds: [],
    ...overrides,
  };
}
