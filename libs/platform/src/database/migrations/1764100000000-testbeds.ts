import { MigrationInterface, QueryRunner } from 'typeorm';

/** One weighted text-search vector per language column: name A, summary B, description C. */
function weighted(column: string, weight: 'A' | 'B' | 'C'): string {
  return [
    `setweight(to_tsvector('finnish', coalesce(${column}->>'fi', '')), '${weight}')`,
    `setweight(to_tsvector('swedish', coalesce(${column}->>'sv', '')), '${weight}')`,
    `setweight(to_tsvector('english', coalesce(${column}->>'en', '')), '${weight}')`,
  ].join(' || ');
}

function plain(column: string): string {
  return `coalesce(${column}->>'fi', '') || ' ' || coalesce(${column}->>'sv', '') || ' ' || coalesce(${column}->>'en', '')`;
}

export class Testbeds1764100000000 implements MigrationInterface {
  name = 'Testbeds1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE EXTENSION IF NOT EXISTS pg_trgm;

      CREATE TABLE testbeds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        city_id uuid NOT NULL REFERENCES cities(id),
        state text NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'published', 'archived')),
        name jsonb NOT NULL CHECK (jsonb_typeof(name) = 'object'),
        summary jsonb,
        description jsonb,
        terms jsonb,
        address jsonb,
        lon double precision CHECK (lon BETWEEN -180 AND 180),
        lat double precision CHECK (lat BETWEEN -90 AND 90),
        themes text[] NOT NULL DEFAULT '{}',
        capabilities text[] NOT NULL DEFAULT '{}',
        data_sets jsonb NOT NULL DEFAULT '[]',
        capacity integer NOT NULL DEFAULT 1 CHECK (capacity >= 1),
        availability datemultirange NOT NULL DEFAULT '{}',
        cost jsonb CHECK (cost IS NULL OR cost->>'kind' IN ('free', 'fee', 'negotiable')),
        contact jsonb,
        images text[] NOT NULL DEFAULT '{}',
        version integer NOT NULL DEFAULT 1,
        published_at timestamptz,
        archived_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        search_vector tsvector GENERATED ALWAYS AS (
          ${weighted('name', 'A')} || ${weighted('summary', 'B')} || ${weighted('description', 'C')} || array_to_tsvector(capabilities)
        ) STORED,
        search_text text GENERATED ALWAYS AS (
          lower(${plain('name')} || ' ' || ${plain('summary')} || ' ' || ${plain('description')})
        ) STORED,
        CHECK ((lon IS NULL) = (lat IS NULL)),
        CHECK (state <> 'published' OR published_at IS NOT NULL),
        CHECK (state <> 'archived' OR archived_at IS NOT NULL)
      );

      COMMENT ON COLUMN testbeds.capacity IS 'How many pilots can run at once';
      COMMENT ON COLUMN testbeds.availability IS 'Days pilots can run; a period fits when availability @> daterange(start, end, ''[]'')';
      COMMENT ON COLUMN testbeds.search_vector IS 'fi/sv/en texts stemmed by their own configuration; name A, summary B, description C, capabilities D';
      COMMENT ON COLUMN testbeds.search_text IS 'All texts in lower case, for trigram matches inside compound words';

      CREATE INDEX testbeds_city_idx ON testbeds (city_id, state);
      -- Public search only ever reads published beds, so its indexes leave the rest out.
      CREATE INDEX testbeds_search_vector_idx ON testbeds USING gin (search_vector) WHERE state = 'published';
      CREATE INDEX testbeds_search_text_idx ON testbeds USING gin (search_text gin_trgm_ops) WHERE state = 'published';
      CREATE INDEX testbeds_themes_idx ON testbeds USING gin (themes) WHERE state = 'published';
      CREATE INDEX testbeds_capabilities_idx ON testbeds USING gin (capabilities) WHERE state = 'published';
      CREATE INDEX testbeds_location_idx ON testbeds USING gist (point(lon, lat)) WHERE state = 'published';
      CREATE INDEX testbeds_availability_idx ON testbeds USING gist (availability) WHERE state = 'published';
      CREATE INDEX testbeds_published_at_idx ON testbeds (published_at DESC, id DESC) WHERE state = 'published';
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE testbeds`);
  }
}
