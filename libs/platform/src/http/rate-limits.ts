import { Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource } from 'typeorm';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** How often (in hits counted by this process) the windows that ended are swept from the table. */
const SWEEP_EVERY = 1_000;

/**
 * Rate limits kept in PostgreSQL, so that every API process counts against the same limit: two
 * replicas behind a proxy do not double it, and a restart does not reset it. A fixed window per
 * key: the first hit opens a window of `ttl` ms; a hit beyond `limit` within it blocks the key for
 * `blockDuration` ms. One statement per hit (the rows are tiny and the limited routes write to
 * the database anyway). PostgreSQL rather than Redis even when Redis is configured: the limits
 * guard sign-in, which must keep working while Redis is away, and PostgreSQL is there in both
 * ways to run.
 *
 * It is also @nestjs/throttler's storage (`increment`), keyed by throttler name and key.
 */
@Injectable()
export class RateLimits implements ThrottlerStorage {
  private hitsSinceSweep = 0;

  constructor(private readonly db: DataSource) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    await this.sweepNow();
    const [row] = (await this.db.query(
      `INSERT INTO rate_limits AS r (key, hits, window_ends_at, blocked_until)
       VALUES ($1, 1, now() + $2 * interval '1 millisecond', CASE WHEN 1 > $3 THEN now() + $4 * interval '1 millisecond' END)
       ON CONFLICT (key) DO UPDATE SET
         hits = CASE WHEN r.blocked_until > now() THEN r.hits WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END,
         window_ends_at = CASE WHEN r.blocked_until > now() OR r.window_ends_at > now() THEN r.window_ends_at ELSE excluded.window_ends_at END,
         blocked_until = CASE
           WHEN r.blocked_until > now() THEN r.blocked_until
           WHEN (CASE WHEN r.window_ends_at <= now() THEN 1 ELSE r.hits + 1 END) > $3 THEN now() + $4 * interval '1 millisecond'
         END
       RETURNING hits,
         ceil(extract(epoch FROM window_ends_at - now()))::int AS "timeToExpire",
         coalesce(blocked_until > now(), false) AS "isBlocked",
         greatest(ceil(extract(epoch FROM blocked_until - now())), 0)::int AS "timeToBlockExpire"`,
      // A throttler without a block duration refuses for the rest of the window, as the in-memory one does.
      [`${throttlerName}:${key}`, ttl, limit, blockDuration > 0 ? blockDuration : ttl],
    )) as { hits: number; timeToExpire: number; isBlocked: boolean; timeToBlockExpire: number | null }[];
    return { totalHits: row.hits, timeToExpire: row.timeToExpire, isBlocked: row.isBlocked, timeToBlockExpire: row.timeToBlockExpire ?? 0 };
  }

  /**
   * Seconds until `key` of `name` may be tried again without counting a hit: while it is blocked,
   * or while its window already holds `limit` hits; 0 when it is free.
   */
  async retryAfter(name: string, key: string, limit: number): Promise<number> {
    const [row] = (await this.db.query(
      `SELECT CASE
         WHEN blocked_until > now() THEN ceil(extract(epoch FROM blocked_until - now()))
         WHEN window_ends_at > now() AND hits >= $2 THEN ceil(extract(epoch FROM window_ends_at - now()))
         ELSE 0 END::int AS seconds
       FROM rate_limits WHERE key = $1`,
      [`${name}:${key}`, limit],
    )) as { seconds: number }[];
    return row?.seconds ?? 0;
  }

  private async sweepNow(): Promise<void> {
    if (++this.hitsSinceSweep < SWEEP_EVERY) return;
    this.hitsSinceSweep = 0;
    await this.db.query(`DELETE FROM rate_limits WHERE window_ends_at < now() AND (blocked_until IS NULL OR blocked_until < now())`);
  }
}
