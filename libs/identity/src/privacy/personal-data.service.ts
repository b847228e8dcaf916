import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, Policy } from '@kokeilu/access';
import { APP_CONFIG, type AppConfig, Audit, changedRows, DomainError, messageOf, Outbox } from '@kokeilu/platform';
import { type DataExportState, downloadProblem } from '../domain/data-export.js';
import { erasureDueAt, organisationsLeftOwnerless, type MembershipWithOwners } from '../domain/erasure.js';
import { IDENTITY_MESSAGES } from '../domain/messages.js';

export interface DataExportView {
  id: string;
  state: DataExportState;
  /** 0–100 while it is built. */
  progress: number;
  requestedAt: Date;
  completedAt: Date | null;
  /** Until when the download can be fetched; null until it is built. */
  expiresAt: Date | null;
  sizeBytes: number | null;
  /** Whether it can be downloaded now. */
  downloadable: boolean;
}

export interface ErasureView {
  state: 'none' | 'scheduled' | 'blocked';
  requestedAt: Date | null;
  /** When the account is erased unless the request is cancelled before. */
  dueAt: Date | null;
  graceDays: number;
  /** When the request waits because the user is still the only owner of organisations. */
  blockedBy: { organisationId: string; name: string }[];
}

interface ExportRow {
  id: string;
  user_id: string;
  state: DataExportState;
  progress: number;
  requested_at: Date;
  completed_at: Date | null;
  expires_at: Date | null;
  size_bytes: number | null;
  now: Date;
}

const EXPORT_COLUMNS = `id, user_id, state, progress, requested_at, completed_at, expires_at, size_bytes, now() AS now`;

function exportView(row: ExportRow): DataExportView {
  return {
    id: row.id,
    state: row.state,
    progress: row.progress,
    requestedAt: row.requested_at,
    completedAt: row.completed_at,
    expiresAt: row.expires_at,
    sizeBytes: row.size_bytes,
    downloadable: downloadProblem({ state: row.state, expiresAt: row.expires_at }, new Date(row.now)) === null,
  };
}

/** Memberships of a user with how many owners each organisation has. */
export async function membershipsWithOwners(tx: EntityManager, userId: string): Promise<MembershipWithOwners[]> {
  return tx.query(
    `SELECT m.organisation_id AS "organisationId", o.name, m.role,
            (SELECT count(*)::int FROM memberships x WHERE x.organisation_id = m.organisation_id AND x.role = 'owner') AS owners
       FROM memberships m JOIN organisations o ON o.id = m.organisation_id
      WHERE m.user_id = $1 ORDER BY o.name`,
    [userId],
  );
}

/** The last-owner refusal: which organisations, and what to do. */
export function lastOwnerError(ownerless: { organisationId: string; name: string }[]): DomainError {
  return DomainError.conflict(messageOf(IDENTITY_MESSAGES, 'erasure.last_owner', { organisations: ownerless.map((o) => o.name).join(', ') }), {
    organisations: ownerless,
  });
}

/**
 * A user's rights over their data, as the API offers them: a download of everything the platform
 * holds about them (built by the `privacy.export` job), and a request to be forgotten, carried out
 * by the `privacy.erase` job after the grace period unless cancelled.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Asks for a download (its summary in the user's language); while one is being built, a repeated request answers that one. */
  async requestExport(actor: Actor): Promise<DataExportView> {
    this.policy.authorize(actor, 'personal_data.export', { kind: 'personal_data', userId: actor.userId }, 'Data export');
    return this.dataSource.transaction(async (tx) => {
      // Serialises two requests of the same user, so that both answer the same export.
      await tx.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [actor.userId]);
      const [pending]: ExportRow[] = await tx.query(`SELECT ${EXPORT_COLUMNS} FROM data_exports WHERE user_id = $1 AND state IN ('queued', 'building')`, [actor.userId]);
      if (pending) return exportView(pending);
      const [created]: ExportRow[] = await tx.query(
        `INSERT INTO data_exports (user_id, locale) SELECT id, locale FROM users WHERE id = $1 RETURNING ${EXPORT_COLUMNS}`,
        [actor.userId],
      );
      await this.audit.record(tx, { actorId: actor.userId, action: 'user.data_export_requested', entityType: 'user', entityId: actor.userId, after: { exportId: created.id } });
      await this.outbox.add(tx, 'privacy.export', { exportId: created.id }, { jobId: `privacy.export-${created.id}` });
      return exportView(created);
    });
  }

  /** The user's downloads, newest first (those not yet removed by retention). */
  async listExports(actor: Actor): Promise<DataExportView[]> {
    this.policy.authorize(actor, 'personal_data.export', { kind: 'personal_data', userId: actor.userId }, 'Data export');
    const rows: ExportRow[] = await this.dataSource.query(`SELECT ${EXPORT_COLUMNS} FROM data_exports WHERE user_id = $1 ORDER BY requested_at DESC LIMIT 10`, [actor.userId]);
    return rows.map(exportView);
  }

  async getExport(actor: Actor, id: string): Promise<DataExportView> {
    return exportView(await this.loadExport(actor, id));
  }

  /** The ZIP file of a built download that has not expired. */
  async download(actor: Actor, id: string): Promise<{ file: Buffer; filename: string }> {
    const row = await this.loadExport(actor, id);
    const problem = downloadProblem({ state: row.state, expiresAt: row.expires_at }, new Date(row.now));
    if (problem === 'not_ready') throw DomainError.conflict(messageOf(IDENTITY_MESSAGES, 'data_export.not_ready'), { state: row.state });
    if (problem === 'expired') throw DomainError.conflict(messageOf(IDENTITY_MESSAGES, 'data_export.expired'), { expiresAt: row.expires_at });
    const [{ file }] = await this.dataSource.query(`SELECT file FROM data_exports WHERE id = $1`, [id]);
    const day = new Date(row.completed_at ?? row.now).toISOString().slice(0, 10);
    return { file, filename: `kokeilu-data-${day}.zip` };
  }

  private async loadExport(actor: Actor, id: string): Promise<ExportRow> {
    const [row]: ExportRow[] = await this.dataSource.query(`SELECT ${EXPORT_COLUMNS} FROM data_exports WHERE id = $1`, [id]);
    if (!row) throw DomainError.notFound('Data export');
    this.policy.authorize(actor, 'personal_data.export', { kind: 'personal_data', userId: row.user_id }, 'Data export');
    return row;
  }

  async erasure(actor: Actor): Promise<ErasureView> {
    this.policy.authorize(actor, 'personal_data.erase', { kind: 'personal_data', userId: actor.userId }, 'Erasure request');
    return this.erasureView(this.dataSource.manager, actor.userId);
  }

  /**
   * Asks to be forgotten: the erasure job runs when the grace period is over. Refused (409) while
   * the user is the only owner of an organisation. A repeated request answers the pending one.
   */
  async requestErasure(actor: Actor): Promise<ErasureView> {
    this.policy.authorize(actor, 'personal_data.erase', { kind: 'personal_data', userId: actor.userId }, 'Erasure request');
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT id FROM users WHERE id = $1 FOR UPDATE`, [actor.userId]);
      const ownerless = organisationsLeftOwnerless(await membershipsWithOwners(tx, actor.userId));
      if (ownerless.length) throw lastOwnerError(ownerless);
      const [pending] = await tx.query(`SELECT id FROM erasure_requests WHERE user_id = $1 AND cancelled_at IS NULL AND completed_at IS NULL`, [actor.userId]);
      if (pending) return this.erasureView(tx, actor.userId);
      const [{ now }] = await tx.query(`SELECT now() AS now`);
      const dueAt = erasureDueAt(new Date(now), this.config.ERASURE_GRACE_DAYS);
      const [{ id }] = await tx.query(`INSERT INTO erasure_requests (user_id, requested_at, due_at) VALUES ($1, $2, $3) RETURNING id`, [actor.userId, now, dueAt]);
      await this.audit.record(tx, { actorId: actor.userId, action: 'user.erasure_requested', entityType: 'user', entityId: actor.userId, after: { requestId: id, dueAt } });
      await this.outbox.add(tx, 'privacy.erase', { requestId: id }, { jobId: `privacy.erase-${id}`, runAt: dueAt });
      return this.erasureView(tx, actor.userId);
    });
  }

  /** Cancels a pending request to be forgotten; without one, nothing changes. */
  async cancelErasure(actor: Actor): Promise<ErasureView> {
    this.policy.authorize(actor, 'personal_data.erase', { kind: 'personal_data', userId: actor.userId }, 'Erasure request');
    return this.dataSource.transaction(async (tx) => {
      const cancelled = await changedRows<{ id: string }>(
        tx,
        `UPDATE erasure_requests SET cancelled_at = now() WHERE user_id = $1 AND cancelled_at IS NULL AND completed_at IS NULL RETURNING id`,
        [actor.userId],
      );
      for (const { id } of cancelled) {
        await this.audit.record(tx, { actorId: actor.userId, action: 'user.erasure_cancelled', entityType: 'user', entityId: actor.userId, after: { requestId: id } });
      }
      return this.erasureView(tx, actor.userId);
    });
  }

  private async erasureView(tx: EntityManager, userId: string): Promise<ErasureView> {
    const [row] = await tx.query(
      `SELECT requested_at, due_at, blocked_reason FROM erasure_requests WHERE user_id = $1 AND cancelled_at IS NULL AND completed_at IS NULL`,
      [userId],
    );
    const graceDays = this.config.ERASURE_GRACE_DAYS;
    if (!row) return { state: 'none', requestedAt: null, dueAt: null, graceDays, blockedBy: [] };
    const blockedBy = (row.blocked_reason?.organisations ?? []) as { organisationId: string; name: string }[];
    return { state: blockedBy.length ? 'blocked' : 'scheduled', requestedAt: row.requested_at, dueAt: row.due_at, graceDays, blockedBy };
  }
}

