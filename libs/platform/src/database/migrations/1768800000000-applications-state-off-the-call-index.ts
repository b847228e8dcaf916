import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An application's change of state no longer rewrites every index of applications. The state was
 * the second column of `applications_call_idx` (call_id, state, created_at, id), so each move
 * (submitted → eligible → in_review → reviewed → …) was a non-HOT update: a new entry in all five
 * indexes. Reviewer assignment moves a whole call's applications into review in one statement,
 * 10,000 of them in the bench, and this was about a quarter of its time.
 *
 * The index keeps the call and the order the lists read in (created_at, id); the state is checked
 * on the row. The lists of a call's applications and the workflow's set-based steps read a call's
 * rows through it as before (they visit the rows anyway for their other conditions or columns);
 * a look for "any application of the call still pending" stops at the first pending row it meets.
 *
 * With no indexed column changed, an update is HOT when the new version fits on the row's page:
 * the table leaves half of each page free (fillfactor 50), room for one new version of every row
 * on it, so that a statement moving all of a call's applications at once finds room for each.
 * Pages written before this keep their rows packed until their rows move; nothing is rewritten.
 */
export class ApplicationsStateOffTheCallIndex1768800000000 implements MigrationInterface {
  name = 'ApplicationsStateOffTheCallIndex1768800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE INDEX applications_call_created_idx ON applications (call_id, created_at, id);
      DROP INDEX applications_call_idx;
      ALTER TABLE applications SET (fillfactor = 50);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE applications RESET (fillfactor);
      CREATE INDEX applications_call_idx ON applications (call_id, state, created_at, id);
      DROP INDEX applications_call_created_idx;
    `);
  }
}
