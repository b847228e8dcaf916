import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitation mails used to travel as generic mail jobs with the invitation code among their
 * parameters, and sent outbox rows are kept: the codes of those already sent are removed from
 * them. (New invitations travel by id alone, and the worker derives the code.) A row not yet sent
 * keeps its code until it goes, so that its mail still works.
 */
export class InvitationCodesOutOfTheOutbox1765510000000 implements MigrationInterface {
  name = 'InvitationCodesOutOfTheOutbox1765510000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      UPDATE outbox SET payload = payload #- '{params,token}'
       WHERE job_name = 'mail.send' AND payload->>'template' = 'invitation' AND sent_at IS NOT NULL AND payload->'params' ? 'token'
    `);
  }

  async down(): Promise<void> {
    // The codes are gone for good.
  }
}
