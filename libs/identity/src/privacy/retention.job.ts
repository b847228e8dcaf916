import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, Audit, changedRows, HandlesJob, JobHandler } from '@kokeilu/platform';
import { emailKey, pseudonymOf } from '../domain/erasure.js';
import { type RetentionCutoffs, retentionCutoffs } from '../domain/retention.js';
import { Eraser } from './erasure.js';

export interface RetentionCounts {
  drafts: number;
  unverifiedAccounts: number;
  notifications: number;
  refreshTokens: number;
  emailVerifications: number;
  invitations: number;
  dataExports: number;
  erasures: number;
}

/**
 * The daily retention run (docs/privacy.md): removes never-submitted drafts, accounts never
 * verified, old notifications, expired tokens, verification links, invitations and downloads, each
 * kind in its own transaction with its audit events; then carries out the erasures that are due
 * (a lost delayed job, or one that waited for an organisation to get another owner). Removing what
 * is gone already removes nothing, so a rerun is harmless.
 */
@Injectable()
@HandlesJob('privacy.retention')
export class RetentionJob implements JobHandler<'privacy.retention'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly eraser: Eraser,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(): Promise<RetentionCounts> {
    const [{ now }] = await this.dataSource.query(`SELECT now() AS now`);
    return this.run(new Date(now));
  }

  /** One run as at `now` (the database's clock, as the job runs it). */
  async run(now: Date): Promise<RetentionCounts> {
    const cutoffs = retentionCutoffs(now, {
      draftDays: this.config.RETENTION_DRAFT_DAYS,
      unverifiedDays: this.config.RETENTION_UNVERIFIED_DAYS,
      notificationDays: this.config.RETENTION_NOTIFICATION_DAYS,
      expiredTokenDays: this.config.RETENTION_EXPIRED_TOKEN_DAYS,
    });
    const drafts = await this.removeDrafts(cutoffs);
    const unverifiedAccounts = await this.removeUnverifiedAccounts(cutoffs);
    const counts = await this.dataSource.transaction(async (tx) => {
      const count = async (sql: string, params: unknown[]) => (await changedRows(tx, `${sql} RETURNING 1`, params)).length;
      const result = {
        notifications: await count(`DELETE FROM notifications WHERE created_at < $1`, [cutoffs.notifications]),
        refreshTokens: await count(`DELETE FROM refresh_tokens WHERE expires_at < $1`, [cutoffs.expiredTokens]),
        emailVerifications: await count(`DELETE FROM email_verifications WHERE expires_at < $1`, [cutoffs.expiredTokens]),
        invitations: await count(`DELETE FROM invitations WHERE accepted_at IS NULL AND expires_at < $1`, [cutoffs.expiredTokens]),
        // A download is removed as soon as it expires: its file is the user's data.
        dataExports: await count(`DELETE FROM data_exports WHERE expires_at < $1`, [now]),
      };
      return result;
    });
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM erasure_requests WHERE cancelled_at IS NULL AND completed_at IS NULL AND due_at <= $1 ORDER BY due_at`,
      [now],
    );
    let erasures = 0;
    for (const { id } of due) if ((await this.eraser.eraseIfDue(id)) === 'erased') erasures += 1;
    const all: RetentionCounts = { drafts, unverifiedAccounts, ...counts, erasures };
    await this.dataSource.transaction((tx) =>
      this.audit.record(tx, { actorId: null, action: 'retention.completed', entityType: 'retention', entityId: now.toISOString().slice(0, 10), after: { ...all, cutoffs } }),
    );
    return all;
  }

  /** Drafts never submitted and unchanged since the cutoff; a draft someone declared a conflict with stays. */
  private removeDrafts(cutoffs: RetentionCutoffs): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const removed = await this.audit.recordChanged<{ id: string }>(
        tx,
        `DELETE FROM applications a
          WHERE a.state = 'draft' AND a.submitted_at IS NULL AND a.updated_at < $1
            AND NOT EXISTS (SELECT 1 FROM application_revisions r WHERE r.application_id = a.id)
            AND NOT EXISTS (SELECT 1 FROM declared_conflicts d WHERE d.application_id = a.id)
            AND NOT EXISTS (SELECT 1 FROM eligibility_results e WHERE e.application_id = a.id)
          RETURNING a.id, a.lead_organisation_id, a.call_id, a.title, a.updated_at`,
        [cutoffs.drafts],
        {
          actorId: null,
          action: 'application.draft_removed',
          entityType: 'application',
          entityId: 'changed.id',
          organisationId: 'changed.lead_organisation_id',
          before: `jsonb_build_object('callId', changed.call_id, 'title', changed.title, 'updatedAt', changed.updated_at)`,
          after: `jsonb_build_object('reason', 'never submitted')`,
        },
      );
      return removed.length;
    });
  }

  /**
   * Accounts whose address was never verified: they could not change anything, so only their
   * sign-in records refer to them. Their address is kept only as a keyed hash, for the audit log.
   */
  private removeUnverifiedAccounts(cutoffs: RetentionCutoffs): Promise<number> {
    return this.dataSource.transaction(async (tx) => {
      const removed = await changedRows<{ id: string; email: string }>(
        tx,
        `DELETE FROM users u
          WHERE u.email_verified_at IS NULL AND u.erased_at IS NULL AND u.created_at < $1
            AND NOT EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id OR g.granted_by = u.id)
            AND NOT EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id)
            AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.created_by = u.id)
            AND NOT EXISTS (SELECT 1 FROM bookings b WHERE u.id IN (b.requested_by, b.decided_by, b.cancelled_by))
            AND NOT EXISTS (SELECT 1 FROM invitations i WHERE u.id IN (i.invited_by, i.accepted_by))
            AND NOT EXISTS (SELECT 1 FROM call_evaluators c WHERE u.id IN (c.evaluator_id, c.added_by))
            AND NOT EXISTS (SELECT 1 FROM erasure_requests r WHERE r.user_id = u.id)
            AND NOT EXISTS (SELECT 1 FROM data_exports x WHERE x.user_id = u.id)
          RETURNING u.id, u.email`,
        [cutoffs.unverifiedAccounts],
      );
      for (const user of removed) {
        const pseudonym = pseudonymOf(user.id);
        await tx.query(`INSERT INTO erased_users (user_id, pseudonym, email_key) VALUES ($1, $2, $3) ON CONFLICT (user_id) DO NOTHING`, [
          user.id,
          pseudonym.displayName,
          emailKey(this.config.JWT_SECRET, user.email),
        ]);
        await tx.query(`DELETE FROM login_attempts WHERE email = $1`, [user.email.toLowerCase()]);
        await this.audit.record(tx, { actorId: null, action: 'user.removed_unverified', entityType: 'user', entityId: user.id, after: { pseudonym: pseudonym.displayName } });
      }
      return removed.length;
    });
  }
}
