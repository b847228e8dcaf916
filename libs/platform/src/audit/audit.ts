import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentRequestId } from '../observability/request-context.js';

export interface AuditInput {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  organisationId?: string | null;
  cityId?: string | null;
  callId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Appends an audit event with the caller's transaction, so it exists exactly when the change does. */
@Injectable()
export class Audit {
  async record(tx: EntityManager, event: AuditInput): Promise<void> {
    await tx.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, organisation_id, city_id, call_id, before, after, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        event.actorId,
        event.action,
        event.entityType,
        event.entityId,
        event.organisationId ?? null,
        event.cityId ?? null,
        event.callId ?? null,
        event.before === undefined ? null : JSON.stringify(event.before),
        event.after === undefined ? null : JSON.stringify(event.after),
        currentRequestId() ?? null,
      ],
    );
  }
}
