import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search index for the public test-bed search, kept by PostgreSQL itself beside the beds.
 *
 * Reading `search_text` with `LIKE '%…%'` for the words inside compounds read every published
 * bed's whole text on every text search (the OR with the full-text match and a common word keep
 * the planner off the trigram index). Instead:
 *
 * - `testbed_search_terms` is the vocabulary: every distinct term of the published beds, that is
 *   every lower-cased word of their names, summaries and descriptions (the texts of `search_text`,
 *   split at white space and ASCII punctuation, which no search word contains) and every
 *   capability tag, with the lexemes the Finnish, Swedish and English configurations make of it
 *   (`finnish`, `swedish`, `english`) and all of those with the term itself as a lexeme (as
 *   `search_vector` holds capabilities) in `lexemes`. A few thousand short rows: a search word's
 *   terms are found by reading them all.
 * - `testbed_search_postings` has one row per term and published bed: the languages the term is
 *   in there (1 Finnish, 2 Swedish, 4 English text, 8 capability) and its weight, so that a
 *   search reads its terms' beds and relevance from the primary key alone.
 *
 * A term's weight in a bed is its occurrences' field weights (name 1, summary 0.4, description
 * 0.2, capability 0.1), best first, each divided by the square of its place and the sum by
 * π²/6: what `ts_rank` counts for one lexeme with its default weights, at most 1. Words longer
 * than 200 characters are kept as overlapping pieces of 200 (60 in common, the longest search
 * word), which a key can hold and which still contain every search word that the word does.
 *
 * Statement triggers on `testbeds` keep both current within the writing transaction: an insert
 * indexes the published beds it adds (a bulk seed in one pass); an update re-indexes the beds
 * whose state or searchable texts changed (publishing adds a bed, archiving removes it); a
 * delete removes them, a truncation all. Terms no bed uses any more stay in the vocabulary,
 * where they find no bed. The index is filled here for the beds already published.
 *
 * The GIN indexes on `search_vector` and `search_text` go: the search no longer reads the
 * columns, which stay as the stored definition of what the index holds. And a covering index by
 * city serves the filtered search (see `testbeds_city_search_idx`).
 */
export class TestbedSearchTerms1765400000000 implements MigrationInterface {
  name = 'TestbedSearchTerms1765400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE testbed_search_terms (
        term text PRIMARY KEY,
        lexemes tsvector NOT NULL,
        finnish tsvector NOT NULL,
        swedish tsvector NOT NULL,
        english tsvector NOT NULL
      );

      CREATE TABLE testbed_search_postings (
        term text NOT NULL,
        testbed_id uuid NOT NULL,
        languages smallint NOT NULL,
        weight real NOT NULL,
        PRIMARY KEY (term, testbed_id) INCLUDE (languages, weight)
      );
      CREATE INDEX testbed_search_postings_testbed_idx ON testbed_search_postings (testbed_id);

      COMMENT ON TABLE testbed_search_terms IS 'Every term of the published test beds with its lexemes, for the public search (kept by triggers on testbeds)';
      COMMENT ON TABLE testbed_search_postings IS 'The published test beds each search term occurs in, with its languages (1 fi, 2 sv, 4 en, 8 capability) and weight';

      CREATE FUNCTION testbed_search_postings_of(name jsonb, summary jsonb, description jsonb, capabilities text[])
      RETURNS TABLE (term text, languages smallint, weight real)
      LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT o.term, bit_or(o.language)::smallint, (sum(o.weight / (o.place * o.place)) / 1.6449340668)::real
          FROM (
            SELECT x.term, x.language, x.weight, row_number() OVER (PARTITION BY x.term ORDER BY x.weight DESC) AS place
              FROM (
                SELECT piece, l.bit, f.weight
                  FROM (VALUES (name, 1.0), (summary, 0.4), (description, 0.2)) f (texts, weight),
                       (VALUES ('fi', 1), ('sv', 2), ('en', 4)) l (code, bit),
                       regexp_split_to_table(lower(f.texts->>l.code), '[[:space:]\\x21-\\x2f\\x3a-\\x40\\x5b-\\x60\\x7b-\\x7e]+') word,
                       unnest(CASE WHEN length(word) <= 200 THEN ARRAY[word]
                                   ELSE ARRAY(SELECT substr(word, s, 200) FROM generate_series(1, length(word) - 60, 140) s) END) piece
                 WHERE word <> ''
                UNION ALL
                SELECT DISTINCT c, 8, 0.1 FROM unnest(capabilities) c
              ) x (term, language, weight)
          ) o
         GROUP BY o.term
      $$;

      -- Indexes the published beds among ids (which have no postings yet).
      CREATE FUNCTION testbed_search_add(ids uuid[]) RETURNS void LANGUAGE sql AS $$
        WITH added AS (
          INSERT INTO testbed_search_postings (term, testbed_id, languages, weight)
          SELECT p.term, b.id, p.languages, p.weight
            FROM testbeds b, testbed_search_postings_of(b.name, b.summary, b.description, b.capabilities) p
           WHERE b.id = ANY (ids) AND b.state = 'published'
          RETURNING term
        )
        INSERT INTO testbed_search_terms (term, lexemes, finnish, swedish, english)
        SELECT a.term, l.finnish || l.swedish || l.english || array_to_tsvector(ARRAY[a.term]), l.finnish, l.swedish, l.english
          FROM (SELECT DISTINCT term FROM added) a
         CROSS JOIN LATERAL (SELECT to_tsvector('finnish', a.term) AS finnish, to_tsvector('swedish', a.term) AS swedish, to_tsvector('english', a.term) AS english) l
         WHERE NOT EXISTS (SELECT FROM testbed_search_terms v WHERE v.term = a.term)
         ORDER BY a.term
        ON CONFLICT DO NOTHING;
      $$;

      CREATE FUNCTION testbed_search_index() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM testbed_search_add(ARRAY(SELECT n.id FROM new_rows n WHERE n.state = 'published'));
        ELSIF TG_OP = 'UPDATE' THEN
          -- Only beds whose state or searchable texts changed: a booking or a version bump leaves the index alone.
          DELETE FROM testbed_search_postings p
           USING old_rows o JOIN new_rows n ON n.id = o.id
           WHERE p.testbed_id = o.id AND o.state = 'published'
             AND (o.state, o.name, o.summary, o.description, o.capabilities) IS DISTINCT FROM (n.state, n.name, n.summary, n.description, n.capabilities);
          PERFORM testbed_search_add(ARRAY(
            SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
             WHERE n.state = 'published'
               AND (o.state, o.name, o.summary, o.description, o.capabilities) IS DISTINCT FROM (n.state, n.name, n.summary, n.description, n.capabilities)));
        ELSIF TG_OP = 'DELETE' THEN
          DELETE FROM testbed_search_postings p USING old_rows o WHERE p.testbed_id = o.id AND o.state = 'published';
        ELSE
          TRUNCATE testbed_search_postings;
        END IF;
        RETURN NULL;
      END
      $$;

      CREATE TRIGGER testbed_search_index_insert AFTER INSERT ON testbeds
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION testbed_search_index();
      CREATE TRIGGER testbed_search_index_update AFTER UPDATE ON testbeds
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION testbed_search_index();
      CREATE TRIGGER testbed_search_index_delete AFTER DELETE ON testbeds
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION testbed_search_index();
      CREATE TRIGGER testbed_search_index_truncate AFTER TRUNCATE ON testbeds
        FOR EACH STATEMENT EXECUTE FUNCTION testbed_search_index();

      SELECT testbed_search_add(ARRAY(SELECT id FROM testbeds WHERE state = 'published'));

      -- The search reads neither column any more; only writes kept these indexes busy.
      DROP INDEX testbeds_search_vector_idx;
      DROP INDEX testbeds_search_text_idx;

      -- A city's published beds with every column its filters and the newest-first order read:
      -- a search by city, theme, cost and period scans a few index pages instead of visiting
      -- every bed of the theme in the table.
      CREATE INDEX testbeds_city_search_idx ON testbeds (city_id)
        INCLUDE (id, published_at, themes, capabilities, availability, cost) WHERE state = 'published';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP INDEX testbeds_city_search_idx;
      CREATE INDEX testbeds_search_vector_idx ON testbeds USING gin (search_vector) WHERE state = 'published';
      CREATE INDEX testbeds_search_text_idx ON testbeds USING gin (search_text gin_trgm_ops) WHERE state = 'published';
      DROP TRIGGER testbed_search_index_insert ON testbeds;
      DROP TRIGGER testbed_search_index_update ON testbeds;
      DROP TRIGGER testbed_search_index_delete ON testbeds;
      DROP TRIGGER testbed_search_index_truncate ON testbeds;
      DROP FUNCTION testbed_search_index();
      DROP FUNCTION testbed_search_add(uuid[]);
      DROP FUNCTION testbed_search_postings_of(jsonb, jsonb, jsonb, text[]);
      DROP TABLE testbed_search_postings;
      DROP TABLE testbed_search_terms;
    `);
  }
}
