import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A revision records the e-mail domains of its consortium's organisations as they stood at
 * submission, so that conflicts of interest are judged by facts the applicant cannot change at
 * will afterwards (an organisation's domain is its owners' to edit). Revisions made before this
 * keep NULL: for them the organisations' current domains count, as before.
 */
export class RevisionEmailDomains1765500000000 implements MigrationInterface {
  name = 'RevisionEmailDomains1765500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE application_revisions ADD COLUMN email_domains jsonb;
      COMMENT ON COLUMN application_revisions.email_domains IS
        'Organisation id -> its e-mail domain (or null) for each consortium organisation, as at submission; NULL for revisions from before it was recorded';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE application_revisions DROP COLUMN email_domains`);
  }
}
