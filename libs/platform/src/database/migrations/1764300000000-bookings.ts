import { MigrationInterface, QueryRunner } from 'typeorm';

export class Bookings1764300000000 implements MigrationInterface {
  name = 'Bookings1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE bookings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        testbed_id uuid NOT NULL REFERENCES testbeds(id),
        organisation_id uuid NOT NULL REFERENCES organisations(id),
        requested_by uuid NOT NULL REFERENCES users(id),
        state text NOT NULL DEFAULT 'requested' CHECK (state IN ('requested', 'approved', 'declined', 'cancelled')),
        start_date date NOT NULL,
        end_date date NOT NULL,
        purpose text NOT NULL,
        participants integer NOT NULL CHECK (participants >= 1),
        decision_reason text,
        decided_by uuid REFERENCES users(id),
        decided_at timestamptz,
        cancelled_by uuid REFERENCES users(id),
        cancelled_at timestamptz,
        cancel_reason text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_date >= start_date),
        CHECK (state <> 'declined' OR decision_reason IS NOT NULL)
      );
      CREATE INDEX bookings_testbed_idx ON bookings (testbed_id, state, start_date);
      CREATE INDEX bookings_organisation_idx ON bookings (organisation_id, created_at DESC);
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE bookings`);
  }
}
