import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Audit, changedRows, DomainError, Outbox } from '@kokeilu/platform';

export interface DeclaredConflictView {
  id: string;
  organisationId: string | null;
  organisationName: string | null;
  applicationId: string | null;
  reason: string;
  createdAt: Date;
}

const SELECT = `
  SELECT d.id, d.organisation_id AS "organisationId", o.name AS "organisationName", d.application_id AS "applicationId", d.reason, d.created_at AS "createdAt"
    FROM declared_conflicts d LEFT JOIN organisations o ON o.id = d.organisation_id`;

export const MAX_CONFLICT_REASON_LENGTH = 2000;

/**
 * The conflicts of interest an evaluator declares: with an organisation, or with one application.
 * A declaration that concerns an assignment already made takes effect at once: the calls where the
 * evaluator has reviews to do are assigned again, which withdraws the conflicted ones.
 */
@Injectable()
export class ConflictService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  async declare(actor: Actor, input: { organisationId?: string; applicationId?: string; reason: string }): Promise<DeclaredConflictView> {
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
      const [row]: { id: string }[] = await tx.query(
        `INSERT INTO declared_conflicts (evaluator_id, organisation_id, application_id, reason) VALUES ($1, $2, $3, $4)
         ON CONFLICT (evaluator_id, coalesce(organisation_id, application_id)) DO NOTHING RETURNING id`,
        [actor.userId, input.organisationId ?? null, input.applicationId ?? null, reason],
      );
      if (!row) throw DomainError.conflict('You have already declared this conflict');
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'conflict.declared',
        entityType: 'declared_conflict',
        entityId: row.id,
        after: { organisationId: input.organisationId ?? null, applicationId: input.applicationId ?? null, reason },
      });
      const calls: { callId: string }[] = await tx.query(
        `SELECT DISTINCT r.call_id AS "callId" FROM reviews r JOIN calls c ON c.id = r.call_id
          WHERE r.evaluator_id = $1 AND r.state = 'assigned' AND c.state IN ('closed', 'in_evaluation')`,
        [actor.userId],
      );
      for (const { callId } of calls) await this.outbox.add(tx, 'evaluation.assign', { callId }, { jobId: `evaluation.assign.${callId}.${randomUUID()}` });
      const [view]: DeclaredConflictView[] = await tx.query(`${SELECT} WHERE d.id = $1`, [row.id]);
      return view;
    });
  }

  async list(actor: Actor): Promise<DeclaredConflictView[]> {
    this.policy.authorize(actor, 'conflict.declare', { kind: 'platform' }, 'Conflict');
    return this.dataSource.query(`${SELECT} WHERE d.evaluator_id = $1 ORDER BY d.created_at, d.id`, [actor.userId]);
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
}
