import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A review's call is its application's call, and its pinned revision is one of its application's
 * revisions: two composite keys say so in place of three single ones, which also leaves one key
 * check fewer per review for an assignment that writes tens of thousands of them.
 */
export class ReviewIntegrity1765200000000 implements MigrationInterface {
  name = 'ReviewIntegrity1765200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNIQUE INDEX applications_id_call_key ON applications (id, call_id);
      CREATE UNIQUE INDEX application_revisions_application_id_key ON application_revisions (application_id, id);
      ALTER TABLE reviews
        DROP CONSTRAINT reviews_call_id_fkey,
        DROP CONSTRAINT reviews_application_id_fkey,
        DROP CONSTRAINT reviews_revision_id_fkey,
        ADD CONSTRAINT reviews_application_call_fkey FOREIGN KEY (application_id, call_id) REFERENCES applications (id, call_id),
        ADD CONSTRAINT reviews_application_revision_fkey FOREIGN KEY (application_id, revision_id) REFERENCES application_revisions (application_id, id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reviews
        DROP CONSTRAINT reviews_application_call_fkey,
        DROP CONSTRAINT reviews_application_revision_fkey,
        ADD CONSTRAINT reviews_call_id_fkey FOREIGN KEY (call_id) REFERENCES calls (id),
        ADD CONSTRAINT reviews_application_id_fkey FOREIGN KEY (application_id) REFERENCES applications (id),
        ADD CONSTRAINT reviews_revision_id_fkey FOREIGN KEY (revision_id) REFERENCES application_revisions (id);
      DROP INDEX application_revisions_application_id_key;
      DROP INDEX applications_id_call_key;
    `);
  }
}
