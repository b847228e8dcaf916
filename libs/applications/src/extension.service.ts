import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Notifier } from '@kokeilu/notifications';
import { Audit, DomainError, messageOf, programmeText } from '@kokeilu/platform';
import { callResource, databaseNow, findCall, membersOf } from './call-facts.js';
import { extensionProblem, finnishTime } from './domain/deadline.js';
import { CALL_STATE_WORDS } from '@kokeilu/calls';
import { APPLICATION_MESSAGES } from './domain/messages.js';

export interface CallExtension {
  id: string;
  callId: string;
  organisationId: string;
  /**
   * Only when the reader may know it: a member of the organisation, or one who reads an
   * application of the call that it leads or partners (as submitted). A coordinator who grants an
   * extension by id learns no name from it.
   */
  organisationName: string | null;
  deadline: Date;
  reason: string;
  grantedBy: string;
  createdAt: Date;
}

type ExtensionRow = CallExtension & { applies: boolean };

const EXTENSION_SELECT = `
  SELECT e.id, e.call_id AS "callId", e.organisation_id AS "organisationId", o.name AS "organisationName",
         e.deadline, e.reason, e.granted_by AS "grantedBy", e.created_at AS "createdAt",
         EXISTS (SELECT 1 FROM applications a JOIN application_revisions v ON v.application_id = a.id AND v.number = a.revision
                  WHERE a.call_id = e.call_id
                    AND (a.lead_organisation_id = e.organisation_id
                         OR v.snapshot#>'{consortium,partners}' @> jsonb_build_array(jsonb_build_object('organisationId', e.organisation_id::text)))) AS applies
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
        throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'extension.call_not_running', { state: CALL_STATE_WORDS[call.state] }), { callState: call.state });
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
        const [existing]: ExtensionRow[] = await tx.query(`${EXTENSION_SELECT} WHERE e.call_id = $1 AND e.organisation_id = $2`, [callId, input.organisationId]);
        throw DomainError.conflict(messageOf(APPLICATION_MESSAGES, 'extension.exists', { time: finnishTime(existing.deadline) }), { existing: this.shownTo(actor, existing) });
      }
      const [row]: ExtensionRow[] = await tx.query(`${EXTENSION_SELECT} WHERE e.id = $1`, [inserted[0].id]);
      const extension = this.shownTo(actor, row);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'call.extension_granted',
        entityType: 'call',
        entityId: callId,
        organisationId: input.organisationId,
        cityId: call.cityId,
        callId,
        before: { closesAt: call.closesAt },
        // Its readers include the call's deciders, who may not know the organisation: its id only.
        after: { ...extension, organisationName: undefined },
      });
      await this.notifier.notify(tx, {
        userIds: await membersOf(tx, [input.organisationId]),
        kind: 'application.extension_granted',
        params: { callTitle: programmeText(call.title), organisationName: org.name, deadline: extension.deadline.toISOString(), reason: extension.reason },
        entity: { type: 'call', id: callId },
      });
      return extension;
    });
  }

  async list(actor: Actor, callId: string): Promise<CallExtension[]> {
    const call = await findCall(this.dataSource.manager, callId);
    this.policy.authorize(actor, 'call.extension.grant', callResource(call), 'Call');
    const rows: ExtensionRow[] = await this.dataSource.query(`${EXTENSION_SELECT} WHERE e.call_id = $1 ORDER BY e.created_at, e.id`, [callId]);
    return rows.map((row) => this.shownTo(actor, row));
  }

  private shownTo(actor: Actor, { applies, ...extension }: ExtensionRow): CallExtension {
    if (applies || this.policy.allows(actor, 'organisation.read', { kind: 'organisation', id: extension.organisationId })) return extension;
    return { ...extension, organisationName: null };
  }
}
