import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `testbeds_location_idx` answers nothing that `testbeds_location_covering_idx` (same expression,
 * same predicate, with the map's columns included) does not answer as fast or faster: the
 * planner picks the covering one for every bbox search, so the old index only costs writes and
 * space.
 */
export class TestbedSearchTuning1764650000000 implements MigrationInterface {
  name = 'TestbedSearchTuning1764650000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX testbeds_location_idx`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX testbeds_location_idx ON testbeds USING gist (point(lon, lat)) WHERE state = 'published'`);
  }
}
