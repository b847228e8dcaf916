import type { DateWindow } from '../domain/availability.js';
import type { CostKind } from '../domain/cost.js';
import type { BoundingBox } from '../domain/geo.js';
import type { Locale } from '../domain/localized.js';
import type { Theme } from '../domain/themes.js';
import { TESTBED_COLUMNS, TestbedRow } from '../testbed.record.js';

export const SEARCH_SORTS = ['relevance', 'newest', 'name'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** A validated public search; `toSearchFilter` builds one from query parameters. */
export interface SearchFilter {
  /** Lower-case words of letters and digits only (see `searchWords`); every word must match. */
  words: string[];
  city?: { id: string } | { slug: string };
  /** Beds with any of these themes. */
  themes: Theme[];
  /** Beds with all of these capability tags (lower-case). */
  capabilities: string[];
  cost?: CostKind;
  /** Beds with one availability window covering the whole period. */
  period?: DateWindow;
  bbox?: BoundingBox;
  sort: SearchSort;
  /** All three languages in order of preference; the name sort uses the first one a bed has. */
  languages: Locale[];
  limit: number;
  /** The sort key and id of the last row of the previous page. */
  after?: { key: string; id: string };
}

export interface SqlQuery {
  text: string;
  values: unknown[];
}

/** One row per bed of the page, in order, each with the total; a page with no beds is one row with only the total. */
export interface SearchRow extends TestbedRow {
  total: number;
  sortKey: string | null;
}

const CONFIGS = ['finnish', 'swedish', 'english'] as const;

/** A word found in a bed's name (also inside a compound) adds this much, so that matches found only inside compounds still rank. */
const NAME_HIT_WEIGHT = 0.1;
const MIN_INFIX_LENGTH = 4;
const STEMMERS = ['finnish_stem', 'swedish_stem'] as const;

/**
 * The infix patterns of one word: the word itself (4+ letters) and its Finnish and Swedish stems
 * (4+ letters), each with the condition under which it is worth testing. A pattern that contains
 * another one is redundant (a text containing `liikenne` contains its stem `liike`), and every
 * `LIKE` costs a pass over each bed's whole text, so only the shortest distinct ones are kept.
 * The conditions read only constants: PostgreSQL folds them while planning, and the patterns it
 * drops never reach the scan.
 */
function infixPatterns(w: string, wordLength: number): { pattern: string; keep: string }[] {
  // A stem is never longer than its word.
  if (wordLength < MIN_INFIX_LENGTH) return [];
  const candidates = [
    { pattern: w, usable: 'true' },
    ...STEMMERS.map((dictionary) => {
      const stem = `(ts_lexize('${dictionary}', ${w}))[1]`;
      return { pattern: stem, usable: `coalesce(length(${stem}) >= ${MIN_INFIX_LENGTH}, false)` };
    }),
  ];
  return candidates.map((own, i) => {
    // Of equal patterns, the first one stays.
    const covered = candidates.flatMap((other, j) =>
      j === i ? [] : [`(${other.usable} AND strpos(${own.pattern}, ${other.pattern}) > 0${j < i ? '' : ` AND ${own.pattern} <> ${other.pattern}`})`],
    );
    return { pattern: own.pattern, keep: `(${own.usable} AND NOT coalesce(${covered.join(' OR ')}, false))` };
  });
}

/**
 * The public test-bed search as one SQL statement: the API runs it, and benchmarks run the same
 * text and values through plain `pg`.
 *
 * Each word must match in one of three ways:
 * - full text: the word is stemmed by the Finnish, Swedish and English configurations and matched
 *   as a prefix (`to_tsquery('finnish', 'liikenne:*')` is `'liike':*`, which finds
 *   `liikennekokeilu`; `kokeiluja` stems to `kokeilu`) against the stored, weighted `search_vector`;
 * - inside a compound: the word or its Finnish or Swedish stem (4+ letters) occurs anywhere in
 *   `search_text` (`LIKE '%kokeilu%'` finds `liikennekokeilu`);
 * - or it is a stop word in one of the languages (`ja`, `och`, `the`), and then it is ignored.
 * Relevance is `ts_rank` (name A > summary B > description C) plus a little for each word found
 * in the name, inside a compound too (a cheap test on the short name, where a similarity score
 * over every bed's whole text cost more than the rest of the query), rounded so that the cursor
 * can carry it exactly. Every sort ends with the id, so pages are stable however many beds share
 * a key.
 */
export function buildSearchQuery(filter: SearchFilter): SqlQuery {
  const values: unknown[] = [];
  const param = (value: unknown, cast: string): string => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };

  // A literal, not a parameter, so that the planner can use the partial indexes.
  const where = [`t.state = 'published'`];
  const nameHits: string[] = [];

  for (const word of filter.words) {
    const w = param(word, 'text');
    const prefix = (config: string) => `to_tsquery('${config}', ${w} || ':*')`;
    const alternatives = [
      `numnode(${CONFIGS.map(prefix).join(') * numnode(')}) = 0`,
      `t.search_vector @@ (${CONFIGS.map(prefix).join(' || ')})`,
    ];
    const patterns = infixPatterns(w, word.length);
    for (const { pattern, keep } of patterns) alternatives.push(`(${keep} AND t.search_text LIKE '%' || ${pattern} || '%')`);
    where.push(`(${alternatives.join('\n          OR ')})`);
    const inName = patterns.map(({ pattern, keep }) => `(${keep} AND lower(t.name::text) LIKE '%' || ${pattern} || '%')`);
    nameHits.push(inName.length ? `(${inName.join(' OR ')})::int` : '0');
  }

  if (filter.city && 'id' in filter.city) where.push(`t.city_id = ${param(filter.city.id, 'uuid')}`);
  if (filter.city && 'slug' in filter.city) where.push(`t.city_id = (SELECT id FROM cities WHERE slug = ${param(filter.city.slug, 'text')})`);
  if (filter.themes.length) where.push(`t.themes && ${param(filter.themes, 'text[]')}`);
  if (filter.capabilities.length) where.push(`t.capabilities @> ${param(filter.capabilities, 'text[]')}`);
  if (filter.cost) where.push(`t.cost->>'kind' = ${param(filter.cost, 'text')}`);
  if (filter.period) {
    where.push(`t.availability @> daterange(${param(filter.period.start, 'date')}, ${param(filter.period.end, 'date')}, '[]')`);
  }
  if (filter.bbox) {
    const { minLon, minLat, maxLon, maxLat } = filter.bbox;
    where.push(
      `point(t.lon, t.lat) <@ box(point(${param(minLon, 'float8')}, ${param(minLat, 'float8')}), point(${param(maxLon, 'float8')}, ${param(maxLat, 'float8')}))`,
    );
  }

  let sortKey: string;
  let keyCast: string;
  let keyText: string;
  let direction: 'ASC' | 'DESC';
  if (filter.sort === 'relevance') {
    const all = filter.words.map((word) => `${word}:*`).join(' | ');
    const allWords = param(all, 'text');
    const query = CONFIGS.map((config) => `to_tsquery('${config}', ${allWords})`).join(' || ');
    const nameHit = `(${nameHits.join(' + ')})::float4 / ${nameHits.length}`;
    sortKey = `round((ts_rank(t.search_vector, ${query}) + ${NAME_HIT_WEIGHT} * ${nameHit})::numeric, 6)`;
    keyCast = 'numeric';
    keyText = 'p.sort_key::text';
    direction = 'DESC';
  } else if (filter.sort === 'newest') {
    sortKey = 't.published_at';
    keyCast = 'timestamptz';
    keyText = `to_char(p.sort_key AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
    direction = 'DESC';
  } else {
    const names = filter.languages.map((language) => `t.name->>${param(language, 'text')}`);
    sortKey = `lower(coalesce(${names.join(', ')}, t.name->>'fi', t.name->>'sv', t.name->>'en'))`;
    keyCast = 'text';
    keyText = 'p.sort_key';
    direction = 'ASC';
  }

  const after = filter.after
    ? `WHERE (m.sort_key, m.id) ${direction === 'DESC' ? '<' : '>'} (${param(filter.after.key, keyCast)}, ${param(filter.after.id, 'uuid')})`
    : '';

  // One pass over the matches feeds both the total and the page. Reading them separately lets a
  // "newest" page stop early on its index, but measured slower for text and broad filters.
  const text = `
WITH matches AS (
  SELECT t.id, ${sortKey} AS sort_key
    FROM testbeds t
   WHERE ${where.join('\n     AND ')}
)
SELECT c.total, ${keyText} AS "sortKey", ${TESTBED_COLUMNS}
  FROM (SELECT count(*)::int AS total FROM matches) c
  LEFT JOIN LATERAL (
    SELECT m.id, m.sort_key FROM matches m
     ${after}
     ORDER BY m.sort_key ${direction}, m.id ${direction}
     LIMIT ${param(filter.limit + 1, 'int')}
  ) p ON true
  LEFT JOIN testbeds t ON t.id = p.id
  LEFT JOIN cities ci ON ci.id = t.city_id
 ORDER BY p.sort_key ${direction}, p.id ${direction}`;
  return { text, values };
}
