import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each of a pilot's bookings came to it: linked as the bed's city had approved it, approved
 * with the funding decision (a bed of the call's own city), or left to the bed's city to decide.
 */
export class PilotBookingSteps1765700000000 implements MigrationInterface {
  name = 'PilotBookingSteps1765700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE pilot_booking_confirmations ADD COLUMN step text NOT NULL DEFAULT 'approve' CHECK (step IN ('link', 'approve', 'ask'));
      ALTER TABLE pilot_booking_confirmations ALTER COLUMN step DROP DEFAULT;
      COMMENT ON TABLE pilot_booking_confirmations IS 'The lead''s bookings on the pilot''s beds in its period: approved already (link), approved with the decision within capacity or why not (approve), or asked of the bed''s city (ask)';
      COMMENT ON COLUMN pilot_booking_confirmations.step IS 'link: approved by the bed''s city before; approve: the decision approved it (or capacity refused); ask: the bed''s city decides';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE pilot_booking_confirmations DROP COLUMN step`);
  }
}
