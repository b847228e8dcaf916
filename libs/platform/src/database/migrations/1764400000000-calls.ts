import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Open calls. The shape of the jsonb columns is validated by libs/calls/src/domain before any
 * write; the CHECKs here hold the invariants that other tables and jobs rely on (dates in order,
 * money positive, grant within budget, a known state and focus area) even against a direct write.
 */
export class Calls1764400000000 implements MigrationInterface {
  name = 'Calls1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE calls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        city_id uuid REFERENCES cities(id),
        focus_area text NOT NULL CHECK (focus_area ~ '^[a-z0-9_]+$'),
        title jsonb NOT NULL CHECK (jsonb_typeof(title) = 'object' AND title <> '{}'::jsonb),
        summary jsonb NOT NULL CHECK (jsonb_typeof(summary) = 'object' AND summary <> '{}'::jsonb),
        body jsonb NOT NULL CHECK (jsonb_typeof(body) = 'object' AND body <> '{}'::jsonb),
        opens_at timestamptz NOT NULL,
        closes_at timestamptz NOT NULL,
        review_deadline timestamptz NOT NULL,
        budget_cents bigint NOT NULL CHECK (budget_cents > 0),
        funding_sources jsonb NOT NULL CHECK (jsonb_typeof(funding_sources) = 'array' AND jsonb_array_length(funding_sources) >= 1),
        funding_rate_percent integer NOT NULL CHECK (funding_rate_percent BETWEEN 1 AND 100),
        max_grant_cents bigint NOT NULL CHECK (max_grant_cents > 0),
        duration_min_months integer NOT NULL CHECK (duration_min_months >= 1),
        duration_max_months integer NOT NULL,
        eligibility jsonb NOT NULL CHECK (jsonb_typeof(eligibility) = 'object'),
        criteria jsonb NOT NULL CHECK (jsonb_typeof(criteria) = 'array' AND jsonb_array_length(criteria) >= 1),
        overall_threshold numeric NOT NULL CHECK (overall_threshold >= 0),
        tie_breaks jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(tie_breaks) = 'array'),
        funding_policy text NOT NULL CHECK (funding_policy IN ('strict', 'skip')),
        reviewers_per_application integer NOT NULL CHECK (reviewers_per_application >= 1),
        divergence_limit numeric NOT NULL CHECK (divergence_limit > 0),
        decider_ids uuid[] NOT NULL DEFAULT '{}',
        testbed_ids uuid[] NOT NULL DEFAULT '{}',
        required_fields text[] NOT NULL DEFAULT '{}',
        state text NOT NULL DEFAULT 'draft'
          CHECK (state IN ('draft', 'scheduled', 'open', 'closed', 'in_evaluation', 'decided')),
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id),
        published_at timestamptz,
        opened_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (opens_at < closes_at AND closes_at < review_deadline),
        CHECK (max_grant_cents <= budget_cents),
        CHECK (duration_max_months >= duration_min_months),
        CHECK (state = 'draft' OR published_at IS NOT NULL),
        CHECK (state IN ('draft', 'scheduled') OR opened_at IS NOT NULL),
        CHECK (state IN ('draft', 'scheduled', 'open') OR closed_at IS NOT NULL)
      );

      COMMENT ON COLUMN calls.city_id IS 'Owning city; NULL is a national call run by admins';
      COMMENT ON COLUMN calls.eligibility IS 'Eligibility rules as data, see EligibilityRules in libs/calls/src/domain/eligibility.ts';
      COMMENT ON COLUMN calls.criteria IS 'Weighted evaluation criteria [{ key, name, guidance, weight, scale { min, max, step }, threshold }]';
      COMMENT ON COLUMN calls.tie_breaks IS 'Ordered criterion keys that break ties in the ranking';

      CREATE INDEX calls_city_idx ON calls (city_id, state);
      -- The public list reads non-draft calls ordered by their deadline.
      CREATE INDEX calls_public_idx ON calls (closes_at, id) WHERE state <> 'draft';
      -- The scheduler sweep looks for calls whose open or close time has passed.
      CREATE INDEX calls_due_idx ON calls (state, opens_at, closes_at) WHERE state IN ('scheduled', 'open');
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE calls`);
  }
}
