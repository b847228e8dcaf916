import pg from 'pg';
import { hashPassword, normaliseEmail, passwordProblem } from '@kokeilu/identity';
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
  /** The account existed with an address nobody proved: its password was replaced and its sign-ins ended. */
  takenOver: boolean;
}

/** Why a new account cannot be made with this password, or null. Existing accounts keep theirs. */
export function newAccountProblem(email: string, password: string | null): string | null {
  if (password === null) return `${email} has no account yet: give --password to create one`;
  const problem = passwordProblem(password, email);
  return problem ? `--password ${problem}` : null;
}

/**
 * Why an existing account cannot be made an admin, or null. An account whose address was never
 * verified may have been registered by anyone: promoting it would hand the admin role to them. It
 * is taken over instead (a new password, its sign-ins ended), which needs --password.
 */
export function existingAccountProblem(email: string, verified: boolean, password: string | null): string | null {
  if (verified) return null;
  if (password === null) {
    return (
      `${email} has an account whose address was never verified, so it may not belong to the admin. Give --password to take it over ` +
      '(its password is replaced and every sign-in of it ended), or have its owner verify the address first.'
    );
  }
  const problem = passwordProblem(password, email);
  return problem ? `--password ${problem}` : null;
}

/** The human-readable outcome of `createAdmin`. */
export function describeResult(email: string, result: CreateAdminResult, passwordGiven: boolean): string {
  if (result.created) return `Created the admin account ${email} (user ${result.userId}).`;
  if (result.takenOver) {
    return `${email} had an account with an unverified address: its password was replaced, its sign-ins ended and its address marked verified; it is now an admin.`;
  }
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

/**
 * Creates the user (argon2id, the API's password policy, the address verified: the operator vouches
 * for it) or reuses a verified one, and grants the admin role, in one transaction. An existing
 * account with an unverified address is taken over with the given password, never promoted as it is.
 */
export async function createAdmin(url: string, input: CreateAdminInput): Promise<CreateAdminResult> {
  const email = normaliseEmail(input.email);
  if (!email) throw new UserError(`"${input.email}" is not an e-mail address`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const found = await client.query<{ id: string; verified: boolean }>(
      'SELECT id, email_verified_at IS NOT NULL AS verified FROM users WHERE lower(email) = lower($1) FOR UPDATE',
      [email],
    );
    let userId = found.rows[0]?.id;
    const created = !userId;
    const takenOver = !!userId && !found.rows[0].verified;
    if (!userId) {
      const problem = newAccountProblem(email, input.password);
      if (problem || input.password === null) throw new UserError(problem ?? 'a password is required');
      const passwordHash = await hashPassword(input.password);
      const inserted = await client.query<{ id: string; locale: string }>(
        `INSERT INTO users (email, password_hash, display_name, locale, email_verified_at) VALUES ($1, $2, $3, coalesce($4, 'fi'), now()) RETURNING id, locale`,
        [email, passwordHash, input.displayName, input.locale],
      );
      userId = inserted.rows[0].id;
      await audit(client, 'user.created', userId, { email, displayName: input.displayName, locale: inserted.rows[0].locale, emailVerified: true });
    } else if (takenOver) {
      const problem = existingAccountProblem(email, false, input.password);
      if (problem || input.password === null) throw new UserError(problem ?? 'a password is required');
      await client.query(`UPDATE users SET password_hash = $2, email_verified_at = now(), updated_at = now() WHERE id = $1`, [userId, await hashPassword(input.password)]);
      // Every sign-in ends, its access tokens with it (the same as revokeUserSessions).
      await client.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
      await client.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
      await client.query(`UPDATE email_verifications SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [userId]);
      await audit(client, 'user.taken_over', userId, { email, passwordReplaced: true, signInsEnded: true, emailVerified: true });
    }
    const grant = await client.query<{ id: string }>(
      `INSERT INTO role_grants (user_id, role, city_id, granted_by) VALUES ($1, 'admin', NULL, NULL) ON CONFLICT DO NOTHING RETURNING id`,
      [userId],
    );
    const granted = grant.rowCount === 1;
    // The account's roles changed (or its password did): access tokens issued before stop at once.
    if (granted || takenOver) await client.query(`UPDATE users SET token_generation = token_generation + 1 WHERE id = $1`, [userId]);
    if (granted) await audit(client, 'role.granted', userId, { grantId: grant.rows[0].id, role: 'admin', cityId: null });
    await client.query('COMMIT');
    return { userId, created, granted, takenOver };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if ((error as { code?: string }).code === '23505') throw new UserError(`${email} was created by someone else just now; run the command again.`);
    if ((error as { code?: string }).code === '42P01') throw new UserError('The database has no tables yet; run `npm run cli -- migrate` first.');
    throw error;
  } finally {
    await client.end();
  }
}
