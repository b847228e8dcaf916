import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Audit, DomainError, FALLBACK_ORDER, messageOf, Outbox, Page } from '@kokeilu/platform';
import { CALL_MESSAGES, CALL_STATE_WORDS } from './domain/messages.js';
import type { CallContent } from './domain/call.js';
import { changedFields, judgeEdit, sameValue } from './domain/editing.js';
import { publish } from './domain/lifecycle.js';
import type { FieldProblem } from './domain/problems.js';
import { jobsForChange, jobsForPublish } from './domain/schedule.js';
import { LinkedBed, unconsentedBeds } from './domain/testbed-links.js';
import { CallInput, checkCall } from './domain/validation.js';
import { checkFirstStage, checkStageSchedule, FirstStageInput, followSecondStage } from './domain/stages.js';
import { buildCallListQuery, CallListInput, DraftScope, encodeCallCursor, toCallFilter } from './call-query.js';
import { CALL_COLUMNS, CALL_FROM, CallRecord, CONTENT_COLUMNS, contentOf, contentValues } from './call.record.js';
import { writeTransitionJobs } from './call-transitions.js';
import { presentCall } from './call-view.js';

export type CallPatch = CallInput;

function invalid(problems: FieldProblem[]): DomainError {
  const fields = [...new Set(problems.map((p) => p.field))];
  return new DomainError('validation_failed', messageOf(CALL_MESSAGES, 'call.invalid_input', { fields: fields.join(', ') }), { fields: problems });
}

/** Only the fields a caller actually sent; `undefined` means "leave as is". */
function given(patch: CallPatch): CallPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

/** What the audit log keeps of a call: its content, state and version, not its timestamps. */
function snapshot(record: CallRecord) {
  return { ...contentOf(record), state: record.state, version: record.version, cityId: record.cityId };
}

/** The changed fields only, before and after: a call's body alone may be tens of kilobytes. */
function diff(before: CallContent, after: CallContent, fields: readonly (keyof CallContent)[]) {
  return {
    before: Object.fromEntries(fields.map((f) => [f, before[f]])),
    after: Object.fromEntries(fields.map((f) => [f, after[f]])),
  };
}

/** References of a call to other rows, checked against the database when they are written. */
type Reference = 'eligibility' | 'deciderIds' | 'testbedIds';

@Injectable()
export class CallService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  /** A new draft of the city's (or, with cityId null, a national) call. */
  async create(actor: Actor, cityId: string | null, input: CallInput): Promise<CallRecord> {
    this.policy.authorize(actor, 'call.create', { kind: 'call', cityId, state: 'draft', deciderIds: [] }, 'City');
    const { content, problems } = checkCall(input);
    if (!content) throw invalid(problems);
    return this.dataSource.transaction(async (tx) => {
      if (cityId !== null) {
        const city = await tx.query(`SELECT 1 FROM cities WHERE id = $1`, [cityId]);
        if (!city.length) throw DomainError.invalid('cityId', messageOf(CALL_MESSAGES, 'call.no_such_city'));
      }
      await this.checkReferences(tx, content, ['eligibility', 'deciderIds', 'testbedIds']);
      await this.checkBedsConsent(tx, actor, cityId, content.testbedIds);
      const columns = CONTENT_COLUMNS.map(([column]) => column);
      const placeholders = CONTENT_COLUMNS.map(([, cast], i) => `$${i + 3}::${cast}`);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO calls (city_id, created_by, ${columns.join(', ')}) VALUES ($1, $2, ${placeholders.join(', ')}) RETURNING id`,
        [cityId, actor.userId, ...contentValues(content)],
      );
      const created = await this.find(tx, id);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'call.created',
        entityType: 'call',
        entityId: id,
        cityId,
        callId: id,
        after: snapshot(created),
      });
      return created;
    });
  }

  async get(actor: Actor | null, id: string): Promise<CallRecord> {
    const record = await this.find(this.dataSource.manager, id);
    this.policy.authorize(actor, 'call.read', { kind: 'call', cityId: record.cityId, state: record.state, deciderIds: record.deciderIds }, 'Call');
    return this.withFirstStage(this.dataSource.manager, record);
  }

  /**
   * Adds or replaces the first stage (ideas) of a draft call: its own times, criteria, threshold,
   * reviewers, required fields and invitation rule; the rest follows the call. The first stage is
   * a call of its own, published with the call. Sending the same stage again changes nothing.
   */
  async setFirstStage(actor: Actor, id: string, version: number, input: FirstStageInput): Promise<CallRecord> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lockForChange(tx, actor, id, version);
      if (current.secondStageId) throw DomainError.conflict(messageOf(CALL_MESSAGES, 'call.first_stage.is_first_stage'));
      if (current.state !== 'draft') throw DomainError.conflict(messageOf(CALL_MESSAGES, 'call.first_stage.not_draft', { state: CALL_STATE_WORDS[current.state] }), { state: current.state });
      const checked = checkFirstStage(input, contentOf(current));
      if (!checked.stage) throw invalid(checked.problems);
      const before = current.firstStageId ? await this.find(tx, current.firstStageId, true) : null;
      const invitation = JSON.stringify(checked.stage.invitation);
      if (before && !changedFields(contentOf(before), checked.content).length && sameValue(before.invitation, checked.stage.invitation)) {
        return this.withFirstStage(tx, current);
      }
      const values = contentValues(checked.content);
      let stageId: string;
      if (before) {
        const assignments = CONTENT_COLUMNS.map(([column, cast], i) => `${column} = $${i + 3}::${cast}`);
        await tx.query(`UPDATE calls SET invitation = $2::jsonb, ${assignments.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`, [before.id, invitation, ...values]);
        stageId = before.id;
      } else {
        const columns = CONTENT_COLUMNS.map(([column]) => column);
        const placeholders = CONTENT_COLUMNS.map(([, cast], i) => `$${i + 5}::${cast}`);
        const [row]: { id: string }[] = await tx.query(
          `INSERT INTO calls (city_id, created_by, second_stage_id, invitation, ${columns.join(', ')}) VALUES ($1, $2, $3, $4::jsonb, ${placeholders.join(', ')}) RETURNING id`,
          [current.cityId, actor.userId, id, invitation, ...values],
        );
        stageId = row.id;
      }
      // The call's version covers its first stage: an editor holding an older version is told.
      await tx.query(`UPDATE calls SET version = version + 1, updated_at = now() WHERE id = $1`, [id]);
      const stage = await this.find(tx, stageId);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: before ? 'call.first_stage_changed' : 'call.first_stage_added',
        entityType: 'call',
        entityId: id,
        cityId: current.cityId,
        callId: id,
        before: before ? { ...snapshot(before), invitation: before.invitation } : null,
        after: { ...snapshot(stage), invitation: stage.invitation, firstStageId: stage.id },
      });
      return this.withFirstStage(tx, await this.find(tx, id));
    });
  }

  /** Whether the caller runs this call (sees its internal fields). */
  manages(actor: Actor | null, record: CallRecord): boolean {
    return this.policy.allows(actor, 'call.manage', { kind: 'call', cityId: record.cityId, state: record.state, deciderIds: record.deciderIds });
  }

  /**
   * Replaces the fields given. A draft changes freely; a published call only in its texts and its
   * dates still ahead, and a moved opensAt or closesAt gets a new transition job.
   */
  async update(actor: Actor, id: string, version: number, patch: CallPatch): Promise<CallRecord> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lockForChange(tx, actor, id, version);
      const sent = given(patch);
      const { content, problems } = checkCall({ ...contentOf(current), ...sent });
      if (!content) throw invalid(problems);
      const now = await this.now(tx);
      const verdict = judgeEdit(current.state, contentOf(current), content, now);
      if (!verdict.ok && verdict.reason === 'locked') {
        throw DomainError.conflict(messageOf(CALL_MESSAGES, 'call.locked_fields', { fields: verdict.problems.map((p) => p.field).join(', ') }), {
          fields: verdict.problems,
          state: current.state,
        });
      }
      if (!verdict.ok) {
        throw new DomainError('rule_violation', messageOf(CALL_MESSAGES, 'call.deadlines_past', { fields: verdict.problems.map((p) => p.field).join(', ') }), {
          fields: verdict.problems,
        });
      }
      if (!verdict.changed.length) return this.withFirstStage(tx, current);
      const linked = current.secondStageId ?? current.firstStageId;
      const other = linked ? await this.find(tx, linked, true) : null;
      if (other) {
        const schedule = current.secondStageId ? checkStageSchedule(content, other, 'first') : checkStageSchedule(other, content, 'second');
        if (schedule.length) throw new DomainError('rule_violation', messageOf(CALL_MESSAGES, 'call.stage_schedule', { fields: schedule.map((p) => p.field).join(', ') }), { fields: schedule });
      }
      await this.checkReferences(tx, content, (['eligibility', 'deciderIds', 'testbedIds'] as const).filter((f) => verdict.changed.includes(f)));
      if (verdict.changed.includes('testbedIds')) {
        // Beds already linked stay; each newly linked one needs its city's consent.
        await this.checkBedsConsent(tx, actor, current.cityId, content.testbedIds, current.testbedIds);
      }
      const assignments = CONTENT_COLUMNS.map(([column, cast], i) => `${column} = $${i + 2}::${cast}`);
      await tx.query(`UPDATE calls SET ${assignments.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`, [id, ...contentValues(content)]);
      if (current.state !== 'draft') await writeTransitionJobs(this.outbox, tx, id, jobsForChange(current.state, current, content));
      if (other && current.firstStageId && current.state === 'draft') {
        // A draft's first stage keeps following the call's rules (texts, budget, eligibility, deciders, test beds).
        await tx.query(`UPDATE calls SET ${assignments.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`, [other.id, ...contentValues(followSecondStage(contentOf(other), content))]);
      }
      const updated = await this.withFirstStage(tx, await this.find(tx, id));
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'call.updated',
        entityType: 'call',
        entityId: id,
        cityId: current.cityId,
        callId: id,
        ...diff(contentOf(current), content, verdict.changed),
      });
      return updated;
    });
  }

  /**
   * draft → scheduled (or straight to open when opensAt has passed, by the database clock), with
   * the delayed jobs that open and close it written in the same transaction.
   */
  async publish(actor: Actor, id: string, version?: number): Promise<CallRecord> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lockForChange(tx, actor, id, version);
      if (current.secondStageId) throw DomainError.conflict(messageOf(CALL_MESSAGES, 'call.first_stage.publish_with_call'), { secondStageId: current.secondStageId });
      const now = await this.now(tx);
      const outcome = publish(current, now);
      if (!outcome.ok && outcome.reason === 'illegal') throw DomainError.conflict(outcome.message, { state: current.state });
      if (!outcome.ok) throw new DomainError('rule_violation', outcome.message, { fields: [{ field: 'closesAt', message: 'has passed' }] });
      if (current.firstStageId) await this.publishFirstStage(tx, actor, current.firstStageId, now);
      await tx.query(
        `UPDATE calls SET state = $2, published_at = now(), opened_at = CASE WHEN $2 = 'open' THEN now() END,
                version = version + 1, updated_at = now() WHERE id = $1`,
        [id, outcome.to],
      );
      await writeTransitionJobs(this.outbox, tx, id, jobsForPublish(outcome.to, current));
      const published = await this.withFirstStage(tx, await this.find(tx, id));
      const event = { actorId: actor.userId, entityType: 'call', entityId: id, cityId: current.cityId, callId: id };
      await this.audit.record(tx, {
        ...event,
        action: 'call.published',
        before: { state: current.state, version: current.version },
        after: { state: published.state, version: published.version, publishedAt: published.publishedAt },
      });
      if (outcome.to === 'open') {
        await this.audit.record(tx, { ...event, action: 'call.opened', before: { state: 'draft' }, after: { state: 'open', openedAt: published.openedAt } });
      }
      // Saved searches hear of the new call by a job of its own, not by asking again and again.
      await this.outbox.add(tx, 'alert.match', { entityType: 'call', entityId: id }, { jobId: `alert.match-call-${id}` });
      return published;
    });
  }

  /** The public list: published calls only, whoever asks, by deadline. */
  /** Published calls for everyone; drafts too when asked, for those who run them (see `toCallFilter`). */
  async list(actor: Actor | null, input: CallListInput): Promise<Page<CallRecord>> {
    const filter = toCallFilter(input, draftScopeOf(actor));
    const { page, total } = buildCallListQuery(filter);
    const [rows, [{ total: count }]] = await Promise.all([
      this.dataSource.query(page.text, page.values) as Promise<CallRecord[]>,
      this.dataSource.query(total.text, total.values) as Promise<{ total: number }[]>,
    ]);
    const items = await this.withFirstStages(rows.slice(0, filter.limit));
    const last = items[items.length - 1];
    return { items, total: count, nextCursor: rows.length > filter.limit && last ? encodeCallCursor(last.closesAt, last.id) : null };
  }

  /** The first stage goes public with its call and opens and closes by itself like any call. */
  private async publishFirstStage(tx: EntityManager, actor: Actor, stageId: string, now: Date): Promise<void> {
    const stage = await this.find(tx, stageId, true);
    const outcome = publish(stage, now);
    if (!outcome.ok && outcome.reason === 'illegal') throw DomainError.conflict(outcome.message, { state: stage.state });
    if (!outcome.ok) throw new DomainError('rule_violation', outcome.message, { fields: [{ field: 'firstStage.closesAt', message: 'has passed' }] });
    await tx.query(
      `UPDATE calls SET state = $2, published_at = now(), opened_at = CASE WHEN $2 = 'open' THEN now() END, version = version + 1, updated_at = now() WHERE id = $1`,
      [stageId, outcome.to],
    );
    await writeTransitionJobs(this.outbox, tx, stageId, jobsForPublish(outcome.to, stage));
    const event = { actorId: actor.userId, entityType: 'call', entityId: stageId, cityId: stage.cityId, callId: stageId };
    await this.audit.record(tx, { ...event, action: 'call.published', before: { state: stage.state, version: stage.version }, after: { state: outcome.to, secondStageId: stage.secondStageId } });
    if (outcome.to === 'open') await this.audit.record(tx, { ...event, action: 'call.opened', before: { state: 'draft' }, after: { state: 'open' } });
  }

  /** A page of calls, each two-stage one with its first stage (one query for the page). */
  private async withFirstStages(records: CallRecord[]): Promise<CallRecord[]> {
    const ids = records.map((r) => r.firstStageId).filter((id): id is string => id !== null);
    if (!ids.length) return records.map((r) => ({ ...r, firstStage: null }));
    const stages: CallRecord[] = await this.dataSource.query(`SELECT ${CALL_COLUMNS} FROM ${CALL_FROM} WHERE c.id = ANY($1::uuid[])`, [ids]);
    return records.map((r) => ({ ...r, firstStage: stages.find((stage) => stage.id === r.firstStageId) ?? null }));
  }

  private async withFirstStage(tx: EntityManager, record: CallRecord): Promise<CallRecord> {
    return { ...record, firstStage: record.firstStageId ? await this.find(tx, record.firstStageId) : null };
  }

  /** Cities named by slug, deciders holding the decider role, test beds that are published. */
  private async checkReferences(tx: EntityManager, content: CallContent, which: readonly Reference[]): Promise<void> {
    const problems: FieldProblem[] = [];
    if (which.includes('eligibility')) {
      const cities = content.eligibility.minOperatorsInCities.cities;
      const found: { slug: string }[] = await tx.query(`SELECT slug FROM cities WHERE slug = ANY($1::text[])`, [cities]);
      cities.forEach((slug, i) => {
        if (!found.some((c) => c.slug === slug)) problems.push({ field: `eligibility.minOperatorsInCities.cities[${i}]`, message: 'is not a known city' });
      });
    }
    if (which.includes('deciderIds') && content.deciderIds.length) {
      const found: { userId: string }[] = await tx.query(
        `SELECT DISTINCT user_id::text AS "userId" FROM role_grants WHERE role = 'decider' AND user_id = ANY($1::uuid[])`,
        [content.deciderIds],
      );
      content.deciderIds.forEach((id, i) => {
        if (!found.some((d) => d.userId === id)) problems.push({ field: `deciderIds[${i}]`, message: 'is not a user with the decider role' });
      });
    }
    if (which.includes('testbedIds') && content.testbedIds.length) {
      const found: { id: string }[] = await tx.query(`SELECT id::text FROM testbeds WHERE state = 'published' AND id = ANY($1::uuid[])`, [content.testbedIds]);
      content.testbedIds.forEach((id, i) => {
        if (!found.some((t) => t.id === id)) problems.push({ field: `testbedIds[${i}]`, message: 'is not a published test bed' });
      });
    }
    if (problems.length) throw invalid(problems);
  }

  /** Another city's bed is offered only by someone who speaks for that city (see `unconsentedBeds`); 422 otherwise. */
  private async checkBedsConsent(tx: EntityManager, actor: Actor, callCityId: string | null, testbedIds: string[], alreadyLinked: string[] = []): Promise<void> {
    if (!testbedIds.length) return;
    const rows: LinkedBed[] = await tx.query(
      `SELECT t.id::text, t.city_id::text AS "cityId", coalesce(c.name->>'fi', c.name->>'en', c.name->>'sv', c.slug) AS "cityName"
         FROM testbeds t JOIN cities c ON c.id = t.city_id WHERE t.id = ANY($1::uuid[])`,
      [testbedIds],
    );
    const beds = testbedIds.map((id) => ({ ...rows.find((r) => r.id === id)!, linked: alreadyLinked.includes(id) }));
    const speaksFor = (cityId: string) => this.policy.allows(actor, 'testbed.manage', { kind: 'testbed', cityId, state: 'published' });
    const problems = unconsentedBeds(callCityId, beds, speaksFor);
    if (problems.length) {
      throw new DomainError('rule_violation', messageOf(CALL_MESSAGES, 'call.unconsented_beds'), { fields: problems });
    }
  }

  /** Locks the call, checks the caller may manage it and, when a version is given, that it is current. */
  private async lockForChange(tx: EntityManager, actor: Actor, id: string, version: number | undefined): Promise<CallRecord> {
    const current = await this.find(tx, id, true);
    this.policy.authorize(actor, 'call.manage', { kind: 'call', cityId: current.cityId, state: current.state, deciderIds: current.deciderIds }, 'Call');
    if (version !== undefined && current.version !== version) {
      throw new DomainError('stale_version', messageOf(CALL_MESSAGES, 'call.stale_version', { version, current: current.version }), {
        current: presentCall(current, FALLBACK_ORDER, { translations: true, internal: true }),
      });
    }
    return current;
  }

  private async now(tx: EntityManager): Promise<Date> {
    const [{ now }]: { now: Date }[] = await tx.query(`SELECT now() AS now`);
    return now;
  }

  private async find(tx: EntityManager, id: string, lock = false): Promise<CallRecord> {
    const rows: CallRecord[] = await tx.query(`SELECT ${CALL_COLUMNS} FROM ${CALL_FROM} WHERE c.id = $1 ${lock ? 'FOR UPDATE OF c' : ''}`, [id]);
    if (!rows[0]) throw DomainError.notFound('Call');
    return rows[0];
  }
}

/** Whose drafts an actor may list: admins all, coordinators their cities', everyone else none. */
function draftScopeOf(actor: Actor | null): DraftScope {
  if (actor?.admin) return 'all';
  return actor?.coordinatorCityIds.length ? { cityIds: actor.coordinatorCityIds } : null;
}
