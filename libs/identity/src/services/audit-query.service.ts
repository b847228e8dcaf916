import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, auditScope } from '@kokeilu/access';
import { decodeCursor, DomainError, encodeCursor, Page } from '@kokeilu/platform';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
  organisationId?: string;
  cityId?: string;
  from?: Date;
  to?: Date;
  limit: number;
  cursor?: string;
}

export interface AuditEventView {
  id: string;
  occurredAt: Date;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  organisationId: string | null;
  cityId: string | null;
  callId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

/** Reads the audit log, filtered in SQL by what the actor may see (tenancy in the query). */
@Injectable()
export class AuditQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(actor: Actor, filter: AuditFilter): Promise<Page<AuditEventView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const scope = auditScope(actor);
    if (!scope.all) {
      params.push(scope.organisationIds, scope.cityIds, scope.deciderId);
      where.push(
        `(organisation_id = ANY($${params.length - 2}::uuid[]) OR city_id = ANY($${params.length - 1}::uuid[])
          OR ($${params.length}::uuid IS NOT NULL AND call_id IN (SELECT id FROM calls WHERE $${params.length}::uuid = ANY(decider_ids))))`,
      );
    }
    if (filter.entityType) add('entity_type = ?', filter.entityType);
    if (filter.entityId) add('entity_id = ?', filter.entityId);
    if (filter.action) add('action = ?', filter.action);
    if (filter.actorId) add('actor_id = ?', filter.actorId);
    if (filter.organisationId) add('organisation_id = ?', filter.organisationId);
    if (filter.cityId) add('city_id = ?', filter.cityId);
    if (filter.from) add('occurred_at >= ?', filter.from);
    if (filter.to) add('occurred_at < ?', filter.to);
    const countWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countParams = [...params];
    if (filter.cursor) {
      const [, id] = decodeCursor(filter.cursor);
      if (!/^\d+$/.test(id)) throw DomainError.invalid('cursor', 'is not a cursor this API issued');
      add('id < ?', id);
    }
    params.push(filter.limit + 1);
    const rows: AuditEventView[] = await this.dataSource.query(
      `SELECT id::text, occurred_at AS "occurredAt", actor_id AS "actorId", action, entity_type AS "entityType", entity_id AS "entityId",
              organisation_id AS "organisationId", city_id AS "cityId", call_id AS "callId", before, after, request_id AS "requestId"
         FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id DESC LIMIT $${params.length}`,
      params,
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_events ${countWhere}`, countParams);
    const items = rows.slice(0, filter.limit);
    const last = items[items.length - 1];
    return { items, total, nextCursor: rows.length > filter.limit && last ? encodeCursor(last.id, last.id) : null };
  }
}
