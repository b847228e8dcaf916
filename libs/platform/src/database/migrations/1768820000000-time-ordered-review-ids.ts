import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * New reviews get time-ordered ids (the UUID version 7 layout: 48 bits of Unix time in
 * milliseconds, then random bits) instead of random ones. An assignment inserts tens of thousands
 * of reviews in one statement, each with its audit event; with random ids every one of them went
 * to a random leaf of `reviews_pkey` and of `audit_events_entity_idx` (by ('review', id)), with a
 * page split or a cache miss for many. Time-ordered ids append at the right edge of `reviews_pkey`
 * and land next to one another in the entity index (other entity types sort after 'review').
 *
 * PostgreSQL 18 has uuidv7(); this function is written in SQL so that every supported server runs
 * the same one. Review ids stay unguessable in their random 74 bits, and nothing reads meaning
 * into them: the time they carry is the `assigned_at` every reader of a review already sees.
 */
export class TimeOrderedReviewIds1768820000000 implements MigrationInterface {
  name = 'TimeOrderedReviewIds1768820000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION uuid_time_ordered() RETURNS uuid LANGUAGE sql VOLATILE PARALLEL SAFE AS $$
        SELECT encode(
                 set_bit(set_bit(
                   overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3) FROM 1 FOR 6),
                   52, 1), 53, 1),
                 'hex')::uuid
      $$;
      COMMENT ON FUNCTION uuid_time_ordered() IS 'A UUID version 7: Unix time in milliseconds (48 bits), the version, then random bits';
      ALTER TABLE reviews ALTER COLUMN id SET DEFAULT uuid_time_ordered();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reviews ALTER COLUMN id SET DEFAULT gen_random_uuid();
      DROP FUNCTION uuid_time_ordered();
    `);
  }
}
