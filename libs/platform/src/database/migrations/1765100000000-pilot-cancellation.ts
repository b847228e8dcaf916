import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pilot whose grant is given back is cancelled, not deleted: its reports and booking
 * confirmations stay on record, and nothing more is filed on it.
 */
export class PilotCancellation1765100000000 implements MigrationInterface {
  name = 'PilotCancellation1765100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE pilots DROP CONSTRAINT pilots_state_check;
      ALTER TABLE pilots ADD CONSTRAINT pilots_state_check CHECK (state IN ('active', 'completed', 'cancelled'));
      ALTER TABLE pilots ADD COLUMN cancelled_at timestamptz, ADD COLUMN cancel_reason text;
      ALTER TABLE pilots ADD CONSTRAINT pilots_cancelled_check
        CHECK ((state = 'cancelled') = (cancelled_at IS NOT NULL) AND (cancelled_at IS NULL OR length(btrim(cancel_reason)) > 0));
      COMMENT ON COLUMN pilots.cancelled_at IS 'When the grant was given back; the pilot then takes no more reports';

      CREATE OR REPLACE FUNCTION pilot_reports_open_pilot() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        pilot_state text;
      BEGIN
        -- The pilot row lock serialises filing against completion and cancellation.
        SELECT state INTO pilot_state FROM pilots WHERE id = NEW.pilot_id FOR UPDATE;
        IF pilot_state <> 'active' THEN
          RAISE EXCEPTION 'pilot % is %; its reports are closed', NEW.pilot_id, pilot_state USING ERRCODE = 'check_violation', CONSTRAINT = 'pilot_reports_open_pilot';
        END IF;
        RETURN NEW;
      END $$;

      CREATE OR REPLACE FUNCTION pilots_complete_with_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.state = 'completed' AND OLD.state <> 'completed'
           AND NOT EXISTS (SELECT 1 FROM pilot_reports WHERE pilot_id = NEW.id AND kind = 'final' AND state = 'accepted') THEN
          RAISE EXCEPTION 'pilot % has no accepted final report', NEW.id USING ERRCODE = 'check_violation', CONSTRAINT = 'pilots_complete_with_final';
        END IF;
        IF OLD.state IN ('completed', 'cancelled') AND NEW.state <> OLD.state THEN
          RAISE EXCEPTION 'pilot % is %', NEW.id, OLD.state USING ERRCODE = 'check_violation', CONSTRAINT = 'pilots_complete_with_final';
        END IF;
        RETURN NEW;
      END $$;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE pilots DROP CONSTRAINT pilots_cancelled_check, DROP COLUMN cancelled_at, DROP COLUMN cancel_reason;
      ALTER TABLE pilots DROP CONSTRAINT pilots_state_check;
      ALTER TABLE pilots ADD CONSTRAINT pilots_state_check CHECK (state IN ('active', 'completed'));
    `);
  }
}
