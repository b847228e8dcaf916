import request from 'supertest';
import type { Stack } from './stack.js';
import { businessIdCheckDigit } from '../../libs/identity/src/domain/business-id.js';

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

/** Registers and logs in a user through the API. */
export async function registerUser(stack: Stack, overrides: { email?: string; locale?: 'fi' | 'sv' | 'en' } = {}): Promise<TestUser> {
  const email = overrides.email ?? uniqueEmail();
  const password = 'kesä-kokeilu-2026!';
  const registered = await request(stack.http)
    .post('/api/v1/auth/register')
    .send({ email, password, displayName: `Test ${email}`, locale: overrides.locale ?? 'fi' })
    .expect(201);
  const login = await request(stack.http).post('/api/v1/auth/login').send({ email, password }).expect(200);
  return { id: registered.body.id, email, password, token: login.body.accessToken, refreshToken: login.body.refreshToken };
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

export async function createOrganisation(stack: Stack, user: TestUser, overrides: Record<string, unknown> = {}) {
  const response = await request(stack.http)
    .post('/api/v1/organisations')
    .set('authorization', `Bearer ${user.token}`)
    .send({ name: 'Liikennelabra Oy', type: 'company', businessId: businessId(), homeMunicipality: 'Tampere', sizeClass: 'small', ...overrides })
    .expect(201);
  return response.body as { id: string; version: number; name: string };
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
