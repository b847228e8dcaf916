import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Clarifications: a question the call's coordinator asks an application's consortium during
 * eligibility checking and evaluation, with an answer deadline, and the consortium's answer. Both
 * belong to the revision the application had when it was asked, which they never change. An
 * assigned evaluator's suggested question waits for the coordinator, who asks it or dismisses it.
 *
 * An answer is final: a trigger refuses any change to an answered clarification, whatever writes.
 */
export class Clarifications1767600000000 implements MigrationInterface {
  name = 'Clarifications1767600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE clarification_suggestions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        call_id uuid NOT NULL,
        evaluator_id uuid NOT NULL REFERENCES users(id),
        question text NOT NULL CHECK (length(btrim(question)) > 0),
        state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'asked', 'dismissed')),
        dismiss_reason text,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        FOREIGN KEY (application_id, call_id) REFERENCES applications (id, call_id),
        CHECK ((state = 'open') = (decided_at IS NULL))
      );
      CREATE INDEX clarification_suggestions_application_idx ON clarification_suggestions (application_id, created_at);

      CREATE TABLE clarifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL,
        call_id uuid NOT NULL,
        revision_id uuid NOT NULL,
        question text NOT NULL CHECK (length(btrim(question)) > 0),
        asked_by uuid NOT NULL REFERENCES users(id),
        asked_at timestamptz NOT NULL DEFAULT now(),
        answer_due_at timestamptz NOT NULL,
        suggestion_id uuid UNIQUE REFERENCES clarification_suggestions(id),
        answer text,
        answered_by uuid REFERENCES users(id),
        answered_at timestamptz,
        FOREIGN KEY (application_id, revision_id, call_id) REFERENCES application_revisions (application_id, id, call_id),
        CHECK (answer_due_at > asked_at),
        CHECK ((answer IS NULL) = (answered_at IS NULL) AND (answer IS NULL) = (answered_by IS NULL)),
        CHECK (answer IS NULL OR length(btrim(answer)) > 0)
      );
      COMMENT ON COLUMN clarifications.revision_id IS 'The revision pinned when the question was asked: the answer is read beside it and never changes it';
      CREATE INDEX clarifications_application_idx ON clarifications (application_id, asked_at);
      CREATE INDEX clarifications_open_idx ON clarifications (call_id, answer_due_at) WHERE answered_at IS NULL;

      CREATE FUNCTION clarifications_answer_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.answered_at IS NOT NULL THEN
          RAISE EXCEPTION 'an answered clarification is final' USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$;
      CREATE TRIGGER clarifications_answer_final BEFORE UPDATE OR DELETE ON clarifications
        FOR EACH ROW EXECUTE FUNCTION clarifications_answer_final();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER clarifications_answer_final ON clarifications;
      DROP FUNCTION clarifications_answer_final();
      DROP TABLE clarifications;
      DROP TABLE clarification_suggestions;
    `);
  }
}
