import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pilot reports (DOMAIN: a pilot has progress reports and final KPIs): the consortium files them,
 * the call's city accepts them or returns them for changes; accepting the final report completes
 * the pilot. A returned report stays as filed, and the consortium files a new one.
 *
 * Held by the database: one accepted final report per pilot, one final report under review at a
 * time, nothing filed once the pilot is completed, and a pilot completes only with an accepted
 * final report.
 */
export class PilotReports1764900000000 implements MigrationInterface {
  name = 'PilotReports1764900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE pilots ADD COLUMN completed_at timestamptz;
      ALTER TABLE pilots ADD CONSTRAINT pilots_completed_at_check CHECK ((state = 'completed') = (completed_at IS NOT NULL));
      COMMENT ON COLUMN pilots.completed_at IS 'When the final report was accepted';

      CREATE TABLE pilot_reports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        pilot_id uuid NOT NULL REFERENCES pilots(id),
        kind text NOT NULL CHECK (kind IN ('progress', 'final')),
        period_start date NOT NULL,
        period_end date NOT NULL,
        text text NOT NULL CHECK (length(btrim(text)) > 0),
        kpi_values jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(kpi_values) = 'object'),
        state text NOT NULL DEFAULT 'submitted' CHECK (state IN ('submitted', 'accepted', 'returned')),
        submitted_by uuid NOT NULL REFERENCES users(id),
        submitted_at timestamptz NOT NULL DEFAULT now(),
        reviewed_by uuid REFERENCES users(id),
        reviewed_at timestamptz,
        review_comment text,
        return_reason text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (period_end >= period_start),
        CHECK ((state = 'submitted') = (reviewed_at IS NULL)),
        CHECK ((state = 'submitted') = (reviewed_by IS NULL)),
        CHECK ((state = 'returned') = (return_reason IS NOT NULL)),
        CHECK (return_reason IS NULL OR length(btrim(return_reason)) > 0),
        CHECK (state = 'accepted' OR review_comment IS NULL)
      );
      COMMENT ON TABLE pilot_reports IS 'Progress and final reports of a pilot: filed by its consortium, accepted or returned by the call''s city';
      COMMENT ON COLUMN pilot_reports.kpi_values IS 'Reported values keyed by the KPI id of the application''s submitted revision: { "<kpiId>": "value" }';
      COMMENT ON COLUMN pilot_reports.review_comment IS 'The coordinator''s optional comment on acceptance';
      COMMENT ON COLUMN pilot_reports.return_reason IS 'Why the report was returned for changes';
      CREATE INDEX pilot_reports_pilot_idx ON pilot_reports (pilot_id, submitted_at);
      CREATE UNIQUE INDEX pilot_reports_one_accepted_final ON pilot_reports (pilot_id) WHERE kind = 'final' AND state = 'accepted';
      CREATE UNIQUE INDEX pilot_reports_one_pending_final ON pilot_reports (pilot_id) WHERE kind = 'final' AND state = 'submitted';

      CREATE FUNCTION pilot_reports_open_pilot() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        pilot_state text;
      BEGIN
        -- The pilot row lock serialises filing against completion.
        SELECT state INTO pilot_state FROM pilots WHERE id = NEW.pilot_id FOR UPDATE;
        IF pilot_state = 'completed' THEN
          RAISE EXCEPTION 'pilot % is completed; its reports are closed', NEW.pilot_id USING ERRCODE = 'check_violation', CONSTRAINT = 'pilot_reports_open_pilot';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER pilot_reports_open_pilot BEFORE INSERT OR UPDATE ON pilot_reports
        FOR EACH ROW EXECUTE FUNCTION pilot_reports_open_pilot();

      CREATE FUNCTION pilots_complete_with_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.state = 'completed' AND OLD.state <> 'completed'
           AND NOT EXISTS (SELECT 1 FROM pilot_reports WHERE pilot_id = NEW.id AND kind = 'final' AND state = 'accepted') THEN
          RAISE EXCEPTION 'pilot % has no accepted final report', NEW.id USING ERRCODE = 'check_violation', CONSTRAINT = 'pilots_complete_with_final';
        END IF;
        IF OLD.state = 'completed' AND NEW.state <> 'completed' THEN
          RAISE EXCEPTION 'pilot % is completed', NEW.id USING ERRCODE = 'check_violation', CONSTRAINT = 'pilots_complete_with_final';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER pilots_complete_with_final BEFORE UPDATE OF state ON pilots
        FOR EACH ROW EXECUTE FUNCTION pilots_complete_with_final();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER pilots_complete_with_final ON pilots;
      DROP FUNCTION pilots_complete_with_final();
      DROP TABLE pilot_reports;
      DROP FUNCTION pilot_reports_open_pilot();
      ALTER TABLE pilots DROP CONSTRAINT pilots_completed_at_check, DROP COLUMN completed_at;
    `);
  }
}
