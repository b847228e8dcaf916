import { SIX_CITIES } from '@kokeilu/platform';
import { checkContent } from '../domain/content.js';
import { completenessProblems } from '../domain/testbed.js';
import { DEMO_TESTBEDS, demoId } from './demo-curated.js';
import { insertTestbeds, SqlClient } from './demo-insert.js';
import { DEMO_CITIES, demoCity } from './demo-places.js';
import { DemoTestbed, generateTestbeds } from './demo-testbeds.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Valid by the API's own rules, already in normal form (so stored as generated) and publishable. */
function expectPublishable(bed: DemoTestbed): void {
  const { content, problems } = checkContent(bed.content);
  expect({ id: bed.id, problems }).toEqual({ id: bed.id, problems: [] });
  expect(content).toEqual(bed.content);
  expect(completenessProblems(bed.content)).toEqual([]);
}

/** Within about 5 km of one of the city's districts. */
function insideCity(bed: DemoTestbed): boolean {
  const { lon, lat } = bed.content.location ?? { lon: 0, lat: 0 };
  return demoCity(bed.citySlug).districts.some((d) => Math.abs(d.lon - lon) < 0.09 && Math.abs(d.lat - lat) < 0.045);
}

describe('generated test beds', () => {
  const beds = generateTestbeds(3000, 42);

  it('are the same for the same seed, and a longer list starts with the shorter one', () => {
    expect(generateTestbeds(50, 42)).toEqual(beds.slice(0, 50));
    expect(generateTestbeds(50, 43)).not.toEqual(beds.slice(0, 50));
    expect(generateTestbeds(0, 42)).toEqual([]);
  });

  it('are valid, normalised and complete enough to publish', () => {
    for (const bed of beds) expectPublishable(bed);
  });

  it('have unique ids, a known city and a place inside it', () => {
    expect(new Set(beds.map((b) => b.id)).size).toBe(beds.length);
    for (const bed of beds) {
      expect(bed.id).toMatch(UUID);
      expect(insideCity(bed)).toBe(true);
    }
    expect(new Set(beds.map((b) => b.citySlug))).toEqual(new Set(SIX_CITIES.map((c) => c.slug)));
  });

  it('are available in 2027 and were published in 2026', () => {
    for (const bed of beds) {
      for (const window of bed.content.availability) {
        expect(window.start >= '2027-01-01' && window.end <= '2027-12-31').toBe(true);
      }
      expect(bed.publishedAt.getUTCFullYear()).toBe(2026);
    }
  });

  it('mix languages, themes, costs and capacities', () => {
    const share = (test: (bed: DemoTestbed) => boolean) => beds.filter(test).length / beds.length;
    expect(share((b) => Boolean(b.content.name.fi))).toBeGreaterThan(0.9);
    expect(share((b) => Boolean(b.content.name.en))).toBeGreaterThan(0.6);
    expect(share((b) => Boolean(b.content.name.sv))).toBeGreaterThan(0.1);
    expect(share((b) => !b.content.name.fi)).toBeGreaterThan(0);
    expect(new Set(beds.flatMap((b) => b.content.themes)).size).toBe(10);
    for (const kind of ['free', 'fee', 'negotiable']) expect(share((b) => b.content.cost?.kind === kind)).toBeGreaterThan(0.15);
    expect(share((b) => b.content.capacity > 1)).toBeGreaterThan(0.3);
    expect(share((b) => b.content.availability.length > 1)).toBeGreaterThan(0.2);
  });

  it('use Finnish compound words that a prefix search can find, without every bed matching', () => {
    const finnish = (b: DemoTestbed) => `${b.content.name.fi} ${b.content.summary?.fi} ${b.content.description?.fi}`.toLowerCase();
    const share = (word: string) => beds.filter((b) => finnish(b).includes(word)).length / beds.length;
    for (const compound of ['liikennekokeilu', 'energiayhteisö', 'terveysteknologia']) expect(share(compound)).toBeGreaterThan(0.003);
    expect(share('liikenne')).toBeGreaterThan(0.05);
    expect(share('liikenne')).toBeLessThan(0.5);
  });
});

describe('curated test beds', () => {
  it('list three to five published beds in each of the six cities', () => {
    for (const city of SIX_CITIES) {
      const count = DEMO_TESTBEDS.filter((b) => b.citySlug === city.slug).length;
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(5);
    }
    expect(DEMO_CITIES.map((c) => c.slug).sort()).toEqual(SIX_CITIES.map((c) => c.slug).sort());
  });

  it('are valid, complete, placed inside their city and available in 2027', () => {
    for (const bed of DEMO_TESTBEDS) {
      expectPublishable(bed);
      expect(insideCity(bed)).toBe(true);
      expect(bed.content.availability.every((w) => w.start.startsWith('2027') && w.end.startsWith('2027'))).toBe(true);
    }
  });

  it('have stable, distinct ids and some Swedish', () => {
    expect(demoId('helsinki/kalasatama-liikennelabra')).toBe(DEMO_TESTBEDS[0].id);
    expect(new Set(DEMO_TESTBEDS.map((b) => b.id)).size).toBe(DEMO_TESTBEDS.length);
    for (const bed of DEMO_TESTBEDS) expect(bed.id).toMatch(UUID);
    expect(DEMO_TESTBEDS.filter((b) => b.content.name.sv).length).toBeGreaterThanOrEqual(5);
  });
});

describe('insertTestbeds', () => {
  const cities = Object.fromEntries(SIX_CITIES.map((c, i) => [c.slug, `00000000-0000-4000-8000-00000000000${i}`]));

  function recordingClient() {
    const calls: { text: string; values: unknown[] }[] = [];
    const client: SqlClient = {
      async query(text, values = []) {
        calls.push({ text, values });
        return { rows: [], rowCount: text.match(/'published'/g)?.length ?? 0 };
      },
    };
    return { client, calls };
  }

  it('inserts in batches of published rows, numbering every parameter', async () => {
    const { client, calls } = recordingClient();
    const beds = generateTestbeds(25, 7);
    await expect(insertTestbeds(client, beds, cities, 10)).resolves.toBe(25);
    expect(calls.map((c) => c.values.length)).toEqual([180, 180, 90]);
    const [first] = calls;
    expect(first.text).toMatch(/^INSERT INTO testbeds \(id, city_id, state, published_at, created_at, updated_at, name, /);
    expect(first.text).toContain('ON CONFLICT (id) DO NOTHING');
    expect(first.text).toContain('$180::text[])');
    expect(first.text).not.toContain('$181');
    expect(first.values.slice(0, 3)).toEqual([beds[0].id, cities[beds[0].citySlug], beds[0].publishedAt.toISOString()]);
  });

  it('refuses a bed that could not be published, and a city that is not there, before writing anything', async () => {
    const { client, calls } = recordingClient();
    const [bed] = generateTestbeds(1, 7);
    await expect(insertTestbeds(client, [{ ...bed, content: { ...bed.content, themes: [] } }], cities)).rejects.toThrow(/themes/);
    await expect(insertTestbeds(client, [bed], {})).rejects.toThrow(/no city/);
    expect(calls).toEqual([]);
  });
});
