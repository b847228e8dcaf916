import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Audit, changedRows, DomainError, messageOf, Outbox } from '@kokeilu/platform';
import { EVALUATION_MESSAGES } from './domain/messages.js';
import { AssignedReview, withdrawnByDeclaration } from './domain/conflicts.js';

export interface DeclaredConflictView {
  id: string;
  organisationId: string | null;
  /** Only for an organisation the evaluator may read (a member of it): a declaration names no one else. */
  organisationName: string | null;
  applicationId: string | null;
  reason: string;
  createdAt: Date;
}

/** A new declaration, with the assignments it withdrew. */
export interface DeclarationResult extends DeclaredConflictView {
  withdrawnReviewIds: string[];
}

const SELECT = `
  SELECT d.id, d.organisation_id AS "organisationId", o.name AS "organisationName", d.application_id AS "applicationId", d.reason, d.created_at AS "createdAt"
    FROM declared_conflicts d LEFT JOIN organisations o ON o.id = d.organisation_id`;

export const MAX_CONFLICT_REASON_LENGTH = 2000;

/**
 * The conflicts of interest an evaluator declares: with an organisation, or with one application.
 * A declaration that concerns an assignment already made takes effect in its own transaction: the
 * assigned review is withdrawn (so it can no longer be submitted) and handed to someone else, as a
 * decline is.
 */
@Injectable()
export class ConflictService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  async declare(actor: Actor, input: { organisationId?: string; applicationId?: string; reason: string }): Promise<DeclarationResult> {
    this.policy.authorize(actor, 'conflict.declare', { kind: 'platform' }, 'Conflict');
    if (!!input.organisationId === !!input.applicationId) throw DomainError.invalid('organisationId', 'give either organisationId or applicationId');
    const reason = input.reason.trim();
    if (!reason) throw DomainError.invalid('reason', 'must not be empty');
    if (reason.length > MAX_CONFLICT_REASON_LENGTH) throw DomainError.invalid('reason', `must be at most ${MAX_CONFLICT_REASON_LENGTH} characters`);
    return this.dataSource.transaction(async (tx) => {
      if (input.organisationId) {
        const [org] = await tx.query(`SELECT 1 FROM organisations WHERE id = $1`, [input.organisationId]);
        if (!org) throw DomainError.notFound('Organisation');
      } else {
        const [application] = await tx.query(`SELECT 1 FROM applications WHERE id = $1 AND revision >= 1`, [input.applicationId]);
        if (!application) throw DomainError.notFound('Application');
      }
      const declared = { organisationId: input.organisationId ?? null, applicationId: input.applicationId ?? null };
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO declared_conflicts (evaluator_id, organisation_id, application_id, reason) VALUES ($1, $2, $3, $4)
         ON CONFLICT (evaluator_id, coalesce(organisation_id, application_id)) DO NOTHING RETURNING id`,
        [actor.userId, declared.organisationId, declared.applicationId, reason],
      );
      if (!row) throw DomainError.conflict(messageOf(EVALUATION_MESSAGES, 'conflict.already_declared'));
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'conflict.declared',
        entityType: 'declared_conflict',
        entityId: row.id,
        after: { ...declared, reason },
      });
      const withdrawn = await this.withdrawAssignments(tx, actor, declared, reason);
      const [view]: DeclaredConflictView[] = await tx.query(`${SELECT} WHERE d.id = $1`, [row.id]);
      return { ...this.named(actor, view), withdrawnReviewIds: withdrawn };
    });
  }

  async list(actor: Actor): Promise<DeclaredConflictView[]> {
    this.policy.authorize(actor, 'conflict.declare', { kind: 'platform' }, 'Conflict');
    const rows: DeclaredConflictView[] = await this.dataSource.query(`${SELECT} WHERE d.evaluator_id = $1 ORDER BY d.created_at, d.id`, [actor.userId]);
    return rows.map((row) => this.named(actor, row));
  }

  /** Only the evaluator who declared it withdraws a declaration; for anyone else it does not exist. */
  async remove(actor: Actor, id: string): Promise<void> {
    this.policy.authorize(actor, 'conflict.declare', { kind: 'platform' }, 'Conflict');
    await this.dataSource.transaction(async (tx) => {
      const [removed] = await changedRows<{ organisationId: string | null; applicationId: string | null; reason: string }>(tx,
        `DELETE FROM declared_conflicts WHERE id = $1 AND evaluator_id = $2
         RETURNING organisation_id AS "organisationId", application_id AS "applicationId", reason`,
        [id, actor.userId],
      );
      if (!removed) throw DomainError.notFound('Conflict');
      await this.audit.record(tx, { actorId: actor.userId, action: 'conflict.withdrawn', entityType: 'declared_conflict', entityId: id, before: removed });
    });
  }

  /**
   * Withdraws the evaluator's assigned reviews that the declaration concerns (locked, so a submit
   * racing with it either came first and stands, or finds the review withdrawn), audits each and
   * asks for a replacement, as a decline does.
   */
  private async withdrawAssignments(tx: EntityManager, actor: Actor, declared: { organisationId: string | null; applicationId: string | null }, reason: string): Promise<string[]> {
    const assigned: (AssignedReview & { callId: string; cityId: string | null; version: number })[] = await tx.query(
      `SELECT r.id AS "reviewId", r.application_id AS "applicationId", r.call_id AS "callId", c.city_id AS "cityId", r.version,
              ARRAY[a.lead_organisation_id::text]
                || coalesce((SELECT array_agg(p->>'organisationId') FROM jsonb_array_elements(v.snapshot#>'{consortium,partners}') p), '{}')
                || coalesce((SELECT array_agg(q.organisation_id::text) FROM application_partners q WHERE q.application_id = a.id AND q.state = 'accepted'), '{}') AS "organisationIds"
         FROM reviews r
         JOIN applications a ON a.id = r.application_id
         JOIN application_revisions v ON v.id = r.revision_id
         JOIN calls c ON c.id = r.call_id
        WHERE r.evaluator_id = $1 AND r.state = 'assigned'
        ORDER BY r.id
          FOR UPDATE OF r`,
      [actor.userId],
    );
    const ids = withdrawnByDeclaration(declared, assigned);
    if (!ids.length) return [];
    const declineReason = `conflict of interest declared: ${reason}`;
    const rows = await changedRows<{ id: string; version: number }>(tx,
      `UPDATE reviews SET state = 'declined', decline_reason = $2, declined_at = now(), version = version + 1, updated_at = now()
        WHERE id = ANY($1::uuid[]) AND state = 'assigned' RETURNING id, version`,
      [ids, declineReason],
    );
    const byId = new Map(assigned.map((r) => [r.reviewId, r]));
    await this.audit.recordMany(
      tx,
      rows.map((row) => ({
        actorId: actor.userId,
        action: 'review.withdrawn',
        entityType: 'review',
        entityId: row.id,
        cityId: byId.get(row.id)!.cityId,
        callId: byId.get(row.id)!.callId,
        before: { state: 'assigned', version: byId.get(row.id)!.version },
        after: { state: 'declined', version: row.version, reason: declineReason },
      })),
    );
    for (const row of rows) await this.outbox.add(tx, 'evaluation.reassign', { reviewId: row.id }, { jobId: `evaluation.reassign.${row.id}` });
    return rows.map((r) => r.id);
  }

  /** A declaration names its organisation only to an evaluator who may read it. */
  private named(actor: Actor, view: DeclaredConflictView): DeclaredConflictView {
    if (!view.organisationId || this.policy.allows(actor, 'organisation.read', { kind: 'organisation', id: view.organisationId })) return view;
    return { ...view, organisationName: null };
  }
}
