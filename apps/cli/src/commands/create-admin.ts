import pg from 'pg';
import { hashPassword, passwordProblem } from '@kokeilu/identity';
import type { Locale } from '../args.js';
import { UserError } from '../errors.js';

export interface CreateAdminInput {
  email: string;
  password: string | null;
  displayName: string;
  locale: Locale | null;
}

export interface CreateAdminResult {
  userId: string;
  created: boolean;
  granted: boolean;
}

/** Why a new account cannot be made with this password, or null. Existing accounts keep theirs. */
export function newAccountProblem(email: string, password: string | null): string | null {
  if (password === null) return `${email} has no account yet: give --password to create one`;
  const problem = passwordProblem(password, email);
  return problem ? `--password ${problem}` : null;
}

/** The human-readable outcome of `createAdmin`. */
export function describeResult(email: string, result: CreateAdminResult, passwordGiven: boolean): string {
  if (result.created) return `Created the admin account ${email} (user ${result.userId}).`;
  const unchanged = passwordGiven ? ' Its password was left unchanged.' : '';
  if (result.granted) return `${email} already had an account; it is now an admin.${unchanged}`;
  return `${email} is already an admin; nothing changed.${unchanged}`;
}

async function audit(client: pg.Client, action: string, entityId: string, after: unknown): Promise<void> {
  // Same row shape as the Audit service writes; there is no acting user at a terminal.
  await client.query(
    `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, organisation_id, city_id, call_id, before, after, request_id)
     VALUES (NULL, $1, 'user', $2, NULL, NULL, NULL, NULL, $3, NULL)`,
    [action, entityId, JSON.stringify(after)],
  );
}

/** Creates the user (argon2id, the API's password policy) or reuses it, and grants the admin role, in one transaction. */
export async function createAdmin(url: string, input: CreateAdminInput): Promise<CreateAdminResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const found = await client.query<{ id: string }>('SELECT id FROM users WHERE lower(email) = lower($1) FOR UPDATE', [input.email]);
    let userId = found.rows[0]?.id;
    const created = !userId;
    if (!userId) {
      const problem = newAccountProblem(input.email, input.password);
      if (problem || input.password === null) throw new UserError(problem ?? 'a password is required');
      const passwordHash = await hashPassword(input.password);
      const inserted = await client.query<{ id: string; locale: string }>(
        `INSERT INTO users (email, password_hash, display_name, locale) VALUES ($1, $2, $3, coalesce($4, 'fi')) RETURNING id, locale`,
        [input.email, passwordHash, input.displayName, input.locale],
      );
      userId = inserted.rows[0].id;
      await audit(client, 'user.created', userId, { email: input.email, displayName: input.displayName, locale: inserted.rows[0].locale });
    }
    const grant = await client.query<{ id: string }>(
      `INSERT INTO role_grants (user_id, role, city_id, granted_by) VALUES ($1, 'admin', NULL, NULL) ON CONFLICT DO NOTHING RETURNING id`,
      [userId],
    );
    const granted = grant.rowCount === 1;
    if (granted) await audit(client, 'role.granted', userId, { grantId: grant.rows[0].id, role: 'admin', cityId: null });
    await client.query('COMMIT');
    return { userId, created, granted };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((error as { code?: string }).code === '23505') throw new UserError(`${input.email} was created by someone else just now; run the command again.`);
    if ((error as { code?: string }).code === '42P01') throw new UserError('The database has no tables yet; run `npm run cli -- migrate` first.');
    throw error;
  } finally {
    await client.end();
  }
}
