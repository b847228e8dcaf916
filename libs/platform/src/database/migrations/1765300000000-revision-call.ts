import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision records its application's call. A review then points at (application, revision, call)
 * with one composite key, which says everything the two keys before it said (the revision is one
 * of the application's, the call is the application's), and an assignment that writes tens of
 * thousands of reviews makes one key check fewer for each.
 */
export class RevisionCall1765300000000 implements MigrationInterface {
  name = 'RevisionCall1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE application_revisions ADD COLUMN call_id uuid;
      ALTER TABLE application_revisions DISABLE TRIGGER application_revisions_no_update;
      UPDATE application_revisions v SET call_id = a.call_id FROM applications a WHERE a.id = v.application_id;
      ALTER TABLE application_revisions ENABLE TRIGGER application_revisions_no_update;
      ALTER TABLE application_revisions
        ALTER COLUMN call_id SET NOT NULL,
        ADD CONSTRAINT application_revisions_application_call_fkey FOREIGN KEY (application_id, call_id) REFERENCES applications (id, call_id);
      COMMENT ON COLUMN application_revisions.call_id IS 'The application''s call, so that a review''s one key covers application, revision and call';
      CREATE UNIQUE INDEX application_revisions_review_key ON application_revisions (application_id, id, call_id);
      ALTER TABLE reviews
        DROP CONSTRAINT reviews_application_call_fkey,
        DROP CONSTRAINT reviews_application_revision_fkey,
        ADD CONSTRAINT reviews_revision_fkey FOREIGN KEY (application_id, revision_id, call_id) REFERENCES application_revisions (application_id, id, call_id);
      DROP INDEX application_revisions_application_id_key;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNIQUE INDEX application_revisions_application_id_key ON application_revisions (application_id, id);
      ALTER TABLE reviews
        DROP CONSTRAINT reviews_revision_fkey,
        ADD CONSTRAINT reviews_application_call_fkey FOREIGN KEY (application_id, call_id) REFERENCES applications (id, call_id),
        ADD CONSTRAINT reviews_application_revision_fkey FOREIGN KEY (application_id, revision_id) REFERENCES application_revisions (application_id, id);
      DROP INDEX application_revisions_review_key;
      ALTER TABLE application_revisions DROP CONSTRAINT application_revisions_application_call_fkey, DROP COLUMN call_id;
    `);
  }
}
