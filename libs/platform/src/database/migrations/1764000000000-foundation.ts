import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
        name jsonb NOT NULL,
        partner boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        password_hash text NOT NULL,
        display_name text NOT NULL,
        locale text NOT NULL DEFAULT 'fi' CHECK (locale IN ('fi', 'sv', 'en')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (lower(email));

      CREATE TABLE organisations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        type text NOT NULL CHECK (type IN ('company', 'city_organisation', 'research_organisation', 'association', 'public_body')),
        business_id text UNIQUE CHECK (business_id ~ '^[0-9]{7}-[0-9]$'),
        foreign_registration_id text,
        country text NOT NULL DEFAULT 'FI',
        home_municipality text NOT NULL,
        size_class text NOT NULL CHECK (size_class IN ('micro', 'small', 'medium', 'large')),
        email_domain text,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((business_id IS NOT NULL) <> (foreign_registration_id IS NOT NULL))
      );
      CREATE INDEX organisations_email_domain_idx ON organisations (lower(email_domain));

      CREATE TABLE memberships (
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('owner', 'member')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organisation_id, user_id)
      );
      CREATE INDEX memberships_user_idx ON memberships (user_id);

      CREATE TABLE role_grants (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('admin', 'coordinator', 'evaluator', 'decider')),
        city_id uuid REFERENCES cities(id),
        granted_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK ((role = 'coordinator') = (city_id IS NOT NULL))
      );
      CREATE UNIQUE INDEX role_grants_unique ON role_grants (user_id, role, coalesce(city_id, '00000000-0000-0000-0000-000000000000'));

      CREATE TABLE refresh_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        family_id uuid NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);

      CREATE TABLE invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organisation_id uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        email text NOT NULL,
        role text NOT NULL CHECK (role IN ('owner', 'member')),
        token_hash text NOT NULL UNIQUE,
        invited_by uuid NOT NULL REFERENCES users(id),
        expires_at timestamptz NOT NULL,
        accepted_at timestamptz,
        accepted_by uuid REFERENCES users(id),
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX invitations_open_key ON invitations (organisation_id, lower(email)) WHERE accepted_at IS NULL;

      CREATE TABLE audit_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        organisation_id uuid,
        city_id uuid,
        call_id uuid,
        before jsonb,
        after jsonb,
        request_id text
      );
      CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id);
      CREATE INDEX audit_events_org_idx ON audit_events (organisation_id) WHERE organisation_id IS NOT NULL;
      CREATE INDEX audit_events_city_idx ON audit_events (city_id) WHERE city_id IS NOT NULL;
      CREATE INDEX audit_events_call_idx ON audit_events (call_id) WHERE call_id IS NOT NULL;

      CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_events is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_events_no_update BEFORE UPDATE OR DELETE ON audit_events
        FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
      CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
        FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();

      CREATE TABLE outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        job_name text NOT NULL,
        payload jsonb NOT NULL,
        job_id text NOT NULL,
        delay_until timestamptz,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        sent_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      );
      CREATE INDEX outbox_pending_idx ON outbox (created_at) WHERE sent_at IS NULL;

      CREATE TABLE processed_jobs (
        job_id text PRIMARY KEY,
        job_name text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now()
      );
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE processed_jobs, outbox, audit_events, invitations, refresh_tokens, role_grants,
        memberships, organisations, users, cities;
      DROP FUNCTION audit_events_append_only();
    `);
  }
}
