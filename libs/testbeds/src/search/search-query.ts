import type { DateWindow } from '../domain/availability.js';
import type { CostKind } from '../domain/cost.js';
import type { BoundingBox } from '../domain/geo.js';
import type { Locale } from '@kokeilu/platform';
import type { Theme } from '../domain/themes.js';
import { TESTBED_COLUMNS, TESTBED_SUMMARY_COLUMNS, TestbedRow, TestbedSummaryRow } from '../testbed.record.js';

export const SEARCH_SORTS = ['relevance', 'newest', 'name'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

/** What each bed of the answer carries: a summary for lists (the default), or everything. */
export const SEARCH_VIEWS = ['summary', 'full'] as const;
export type SearchView = (typeof SEARCH_VIEWS)[number];

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
  view: SearchView;
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

/**
 * One row per bed of the page, in order, each with the total; a page with no beds is one row with
 * only the total. A summary view's rows have the columns of `TESTBED_SUMMARY_COLUMNS` only.
 */
export type SearchRow = (TestbedRow | TestbedSummaryRow) & {
  total: number;
  sortKey: string | null;
};

const CONFIGS = ['finnish', 'swedish', 'english'] as const;
const STEMMERS = ['finnish_stem', 'swedish_stem'] as const;
/** Shorter words and stems are not looked for inside compounds: they would be found almost everywhere. */
const MIN_INFIX_LENGTH = 4;
/** Relevance in millionths of the mean weight. */
const RANK_SCALE = 1_000_000;

/**
 * The beds every word matches, with their relevance, from the search index that PostgreSQL keeps
 * beside the beds (migration 1765400000000): `testbed_search_terms` holds every distinct word of
 * the published beds' texts and every capability tag with their lexemes, and
 * `testbed_search_postings` the beds each term occurs in, in which languages and with what
 * weight. A word's terms come from a scan of the short vocabulary, its beds and their weights
 * from an index-only read of those terms' postings; no bed's text is read. A posting counts
 * where the term matched the word in a language the bed has it in: a Finnish word's lexeme is
 * only the Finnish configuration's, as in `search_vector`.
 */
/**
 * What a search word is matched by, as `SELECT` columns over `source`, a relation of `(i, word)`:
 * `query`, its prefix query in the three languages (empty for a stop word, then `stop`), and
 * `word`, `s0`, `s1`, the `LIKE` patterns of the word and its Finnish and Swedish stems inside
 * compounds (null when shorter than MIN_INFIX_LENGTH). Saved searches keep these columns for
 * their words, so that a new bed is matched against them exactly as the search matches.
 */
export function searchWordColumns(source: string): string {
  const queries = CONFIGS.map((config) => `to_tsquery('${config}', w.word || ':*') AS ${config}`).join(', ');
  const stems = STEMMERS.map((dictionary, k) => `(ts_lexize('${dictionary}', w.word))[1] AS s${k}`).join(', ');
  return `SELECT w.i, q.finnish || q.swedish || q.english AS query, numnode(q.finnish) * numnode(q.swedish) * numnode(q.english) = 0 AS stop,
         CASE WHEN length(w.word) >= ${MIN_INFIX_LENGTH} THEN '%' || w.word || '%' END AS word,
         ${STEMMERS.map((_, k) => `CASE WHEN length(s.s${k}) >= ${MIN_INFIX_LENGTH} THEN '%' || s.s${k} || '%' END AS s${k}`).join(',\n         ')}
    FROM ${source} w (i, word)
   CROSS JOIN LATERAL (SELECT ${queries}) q
   CROSS JOIN LATERAL (SELECT ${stems}) s`;
}

const INFIX = ['w.word', 'w.s0', 'w.s1'].map((pattern) => `v.term LIKE ${pattern}`);

/**
 * The condition under which a term `v` of `testbed_search_terms` matches a word `w` (with the
 * columns of `searchWordColumns`), and the languages in which it does: inside it (the texts,
 * 1 | 2 | 4), or as a prefix of its lexeme in each text language (1, 2, 4) or of a capability
 * tag (8). A bed has the word where one of its postings of a matching term is in one of those
 * languages.
 */
export const TERM_MATCHES = [...INFIX, 'v.lexemes @@ w.query'].join('\n         OR ');
export const TERM_LANGUAGES = [
  `CASE WHEN ${INFIX.join(' OR ')} THEN 7 ELSE 0 END`,
  ...['v.finnish', 'v.swedish', 'v.english', 'array_to_tsvector(ARRAY[v.term])'].map((lexemes, k) => `CASE WHEN ${lexemes} @@ w.query THEN ${1 << k} ELSE 0 END`),
].join('\n                  | ');

/**
 * The beds every word matches, with their relevance, from the search index that PostgreSQL keeps
 * beside the beds (migration 1765400000000): `testbed_search_terms` holds every distinct word of
 * the published beds' texts and every capability tag with their lexemes, and
 * `testbed_search_postings` the beds each term occurs in, in which languages and with what
 * weight. A word's terms come from a scan of the short vocabulary, its beds and their weights
 * from an index-only read of those terms' postings; no bed's text is read. A posting counts
 * where the term matched the word in a language the bed has it in: a Finnish word's lexeme is
 * only the Finnish configuration's, as in `search_vector`.
 */
function textMatches(words: string[], param: (value: unknown, cast: string) => string): string {
  const rows = words.map((word, i) => `(${i}, ${param(word, 'text')})`).join(', ');
  // Per word, the weights of the terms it matched in the bed (different words of its texts, so no
  // occurrence counts twice); a stop word adds nothing.
  const best = words.length === 1 ? 'sum(p.weight)' : words.map((_, i) => `coalesce(sum(p.weight) FILTER (WHERE w.i = ${i}), 0)`).join(' + ');
  // With one word, every bed found has it (a stop word finds none here).
  const all = words.length === 1 ? '' : `\n  HAVING bit_or(1 << w.i) = (SELECT bit_or(1 << i) FROM words WHERE NOT stop)`;
  // LIKE and @@ with patterns unknown while planning are estimated rare, which keeps the plan on the indexes.
  return `words AS (
  ${searchWordColumns(`(VALUES ${rows})`)}
),
terms AS MATERIALIZED (
  SELECT w.i, v.term, ${TERM_LANGUAGES} AS languages
    FROM words w
    JOIN testbed_search_terms v ON NOT w.stop AND (${TERM_MATCHES})
),
found AS (
  SELECT p.testbed_id AS id, round((${best}) * ${RANK_SCALE / words.length})::bigint AS rank
    FROM terms w
   CROSS JOIN LATERAL (
     SELECT p.testbed_id, p.weight FROM testbed_search_postings p WHERE p.term = w.term AND p.languages & w.languages <> 0 OFFSET 0
   ) p
   GROUP BY p.testbed_id${all}
   UNION ALL
  SELECT t.id, 0 FROM testbeds t WHERE t.state = 'published' AND NOT EXISTS (SELECT FROM words WHERE NOT stop)
),
`;
}

/**
 * The public test-bed search as one SQL statement: the API runs it, and benchmarks run the same
 * text and values through plain `pg`.
 *
 * Each word must match in one of three ways:
 * - full text: the word is stemmed by the Finnish, Swedish and English configurations and matched
 *   as a prefix (`to_tsquery('finnish', 'liikenne:*')` is `'liike':*`, which finds
 *   `liikennekokeilu`; `kokeiluja` stems to `kokeilu`) against the lexemes that `search_vector`
 *   holds: those of each word of a text in its language's configuration, and the capability tags;
 * - inside a compound: the word or its Finnish or Swedish stem (4+ letters) occurs anywhere in
 *   `search_text`, that is inside one of its words (`kokeilu` finds `liikennekokeilu`);
 * - or it is a stop word in one of the languages (`ja`, `och`, `the`), and then it is ignored.
 * Both are answered from the search index (see `textMatches`). Relevance is the mean over the
 * words of the weights of the terms each word matched in the bed: a term in the name weighs 1, in
 * the summary 0.4, in the description 0.2, a capability 0.1, and more occurrences add less and
 * less, as `ts_rank` counts them (the weights are computed when a bed is written). A word found
 * in the name, inside a compound too, so ranks above the same word found only in the summary. It
 * is an integer (millionths), so that the cursor carries it exactly. Every sort ends with the id,
 * so pages are stable however many beds share a key.
 */
export function buildSearchQuery(filter: SearchFilter): SqlQuery {
  const values: unknown[] = [];
  const param = (value: unknown, cast: string): string => {
    values.push(value);
    return `$${values.length}::${cast}`;
  };

  const text = filter.words.length ? textMatches(filter.words, param) : '';
  const found = text ? 'found' : '';
  // A literal, not a parameter, so that the planner can use the partial indexes.
  const where = [`t.state = 'published'`];

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
    sortKey = text ? 'f.rank' : '0';
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

  // A text search with no other filter and the relevance order needs nothing of the beds but the
  // page: its matches come from the index alone.
  const matches =
    found && where.length === 1 && filter.sort === 'relevance'
      ? `SELECT f.id, f.rank AS sort_key FROM found f`
      : `SELECT t.id, ${sortKey} AS sort_key
    FROM testbeds t${found ? `\n    JOIN found f ON f.id = t.id` : ''}
   WHERE ${where.join('\n     AND ')}`;

  // One pass over the matches feeds both the total and the page. Reading them separately lets a
  // "newest" page stop early on its index, but measured slower for text and broad filters.
  const sql = `
WITH ${text}matches AS (
  ${matches}
)
SELECT c.total, ${keyText} AS "sortKey", ${filter.view === 'full' ? TESTBED_COLUMNS : TESTBED_SUMMARY_COLUMNS}
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
  return { text: sql, values };
}
