import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Audit, DomainError, FALLBACK_ORDER, Locale, messageOf, Outbox, Page, poolQuery } from '@kokeilu/platform';
import { TESTBED_MESSAGES } from './domain/messages.js';
import { checkContent, EMPTY_CONTENT, TestbedContentInput } from './domain/content.js';
import type { FieldProblem } from './domain/problems.js';
import { completenessProblems, editProblem, TestbedCommand, TestbedState, transition } from './domain/testbed.js';
import { encodeSearchCursor, SearchInput, toSearchFilter } from './search/search-filter.js';
import { buildSearchQuery, SearchRow } from './search/search-query.js';
import {
  CONTENT_CASTS,
  CONTENT_COLUMNS,
  contentOf,
  contentValues,
  recordOf,
  TESTBED_COLUMNS,
  TestbedRecord,
  TestbedRow,
} from './testbed.record.js';
import { presentRow, presentSummaryRow, presentTestbed, TestbedSummaryView, TestbedView } from './testbed-view.js';

export type TestbedPatch = Partial<TestbedContentInput>;

function invalid(problems: FieldProblem[]): DomainError {
  const fields = [...new Set(problems.map((p) => p.field))];
  return new DomainError('validation_failed', messageOf(TESTBED_MESSAGES, 'testbed.invalid_input', { fields: fields.join(', ') }), { fields: problems });
}

/** What the audit log keeps of a bed: its content and state, not its timestamps. */
function snapshot(record: TestbedRecord) {
  return { ...contentOf(record), state: record.state, version: record.version, cityId: record.cityId };
}

/** Only the fields a caller actually sent; `undefined` means "leave as is", `null` means "clear". */
function given(patch: TestbedPatch): TestbedPatch {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
}

@Injectable()
export class TestbedService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  async create(actor: Actor, cityId: string, input: TestbedPatch): Promise<TestbedRecord> {
    this.policy.authorize(actor, 'testbed.create', { kind: 'city', id: cityId }, 'City');
    const { content, problems } = checkContent({ ...EMPTY_CONTENT, name: undefined, ...given(input) });
    if (!content) throw invalid(problems);
    return this.dataSource.transaction(async (tx) => {
      const city = await tx.query(`SELECT 1 FROM cities WHERE id = $1`, [cityId]);
      if (!city.length) throw DomainError.invalid('cityId', messageOf(TESTBED_MESSAGES, 'testbed.no_such_city'));
      const placeholders = CONTENT_COLUMNS.map((column, i) => `$${i + 2}::${CONTENT_CASTS[column]}`);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO testbeds (city_id, ${CONTENT_COLUMNS.join(', ')}) VALUES ($1, ${placeholders.join(', ')}) RETURNING id`,
        [cityId, ...contentValues(content)],
      );
      const created = await this.find(tx, id);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'testbed.created',
        entityType: 'testbed',
        entityId: id,
        cityId,
        after: snapshot(created),
      });
      return created;
    });
  }

  async get(actor: Actor | null, id: string): Promise<TestbedRecord> {
    const record = await this.find(this.dataSource.manager, id);
    this.policy.authorize(actor, 'testbed.read', { kind: 'testbed', cityId: record.cityId, state: record.state }, 'Test bed');
    return record;
  }

  /** Replaces the fields given; a published bed must stay complete enough to be published. */
  async update(actor: Actor, id: string, version: number, patch: TestbedPatch): Promise<TestbedRecord> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lockForChange(tx, actor, id, version);
      const problem = editProblem(current.state);
      if (problem) throw DomainError.conflict(problem, { state: current.state });
      const { content, problems } = checkContent({ ...contentOf(current), ...given(patch) });
      if (!content) throw invalid(problems);
      const incomplete = current.state === 'published' ? completenessProblems(content) : [];
      if (incomplete.length) {
        const fields = [...new Set(incomplete.map((p) => p.field))].join(', ');
        throw new DomainError('rule_violation', messageOf(TESTBED_MESSAGES, 'testbed.must_stay_complete', { fields }), { fields: incomplete });
      }
      const assignments = CONTENT_COLUMNS.map((column, i) => `${column} = $${i + 2}::${CONTENT_CASTS[column]}`);
      await tx.query(`UPDATE testbeds SET ${assignments.join(', ')}, version = version + 1, updated_at = now() WHERE id = $1`, [
        id,
        ...contentValues(content),
      ]);
      const updated = await this.find(tx, id);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'testbed.updated',
        entityType: 'testbed',
        entityId: id,
        cityId: current.cityId,
        before: snapshot(current),
        after: snapshot(updated),
      });
      return updated;
    });
  }

  publish(actor: Actor, id: string, version?: number): Promise<TestbedRecord> {
    return this.change(actor, id, 'publish', version);
  }

  archive(actor: Actor, id: string, version?: number): Promise<TestbedRecord> {
    return this.change(actor, id, 'archive', version);
  }

  /**
   * The public search: published beds only, whoever asks, each in the languages `input` prefers
   * (with every language when `withTranslations`), as a summary unless `input.view` is `full`.
   */
  async search(input: SearchInput, withTranslations = false): Promise<Page<TestbedView | TestbedSummaryView>> {
    const filter = toSearchFilter(input);
    const { text, values } = buildSearchQuery(filter);
    const rows = await poolQuery<SearchRow>(this.dataSource, text, values);
    const found = rows.filter((row) => row.id !== null);
    const page = found.slice(0, filter.limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) =>
        filter.view === 'full' ? presentRow(row as TestbedRow, filter.languages, withTranslations) : presentSummaryRow(row, filter.languages, withTranslations),
      ),
      total: rows[0]?.total ?? 0,
      nextCursor: found.length > filter.limit && last?.sortKey != null ? encodeSearchCursor(filter, last.sortKey, last.id) : null,
    };
  }

  /**
   * Every bed of a city in the given states (all when none given), by name, a page at a time, each
   * whole and with every language: for those who manage the city's beds.
   */
  async listForCity(
    actor: Actor,
    cityId: string,
    states: readonly TestbedState[],
    languages: readonly Locale[],
    limit: number,
    offset: number,
  ): Promise<{ items: TestbedView[]; total: number }> {
    this.policy.authorize(actor, 'testbed.city.list', { kind: 'city', id: cityId }, 'City');
    const rows: (TestbedRow & { total: number })[] = await this.dataSource.query(
      `SELECT ${TESTBED_COLUMNS}, count(*) OVER ()::int AS total
         FROM testbeds t JOIN cities ci ON ci.id = t.city_id
        WHERE t.city_id = $1 AND ($2::text[] IS NULL OR t.state::text = ANY($2::text[]))
        ORDER BY coalesce(t.name->>$3, t.name->>'fi', t.name->>'sv', t.name->>'en'), t.id
        LIMIT $4 OFFSET $5`,
      [cityId, states.length ? states : null, languages[0] ?? 'fi', limit, offset],
    );
    const total = rows[0]?.total ?? (offset > 0 ? await this.countForCity(cityId, states) : 0);
    return { items: rows.map((row) => presentRow(row, languages, true)), total };
  }

  private async countForCity(cityId: string, states: readonly TestbedState[]): Promise<number> {
    const [{ total }]: { total: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM testbeds WHERE city_id = $1 AND ($2::text[] IS NULL OR state::text = ANY($2::text[]))`,
      [cityId, states.length ? states : null],
    );
    return total;
  }

  private async change(actor: Actor, id: string, command: TestbedCommand, version: number | undefined): Promise<TestbedRecord> {
    return this.dataSource.transaction(async (tx) => {
      const current = await this.lockForChange(tx, actor, id, version);
      const result = transition(current.state, command, contentOf(current));
      if (!result.ok && result.reason === 'illegal') throw DomainError.conflict(result.message, { state: current.state });
      if (!result.ok) {
        const missing = [...new Set(result.problems.map((p) => p.field))].join(', ');
        throw new DomainError('rule_violation', messageOf(TESTBED_MESSAGES, 'testbed.incomplete', { fields: missing }), { fields: result.problems });
      }
      const stamp = result.to === 'published' ? 'published_at' : 'archived_at';
      await tx.query(`UPDATE testbeds SET state = $2, ${stamp} = now(), version = version + 1, updated_at = now() WHERE id = $1`, [id, result.to]);
      const changed = await this.find(tx, id);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: command === 'publish' ? 'testbed.published' : 'testbed.archived',
        entityType: 'testbed',
        entityId: id,
        cityId: current.cityId,
        before: { state: current.state, version: current.version },
        after: { state: changed.state, version: changed.version, publishedAt: changed.publishedAt, archivedAt: changed.archivedAt },
      });
      // Saved searches hear of a published bed by a job of its own, not by asking again and again.
      if (changed.state === 'published') {
        await this.outbox.add(tx, 'alert.match', { entityType: 'testbed', entityId: id }, { jobId: `alert.match-testbed-${id}-${changed.version}` });
      }
      return changed;
    });
  }

  /** Locks the bed, checks the caller may manage it and, when a version is given, that it is current. */
  private async lockForChange(tx: EntityManager, actor: Actor, id: string, version: number | undefined): Promise<TestbedRecord> {
    const current = await this.find(tx, id, true);
    this.policy.authorize(actor, 'testbed.manage', { kind: 'testbed', cityId: current.cityId, state: current.state }, 'Test bed');
    if (version !== undefined && current.version !== version) {
      throw new DomainError('stale_version', messageOf(TESTBED_MESSAGES, 'testbed.stale_version', { version, current: current.version }), {
        current: presentTestbed(current, FALLBACK_ORDER, true),
      });
    }
    return current;
  }

  private async find(tx: EntityManager, id: string, lock = false): Promise<TestbedRecord> {
    const rows: TestbedRow[] = await tx.query(
      `SELECT ${TESTBED_COLUMNS} FROM testbeds t JOIN cities ci ON ci.id = t.city_id WHERE t.id = $1 ${lock ? 'FOR UPDATE OF t' : ''}`,
      [id],
    );
    if (!rows[0]) throw DomainError.notFound('Test bed');
    return recordOf(rows[0]);
  }
}
