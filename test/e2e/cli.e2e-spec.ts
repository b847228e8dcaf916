import pg from 'pg';
import { createAdmin } from '../../apps/cli/src/commands/create-admin.js';
import { seedDemo } from '../../apps/cli/src/commands/seed-demo.js';
import { DEMO_TESTBEDS } from '../../libs/testbeds/src/index.js';
import { hashPassword, verifyPassword } from '../../libs/identity/src/services/password-hash.js';
import { prepareDatabase } from '../../apps/cli/src/commands/database.js';
import { UserError } from '../../apps/cli/src/errors.js';
import { databaseUrl, dropDatabase, runId } from '../../libs/testing/src/index.js';

describe('cli: prepare the database and create an admin', () => {
  const name = `kokeilu_test_${runId()}_cli`;
  const url = databaseUrl(name);
  const said: string[] = [];
  const say = (line: string) => said.push(line);

  async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  const auditOf = (userId: string) =>
    query<{ action: string; actor_id: string | null; after: Record<string, unknown> }>(
      'SELECT action, actor_id, after FROM audit_events WHERE entity_id = $1 ORDER BY id',
      [userId],
    );

  beforeAll(() => dropDatabase(name));
  afterAll(() => dropDatabase(name));

  it('creates a missing database, migrates it and seeds the six cities', async () => {
    await prepareDatabase(url, say, { seed: true });
    expect(said[0]).toBe(`Created the database "${name}".`);
    expect(said[1]).toMatch(/^Applied \d+ migration\(s\)/);
    expect(said[2]).toBe('Added 6 cities.');
    const cities = await query<{ slug: string }>('SELECT slug FROM cities ORDER BY slug');
    expect(cities.map((c) => c.slug)).toEqual(['espoo', 'helsinki', 'oulu', 'tampere', 'turku', 'vantaa']);
  });

  it('changes nothing the second time', async () => {
    said.length = 0;
    await prepareDatabase(url, say, { seed: true });
    expect(said).toEqual(['The database schema is up to date.', 'The six cities are in place.']);
  });

  it('creates an admin with an argon2id hash and a verified address in its normal form, and audits both steps', async () => {
    const result = await createAdmin(url, { email: 'Anna.Admin@example.fi', password: 'kesä-kokeilu-2026', displayName: 'Anna', locale: 'en' });
    expect(result).toMatchObject({ created: true, granted: true, takenOver: false });
    const [user] = await query<{ email: string; password_hash: string; display_name: string; locale: string; verified: boolean }>(
      'SELECT email, password_hash, display_name, locale, email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1',
      [result.userId],
    );
    expect(user).toMatchObject({ email: 'anna.admin@example.fi', display_name: 'Anna', locale: 'en', verified: true });
    // The command hashes at the OWASP baseline whatever NODE_ENV says (only the API under test uses a lighter cost).
    expect(user.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(user.password_hash, 'kesä-kokeilu-2026')).toBe(true);
    const roles = await query<{ role: string; city_id: string | null }>('SELECT role, city_id FROM role_grants WHERE user_id = $1', [result.userId]);
    expect(roles).toEqual([{ role: 'admin', city_id: null }]);
    const audit = await auditOf(result.userId);
    expect(audit.map((a) => a.action)).toEqual(['user.created', 'role.granted']);
    expect(audit[1]).toMatchObject({ actor_id: null, after: { role: 'admin', cityId: null } });
  });

  it('is idempotent for an existing admin, whatever the e-mail case, and keeps the password', async () => {
    const [{ id }] = await query<{ id: string }>(`SELECT id FROM users WHERE email = 'anna.admin@example.fi'`);
    const result = await createAdmin(url, { email: 'anna.admin@EXAMPLE.fi', password: 'another-password-1', displayName: 'X', locale: null });
    expect(result).toEqual({ userId: id, created: false, granted: false, takenOver: false });
    const [user] = await query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [id]);
    expect(await verifyPassword(user.password_hash, 'kesä-kokeilu-2026')).toBe(true);
    expect(await auditOf(id)).toHaveLength(2);
  });

  it('grants the role to an existing verified user without needing a password', async () => {
    const [{ id }] = await query<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name, email_verified_at) VALUES ('ville@example.fi', 'x', 'Ville', now()) RETURNING id`,
    );
    const result = await createAdmin(url, { email: 'ville@example.fi', password: null, displayName: 'Admin', locale: null });
    expect(result).toEqual({ userId: id, created: false, granted: true, takenOver: false });
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['role.granted']);
  });

  it('refuses to promote an account whose address was never verified; with --password it takes the account over and ends its sign-ins', async () => {
    // Someone registered the future admin's address first (its hash is of a password they chose).
    const [{ id }] = await query<{ id: string }>(
      `INSERT INTO users (email, password_hash, display_name) VALUES ('paivi.admin@xn--bcher-kva.example', $1, 'Not Päivi') RETURNING id`,
      [await hashPassword('the-squatters-password')],
    );
    await query(`INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, gen_random_uuid(), 'squatter', now() + interval '1 day')`, [id]);

    await expect(createAdmin(url, { email: 'Paivi.Admin@Bücher.example', password: null, displayName: 'Päivi', locale: null })).rejects.toThrow(
      /never verified.*--password to take it over/,
    );
    expect(await query(`SELECT 1 FROM role_grants WHERE user_id = $1`, [id])).toEqual([]);

    const result = await createAdmin(url, { email: 'Paivi.Admin@Bücher.example', password: 'päivin-oma-salasana', displayName: 'Päivi', locale: null });
    expect(result).toEqual({ userId: id, created: false, granted: true, takenOver: true });
    const [user] = await query<{ password_hash: string; verified: boolean }>('SELECT password_hash, email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1', [id]);
    expect(user.verified).toBe(true);
    expect(await verifyPassword(user.password_hash, 'päivin-oma-salasana')).toBe(true);
    expect(await verifyPassword(user.password_hash, 'the-squatters-password')).toBe(false);
    expect(await query(`SELECT 1 FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL`, [id])).toEqual([]);
    expect((await auditOf(id)).map((a) => a.action)).toEqual(['user.taken_over', 'role.granted']);
  });

  it('refuses a new account without a password or with a weak one, writing nothing', async () => {
    await expect(createAdmin(url, { email: 'new@example.fi', password: null, displayName: 'Admin', locale: null })).rejects.toThrow(UserError);
    await expect(createAdmin(url, { email: 'new@example.fi', password: 'short', displayName: 'Admin', locale: null })).rejects.toThrow(/at least 10/);
    expect(await query(`SELECT 1 FROM users WHERE email = 'new@example.fi'`)).toEqual([]);
  });

  it('seeds the demo test beds once, published in every city, each with an audit event', async () => {
    const added = await seedDemo(url);
    expect(added).toBe(DEMO_TESTBEDS.length);
    expect(await seedDemo(url)).toBe(0);
    const perCity = await query<{ slug: string; n: number }>(
      `SELECT c.slug, count(*)::int AS n FROM testbeds t JOIN cities c ON c.id = t.city_id WHERE t.state = 'published' GROUP BY c.slug ORDER BY c.slug`,
    );
    expect(perCity.map((r) => r.slug)).toEqual(['espoo', 'helsinki', 'oulu', 'tampere', 'turku', 'vantaa']);
    expect(perCity.every((r) => r.n >= 2)).toBe(true);
    const [{ n }] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'testbed.seeded'`);
    expect(n).toBe(DEMO_TESTBEDS.length);
  });
});
