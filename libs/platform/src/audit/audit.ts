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

/**
 * How `Audit.recordChanged` builds each changed row's event: values for what all events share, and
 * SQL expressions over the columns the change returns (as `changed.<column>`) for the rest.
 */
export interface ChangedRowsEvent {
  actorId: string | null;
  /** one action for every row, or `{ sql }` giving each row's own, e.g. `{ sql: "'application.' || changed.state" }` */
  action: string | { sql: string };
  entityType: string;
  /** SQL, e.g. `changed.id` */
  entityId: string;
  /** SQL */
  organisationId?: string;
  cityId?: string | null;
  callId?: string | null;
  /** SQL giving jsonb */
  before?: string;
  /** SQL giving jsonb */
  after?: string;
  /** SQL over `changed` that orders the events, e.g. `changed.position` (otherwise the change's own order) */
  orderBy?: string;
}

/** Appends an audit event with the caller's transaction, so it exists exactly when the change does. */
@Injectable()
export class Audit {
  /** Appends many events in one statement, in the given order (for changes made in bulk). */
  async recordMany(tx: EntityManager, events: readonly AuditInput[]): Promise<void> {
    if (!events.length) return;
    const json = (value: unknown) => (value === undefined ? null : JSON.stringify(value));
    await tx.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, organisation_id, city_id, call_id, before, after, request_id)
       SELECT e.actor_id, e.action, e.entity_type, e.entity_id, e.organisation_id, e.city_id, e.call_id, e.before::jsonb, e.after::jsonb, $11
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::uuid[], $7::uuid[], $8::text[], $9::text[], $10::int[])
              AS e(actor_id, action, entity_type, entity_id, organisation_id, city_id, call_id, before, after, position)
        ORDER BY e.position`,
      [
        events.map((e) => e.actorId),
        events.map((e) => e.action),
        events.map((e) => e.entityType),
        events.map((e) => e.entityId),
        events.map((e) => e.organisationId ?? null),
        events.map((e) => e.cityId ?? null),
        events.map((e) => e.callId ?? null),
        events.map((e) => json(e.before)),
        events.map((e) => json(e.after)),
        events.map((_, i) => i),
        currentRequestId() ?? null,
      ],
    );
  }

  /**
   * Runs a change of many rows (an INSERT, UPDATE or DELETE … RETURNING) and appends one event per
   * changed row in the same statement, built by the database from the returned columns; answers
   * the changed rows, or what `answer` (a query over `changed`) makes of them. For changes of
   * thousands of rows, whose events would otherwise travel to the database one by one.
   */
  async recordChanged<T>(tx: EntityManager, change: string, params: unknown[], event: ChangedRowsEvent, answer = 'SELECT * FROM changed'): Promise<T[]> {
    const values = [...params];
    const $ = (value: unknown) => `$${values.push(value)}`;
    const action = typeof event.action === 'string' ? $(event.action) : `(${event.action.sql})::text`;
    return tx.query(
      `WITH changed AS (${change}),
            audited AS (
              INSERT INTO audit_events (actor_id, action, entity_type, entity_id, organisation_id, city_id, call_id, before, after, request_id)
              SELECT ${$(event.actorId)}::uuid, ${action}, ${$(event.entityType)}, (${event.entityId})::text, (${event.organisationId ?? 'NULL'})::uuid,
                     ${$(event.cityId ?? null)}::uuid, ${$(event.callId ?? null)}::uuid, (${event.before ?? 'NULL'})::jsonb, (${event.after ?? 'NULL'})::jsonb,
                     ${$(currentRequestId() ?? null)}
                FROM changed${event.orderBy ? ` ORDER BY ${event.orderBy}` : ''}
            )
       ${answer}`,
      values,
    );
  }

  async record(tx: EntityManager, event: AuditInput): Promise<void> {
    const insert = auditInsert(event);
    await tx.query(insert.sql, insert.params);
  }
}

/**
 * The INSERT of one audit event with its parameters numbered from `$${first}`, for a statement
 * that appends the event together with the change it records (as a `WITH` part). Given `onRowOf`
 * (the name of an earlier `WITH` part), the event is written only if that part returned a row,
 * as for a conditional UPDATE that may find nothing to change.
 */
export function auditInsert(event: AuditInput, first = 1, onRowOf?: string): { sql: string; params: unknown[] } {
  const $ = (n: number) => `$${first + n}`;
  const values = [...Array(10).keys()].map($).join(', ');
  return {
    sql: `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, organisation_id, city_id, call_id, before, after, request_id)
       ${onRowOf ? `SELECT ${values} FROM ${onRowOf}` : `VALUES (${values})`}`,
    params: [
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
  };
}
