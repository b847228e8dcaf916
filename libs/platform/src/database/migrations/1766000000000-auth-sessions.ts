import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-ins as rows of their own, named by every access token (`sid`), so that ending one (logout, a
 * replayed refresh token) stops its access tokens at once; and a generation per user (`gen` in the
 * token) that a change of the user's roles or password raises, stopping every access token issued
 * before it. Sessions are the refresh-token families that exist already.
 */
export class AuthSessions1766000000000 implements MigrationInterface {
  name = 'AuthSessions1766000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );
      CREATE INDEX auth_sessions_user_idx ON auth_sessions (user_id) WHERE revoked_at IS NULL;
      COMMENT ON TABLE auth_sessions IS 'One sign-in: the family of its refresh tokens (refresh_tokens.family_id) and the sid of its access tokens; revoked_at ends both';

      INSERT INTO auth_sessions (id, user_id, created_at, revoked_at)
      SELECT family_id, min(user_id::text)::uuid, min(created_at),
             CASE WHEN bool_and(revoked_at IS NOT NULL) THEN max(revoked_at) END
        FROM refresh_tokens GROUP BY family_id;

      ALTER TABLE users ADD COLUMN token_generation integer NOT NULL DEFAULT 0 CHECK (token_generation >= 0);
      COMMENT ON COLUMN users.token_generation IS 'Raised when the user''s roles or password change: access tokens of an earlier generation are refused';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE users DROP COLUMN token_generation; DROP TABLE auth_sessions;`);
  }
}
