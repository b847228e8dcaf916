import { MigrationInterface, QueryRunner } from 'typeorm';
import { normaliseEmail, parkedAddress } from '../../../../identity/src/domain/email.js';

/**
 * E-mail verification (libs/identity/src/domain/email-verification.ts) and one spelling per
 * address (libs/identity/src/domain/email.ts). Every account starts unverified, those that existed
 * before too: nobody ever proved those addresses. Existing addresses are rewritten in their
 * normal form; where two accounts turn out to share one (`x@bücher.example` and
 * `x@xn--bcher-kva.example`), the account in use keeps it (the most memberships and roles, then
 * the oldest) and the others are parked at an undeliverable address with their sign-ins ended,
 * each with an audit event that names the address it had and the account that kept it.
 */
export class EmailVerification1765600000000 implements MigrationInterface {
  name = 'EmailVerification1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE users ADD COLUMN email_verified_at timestamptz;
      COMMENT ON COLUMN users.email_verified_at IS 'When the owner proved the address (link or code of a verification e-mail); null: not yet, and the account may not change anything';

      CREATE TABLE email_verifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        email text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        revoked_at timestamptz,
        code_attempts integer NOT NULL DEFAULT 0 CHECK (code_attempts >= 0)
      );
      CREATE INDEX email_verifications_user_idx ON email_verifications (user_id, created_at DESC);
      COMMENT ON TABLE email_verifications IS 'One verification e-mail each; its link token and code are derived from the id with the server key and stored nowhere';
    `);

    const users: { id: string; email: string }[] = await q.query(
      `SELECT u.id, u.email FROM users u
        ORDER BY (SELECT count(*) FROM memberships m WHERE m.user_id = u.id) + (SELECT count(*) FROM role_grants g WHERE g.user_id = u.id) DESC,
                 u.created_at, u.id`,
    );
    const keeper = new Map<string, string>();
    const renames: { id: string; email: string }[] = [];
    for (const user of users) {
      const normal = normaliseEmail(user.email) ?? user.email.trim().toLowerCase();
      const kept = keeper.get(normal);
      if (kept) {
        await q.query(`UPDATE users SET email = $2, updated_at = now() WHERE id = $1`, [user.id, parkedAddress(user.id)]);
        await q.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [user.id]);
        await q.query(
          `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after)
           VALUES (NULL, 'user.email_parked', 'user', $1, $2, $3)`,
          [user.id, JSON.stringify({ email: user.email }), JSON.stringify({ email: parkedAddress(user.id), addressKeptBy: kept, reason: 'the same address as another account once normalised' })],
        );
        continue;
      }
      keeper.set(normal, user.id);
      if (normal !== user.email) renames.push({ id: user.id, email: normal });
    }
    // After the parking, so that no rename meets the spelling of an account still to be parked.
    for (const { id, email } of renames) await q.query(`UPDATE users SET email = $2 WHERE id = $1`, [id, email]);

    const invitations: { id: string; email: string }[] = await q.query(`SELECT id, email FROM invitations WHERE accepted_at IS NULL`);
    for (const invitation of invitations) {
      const normal = normaliseEmail(invitation.email);
      if (!normal || normal === invitation.email) continue;
      // Two open invitations of one organisation may turn out to be one address: one of them stays.
      const [clash] = await q.query(
        `SELECT 1 FROM invitations j JOIN invitations i ON i.id = $1
          WHERE j.id <> i.id AND j.organisation_id = i.organisation_id AND j.accepted_at IS NULL AND lower(j.email) = lower($2)`,
        [invitation.id, normal],
      );
      if (clash) await q.query(`DELETE FROM invitations WHERE id = $1`, [invitation.id]);
      else await q.query(`UPDATE invitations SET email = $2 WHERE id = $1`, [invitation.id, normal]);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_verifications; ALTER TABLE users DROP COLUMN email_verified_at`);
  }
}
