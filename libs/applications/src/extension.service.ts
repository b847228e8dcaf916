import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Notifier } from '@kokeilu/notifications';
import { Audit, DomainError, programmeText } from '@kokeilu/platform';
import { callResource, databaseNow, findCall, membersOf } from './call-facts.js';
import { extensionProblem, helsinkiTime } from './domain/deadline.js';

export interface CallExtension {
  id: string;
  callId: string;
  organisationId: string;
  organisationName: string;
  deadline: Date;
  reason: string;
  grantedBy: string;
  createdAt: Date;
}

const EXTENSION_SELECT = `
  SELECT e.id, e.call_id AS "callId", e.organisation_id AS "organisationId", o.name AS "organisationName",
         e.deadline, e.reason, e.granted_by AS "grantedBy", e.created_at AS "createdAt"
    FROM call_extensions e JOIN organisations o ON o.id = e.organisation_id`;

/**
 * A later deadline for one organisation in one call (rule 1's only exception), granted by the
 * call's coordinators with a stated reason. Once granted it stands; a second one for the same
 * organisation is refused.
 */
@Injectable()
export class ExtensionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  async grant(actor: Actor, callId: string, input: { organisationId: string; deadline: Date; reason: string }): Promise<CallExtension> {
    return this.dataSource.transaction(async (tx) => {
      const call = await findCall(tx, callId);
      this.policy.authorize(actor, 'call.extension.grant', callResource(call), 'Call');
      if (call.state !== 'open' && call.state !== 'closed') {
        throw DomainError.conflict(`A ${call.state.replace(/_/g, ' ')} call takes no extensions`, { callState: call.state });
      }
      const [org]: { name: string }[] = await tx.query(`SELECT name FROM organisations WHERE id = $1`, [input.organisationId]);
      if (!org) throw DomainError.notFound('Organisation');
      const problem = extensionProblem(call.closesAt, input.deadline, await databaseNow(tx));
      if (problem) throw new DomainError('rule_violation', `deadline: ${problem}`, { fields: [{ field: 'deadline', message: problem }] });
      const inserted: { id: string }[] = await tx.query(
        `INSERT INTO call_extensions (call_id, organisation_id, deadline, reason, granted_by) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (call_id, organisation_id) DO NOTHING RETURNING id`,
        [callId, input.organisationId, input.deadline, input.reason.trim(), actor.userId],
      );
      if (!inserted.length) {
        const [existing]: CallExtension[] = await tx.query(`${EXTENSION_SELECT} WHERE e.call_id = $1 AND e.organisation_id = $2`, [callId, input.organisationId]);
        throw DomainError.conflict(`${org.name} already has an extension until ${helsinkiTime(existing.deadline)}`, { existing });
      }
      const [extension]: CallExtension[] = await tx.query(`${EXTENSION_SELECT} WHERE e.id = $1`, [inserted[0].id]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'call.extension_granted',
        entityType: 'call',
        entityId: callId,
        organisationId: input.organisationId,
        cityId: call.cityId,
        callId,
        before: { closesAt: call.closesAt },
        after: extension,
      });
      await this.notifier.notify(tx, {
        userIds: await membersOf(tx, [input.organisationId]),
        kind: 'application.extension_granted',
        params: { callTitle: programmeText(call.title), organisationName: org.name, deadline: helsinkiTime(extension.deadline), reason: extension.reason },
        entity: { type: 'call', id: callId },
      });
      return extension;
    });
  }

  async list(actor: Actor, callId: string): Promise<CallExtension[]> {
    const call = await findCall(this.dataSource.manager, callId);
    this.policy.authorize(actor, 'call.extension.grant', callResource(call), 'Call');
    return this.dataSource.query(`${EXTENSION_SELECT} WHERE e.call_id = $1 ORDER BY e.created_at, e.id`, [callId]);
  }
}
