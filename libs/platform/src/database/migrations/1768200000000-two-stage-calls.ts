import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Two-stage calls (idea → full proposal). The first stage is a call of its own that names the
 * call it leads to (`second_stage_id`) and how many ideas go on (`invitation`); an idea is
 * `invited` or `not_invited` once its stage is ranked, and an invited idea's full proposal names it
 * (`idea_application_id`, one proposal per idea).
 */
export class TwoStageCalls1768200000000 implements MigrationInterface {
  name = 'TwoStageCalls1768200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE calls
        ADD COLUMN second_stage_id uuid UNIQUE REFERENCES calls(id),
        ADD COLUMN invitation jsonb,
        ADD CONSTRAINT calls_first_stage_invitation CHECK ((second_stage_id IS NULL) = (invitation IS NULL)),
        ADD CONSTRAINT calls_second_stage_not_self CHECK (second_stage_id <> id);
      COMMENT ON COLUMN calls.second_stage_id IS 'Set on the first stage (ideas) of a two-stage call: the call of the full proposals';
      COMMENT ON COLUMN calls.invitation IS 'The first stage''s invitation rule: {"count": n} or {"sharePercent": p}';

      ALTER TABLE applications DROP CONSTRAINT applications_state_check;
      ALTER TABLE applications ADD CONSTRAINT applications_state_check CHECK (state IN (
        'draft', 'submitted', 'eligible', 'ineligible', 'in_review', 'reviewed', 'ranked',
        'proposed', 'reserve', 'rejected', 'funded', 'not_funded', 'withdrawn', 'invited', 'not_invited'));
      ALTER TABLE applications ADD COLUMN idea_application_id uuid UNIQUE REFERENCES applications(id);
      COMMENT ON COLUMN applications.idea_application_id IS 'The invited idea a full proposal started from';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE applications DROP COLUMN idea_application_id;
      ALTER TABLE applications DROP CONSTRAINT applications_state_check;
      ALTER TABLE applications ADD CONSTRAINT applications_state_check CHECK (state IN (
        'draft', 'submitted', 'eligible', 'ineligible', 'in_review', 'reviewed', 'ranked',
        'proposed', 'reserve', 'rejected', 'funded', 'not_funded', 'withdrawn'));
      ALTER TABLE calls DROP COLUMN invitation, DROP COLUMN second_stage_id;
    `);
  }
}
