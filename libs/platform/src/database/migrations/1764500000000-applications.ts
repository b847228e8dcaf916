import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications to open calls: the working copy the lead edits, its consortium, the immutable
 * revision each submission stores, the eligibility verdicts per revision, and the per-organisation
 * deadline extensions a call's coordinator grants.
 */
export class Applications1764500000000 implements MigrationInterface {
  name = 'Applications1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE call_extensions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES calls(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        deadline timestamptz NOT NULL,
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        granted_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (call_id, organisation_id)
      );
      COMMENT ON TABLE call_extensions IS 'One organisation may submit to one call until its own deadline (rule 1)';

      CREATE TABLE applications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES calls(id),
        lead_organisation_id uuid NOT NULL REFERENCES organisations(id),
        created_by uuid NOT NULL REFERENCES users(id),
        state text NOT NULL DEFAULT 'draft' CHECK (state IN (
          'draft', 'submitted', 'eligible', 'ineligible', 'in_review', 'reviewed', 'ranked',
          'proposed', 'reserve', 'rejected', 'funded', 'not_funded', 'withdrawn')),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        summary text,
        plan text,
        expected_impact text,
        kpis jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(kpis) = 'array'),
        budget_lines jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(budget_lines) = 'array'),
        total_cents bigint NOT NULL DEFAULT 0 CHECK (total_cents >= 0),
        eligible_total_cents bigint NOT NULL DEFAULT 0 CHECK (eligible_total_cents BETWEEN 0 AND total_cents),
        requested_grant_cents bigint CHECK (requested_grant_cents >= 0),
        pilot_start date,
        pilot_end date,
        testbed_ids uuid[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        revision integer NOT NULL DEFAULT 0 CHECK (revision >= 0),
        submitted_version integer,
        submitted_at timestamptz,
        withdrawn_at timestamptz,
        withdraw_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((pilot_start IS NULL) = (pilot_end IS NULL)),
        CHECK (pilot_end >= pilot_start),
        CHECK (state IN ('draft', 'withdrawn') OR (revision >= 1 AND submitted_at IS NOT NULL)),
        CHECK (state <> 'withdrawn' OR withdrawn_at IS NOT NULL)
      );
      COMMENT ON COLUMN applications.revision IS 'Number of the latest submitted revision; 0 before the first submission';
      COMMENT ON COLUMN applications.submitted_version IS 'The working-copy version that the latest revision froze';
      CREATE INDEX applications_call_idx ON applications (call_id, state, created_at, id);
      CREATE INDEX applications_lead_idx ON applications (lead_organisation_id, created_at DESC);

      CREATE TABLE application_partners (
        application_id uuid NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        state text NOT NULL DEFAULT 'invited' CHECK (state IN ('invited', 'accepted')),
        invited_by uuid NOT NULL REFERENCES users(id),
        invited_at timestamptz NOT NULL DEFAULT now(),
        accepted_by uuid REFERENCES users(id),
        accepted_at timestamptz,
        PRIMARY KEY (application_id, organisation_id),
        CHECK ((state = 'accepted') = (accepted_at IS NOT NULL))
      );
      CREATE INDEX application_partners_org_idx ON application_partners (organisation_id);

      CREATE TABLE application_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL REFERENCES applications(id),
        number integer NOT NULL CHECK (number >= 1),
        snapshot jsonb NOT NULL CHECK (jsonb_typeof(snapshot) = 'object'),
        submitted_by uuid NOT NULL REFERENCES users(id),
        submitted_at timestamptz NOT NULL,
        extension_id uuid REFERENCES call_extensions(id),
        UNIQUE (application_id, number)
      );
      COMMENT ON TABLE application_revisions IS 'What each submission said, frozen: review and eligibility read these, never the working copy';

      CREATE FUNCTION application_revisions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'application_revisions are immutable (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER application_revisions_no_update BEFORE UPDATE OR DELETE ON application_revisions
        FOR EACH ROW EXECUTE FUNCTION application_revisions_immutable();
      CREATE TRIGGER application_revisions_no_truncate BEFORE TRUNCATE ON application_revisions
        FOR EACH STATEMENT EXECUTE FUNCTION application_revisions_immutable();

      CREATE TABLE eligibility_results (
        revision_id uuid NOT NULL REFERENCES application_revisions(id),
        rule text NOT NULL,
        application_id uuid NOT NULL REFERENCES applications(id),
        pass boolean NOT NULL,
        reason jsonb NOT NULL CHECK (jsonb_typeof(reason) = 'object'),
        position integer NOT NULL,
        evaluated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (revision_id, rule)
      );
      CREATE INDEX eligibility_results_application_idx ON eligibility_results (application_id);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE eligibility_results, application_revisions, application_partners, applications, call_extensions;
      DROP FUNCTION application_revisions_immutable();
    `);
  }
}
