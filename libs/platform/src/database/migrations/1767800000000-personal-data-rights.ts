import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * People's data rights: downloads of everything the platform holds about a user (built by a job,
 * kept until they expire), requests to be forgotten (carried out after a grace period unless
 * cancelled), and the pseudonyms of those forgotten. The audit log is never rewritten: its earlier
 * events name an erased user's address only as it was, and readers see it through
 * `erased_users` (a keyed hash of the address, never the address itself, maps it to the pseudonym).
 */
export class PersonalDataRights1767800000000 implements MigrationInterface {
  name = 'PersonalDataRights1767800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_exports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'building', 'ready', 'failed')),
        progress integer NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        locale text NOT NULL,
        file bytea,
        size_bytes integer,
        requested_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        expires_at timestamptz
      );
      CREATE INDEX data_exports_user_idx ON data_exports (user_id, requested_at DESC);
      -- One export at a time per user: a second request while one is being built answers that one.
      CREATE UNIQUE INDEX data_exports_one_pending_idx ON data_exports (user_id) WHERE state IN ('queued', 'building');

      CREATE TABLE erasure_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        requested_at timestamptz NOT NULL DEFAULT now(),
        due_at timestamptz NOT NULL,
        cancelled_at timestamptz,
        completed_at timestamptz,
        blocked_reason jsonb
      );
      CREATE UNIQUE INDEX erasure_requests_one_pending_idx ON erasure_requests (user_id) WHERE cancelled_at IS NULL AND completed_at IS NULL;
      CREATE INDEX erasure_requests_due_idx ON erasure_requests (due_at) WHERE cancelled_at IS NULL AND completed_at IS NULL;

      CREATE TABLE erased_users (
        user_id uuid PRIMARY KEY,
        pseudonym text NOT NULL,
        email_key text NOT NULL,
        erased_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX erased_users_email_key_idx ON erased_users (email_key);
      ALTER TABLE users ADD COLUMN erased_at timestamptz;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users DROP COLUMN erased_at;
      DROP TABLE erased_users;
      DROP TABLE erasure_requests;
      DROP TABLE data_exports;
    `);
  }
}
