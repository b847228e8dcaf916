import { randomBytes } from 'node:crypto';
import type { Locale } from '@kokeilu/platform';
import { canonicalParams, type AlertFrequency, type Criteria, fingerprintOf, matchKeysOf } from './domain/saved-search.js';
import { ADD_WORDS_SQL } from './match-query.js';

/** One saved search to insert in bulk: its criteria already read (`readCriteria`) and its city resolved to an id. */
export interface SavedSearchRow {
  userId: string;
  name: string;
  frequency: AlertFrequency;
  locale: Locale;
  criteria: Criteria;
  cityId: string | null;
}

type Query = (sql: string, values: unknown[]) => Promise<unknown>;

/**
 * Inserts many saved searches with the columns `AlertsService.save` writes, in a few statements
 * (imports, benchmarks and tests with thousands of searches). Skips a search its user has saved
 * already; writes no audit event, as it is no user's action.
 */
export async function insertSavedSearches(query: Query, rows: readonly SavedSearchRow[]): Promise<void> {
  const words = [...new Set(rows.flatMap((r) => (r.criteria.kind === 'testbeds' ? r.criteria.filter.words : [])))];
  if (words.length) await query(ADD_WORDS_SQL, [words]);
  for (let start = 0; start < rows.length; start += 5000) {
    const chunk = rows.slice(start, start + 5000).map((r) => {
      const keys = matchKeysOf(r.criteria, r.cityId);
      const f = r.criteria.kind === 'testbeds' ? r.criteria.filter : null;
      return {
        user_id: r.userId,
        kind: r.criteria.kind,
        name: r.name,
        frequency: r.frequency,
        locale: r.locale,
        params: canonicalParams(r.criteria),
        fingerprint: fingerprintOf(r.criteria, r.cityId),
        requires: keys.requires,
        anchors: keys.anchors,
        themes: f?.themes ?? [],
        bbox: f?.bbox ? `(${f.bbox.minLon},${f.bbox.minLat}),(${f.bbox.maxLon},${f.bbox.maxLat})` : null,
        period: f?.period ? `[${f.period.start},${f.period.end}]` : null,
        feed_token: randomBytes(32).toString('base64url'),
      };
    });
    await query(
      `INSERT INTO saved_searches (user_id, kind, name, frequency, locale, params, fingerprint, requires, anchors, themes, bbox, period, feed_token)
       SELECT r.user_id, r.kind, r.name, r.frequency, r.locale, r.params, r.fingerprint,
              ARRAY(SELECT jsonb_array_elements_text(r.requires)), ARRAY(SELECT jsonb_array_elements_text(r.anchors)), ARRAY(SELECT jsonb_array_elements_text(r.themes)),
              r.bbox::box, r.period::daterange, r.feed_token
         FROM jsonb_to_recordset($1::jsonb) AS r(user_id uuid, kind text, name text, frequency text, locale text, params jsonb, fingerprint text,
              requires jsonb, anchors jsonb, themes jsonb, bbox text, period text, feed_token text)
       ON CONFLICT (user_id, kind, fingerprint) DO NOTHING`,
      [JSON.stringify(chunk)],
    );
  }
}
