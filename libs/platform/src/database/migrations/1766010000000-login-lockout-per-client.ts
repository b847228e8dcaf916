import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wrong passwords per e-mail address and client (libs/identity/src/domain/lockout.ts), so that a
 * guesser elsewhere cannot lock the owner out, with the locks in a row that make each next lock
 * longer. The counts kept per address alone are dropped: at worst a running lock ends early.
 */
export class LoginLockoutPerClient1766010000000 implements MigrationInterface {
  name = 'LoginLockoutPerClient1766010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE login_attempts;
      CREATE TABLE login_attempts (
        email text NOT NULL CHECK (email = lower(email)),
        client text NOT NULL,
        failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
        locks integer NOT NULL DEFAULT 0 CHECK (locks >= 0),
        locked_until timestamptz,
        last_failure_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (email, client)
      );
      CREATE INDEX login_attempts_updated_idx ON login_attempts (updated_at);
      COMMENT ON TABLE login_attempts IS 'Wrong passwords in a row per lower-cased e-mail address and client (an IPv4 address or an IPv6 /64), the locks in a row and the running one; cleared by a correct password from that client';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE login_attempts;
      CREATE TABLE login_attempts (
        email text PRIMARY KEY CHECK (email = lower(email)),
        failures integer NOT NULL DEFAULT 0 CHECK (failures >= 0),
        locked_until timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }
}
