import { buildSearchQuery, SearchFilter } from './search-query.js';

const base: SearchFilter = { words: [], themes: [], capabilities: [], sort: 'newest', view: 'summary', languages: ['en', 'fi', 'sv'], limit: 20 };

describe('buildSearchQuery', () => {
  it('reads the long texts, data sets, contact and images only for the full view', () => {
    const summary = buildSearchQuery(base).text;
    const full = buildSearchQuery({ ...base, view: 'full' }).text;
    for (const column of ['t.description', 't.terms', 't.data_sets', 't.contact', 't.images']) {
      expect(summary).not.toContain(column);
      expect(full).toContain(column);
    }
    for (const column of ['t.name', 't.summary', 't.lon', 't.themes', 't.cost']) expect(summary).toContain(column);
  });

  it('reads only published beds and fetches one row more than the page', () => {
    const { text, values } = buildSearchQuery(base);
    expect(text).toContain(`t.state = 'published'`);
    expect(text).toMatch(/ORDER BY m\.sort_key DESC, m\.id DESC/);
    expect(values).toEqual([21]);
  });

  it('passes every user value as a parameter, never in the text', () => {
    const { text, values } = buildSearchQuery({
      ...base,
      words: ['liikenne', 'ja'],
      city: { slug: 'tampere' },
      themes: ['mobility'],
      capabilities: ['5g'],
      cost: 'free',
      period: { start: '2026-05-01', end: '2026-05-31' },
      bbox: { minLon: 23.5, minLat: 61.3, maxLon: 24, maxLat: 61.6 },
      sort: 'relevance',
      after: { key: '0.5', id: '0b6f3c1e-8a4e-4d1b-9d7e-2f0c4e5a6b7c' },
    });
    for (const value of ['liikenne', 'tampere', 'mobility', '5g', '2026-05-01', '23.5', '0b6f3c1e']) expect(text).not.toContain(value);
    expect(values).toEqual(
      expect.arrayContaining(['liikenne', 'ja', 'tampere', ['mobility'], ['5g'], 'free', '2026-05-01', '2026-05-31', 23.5, 61.3, 24, 61.6, '0.5']),
    );
    expect(text.match(/\$(\d+)/g)?.map((p) => Number(p.slice(1))).reduce((a, b) => Math.max(a, b))).toBe(values.length);
  });

  it('matches compounds only for words and stems of four letters or more', () => {
    const { text } = buildSearchQuery({ ...base, words: ['kokeilu'] });
    expect(text).toContain("CASE WHEN length(w.word) >= 4 THEN '%' || w.word || '%' END");
    expect(text).toMatch(/CASE WHEN length\(s\.s0\) >= 4 THEN '%' \|\| s\.s0 \|\| '%' END/);
  });

  it('answers text from the search index without reading any bed text, and ranks without ts_rank', () => {
    const { text } = buildSearchQuery({ ...base, words: ['liikenne', 'kokeilu'], sort: 'relevance' });
    expect(text).toContain('testbed_search_postings');
    expect(text).not.toMatch(/search_text|search_vector|ts_rank|similarity/);
    // Every word must match: two words, two bits.
    expect(text).toContain('HAVING bit_or(1 << w.i) = (SELECT bit_or(1 << i) FROM words WHERE NOT stop)');
  });

  it('reads the beds only for filters and other orders', () => {
    expect(buildSearchQuery({ ...base, words: ['liikenne'], sort: 'relevance' }).text).toMatch(/matches AS \(\s+SELECT f\.id, f\.rank AS sort_key FROM found f\s+\)/);
    const filtered = buildSearchQuery({ ...base, words: ['liikenne'], sort: 'relevance', cost: 'free' }).text;
    expect(filtered).toMatch(/FROM testbeds t\s+JOIN found f ON f\.id = t\.id\s+WHERE t\.state = 'published'/);
    expect(buildSearchQuery({ ...base, words: ['liikenne'], sort: 'newest' }).text).toMatch(/JOIN found f ON f\.id = t\.id/);
  });

  it('continues after the cursor in the direction of the sort, ties broken by id', () => {
    const id = '0b6f3c1e-8a4e-4d1b-9d7e-2f0c4e5a6b7c';
    expect(buildSearchQuery({ ...base, after: { key: '2026-05-01T10:00:00.000000Z', id } }).text).toMatch(/\(m\.sort_key, m\.id\) < \(\$1::timestamptz, \$2::uuid\)/);
    const byName = buildSearchQuery({ ...base, sort: 'name', after: { key: 'labra', id } });
    expect(byName.text).toMatch(/\(m\.sort_key, m\.id\) > \(\$4::text, \$5::uuid\)/);
    expect(byName.text).toMatch(/ORDER BY m\.sort_key ASC, m\.id ASC/);
    expect(byName.values.slice(0, 3)).toEqual(['en', 'fi', 'sv']);
  });

  it('takes a city by id or by slug', () => {
    expect(buildSearchQuery({ ...base, city: { id: '0b6f3c1e-8a4e-4d1b-9d7e-2f0c4e5a6b7c' } }).text).toContain('t.city_id = $1::uuid');
    expect(buildSearchQuery({ ...base, city: { slug: 'oulu' } }).text).toContain('SELECT id FROM cities WHERE slug = $1::text');
  });
});
