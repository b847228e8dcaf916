import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An organisation's identity: unverified until a coordinator or an admin checks it. A business ID
 * is held by one organisation at a time; a second organisation giving the same ID is a claim that
 * a coordinator or an admin resolves, not a refusal of whoever came second.
 */
export class OrganisationIdentity1766100000000 implements MigrationInterface {
  name = 'OrganisationIdentity1766100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organisations
        ADD COLUMN identity_state text NOT NULL DEFAULT 'unverified' CHECK (identity_state IN ('unverified', 'verified', 'disputed', 'rejected')),
        ADD COLUMN identity_verified_by uuid REFERENCES users(id) ON DELETE SET NULL,
        ADD COLUMN identity_verified_at timestamptz,
        ADD COLUMN holds_business_id boolean NOT NULL DEFAULT true,
        ADD CHECK ((identity_state = 'verified') = (identity_verified_at IS NOT NULL));
      ALTER TABLE organisations DROP CONSTRAINT organisations_business_id_key;
      CREATE UNIQUE INDEX organisations_business_id_holder_key ON organisations (business_id) WHERE holds_business_id AND business_id IS NOT NULL;
      CREATE INDEX organisations_business_id_idx ON organisations (business_id);
      COMMENT ON COLUMN organisations.identity_state IS 'unverified; verified by a coordinator or an admin; disputed while a claim on its business ID is open; rejected when a claim gave the ID to another organisation';
      COMMENT ON COLUMN organisations.holds_business_id IS 'false for an organisation whose business ID is held by another: an open claim, or a claim lost';

      CREATE TABLE organisation_claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        business_id text NOT NULL,
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved', 'withdrawn')),
        awarded_organisation_id uuid REFERENCES organisations(id) ON DELETE SET NULL,
        resolved_by uuid REFERENCES users(id) ON DELETE SET NULL,
        resolved_at timestamptz,
        reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((state = 'resolved') = (resolved_at IS NOT NULL))
      );
      CREATE UNIQUE INDEX organisation_claims_open_key ON organisation_claims (organisation_id) WHERE state = 'open';
      CREATE INDEX organisation_claims_business_id_idx ON organisation_claims (business_id, state);
      COMMENT ON TABLE organisation_claims IS 'An organisation that gave a business ID another organisation holds: open until a coordinator or an admin awards the ID to one of them';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE organisation_claims;
      DROP INDEX organisations_business_id_holder_key;
      DROP INDEX organisations_business_id_idx;
      ALTER TABLE organisations ADD CONSTRAINT organisations_business_id_key UNIQUE (business_id);
      ALTER TABLE organisations DROP COLUMN identity_state, DROP COLUMN identity_verified_by, DROP COLUMN identity_verified_at, DROP COLUMN holds_business_id;
    `);
  }
}
