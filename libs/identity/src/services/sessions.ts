import type { EntityManager } from 'typeorm';

/**
 * A sign-in's end, and the end of a user's access tokens. Access tokens name their sign-in (`sid`)
 * and the user's token generation (`gen`); the access guard refuses a token whose sign-in is
 * revoked or whose generation is past, so these take effect on the next request of every API
 * process, not when the token expires.
 */

/** Ends one sign-in: its refresh tokens and its access tokens. */
export async function revokeSession(tx: EntityManager, sessionId: string): Promise<void> {
  await tx.query(`UPDATE auth_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  await tx.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND revoked_at IS NULL`, [sessionId]);
}

/** Ends every sign-in of a user (a password reset, an address given up). */
export async function revokeUserSessions(tx: EntityManager, userId: string): Promise<void> {
  await tx.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  await tx.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  await endAccessTokens(tx, userId);
}

/**
 * Stops every access token the user holds now (their roles changed): the sign-ins stay, and a
 * refresh gives tokens of the new generation.
 */
export async function endAccessTokens(tx: EntityManager, userId: string): Promise<void> {
  await tx.query(`UPDATE users SET token_generation = token_generation + 1 WHERE id = $1`, [userId]);
}
