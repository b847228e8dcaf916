import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `call_budgets` follows a statement's grants once per call, at the end of the statement, rather
 * than once per grant. A ranking writes thousands of grants in one statement; updating the budget
 * row for each of them made every update walk the row's versions written before it in the same
 * transaction (quadratic in the grants). The sums, the CHECKs against the budget and the reserve,
 * the row lock that serialises the writers of a call's grants and the refusals are as before: the
 * budget row is updated before the statement returns, calls in id order.
 */
export class GrantBudgetPerStatement1768700000000 implements MigrationInterface {
  name = 'GrantBudgetPerStatement1768700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER grants_budget ON grants;
      DROP FUNCTION grants_commit_budget();

      CREATE FUNCTION grants_commit_budget() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        calls uuid[];
        deltas bigint[];
        reserve_deltas bigint[];
      BEGIN
        -- Each statement names only the transition tables its kind of trigger has.
        IF TG_OP = 'UPDATE' THEN
          IF EXISTS (SELECT 1 FROM old_grants o JOIN new_grants n ON n.id = o.id WHERE o.call_id <> n.call_id OR o.funded_from <> n.funded_from) THEN
            RAISE EXCEPTION 'a grant cannot move to another call or budget' USING ERRCODE = 'integrity_constraint_violation';
          END IF;
        END IF;
        -- What the statement changed of each call's live grants (proposed or awarded), budget and reserve apart.
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(call_id ORDER BY call_id), array_agg(budget ORDER BY call_id), array_agg(reserve ORDER BY call_id) INTO calls, deltas, reserve_deltas
            FROM (SELECT call_id, coalesce(sum(grant_cents) FILTER (WHERE funded_from = 'budget'), 0) AS budget,
                         coalesce(sum(grant_cents) FILTER (WHERE funded_from <> 'budget'), 0) AS reserve
                    FROM new_grants WHERE state IN ('proposed', 'awarded') GROUP BY call_id) d;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(call_id ORDER BY call_id), array_agg(budget ORDER BY call_id), array_agg(reserve ORDER BY call_id) INTO calls, deltas, reserve_deltas
            FROM (SELECT call_id, -coalesce(sum(grant_cents) FILTER (WHERE funded_from = 'budget'), 0) AS budget,
                         -coalesce(sum(grant_cents) FILTER (WHERE funded_from <> 'budget'), 0) AS reserve
                    FROM old_grants WHERE state IN ('proposed', 'awarded') GROUP BY call_id) d;
        ELSE
          SELECT array_agg(call_id ORDER BY call_id), array_agg(budget ORDER BY call_id), array_agg(reserve ORDER BY call_id) INTO calls, deltas, reserve_deltas
            FROM (SELECT call_id, coalesce(sum(cents) FILTER (WHERE funded_from = 'budget'), 0) AS budget,
                         coalesce(sum(cents) FILTER (WHERE funded_from <> 'budget'), 0) AS reserve
                    FROM (SELECT call_id, funded_from, -grant_cents AS cents FROM old_grants WHERE state IN ('proposed', 'awarded')
                          UNION ALL
                          SELECT call_id, funded_from, grant_cents FROM new_grants WHERE state IN ('proposed', 'awarded')) c
                   GROUP BY call_id) d;
        END IF;
        FOR i IN 1 .. coalesce(array_length(calls, 1), 0) LOOP
          CONTINUE WHEN deltas[i] = 0 AND reserve_deltas[i] = 0;
          -- The row lock taken here serialises every writer of this call's grants.
          UPDATE call_budgets SET committed_cents = committed_cents + deltas[i], reserve_committed_cents = reserve_committed_cents + reserve_deltas[i], updated_at = now()
           WHERE call_id = calls[i];
          IF NOT FOUND THEN
            RAISE EXCEPTION 'call % has no budget row', calls[i] USING ERRCODE = 'foreign_key_violation';
          END IF;
        END LOOP;
        RETURN NULL;
      END $$;

      -- A trigger with transition tables answers one kind of statement.
      CREATE TRIGGER grants_budget_insert AFTER INSERT ON grants REFERENCING NEW TABLE AS new_grants
        FOR EACH STATEMENT EXECUTE FUNCTION grants_commit_budget();
      CREATE TRIGGER grants_budget_update AFTER UPDATE ON grants REFERENCING OLD TABLE AS old_grants NEW TABLE AS new_grants
        FOR EACH STATEMENT EXECUTE FUNCTION grants_commit_budget();
      CREATE TRIGGER grants_budget_delete AFTER DELETE ON grants REFERENCING OLD TABLE AS old_grants
        FOR EACH STATEMENT EXECUTE FUNCTION grants_commit_budget();
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TRIGGER grants_budget_insert ON grants;
      DROP TRIGGER grants_budget_update ON grants;
      DROP TRIGGER grants_budget_delete ON grants;
      DROP FUNCTION grants_commit_budget();

      CREATE FUNCTION grants_commit_budget() RETURNS trigger LANGUAGE plpgsql AS $$
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

      CREATE TRIGGER grants_budget AFTER INSERT OR UPDATE OR DELETE ON grants
        FOR EACH ROW EXECUTE FUNCTION grants_commit_budget();
    `);
  }
}
