import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Evaluation (DOMAIN rules 3–4): each call's evaluator pool with expertise tags, the conflicts
 * evaluators declare and those the assignment detects (with every reason), the reviews, and the
 * applications the pool could not cover.
 *
 * A submitted or declined review is final: a trigger refuses any change to it, whatever writes.
 */
export class Evaluation1764700000000 implements MigrationInterface {
  name = 'Evaluation1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE call_evaluators (
        call_id uuid NOT NULL REFERENCES calls(id),
        evaluator_id uuid NOT NULL REFERENCES users(id),
        expertise text[] NOT NULL DEFAULT '{}',
        added_by uuid REFERENCES users(id),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (call_id, evaluator_id)
      );
      COMMENT ON TABLE call_evaluators IS 'The evaluator pool of a call: users holding the evaluator role, with expertise tags (test-bed themes and focus areas)';
      CREATE INDEX call_evaluators_evaluator_idx ON call_evaluators (evaluator_id);

      CREATE TABLE declared_conflicts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        evaluator_id uuid NOT NULL REFERENCES users(id),
        organisation_id uuid REFERENCES organisations(id),
        application_id uuid REFERENCES applications(id),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((organisation_id IS NULL) <> (application_id IS NULL))
      );
      COMMENT ON TABLE declared_conflicts IS 'Conflicts of interest an evaluator declares, with an organisation or with one application';
      CREATE UNIQUE INDEX declared_conflicts_key ON declared_conflicts (evaluator_id, coalesce(organisation_id, application_id));

      CREATE TABLE detected_conflicts (
        application_id uuid NOT NULL REFERENCES applications(id),
        evaluator_id uuid NOT NULL REFERENCES users(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        reasons jsonb NOT NULL CHECK (jsonb_typeof(reasons) = 'array' AND jsonb_array_length(reasons) > 0),
        detected_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (application_id, evaluator_id)
      );
      COMMENT ON TABLE detected_conflicts IS 'Pool evaluators kept away from an application, as the last assignment run found them: [{ kind, organisationId, detail }]';
      CREATE INDEX detected_conflicts_call_idx ON detected_conflicts (call_id);

      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES calls(id),
        application_id uuid NOT NULL REFERENCES applications(id),
        revision_id uuid NOT NULL REFERENCES application_revisions(id),
        evaluator_id uuid NOT NULL REFERENCES users(id),
        state text NOT NULL DEFAULT 'assigned' CHECK (state IN ('assigned', 'submitted', 'declined')),
        scores jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(scores) = 'object'),
        decline_reason text,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        declined_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (application_id, evaluator_id),
        CHECK ((state = 'submitted') = (submitted_at IS NOT NULL)),
        CHECK ((state = 'declined') = (declined_at IS NOT NULL)),
        CHECK (state <> 'declined' OR length(btrim(coalesce(decline_reason, ''))) > 0)
      );
      COMMENT ON COLUMN reviews.revision_id IS 'The revision pinned at assignment: what the evaluator reads and scores';
      COMMENT ON COLUMN reviews.scores IS '{ "<criterionKey>": { "score": number | null, "comment": string } }';
      CREATE INDEX reviews_evaluator_idx ON reviews (evaluator_id, assigned_at DESC, id);
      CREATE INDEX reviews_call_idx ON reviews (call_id, state);

      CREATE FUNCTION reviews_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.state IN ('submitted', 'declined') THEN
          RAISE EXCEPTION 'a % review is final (% refused)', OLD.state, TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$;
      CREATE TRIGGER reviews_final BEFORE UPDATE OR DELETE ON reviews
        FOR EACH ROW EXECUTE FUNCTION reviews_final();

      CREATE TABLE assignment_gaps (
        application_id uuid PRIMARY KEY REFERENCES applications(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        required integer NOT NULL CHECK (required >= 1),
        covered integer NOT NULL CHECK (covered >= 0),
        missing integer NOT NULL CHECK (missing >= 1),
        reason jsonb NOT NULL CHECK (jsonb_typeof(reason) = 'object'),
        recorded_at timestamptz NOT NULL DEFAULT now()
      );
      COMMENT ON TABLE assignment_gaps IS 'Applications the pool cannot cover without conflicts of interest, with the reason; cleared once covered';
      CREATE INDEX assignment_gaps_call_idx ON assignment_gaps (call_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE assignment_gaps, reviews, detected_conflicts, declared_conflicts, call_evaluators;
      DROP FUNCTION reviews_final();
    `);
  }
}
