import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Redress (libs/funding/src/domain/redress.ts): an applicant's request for a procedural review
 * after the decision, its reviewer, outcome and what the re-evaluation it may bring changed.
 *
 * A call may hold back a reserve budget for redress, apart from the budget its proposal
 * distributes. A grant says which of the two pays it; `call_budgets` keeps both sums under their
 * CHECKs, so a redress grant can never take the proposal's budget nor more than the reserve.
 * Re-evaluation reviews are ordinary reviews marked with their request.
 */
export class Redress1767700000000 implements MigrationInterface {
  name = 'Redress1767700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE calls
        ADD COLUMN redress_remedy text NOT NULL DEFAULT 'reserve_list' CHECK (redress_remedy IN ('reserve_budget', 'reserve_list')),
        ADD COLUMN redress_reserve_cents bigint NOT NULL DEFAULT 0 CHECK (redress_reserve_cents >= 0);
      COMMENT ON COLUMN calls.redress_remedy IS 'An upheld redress lifted above the budget line: reserve_budget (a grant from the redress reserve while it covers it) or reserve_list (first on the reserve list)';
      COMMENT ON COLUMN calls.redress_reserve_cents IS 'The budget held back for redress, apart from budget_cents';

      ALTER TABLE grants ADD COLUMN funded_from text NOT NULL DEFAULT 'budget' CHECK (funded_from IN ('budget', 'redress_reserve'));
      COMMENT ON COLUMN grants.funded_from IS 'budget: the call budget the proposal distributes; redress_reserve: the reserve the call holds back for redress';

      ALTER TABLE call_budgets
        ADD COLUMN reserve_cents bigint NOT NULL DEFAULT 0,
        ADD COLUMN reserve_committed_cents bigint NOT NULL DEFAULT 0,
        ADD CONSTRAINT call_budgets_reserve_within_reserve CHECK (reserve_committed_cents >= 0 AND reserve_committed_cents <= reserve_cents);

      CREATE OR REPLACE FUNCTION grants_commit_budget() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        delta bigint := 0;
        reserve_delta bigint := 0;
        target uuid;
      BEGIN
        IF TG_OP = 'UPDATE' AND (OLD.call_id <> NEW.call_id OR OLD.funded_from <> NEW.funded_from) THEN
          RAISE EXCEPTION 'a grant cannot move to another call or budget' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.state IN ('proposed', 'awarded') THEN
          IF OLD.funded_from = 'budget' THEN delta := delta - OLD.grant_cents; ELSE reserve_delta := reserve_delta - OLD.grant_cents; END IF;
          target := OLD.call_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.state IN ('proposed', 'awarded') THEN
          IF NEW.funded_from = 'budget' THEN delta := delta + NEW.grant_cents; ELSE reserve_delta := reserve_delta + NEW.grant_cents; END IF;
          target := NEW.call_id;
        END IF;
        IF delta <> 0 OR reserve_delta <> 0 THEN
          -- The row lock taken here serialises every writer of this call's grants.
          UPDATE call_budgets SET committed_cents = committed_cents + delta, reserve_committed_cents = reserve_committed_cents + reserve_delta, updated_at = now()
           WHERE call_id = target;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'call % has no budget row', target USING ERRCODE = 'foreign_key_violation';
          END IF;
        END IF;
        RETURN NULL;
      END $$;

      CREATE TABLE redress_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL UNIQUE REFERENCES applications(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        grounds text NOT NULL CHECK (length(btrim(grounds)) > 0),
        state text NOT NULL DEFAULT 'requested' CHECK (state IN ('requested', 'in_review', 'rejected', 're_evaluating', 'concluded')),
        reviewer_id uuid REFERENCES users(id),
        appointed_by uuid REFERENCES users(id),
        appointed_at timestamptz,
        outcome text CHECK (outcome IN ('rejected', 'upheld')),
        outcome_reasons text,
        outcome_at timestamptz,
        re_evaluation jsonb,
        result text CHECK (result IN ('funded_from_reserve', 'first_on_reserve_list', 'unchanged')),
        result_grant_cents bigint CHECK (result_grant_cents > 0),
        concluded_at timestamptz,
        requested_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((state = 'requested') = (reviewer_id IS NULL)),
        CHECK ((outcome IS NULL) = (outcome_at IS NULL)),
        CHECK (outcome IS NULL OR length(btrim(coalesce(outcome_reasons, ''))) > 0),
        CHECK ((state = 'concluded') = (result IS NOT NULL)),
        CHECK ((result = 'funded_from_reserve') = (result_grant_cents IS NOT NULL))
      );
      COMMENT ON TABLE redress_requests IS 'An applicant''s request for a procedural review after the decision (one per application), its reviewer and outcome';
      COMMENT ON COLUMN redress_requests.re_evaluation IS 'The upheld request''s re-evaluation: { evaluatorIds, shortage?, criteria, total, pass, rank, aboveLine }';
      CREATE INDEX redress_requests_call_idx ON redress_requests (call_id, requested_at);
      CREATE INDEX redress_requests_reviewer_idx ON redress_requests (reviewer_id);

      ALTER TABLE reviews ADD COLUMN redress_request_id uuid REFERENCES redress_requests(id);
      COMMENT ON COLUMN reviews.redress_request_id IS 'A re-evaluation review of an upheld redress request; NULL for the call''s own evaluation';
      CREATE INDEX reviews_redress_idx ON reviews (redress_request_id) WHERE redress_request_id IS NOT NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE reviews DROP COLUMN redress_request_id;
      DROP TABLE redress_requests;
      ALTER TABLE call_budgets DROP CONSTRAINT call_budgets_reserve_within_reserve, DROP COLUMN reserve_committed_cents, DROP COLUMN reserve_cents;
      ALTER TABLE grants DROP COLUMN funded_from;
      ALTER TABLE calls DROP COLUMN redress_reserve_cents, DROP COLUMN redress_remedy;
    `);
  }
}
