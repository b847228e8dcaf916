import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Funding (DOMAIN rules 5–8): each application's aggregated scores with the coordinator's
 * consensus and its place in the ranking; the funding proposal of a call as grants, a reserve list
 * and rejections; the co-funding split of each grant; the decider's amendments and the one
 * decision per call; and the pilots that funded applications become.
 *
 * The budget is held by the database: `call_budgets` keeps the sum of a call's live grants
 * (maintained by a trigger on `grants`) under a CHECK against the budget, so every writer of
 * grants serialises on that one row and none can commit more than the budget, whatever races.
 */
export class Funding1764800000000 implements MigrationInterface {
  name = 'Funding1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE application_aggregates (
        application_id uuid PRIMARY KEY REFERENCES applications(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        review_count integer NOT NULL CHECK (review_count >= 1),
        review_criteria jsonb NOT NULL CHECK (jsonb_typeof(review_criteria) = 'array'),
        divergences jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(divergences) = 'array'),
        consensus_scores jsonb CHECK (jsonb_typeof(consensus_scores) = 'object'),
        consensus_reason text,
        consensus_by uuid REFERENCES users(id),
        consensus_at timestamptz,
        criteria jsonb NOT NULL CHECK (jsonb_typeof(criteria) = 'array'),
        total numeric NOT NULL,
        pass boolean NOT NULL,
        needs_consensus boolean NOT NULL,
        rank integer CHECK (rank >= 1),
        tie_break_rule text CHECK (tie_break_rule ~ '^(criterion:[a-z0-9_]+|submitted_at|application_id)$'),
        tie_break_above uuid REFERENCES applications(id),
        ranked_at timestamptz,
        aggregated_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((consensus_scores IS NULL) = (consensus_at IS NULL)),
        CHECK (consensus_scores IS NULL OR (consensus_by IS NOT NULL AND coalesce(length(btrim(consensus_reason)), 0) > 0)),
        CHECK ((tie_break_rule IS NULL) = (tie_break_above IS NULL)),
        CHECK (tie_break_rule IS NULL OR rank IS NOT NULL),
        CHECK (NOT needs_consensus OR rank IS NULL),
        CONSTRAINT application_aggregates_rank_key UNIQUE (call_id, rank) DEFERRABLE INITIALLY DEFERRED
      );
      COMMENT ON TABLE application_aggregates IS 'Rule 5 and 6: one row per application whose submitted reviews are all in; upserted by the application.aggregate job';
      COMMENT ON COLUMN application_aggregates.review_criteria IS 'From the reviews alone: [{ key, mean, count, threshold, pass }]';
      COMMENT ON COLUMN application_aggregates.divergences IS 'Criteria on which reviews differ by at least the call''s divergence limit: [{ key, min, max }]';
      COMMENT ON COLUMN application_aggregates.consensus_scores IS 'The coordinator''s consensus { criterionKey: score }, replacing those criteria''s means';
      COMMENT ON COLUMN application_aggregates.criteria IS 'What counts: review_criteria with the consensus applied, [{ key, mean, count, threshold, pass }]';
      COMMENT ON COLUMN application_aggregates.total IS 'Σ weight × criterion mean (after consensus), rounded to 6 decimals';
      COMMENT ON COLUMN application_aggregates.pass IS 'Every criterion mean ≥ its threshold and total ≥ the call''s overall threshold';
      COMMENT ON COLUMN application_aggregates.needs_consensus IS 'Divergent and no consensus yet: not ranked until the coordinator records one';
      COMMENT ON COLUMN application_aggregates.rank IS 'Place among the call''s passing applications, 1 = best; NULL when failing or not ranked yet';
      COMMENT ON COLUMN application_aggregates.tie_break_rule IS 'Equal total with the application ranked just above: the rule that separated them (criterion:<key>, submitted_at, application_id)';
      COMMENT ON COLUMN application_aggregates.tie_break_above IS 'The application ranked just above, with the same total';
      CREATE INDEX application_aggregates_call_idx ON application_aggregates (call_id, rank);

      CREATE TABLE call_budgets (
        call_id uuid PRIMARY KEY REFERENCES calls(id),
        budget_cents bigint NOT NULL CHECK (budget_cents > 0),
        committed_cents bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT call_budgets_committed_within_budget CHECK (committed_cents >= 0 AND committed_cents <= budget_cents)
      );
      COMMENT ON TABLE call_budgets IS 'Rule 7: the sum of a call''s live grants (proposed or awarded), kept by a trigger on grants and checked against the budget';

      CREATE TABLE funding_proposals (
        call_id uuid PRIMARY KEY REFERENCES calls(id),
        policy text NOT NULL CHECK (policy IN ('strict', 'skip')),
        budget_cents bigint NOT NULL CHECK (budget_cents > 0),
        state text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'decided')),
        proposed_by uuid REFERENCES users(id),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      COMMENT ON TABLE funding_proposals IS 'The current funding proposal of a call; its lines are grants, reserve and rejections';
      COMMENT ON COLUMN funding_proposals.proposed_by IS 'The coordinator who asked for the ranking; NULL when it ran by itself once every application was aggregated';
      COMMENT ON COLUMN funding_proposals.version IS 'Counts the changes (proposal and amendments)';

      CREATE TABLE grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES calls(id),
        application_id uuid NOT NULL UNIQUE REFERENCES applications(id),
        rank integer NOT NULL CHECK (rank >= 1),
        cap_cents bigint NOT NULL CHECK (cap_cents > 0),
        grant_cents bigint NOT NULL CHECK (grant_cents > 0),
        state text NOT NULL DEFAULT 'proposed' CHECK (state IN ('proposed', 'awarded', 'declined', 'withdrawn')),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        awarded_at timestamptz,
        released_at timestamptz,
        release_reason text,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (grant_cents <= cap_cents),
        CHECK (state <> 'awarded' OR awarded_at IS NOT NULL),
        CHECK ((state IN ('declined', 'withdrawn')) = (released_at IS NOT NULL))
      );
      COMMENT ON TABLE grants IS 'One grant per funded (or proposed) application; proposed and awarded ones count against the call budget';
      COMMENT ON COLUMN grants.cap_cents IS 'The most this application may get: its request within the call''s max grant and funding rate × eligible costs';
      COMMENT ON COLUMN grants.state IS 'proposed (on the proposal), awarded (decision approved), declined (the applicant gave it back), withdrawn (the application was withdrawn)';
      CREATE INDEX grants_call_idx ON grants (call_id, rank);

      CREATE FUNCTION grants_commit_budget() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        delta bigint := 0;
        target uuid;
      BEGIN
        IF TG_OP = 'UPDATE' AND OLD.call_id <> NEW.call_id THEN
          RAISE EXCEPTION 'a grant cannot move to another call' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.state IN ('proposed', 'awarded') THEN
          delta := delta - OLD.grant_cents;
          target := OLD.call_id;
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.state IN ('proposed', 'awarded') THEN
          delta := delta + NEW.grant_cents;
          target := NEW.call_id;
        END IF;
        IF delta <> 0 THEN
          -- The row lock taken here serialises every writer of this call's grants.
          UPDATE call_budgets SET committed_cents = committed_cents + delta, updated_at = now() WHERE call_id = target;
          IF NOT FOUND THEN
            RAISE EXCEPTION 'call % has no budget row', target USING ERRCODE = 'foreign_key_violation';
          END IF;
        END IF;
        RETURN NULL;
      END $$;
      CREATE TRIGGER grants_budget AFTER INSERT OR UPDATE OR DELETE ON grants
        FOR EACH ROW EXECUTE FUNCTION grants_commit_budget();

      CREATE TABLE grant_shares (
        grant_id uuid NOT NULL REFERENCES grants(id) ON DELETE CASCADE,
        source text NOT NULL,
        position integer NOT NULL CHECK (position >= 1),
        share_percent integer NOT NULL CHECK (share_percent BETWEEN 0 AND 100),
        cents bigint NOT NULL CHECK (cents >= 0),
        PRIMARY KEY (grant_id, source)
      );
      COMMENT ON TABLE grant_shares IS 'The co-funding ledger: each grant split by the call''s funding sources in whole cents (largest remainder); the parts sum to the grant';

      CREATE FUNCTION grant_shares_sum_check() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        target uuid;
        expected bigint;
        actual bigint;
      BEGIN
        IF TG_TABLE_NAME = 'grants' THEN
          target := NEW.id;
        ELSIF TG_OP = 'DELETE' THEN
          target := OLD.grant_id;
        ELSE
          target := NEW.grant_id;
        END IF;
        SELECT grant_cents INTO expected FROM grants WHERE id = target;
        IF expected IS NULL THEN RETURN NULL; END IF;
        SELECT sum(cents) INTO actual FROM grant_shares WHERE grant_id = target;
        IF actual IS DISTINCT FROM expected THEN
          RAISE EXCEPTION 'the shares of grant % sum to % cents, not %', target, actual, expected USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END $$;
      -- Checked at commit, so a grant and its shares may be written in either order.
      CREATE CONSTRAINT TRIGGER grant_shares_sum AFTER INSERT OR UPDATE OR DELETE ON grant_shares
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION grant_shares_sum_check();
      CREATE CONSTRAINT TRIGGER grants_shares_sum AFTER INSERT OR UPDATE OF grant_cents ON grants
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION grant_shares_sum_check();

      CREATE TABLE funding_reserve (
        application_id uuid PRIMARY KEY REFERENCES applications(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        position integer NOT NULL CHECK (position >= 1),
        rank integer NOT NULL CHECK (rank >= 1),
        cap_cents bigint NOT NULL CHECK (cap_cents > 0),
        CONSTRAINT funding_reserve_position_key UNIQUE (call_id, position) DEFERRABLE INITIALLY DEFERRED
      );
      COMMENT ON TABLE funding_reserve IS 'The ordered reserve list: passing applications without a grant, promoted in position order when budget is freed';
      COMMENT ON COLUMN funding_reserve.cap_cents IS 'The grant it would get if promoted';

      CREATE TABLE funding_rejections (
        application_id uuid PRIMARY KEY REFERENCES applications(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        reason text NOT NULL CHECK (reason IN ('failed_thresholds', 'no_grant', 'removed'))
      );
      COMMENT ON TABLE funding_rejections IS 'Applications the proposal rejects: failing a threshold, a capped grant of nothing, or removed by a decider';
      CREATE INDEX funding_rejections_call_idx ON funding_rejections (call_id);

      CREATE TABLE funding_amendments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL REFERENCES calls(id),
        amended_by uuid NOT NULL REFERENCES users(id),
        amendment jsonb NOT NULL CHECK (jsonb_typeof(amendment) = 'object'),
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        before jsonb NOT NULL,
        after jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      COMMENT ON TABLE funding_amendments IS 'Every change a decider made to the proposal, with the reason and the proposal before and after';
      CREATE INDEX funding_amendments_call_idx ON funding_amendments (call_id, created_at);

      CREATE TABLE funding_decisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        call_id uuid NOT NULL UNIQUE REFERENCES calls(id),
        decided_by uuid NOT NULL REFERENCES users(id),
        decided_at timestamptz NOT NULL DEFAULT now(),
        committed_cents bigint NOT NULL CHECK (committed_cents >= 0),
        funded_count integer NOT NULL CHECK (funded_count >= 0),
        summary jsonb NOT NULL
      );
      COMMENT ON TABLE funding_decisions IS 'Rule 8: the one approval of a call''s proposal; from then on its decisions are final and public';
      COMMENT ON COLUMN funding_decisions.summary IS 'The proposal as approved: { lines, reserve, rejected }';

      CREATE TABLE pilots (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        application_id uuid NOT NULL UNIQUE REFERENCES applications(id),
        call_id uuid NOT NULL REFERENCES calls(id),
        grant_id uuid NOT NULL UNIQUE REFERENCES grants(id),
        grant_cents bigint NOT NULL CHECK (grant_cents > 0),
        state text NOT NULL DEFAULT 'active' CHECK (state IN ('active', 'completed')),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      COMMENT ON TABLE pilots IS 'A funded application running its pilot; reports and KPIs hang off this row';
      COMMENT ON COLUMN pilots.grant_cents IS 'The grant awarded, as at the decision or the promotion';
      CREATE INDEX pilots_call_idx ON pilots (call_id);

      CREATE TABLE pilot_booking_confirmations (
        pilot_id uuid NOT NULL REFERENCES pilots(id) ON DELETE CASCADE,
        booking_id uuid NOT NULL REFERENCES bookings(id),
        confirmed boolean NOT NULL,
        reason text,
        checked_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (pilot_id, booking_id),
        CHECK (confirmed OR reason IS NOT NULL)
      );
      COMMENT ON TABLE pilot_booking_confirmations IS 'The lead''s requested test-bed bookings in the pilot period: approved with the decision, or why not (capacity)';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE pilot_booking_confirmations, pilots, funding_decisions, funding_amendments, funding_rejections, funding_reserve,
        grant_shares, grants, funding_proposals, call_budgets, application_aggregates;
      DROP FUNCTION grant_shares_sum_check();
      DROP FUNCTION grants_commit_budget();
    `);
  }
}
