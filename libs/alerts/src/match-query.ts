import { MAX_WORD_LENGTH, searchWordColumns, TERM_LANGUAGES, TERM_MATCHES } from '@kokeilu/testbeds';

/** Shorter infixes are not looked for inside terms (as `searchWordColumns` leaves them out). */
const MIN_INFIX_LENGTH = 4;

/**
 * Adds a saved search's words ($1: text[]) to `saved_search_words`, with the columns the test-bed
 * search matches a word by (`searchWordColumns`), and their lookup keys to
 * `saved_search_word_keys`: `i:` and the word and each stem it is looked for inside terms by,
 * `p:` and each lexeme of its prefix query. A word whose query joins lexemes otherwise than by
 * "or" is `complex` and gets no keys (see MATCH_TESTBED_SQL).
 */
export const ADD_WORDS_SQL = `
WITH added AS (
  INSERT INTO saved_search_words (raw, query, stop, word, s0, s1, complex)
  SELECT p.i, p.query, p.stop, p.word, p.s0, p.s1, p.query::text ~ '[&!<]'
    FROM (${searchWordColumns('(SELECT x, x FROM unnest($1::text[]) x WHERE NOT EXISTS (SELECT FROM saved_search_words k WHERE k.raw = x))')}) p
  ON CONFLICT (raw) DO NOTHING
  RETURNING raw, query, stop, word, s0, s1, complex
)
INSERT INTO saved_search_word_keys (key, raw)
SELECT DISTINCT k.key, a.raw
  FROM added a
 CROSS JOIN LATERAL (
   SELECT 'i:' || trim(both '%' FROM pattern) FROM unnest(ARRAY[a.word, a.s0, a.s1]) pattern WHERE pattern IS NOT NULL
    UNION
   SELECT 'p:' || m[1] FROM regexp_matches(a.query::text, '''([^'']+)''', 'g') m
 ) k (key)
 WHERE NOT a.stop AND NOT a.complex
ON CONFLICT DO NOTHING`;

/**
 * The saved words a published bed has, by the search's own rule (see `TERM_MATCHES` and
 * `TERM_LANGUAGES`): a word matches a term of the bed inside it (the word or a stem, in a text
 * language the bed has the term in), or as a prefix of one of the term's lexemes in a language
 * the bed has it in (or of a capability tag); a stop word always counts, as the search ignores it.
 *
 * `keys`: the bed's terms are turned into what they contain — every substring of 4 to
 * MAX_WORD_LENGTH letters (`i:`) and every prefix of their lexemes (`p:`) — and looked up in
 * `saved_search_word_keys`, so the cost follows the bed, not the number of saved words.
 * `scan`: every saved word is matched against the bed's terms, as the search matches (the
 * reference the benchmark checks `keys` against; `keys` uses it for complex words only).
 */
function matchedWords(mode: 'keys' | 'scan'): string {
  const scan = (where: string) => `SELECT w.raw FROM saved_search_words w
     WHERE ${where} AND EXISTS (SELECT FROM bed_terms v WHERE (${TERM_MATCHES}) AND (${TERM_LANGUAGES}) & v.posted <> 0)`;
  if (mode === 'scan') return `SELECT raw FROM saved_search_words WHERE stop UNION ${scan('NOT w.stop')}`;
  // The bed's keys are gathered into an array first: the planner cannot tell how many rows
  // generate_series over a term gives (it guesses a thousand a call, millions in all) and would
  // hash them in batches on disk. Each key is then looked up in the key index on its own (the
  // lateral subquery, kept apart by OFFSET 0): joined as a whole, the planner reads every saved
  // key to hash them, and `= ANY` of the array compares every saved key with every element.
  return `SELECT k.raw FROM unnest(ARRAY(
      SELECT 'i:' || substr(v.term, s, n)
        FROM bed_terms v
       CROSS JOIN generate_series(1, length(v.term) - ${MIN_INFIX_LENGTH - 1}) s
       CROSS JOIN generate_series(${MIN_INFIX_LENGTH}, least(${MAX_WORD_LENGTH}, length(v.term) - s + 1)) n
       WHERE v.posted & 7 <> 0
       UNION
      SELECT 'p:' || left(x.lexeme, n)
        FROM bed_terms v
       CROSS JOIN LATERAL (
         SELECT unnest(tsvector_to_array(v.finnish)) WHERE v.posted & 1 <> 0
          UNION ALL SELECT unnest(tsvector_to_array(v.swedish)) WHERE v.posted & 2 <> 0
          UNION ALL SELECT unnest(tsvector_to_array(v.english)) WHERE v.posted & 4 <> 0
          UNION ALL SELECT v.term WHERE v.posted & 8 <> 0
       ) x (lexeme)
       CROSS JOIN generate_series(1, length(x.lexeme)) n
    )) b (key)
    CROSS JOIN LATERAL (SELECT k.raw FROM saved_search_word_keys k WHERE k.key = b.key OFFSET 0) k
    UNION SELECT raw FROM saved_search_words WHERE stop
    UNION ${scan('w.complex AND NOT w.stop')}`;
}

/**
 * The saved searches a candidate set yields, once each: only those not yet told of the object,
 * recorded in `saved_search_hits` by the same statement, so that a rerun finds nobody. Answers
 * each new hit with its owner, name and frequency.
 */
function recordHits(entityType: string, candidates: string, checks: string): string {
  return `,
candidates AS (${candidates}),
hits AS (
  INSERT INTO saved_search_hits (saved_search_id, entity_type, entity_id)
  SELECT s.id, '${entityType}', o.id
    FROM object o
    JOIN offered k ON true
    JOIN saved_searches s ON s.id IN (SELECT id FROM candidates)
   WHERE s.requires <@ k.keys
     ${checks}
  ON CONFLICT DO NOTHING
  RETURNING saved_search_id
)
SELECT s.id AS "savedSearchId", s.user_id AS "userId", s.name, s.frequency
  FROM hits h JOIN saved_searches s ON s.id = h.saved_search_id
 ORDER BY s.user_id, s.id`;
}

/** The published bed ($1), its terms and the keys it offers: what the test-bed statements start from. */
function testbedOffer(variant: 'indexed' | 'linear'): string {
  return `
WITH object AS (
  SELECT t.id, t.city_id, t.themes, t.capabilities, t.cost->>'kind' AS cost_kind, t.lon, t.lat, t.availability
    FROM testbeds t WHERE t.id = $1 AND t.state = 'published'
),
bed_terms AS MATERIALIZED (
  SELECT v.term, v.lexemes, v.finnish, v.swedish, v.english, p.languages AS posted
    FROM testbed_search_postings p JOIN testbed_search_terms v ON v.term = p.term
   WHERE p.testbed_id = $1
),
offered AS (
  SELECT ARRAY(
    SELECT 'w:' || m.raw FROM (${matchedWords(variant === 'linear' ? 'scan' : 'keys')}) m
    UNION ALL SELECT 'c:' || c FROM object, unnest(object.capabilities) c
    UNION ALL SELECT 'theme:' || th FROM object, unnest(object.themes) th
    UNION ALL SELECT 'city:' || object.city_id FROM object
    UNION ALL SELECT 'cost:' || object.cost_kind FROM object WHERE object.cost_kind IS NOT NULL
    UNION ALL SELECT 'all' FROM object
  ) AS keys
)`;
}

/**
 * The saved test-bed searches worth checking against the bed: anchored on a key it offers (GIN),
 * or on a map area holding it (`linear`: all). The map areas are asked whether they contain the
 * bed's point as a box of no size (`box @> box`, which the GiST index answers; `box @> point` is
 * not one of its operators, and the areas would all be read).
 */
function testbedCandidates(variant: 'indexed' | 'linear'): string {
  return variant === 'linear'
    ? `SELECT s.id FROM saved_searches s WHERE s.kind = 'testbeds'`
    : `SELECT s.id FROM saved_searches s, offered k
    WHERE s.anchors && ARRAY(SELECT 'testbeds/' || x FROM unnest(k.keys) x)
   UNION
   SELECT s.id FROM saved_searches s, object o
    WHERE s.anchors = '{testbeds/bbox}' AND s.bbox @> box(point(o.lon, o.lat), point(o.lon, o.lat))`;
}

/**
 * Matches one newly published test bed ($1) against every saved test-bed search in one statement
 * whose cost follows the bed and the searches that could match it, not the number of searches:
 *
 * 1. the bed's words among the saved words (`matchedWords`);
 * 2. the bed offers those words, its capabilities, themes, city and cost as keys; the candidates
 *    are the searches anchored on one of them (GIN) or on a map area holding the bed's point
 *    (GiST);
 * 3. a candidate matches when the bed offers all it requires, has one of its themes, lies in its
 *    area and has its period inside one availability window: the search page's conditions.
 *
 * `linear` (for the benchmark) reads every search and matches every word: the reference.
 */
export function matchTestbedSql(variant: 'indexed' | 'linear' = 'indexed'): string {
  return `${testbedOffer(variant)}${recordHits(
    'testbed',
    testbedCandidates(variant),
    `AND s.kind = 'testbeds'
     AND (s.themes = '{}' OR s.themes && o.themes)
     AND (s.bbox IS NULL OR s.bbox @> point(o.lon, o.lat))
     AND (s.period IS NULL OR o.availability @> s.period)`,
  )}`;
}

/** How many saved searches the matching statement reads for the bed ($1) before checking them (`candidates`): for the benchmark. */
export const COUNT_TESTBED_CANDIDATES_SQL = `${testbedOffer('indexed')},
candidates AS (${testbedCandidates('indexed')})
SELECT count(*)::int AS candidates FROM candidates`;

export const MATCH_TESTBED_SQL = matchTestbedSql();

/** Matches one newly published call ($1) against every saved call search, as the calls page filters by city and focus area. */
export const MATCH_CALL_SQL = `
WITH object AS (
  SELECT c.id, c.city_id, c.focus_area FROM calls c WHERE c.id = $1 AND c.state <> 'draft'
),
offered AS (
  SELECT ARRAY[CASE WHEN o.city_id IS NULL THEN 'national' ELSE 'city:' || o.city_id END, 'focus:' || o.focus_area, 'all'] AS keys FROM object o
)${recordHits(
  'call',
  `SELECT s.id FROM saved_searches s, offered k WHERE s.anchors && ARRAY(SELECT 'calls/' || x FROM unnest(k.keys) x)`,
  `AND s.kind = 'calls'`,
)}`;
