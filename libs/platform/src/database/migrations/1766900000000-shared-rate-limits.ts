import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate-limit windows shared by every API process (libs/platform/src/http/rate-limits.ts): the
 * hits of a key in its current window and the block a hit beyond the limit caused. Unlogged: a
 * crash may forget the counts, which only resets a limit; no row is worth a WAL record.
 */
export class SharedRateLimits1766900000000 implements MigrationInterface {
  name = 'SharedRateLimits1766900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE rate_limits (
        key text PRIMARY KEY,
        hits integer NOT NULL CHECK (hits >= 1),
        window_ends_at timestamptz NOT NULL,
        blocked_until timestamptz
      );
      COMMENT ON TABLE rate_limits IS 'Rate-limit windows per throttler and client key, shared by every API process; swept when they end';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE rate_limits`);
  }
}
