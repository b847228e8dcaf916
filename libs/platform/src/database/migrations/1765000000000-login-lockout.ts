import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wrong passwords per e-mail address, for the sign-in lockout (libs/identity/src/domain/lockout.ts).
 * Keyed by the address, not the account, so a lock looks the same for registered and unknown
 * addresses.
 */
export class LoginLockout1765000000000 implements MigrationInterface {
  name = 'LoginLockout1765000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_attempts (
        email text PRIMARY KEY CHECK (email = lower(email)),
        failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      COMMENT ON TABLE login_attempts IS 'Wrong passwords in a row per lower-cased e-mail address, and the lock they caused; cleared by a correct password';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_attempts`);
  }
}
