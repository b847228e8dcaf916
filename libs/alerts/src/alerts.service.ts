import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, Policy } from '@kokeilu/access';
import { APP_CONFIG, type AppConfig, Audit, DomainError, type Locale, type LocalizedText, languagePreference, pickText } from '@kokeilu/platform';
import { FEED_TEXTS, renderAtom } from './domain/atom.js';
import {
  type AlertFrequency,
  type AlertKind,
  assertSettings,
  canonicalParams,
  type Criteria,
  fingerprintOf,
  matchKeysOf,
  readCriteria,
  type SearchParams,
} from './domain/saved-search.js';
import { ADD_WORDS_SQL } from './match-query.js';

/** A saved search as its owner reads it. */
export interface SavedSearch {
  id: string;
  kind: AlertKind;
  name: string;
  frequency: AlertFrequency;
  locale: Locale;
  /** The search page's parameters: the page at `/{locale}/{testbeds|calls}?{params}` shows what it finds. */
  params: SearchParams;
  /** The address of its Atom feed, whole; whoever holds it reads the feed, until it is replaced. */
  feedUrl: string;
  /** Objects it was told of so far. */
  matches: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface SaveSearchInput {
  kind: AlertKind;
  name: string;
  frequency: AlertFrequency;
  locale?: Locale;
  params: SearchParams;
}

interface Row {
  id: string;
  userId: string;
  kind: AlertKind;
  name: string;
  frequency: AlertFrequency;
  locale: Locale;
  params: SearchParams;
  feedToken: string;
  matches: number;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = `s.id, s.user_id AS "userId", s.kind, s.name, s.frequency, s.locale, s.params, s.feed_token AS "feedToken",
  (SELECT count(*)::int FROM saved_search_hits h WHERE h.saved_search_id = s.id) AS matches, s.created_at AS "createdAt", s.updated_at AS "updatedAt"`;

/** The most entries a feed carries, newest first. */
const FEED_SIZE = 50;

const newToken = () => randomBytes(32).toString('base64url');

/**
 * Users' saved searches (alerts): saved with the search pages' own validation, changed and
 * removed by their owner alone (the policy's `alert.manage`, checked on each one), every change
 * audited with it; and each one's Atom feed, read by its unguessable token.
 */
@Injectable()
export class AlertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The caller's own saved searches, newest first: the query is by the caller's id. */
  async list(actor: Actor): Promise<SavedSearch[]> {
    const rows: Row[] = await this.dataSource.query(`SELECT ${COLUMNS} FROM saved_searches s WHERE s.user_id = $1 ORDER BY s.created_at DESC, s.id`, [actor.userId]);
    return rows.map((row) => this.present(row));
  }

  /**
   * Saves a search. Saving one the caller has saved already (the same filters) answers that one
   * with the name, frequency and language given: safe to repeat.
   */
  async save(actor: Actor, input: SaveSearchInput, fallbackLocale: Locale): Promise<{ search: SavedSearch; created: boolean }> {
    this.policy.authorize(actor, 'alert.create', { kind: 'platform' });
    assertSettings(input);
    const criteria = readCriteria(input.kind, input.params ?? {});
    const locale = input.locale ?? fallbackLocale;
    return this.dataSource.transaction(async (tx) => {
      const cityId = await this.cityIdOf(tx, criteria);
      const keys = matchKeysOf(criteria, cityId);
      const params = canonicalParams(criteria);
      const f = criteria.kind === 'testbeds' ? criteria.filter : null;
      if (f?.words.length) await tx.query(ADD_WORDS_SQL, [[...new Set(f.words)]]);
      const [row]: { id: string; created: boolean }[] = await tx.query(
        `INSERT INTO saved_searches (user_id, kind, name, frequency, locale, params, fingerprint, requires, anchors, themes, bbox, period, feed_token)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::text[], $9::text[], $10::text[],
                 CASE WHEN $11::float8[] IS NULL THEN NULL ELSE box(point($11[1], $11[2]), point($11[3], $11[4])) END,
                 CASE WHEN $12::date IS NULL THEN NULL ELSE daterange($12::date, $13::date, '[]') END, $14)
         ON CONFLICT (user_id, kind, fingerprint) DO UPDATE SET name = EXCLUDED.name, frequency = EXCLUDED.frequency, locale = EXCLUDED.locale,
           updated_at = CASE WHEN (saved_searches.name, saved_searches.frequency, saved_searches.locale) IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.frequency, EXCLUDED.locale)
                             THEN now() ELSE saved_searches.updated_at END
         RETURNING id, (xmax = 0) AS created`,
        [
          actor.userId,
          criteria.kind,
          input.name.trim(),
          input.frequency,
          locale,
          JSON.stringify(params),
          fingerprintOf(criteria, cityId),
          keys.requires,
          keys.anchors,
          f?.themes ?? [],
          f?.bbox ? [f.bbox.minLon, f.bbox.minLat, f.bbox.maxLon, f.bbox.maxLat] : null,
          f?.period?.start ?? null,
          f?.period?.end ?? null,
          newToken(),
        ],
      );
      const search = await this.find(tx, row.id);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: row.created ? 'alert.created' : 'alert.saved_again',
        entityType: 'saved_search',
        entityId: row.id,
        after: { kind: search.kind, name: search.name, frequency: search.frequency, locale: search.locale, params: search.params },
      });
      return { search: this.present(search), created: row.created };
    });
  }

  /** Renames a saved search or changes how often it tells, or its feed's language. */
  async update(actor: Actor, id: string, patch: { name?: string; frequency?: AlertFrequency; locale?: Locale }): Promise<SavedSearch> {
    assertSettings(patch);
    return this.dataSource.transaction(async (tx) => {
      const current = await this.owned(tx, actor, id);
      const next = { name: patch.name?.trim() ?? current.name, frequency: patch.frequency ?? current.frequency, locale: patch.locale ?? current.locale };
      if (next.name === current.name && next.frequency === current.frequency && next.locale === current.locale) return this.present(current);
      await tx.query(`UPDATE saved_searches SET name = $2, frequency = $3, locale = $4, updated_at = now() WHERE id = $1`, [id, next.name, next.frequency, next.locale]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'alert.updated',
        entityType: 'saved_search',
        entityId: id,
        before: { name: current.name, frequency: current.frequency, locale: current.locale },
        after: next,
      });
      return this.present(await this.find(tx, id));
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const current = await this.owned(tx, actor, id);
      await tx.query(`DELETE FROM saved_searches WHERE id = $1`, [id]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'alert.deleted',
        entityType: 'saved_search',
        entityId: id,
        before: { kind: current.kind, name: current.name, params: current.params },
      });
    });
  }

  /** Replaces the feed's address: the old one stops working at once. */
  async replaceFeedToken(actor: Actor, id: string): Promise<SavedSearch> {
    return this.dataSource.transaction(async (tx) => {
      await this.owned(tx, actor, id);
      await tx.query(`UPDATE saved_searches SET feed_token = $2, updated_at = now() WHERE id = $1`, [id, newToken()]);
      await this.audit.record(tx, { actorId: actor.userId, action: 'alert.feed_replaced', entityType: 'saved_search', entityId: id });
      return this.present(await this.find(tx, id));
    });
  }

  /**
   * A saved search's Atom feed, in its language: the objects it was told of that are public now
   * (published test beds, calls after their draft), newest first. An unknown or replaced token
   * is a 404, like any missing page.
   */
  async feed(token: string): Promise<string> {
    const [search]: Row[] = token.length <= 100 ? await this.dataSource.query(`SELECT ${COLUMNS} FROM saved_searches s WHERE s.feed_token = $1`, [token]) : [];
    if (!search) throw DomainError.notFound('Feed');
    const entries: { type: 'testbed' | 'call'; id: string; title: LocalizedText; summary: LocalizedText | null; at: Date }[] = await this.dataSource.query(
      `SELECT h.entity_type AS type, h.entity_id AS id, coalesce(t.name, c.title) AS title, coalesce(t.summary, c.summary) AS summary,
              coalesce(t.published_at, c.published_at, h.matched_at) AS at
         FROM saved_search_hits h
         LEFT JOIN testbeds t ON h.entity_type = 'testbed' AND t.id = h.entity_id AND t.state = 'published'
         LEFT JOIN calls c ON h.entity_type = 'call' AND c.id = h.entity_id AND c.state <> 'draft'
        WHERE h.saved_search_id = $1 AND (t.id IS NOT NULL OR c.id IS NOT NULL)
        ORDER BY at DESC, h.entity_id
        LIMIT ${FEED_SIZE}`,
      [search.id],
    );
    const languages = languagePreference(search.locale);
    const texts = FEED_TEXTS[search.locale];
    const base = this.config.PUBLIC_URL.replace(/\/$/, '');
    const collection = search.kind === 'testbeds' ? 'testbeds' : 'calls';
    return renderAtom({
      id: search.id,
      title: `${texts[search.kind]}: ${search.name}`,
      subtitle: search.name,
      language: search.locale,
      self: this.feedUrl(search.feedToken),
      alternate: `${base}${this.searchPath(search)}`,
      author: texts.author,
      createdAt: search.createdAt,
      entries: entries.map((e) => ({
        id: e.id,
        title: pickText(e.title, languages)?.text ?? '',
        summary: pickText(e.summary, languages)?.text ?? null,
        link: `${base}/${search.locale}/${collection}/${e.id}`,
        updated: new Date(e.at),
        category: texts[e.type],
      })),
    });
  }

  /** The city a search names by slug, by id; an unknown city is bad input, as nothing could ever match it. */
  private async cityIdOf(tx: EntityManager, criteria: Criteria): Promise<string | null> {
    const city = criteria.filter.city;
    if (!city || city === 'national') return null;
    const [found]: { id: string }[] = await tx.query(`SELECT id FROM cities WHERE ${'id' in city ? 'id = $1::uuid' : 'slug = $1'}`, ['id' in city ? city.id : city.slug]);
    if (!found) throw DomainError.invalid('params.city', 'is not a known city');
    return found.id;
  }

  /** The saved search, locked, when the caller owns it; to anyone else it does not exist. */
  private async owned(tx: EntityManager, actor: Actor, id: string): Promise<Row> {
    const [row]: Row[] = await tx.query(`SELECT ${COLUMNS} FROM saved_searches s WHERE s.id = $1 FOR UPDATE OF s`, [id]);
    if (!row) throw DomainError.notFound('Saved search');
    this.policy.authorize(actor, 'alert.manage', { kind: 'saved_search', ownerId: row.userId }, 'Saved search');
    return row;
  }

  private async find(tx: EntityManager, id: string): Promise<Row> {
    const [row]: Row[] = await tx.query(`SELECT ${COLUMNS} FROM saved_searches s WHERE s.id = $1`, [id]);
    if (!row) throw DomainError.notFound('Saved search');
    return row;
  }

  private feedUrl(token: string): string {
    return `${this.config.PUBLIC_URL.replace(/\/$/, '')}/api/v1/alert-feeds/${token}`;
  }

  private searchPath(search: Row): string {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(search.params)) for (const v of Array.isArray(value) ? value : [value]) query.append(name, v);
    const text = query.toString();
    return `/${search.locale}/${search.kind}${text ? `?${text}` : ''}`;
  }

  private present(row: Row): SavedSearch {
    return {
      id: row.id,
      kind: row.kind,
      name: row.name,
      frequency: row.frequency,
      locale: row.locale,
      params: row.params,
      feedUrl: this.feedUrl(row.feedToken),
      matches: row.matches,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  }
}
