import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved searches (alerts): a user's test-bed or call search, kept as the search page's parameters
 * (`params`) and as columns that a new publication is matched against in one statement.
 *
 * - `requires`: keys the object must offer, all of them (each word as `w:<word>`, each capability
 *   `c:<tag>`, the city `city:<id>` or `national`, `cost:<kind>`, `focus:<area>`);
 * - `anchors`: the keys of which the object must offer at least one for the search to be worth
 *   checking (its most selective requirement; else its themes; else `bbox`; else `all`), prefixed
 *   with the kind. A publication reads only the searches whose anchors it offers, through the GIN
 *   index, and those anchored on their map area through the GiST index: not every search.
 * - `themes` (any of), `bbox` (the bed's point inside) and `period` (inside one availability
 *   window) are checked on those candidates.
 *
 * `saved_search_words` keeps every word of a saved search with the columns the test-bed search
 * matches a word by (its prefix query, stop word, infix patterns), and `saved_search_word_keys`
 * what a bed's terms must contain for the word to match: `i:<text>` for the word and its stems
 * inside a term (4+ letters), `p:<lexeme>` for each lexeme of its prefix query. A new bed then
 * looks its terms' substrings and lexeme prefixes up in that index: the cost follows the bed's
 * terms, not the number of saved words. A word whose query is more than a choice of lexemes
 * (`complex`: never for words of letters and digits so far) is matched as the search does.
 * `saved_search_hits` remembers which object each search was told of: a rerun tells nobody again,
 * and the search's Atom feed lists them.
 */
export class SavedSearches1767900000000 implements MigrationInterface {
  name = 'SavedSearches1767900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_searches (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('testbeds', 'calls')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        frequency text NOT NULL CHECK (frequency IN ('immediate', 'digest')),
        locale text NOT NULL CHECK (locale IN ('fi', 'sv', 'en')),
        params jsonb NOT NULL,
        fingerprint text NOT NULL,
        requires text[] NOT NULL DEFAULT '{}',
        anchors text[] NOT NULL CHECK (cardinality(anchors) > 0),
        themes text[] NOT NULL DEFAULT '{}',
        bbox box,
        period daterange,
        feed_token text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (user_id, kind, fingerprint)
      );
      CREATE INDEX saved_searches_user_idx ON saved_searches (user_id, created_at);
      CREATE INDEX saved_searches_anchors_idx ON saved_searches USING gin (anchors);
      CREATE INDEX saved_searches_bbox_idx ON saved_searches USING gist (bbox) WHERE anchors = '{testbeds/bbox}';

      CREATE TABLE saved_search_words (
        raw text PRIMARY KEY,
        query tsquery NOT NULL,
        stop boolean NOT NULL,
        word text,
        s0 text,
        s1 text,
        complex boolean NOT NULL
      );
      CREATE INDEX saved_search_words_stop_idx ON saved_search_words (raw) WHERE stop;
      CREATE INDEX saved_search_words_complex_idx ON saved_search_words (raw) WHERE complex AND NOT stop;

      CREATE TABLE saved_search_word_keys (
        key text NOT NULL,
        raw text NOT NULL REFERENCES saved_search_words(raw) ON DELETE CASCADE,
        PRIMARY KEY (key, raw)
      );

      CREATE TABLE saved_search_hits (
        saved_search_id uuid NOT NULL REFERENCES saved_searches(id) ON DELETE CASCADE,
        entity_type text NOT NULL CHECK (entity_type IN ('testbed', 'call')),
        entity_id uuid NOT NULL,
        matched_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (saved_search_id, entity_type, entity_id)
      );
      CREATE INDEX saved_search_hits_feed_idx ON saved_search_hits (saved_search_id, matched_at DESC);

      COMMENT ON TABLE saved_searches IS 'Users'' saved test-bed and call searches (alerts), matched against each publication';
      COMMENT ON TABLE saved_search_words IS 'Every word of a saved search with the columns the test-bed search matches words by';
      COMMENT ON TABLE saved_search_word_keys IS 'What a test bed''s terms must contain for a saved word to match: i:<infix>, p:<lexeme prefix>';
      COMMENT ON TABLE saved_search_hits IS 'The objects each saved search was told of: once each';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE saved_search_hits; DROP TABLE saved_search_word_keys; DROP TABLE saved_search_words; DROP TABLE saved_searches;`);
  }
}
