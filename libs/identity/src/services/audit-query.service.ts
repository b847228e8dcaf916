import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, AuditCondition, AuditReaderKind, auditRules, AuditScope, auditScope } from '@kokeilu/access';
import { APP_CONFIG, type AppConfig, decodeSerialCursor, encodeCursor, Page } from '@kokeilu/platform';
import { emailKey, type Pseudonym, pseudonymOf, readThroughPseudonyms } from '../domain/erasure.js';

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
  /** The actor's display name, for a log a person reads ("Anna approved …"). */
  actorName: string | null;
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

type Param = (value: unknown) => string;

/** The applications whose consortium (lead or accepted partner) includes one of the organisations. */
const consortiumApplications = (orgs: string) => `
  SELECT a.id FROM applications a WHERE a.lead_organisation_id = ANY(${orgs}::uuid[])
  UNION SELECT p.application_id FROM application_partners p WHERE p.state = 'accepted' AND p.organisation_id = ANY(${orgs}::uuid[])`;

/** How each kind of reader finds its events, or null when the actor is no such reader. */
function readerCondition(who: AuditReaderKind, scope: Extract<AuditScope, { all: false }>, param: Param): string | null {
  switch (who) {
    case 'organisation':
      return scope.organisationIds.length ? `e.organisation_id = ANY(${param(scope.organisationIds)}::uuid[])` : null;
    case 'consortium': {
      if (!scope.organisationIds.length) return null;
      const mine = consortiumApplications(param(scope.organisationIds));
      return `(e.entity_type = 'application' AND e.entity_id IN (SELECT id::text FROM (${mine}) m)
               OR e.entity_type = 'pilot' AND e.entity_id IN (SELECT p.id::text FROM pilots p WHERE p.application_id IN (${mine}))
               OR e.entity_type = 'pilot_report' AND e.entity_id IN (SELECT r.id::text FROM pilot_reports r JOIN pilots p ON p.id = r.pilot_id WHERE p.application_id IN (${mine})))`;
    }
    case 'city':
      return scope.cityIds.length ? `e.city_id = ANY(${param(scope.cityIds)}::uuid[])` : null;
    case 'deciders':
      return `e.call_id IN (SELECT c.id FROM calls c WHERE ${param(scope.userId)}::uuid = ANY(c.decider_ids))`;
  }
}

/** The object's state that an event needs to be shown, read from the log itself (append-only, in order) or the call. */
const CONDITIONS: Record<AuditCondition, string> = {
  always: 'TRUE',
  submitted: `EXISTS (SELECT 1 FROM audit_events s WHERE s.entity_type = 'application' AND s.entity_id = e.entity_id AND s.action = 'application.submitted' AND s.id < e.id)`,
  published: `EXISTS (SELECT 1 FROM audit_events s WHERE s.call_id = e.call_id AND s.entity_type = 'call' AND s.action = 'call.published' AND s.id <= e.id)`,
  decided: `e.call_id IN (SELECT c.id FROM calls c WHERE c.state = 'decided')`,
};

/** The events the actor may read, as one SQL condition over audit_events e (see the readers in libs/access). */
function scopeCondition(scope: Extract<AuditScope, { all: false }>, param: Param): string {
  const rules = auditRules();
  let known: string | undefined;
  const unknownAction = () => (known ??= param([...new Set(rules.flatMap((r) => r.actions))]));
  const parts: string[] = [];
  for (const rule of rules) {
    const whose = readerCondition(rule.reader.who, scope, param);
    if (!whose) continue;
    const which = [rule.actions.length ? `e.action = ANY(${param(rule.actions)}::text[])` : null, rule.entityTypes.length ? `(e.entity_type = ANY(${param(rule.entityTypes)}::text[]) AND NOT e.action = ANY(${unknownAction()}::text[]))` : null]
      .filter(Boolean)
      .join(' OR ');
    parts.push(`((${which}) AND ${whose} AND ${CONDITIONS[rule.reader.when]})`);
  }
  return parts.length ? `(${parts.join('\n OR ')})` : 'FALSE';
}

/**
 * Reads the audit log, filtered in SQL by what the actor may see (tenancy in the query): each event
 * by its readers, as libs/access names them.
 */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Events as readers see them: where an event names a forgotten user (their address anywhere,
   * their name in events about them), the pseudonym stands instead. The log itself is never changed.
   */
  async throughPseudonyms<E extends { entityType: string; entityId: string; before: unknown; after: unknown }>(events: E[]): Promise<E[]> {
    const keyOf = (email: string) => emailKey(this.config.JWT_SECRET, email);
    const keys = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object') {
        for (const [key, field] of Object.entries(value)) {
          if (key === 'email' && typeof field === 'string') keys.add(keyOf(field));
          else collect(field);
        }
      }
    };
    for (const event of events) {
      collect(event.before);
      collect(event.after);
    }
    const subjects = events.filter((e) => e.entityType === 'user').map((e) => e.entityId);
    if (!keys.size && !subjects.length) return events;
    const rows: { user_id: string; pseudonym: string; email_key: string }[] = await this.dataSource.query(
      `SELECT user_id, pseudonym, email_key FROM erased_users WHERE email_key = ANY($1::text[]) OR user_id::text = ANY($2::text[])`,
      [[...keys], subjects],
    );
    if (!rows.length) return events;
    const byEmailKey = new Map<string, Pseudonym>();
    const byUser = new Map<string, Pseudonym>();
    for (const row of rows) {
      const pseudonym = { displayName: row.pseudonym, email: pseudonymOf(row.user_id).email };
      byEmailKey.set(row.email_key, pseudonym);
      byUser.set(row.user_id, pseudonym);
    }
    return events.map((event) => {
      const mapping = { byEmailKey, keyOf, subject: event.entityType === 'user' ? byUser.get(event.entityId) : undefined };
      return { ...event, before: readThroughPseudonyms(event.before, mapping), after: readThroughPseudonyms(event.after, mapping) };
    });
  }

  async list(actor: Actor, filter: AuditFilter): Promise<Page<AuditEventView>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    const scope = auditScope(actor);
    if (!scope.all) where.push(scopeCondition(scope, (value) => (params.push(value), `$${params.length}`)));
    if (filter.entityType) add('e.entity_type = ?', filter.entityType);
    if (filter.entityId) add('e.entity_id = ?', filter.entityId);
    if (filter.action) add('e.action = ?', filter.action);
    if (filter.actorId) add('e.actor_id = ?', filter.actorId);
    if (filter.organisationId) add('e.organisation_id = ?', filter.organisationId);
    if (filter.cityId) add('e.city_id = ?', filter.cityId);
    if (filter.from) add('e.occurred_at >= ?', filter.from);
    if (filter.to) add('e.occurred_at < ?', filter.to);
    const countWhere = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const countParams = [...params];
    if (filter.cursor) {
      add('e.id < ?', decodeSerialCursor(filter.cursor));
    }
    params.push(filter.limit + 1);
    const rows: AuditEventView[] = await this.dataSource.query(
      `SELECT id::text, occurred_at AS "occurredAt", actor_id AS "actorId",
              (SELECT u.display_name FROM users u WHERE u.id = e.actor_id) AS "actorName", action, entity_type AS "entityType", entity_id AS "entityId",
              organisation_id AS "organisationId", city_id AS "cityId", call_id AS "callId", before, after, request_id AS "requestId"
         FROM audit_events e ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY e.id DESC LIMIT $${params.length}`,
      params,
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM audit_events e ${countWhere}`, countParams);
    const items = await this.throughPseudonyms(rows.slice(0, filter.limit));
    const last = items[items.length - 1];
    return { items, total, nextCursor: rows.length > filter.limit && last ? encodeCursor(last.id, last.id) : null };
  }
}
