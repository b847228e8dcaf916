import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * How each user wants each kind of notification: an e-mail at once (no row: the default), in the
 * daily digest, or in the app only. A notification remembers how it was to be delivered; the
 * digest's job sends those still waiting (`emailed_at` null) and stamps them.
 */
export class NotificationPreferences1767500000000 implements MigrationInterface {
  name = 'NotificationPreferences1767500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification_preferences (
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL,
        delivery text NOT NULL CHECK (delivery IN ('immediate', 'digest', 'in_app')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      );
      ALTER TABLE notifications ADD COLUMN delivery text NOT NULL DEFAULT 'immediate' CHECK (delivery IN ('immediate', 'digest', 'in_app'));
      CREATE INDEX notifications_digest_due_idx ON notifications (user_id, created_at) WHERE delivery = 'digest' AND emailed_at IS NULL;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX notifications_digest_due_idx;
      ALTER TABLE notifications DROP COLUMN delivery;
      DROP TABLE notification_preferences;
    `);
  }
}
