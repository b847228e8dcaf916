import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, Audit, changedRows } from '@kokeilu/platform';
import { emailKey, erasureNotDue, organisationsLeftOwnerless, pseudonymOf } from '../domain/erasure.js';
import { membershipsWithOwners } from './personal-data.service.js';

/** A value as it is written inside a JSON document's text (jsonb::text escapes like JSON.stringify). */
const inJson = (value: string) => JSON.stringify(value).slice(1, -1);

/**
 * Carries out a request to be forgotten, in one transaction: the account's name and address are
 * replaced by its pseudonym, sign-in becomes impossible and every sign-in ends; the person's
 * inbox, settings, downloads and memberships go; what the programme must keep (applications,
 * reviews, decisions, grants, the audit log) stays, attributed to the pseudonym. The audit log is
 * not rewritten: the keyed hash of the address in `erased_users` lets its readers show the
 * pseudonym where earlier events named the address.
 */
@Injectable()
export class Eraser {
  private readonly logger = new Logger('Eraser');

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Erases the request's user if the request is due; otherwise (cancelled, done, early) changes nothing. */
  eraseIfDue(requestId: string): Promise<'erased' | 'blocked' | 'skipped'> {
    return this.dataSource.transaction(async (tx) => {
      const [request] = await tx.query(
        `SELECT r.id, r.user_id, r.due_at, r.cancelled_at, r.completed_at, r.blocked_reason, now() AS now
           FROM erasure_requests r WHERE r.id = $1 FOR UPDATE`,
        [requestId],
      );
      const notDue = erasureNotDue(
        request ? { dueAt: new Date(request.due_at), cancelledAt: request.cancelled_at, completedAt: request.completed_at } : null,
        request ? new Date(request.now) : new Date(),
      );
      if (notDue) return 'skipped';
      const userId: string = request.user_id;
      await tx.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [userId]);
      const ownerless = organisationsLeftOwnerless(await membershipsWithOwners(tx, userId));
      if (ownerless.length) {
        // Still the only owner: the request waits (the daily retention run tries it again) and says why.
        const reason = { organisations: ownerless };
        if (JSON.stringify(request.blocked_reason) !== JSON.stringify(reason)) {
          await tx.query(`UPDATE erasure_requests SET blocked_reason = $2 WHERE id = $1`, [requestId, JSON.stringify(reason)]);
          await this.audit.record(tx, { actorId: null, action: 'user.erasure_blocked', entityType: 'user', entityId: userId, after: { requestId, organisations: ownerless.map((o) => o.organisationId) } });
        }
        return 'blocked';
      }
      await this.erase(tx, userId);
      await tx.query(`UPDATE erasure_requests SET completed_at = now(), blocked_reason = NULL WHERE id = $1`, [requestId]);
      this.logger.log(`erased user ${userId} (request ${requestId})`);
      return 'erased';
    });
  }

  private async erase(tx: EntityManager, userId: string): Promise<void> {
    const [user]: { email: string; display_name: string }[] = await tx.query(`SELECT email, display_name FROM users WHERE id = $1`, [userId]);
    const pseudonym = pseudonymOf(userId);
    const oldEmail = user.email.toLowerCase();
    const oldName = user.display_name;
    await tx.query(
      `INSERT INTO erased_users (user_id, pseudonym, email_key) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING`,
      [userId, pseudonym.displayName, emailKey(this.config.JWT_SECRET, oldEmail)],
    );
    // The account: pseudonymised, no password that any input matches, every token of it void.
    await tx.query(
      `UPDATE users SET email = $2, display_name = $3, password_hash = '!', erased_at = now(), updated_at = now(),
              token_generation = token_generation + 1 WHERE id = $1`,
      [userId, pseudonym.email, pseudonym.displayName],
    );
    await tx.query(`UPDATE auth_sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
    await tx.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
    const memberships = await changedRows<{ organisation_id: string; role: string }>(tx, `DELETE FROM memberships WHERE user_id = $1 RETURNING organisation_id, role`, [userId]);
    // The person's own things that no law asks to keep.
    await tx.query(`DELETE FROM notifications WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM notification_preferences WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM email_verifications WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM data_exports WHERE user_id = $1`, [userId]);
    await tx.query(`DELETE FROM login_attempts WHERE email = $1`, [oldEmail]);
    // Where others' records name the person: invitations sent to the address, texts sent to others
    // (a notification naming them), jobs waiting or done that carry the address or the name.
    await tx.query(`UPDATE invitations SET email = $2 WHERE lower(email) = $1`, [oldEmail, pseudonym.email]);
    const replacements: [string, string][] = [[oldEmail, pseudonym.email]];
    if (oldName.trim().length >= 2) replacements.push([oldName, pseudonym.displayName]);
    for (const [from, to] of replacements) {
      await tx.query(
        `UPDATE notifications SET title = replace(title, $1, $2), body = replace(body, $1, $2)
          WHERE strpos(title, $1) > 0 OR strpos(body, $1) > 0`,
        [from, to],
      );
      await tx.query(`UPDATE outbox SET payload = replace(payload::text, $1, $2)::jsonb WHERE strpos(payload::text, $1) > 0`, [inJson(from), inJson(to)]);
    }
    await this.audit.record(tx, {
      actorId: null,
      action: 'user.erased',
      entityType: 'user',
      entityId: userId,
      after: { pseudonym: pseudonym.displayName, leftOrganisations: memberships.map((m) => m.organisation_id) },
    });
    for (const m of memberships) {
      await this.audit.record(tx, {
        actorId: null,
        action: 'membership.removed',
        entityType: 'membership',
        entityId: `${m.organisation_id}:${userId}`,
        organisationId: m.organisation_id,
        before: { userId, role: m.role },
        after: { reason: 'erased' },
      });
    }
  }
}
