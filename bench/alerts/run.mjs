// `npm run bench:alerts`: matching one publication against the saved searches, by their number.
//
// Creates a scratch database (its name contains "bench"), migrates it, seeds the six cities and
// BENCH_BEDS published test beds (the demo generator's), and keeps BENCH_PUBLICATIONS more of them
// as drafts to publish. Then, for each size of BENCH_SIZES (saved searches), it tops the saved
// searches up to that size with searches drawn from the catalogue (words of the beds' own texts,
// capabilities, cities, themes, map areas, in the mix people save), and for each draft bed: in a
// transaction, publishes it (the search index's triggers index it, as in the app) and runs the
// one matching statement the alert job runs (MATCH_TESTBED_SQL, built code), then rolls back, so
// every size sees the same publications. The same statement without its anchors (every search of
// the kind read and checked) runs beside it as the linear baseline, and must find the same
// searches.
//
// Two mixes of searches (BENCH_MIX):
// - `flat` (the default): the first BENCH_FITTING searches are the mix people save from the
//   catalogue; every further one looks for what no bed has (words, capabilities and map areas the
//   catalogue lacks), so the matches per publication stay the same as the searches grow and the
//   time shows what the number of searches itself costs;
// - `share`: every search is from the catalogue's mix, so a publication matches a constant share of
//   all searches and the output grows with them.
//
// Prints the load average, then per size: the median and p90 of each statement's time, the
// searches the anchored statement reads as candidates and those it matches per publication, and
// the distinct saved words the bed's terms were matched against.
//
// Settings (environment): DATABASE_URL (server; default postgres://postgres@127.0.0.1:5432),
// BENCH_SIZES (1000,10000,100000), BENCH_MIX (flat), BENCH_FITTING (1000), BENCH_BEDS (2000),
// BENCH_PUBLICATIONS (15), BENCH_SEED (1); BENCH_EXPLAIN=1 also prints the anchored statement's
// plan (EXPLAIN ANALYZE) for the first publication at each size.
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createAppDatabase, dist, ensureBuilt, log, percentile, runBench, withClient } from '../lib/harness.mjs';

const env = process.env;
const settings = {
  sizes: (env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number),
  mix: env.BENCH_MIX ?? 'flat',
  fitting: Number(env.BENCH_FITTING ?? 1000),
  beds: Number(env.BENCH_BEDS ?? 2000),
  publications: Number(env.BENCH_PUBLICATIONS ?? 15),
  seed: Number(env.BENCH_SEED ?? 1),
  explain: env.BENCH_EXPLAIN === '1',
};

if (!['flat', 'share'].includes(settings.mix)) throw new Error(`BENCH_MIX must be flat or share, not ${settings.mix}`);

const lib = (path) => import(pathToFileURL(join(dist, path)).href);

/** A deterministic stream of numbers in [0, 1). */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function main() {
  await ensureBuilt();
  const { generateTestbeds, insertTestbeds, loadCityIds, THEMES } = await lib('libs/testbeds/src/index.js');
  const { COUNT_TESTBED_CANDIDATES_SQL, insertSavedSearches, matchTestbedSql, readCriteria } = await lib('libs/alerts/src/index.js');
  const url = await createAppDatabase('alerts');
  const rand = random(settings.seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];

  await withClient(url, async (client) => {
    const cities = await loadCityIds(client);
    const beds = generateTestbeds(settings.beds + settings.publications, settings.seed);
    await insertTestbeds(client, beds, cities);
    // The last ones go back to drafts: they are the publications measured.
    const { rows: drafts } = await client.query(
      `UPDATE testbeds SET state = 'draft', published_at = NULL WHERE id IN (SELECT id FROM testbeds ORDER BY created_at DESC, id LIMIT $1) RETURNING id`,
      [settings.publications],
    );
    // Words people type: terms of the published beds' texts (4+ letters), weighted by how many beds have them.
    const { rows: terms } = await client.query(
      `SELECT p.term FROM testbed_search_postings p WHERE p.term ~ '^[a-zåäö]{4,}$' AND p.languages & 7 <> 0 GROUP BY p.term HAVING count(*) >= 2`,
    );
    const { rows: caps } = await client.query(`SELECT DISTINCT unnest(capabilities) AS c FROM testbeds`);
    const { rows: users } = await client.query(
      `INSERT INTO users (email, password_hash, display_name) SELECT 'bench' || i || '@example.fi', 'x', 'Bench ' || i FROM generate_series(1, 20000) i RETURNING id`,
    );
    await client.query('VACUUM ANALYZE testbeds, testbed_search_postings, testbed_search_terms');
    log(`${settings.beds} published beds, ${drafts.length} drafts to publish, ${terms.length} words and ${caps.length} capabilities to save searches with`);

    const slugs = Object.keys(cities);
    /** One search in the mix people save: mostly words (with a city or a theme), some capabilities, some themes or map areas only. */
    function search() {
      const r = rand();
      const params = {};
      if (r < 0.6) {
        params.q = rand() < 0.7 ? pick(terms).term : `${pick(terms).term} ${pick(terms).term}`;
        if (rand() < 0.4) params.city = pick(slugs);
        if (rand() < 0.2) params.theme = pick(THEMES);
      } else if (r < 0.75) {
        params.capability = pick(caps).c;
        if (rand() < 0.5) params.city = pick(slugs);
      } else if (r < 0.9) {
        params.city = pick(slugs);
        params.theme = [pick(THEMES), pick(THEMES)];
      } else if (r < 0.97) {
        const lon = 21 + rand() * 8;
        const lat = 60 + rand() * 5;
        params.bbox = `${lon.toFixed(3)},${lat.toFixed(3)},${(lon + 0.2).toFixed(3)},${(lat + 0.1).toFixed(3)}`;
      } else {
        params.theme = pick(THEMES);
      }
      return params;
    }

    /**
     * A search for what no bed has: a word of letters no catalogue text strings together (a
     * syllable of z, x or q each), a capability no bed offers, or a map area north of every bed
     * (66–69° N); with a city or a theme as people add them.
     */
    const made = (syllables) => Array.from({ length: syllables }, () => pick(['z', 'x', 'q']) + pick(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö'])).join('');
    function unmet() {
      const r = rand();
      const params = {};
      if (r < 0.7) {
        params.q = rand() < 0.7 ? made(3 + Math.floor(rand() * 2)) : `${made(3)} ${made(3)}`;
        if (rand() < 0.4) params.city = pick(slugs);
        if (rand() < 0.2) params.theme = pick(THEMES);
      } else if (r < 0.9) {
        params.capability = `${made(2)} ${made(3)}`;
        if (rand() < 0.5) params.city = pick(slugs);
      } else {
        const lon = 21 + rand() * 8;
        const lat = 66 + rand() * 3;
        params.bbox = `${lon.toFixed(3)},${lat.toFixed(3)},${(lon + 0.2).toFixed(3)},${(lat + 0.1).toFixed(3)}`;
      }
      return params;
    }

    log(`mix ${settings.mix}${settings.mix === 'flat' ? ` (${settings.fitting.toLocaleString('en')} searches from the catalogue, the rest for what no bed has)` : ''}; ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const results = [];
    let saved = 0;
    for (const size of settings.sizes) {
      const rows = [];
      for (let n = saved; n < size; n++) {
        const params = settings.mix === 'flat' && n >= settings.fitting ? unmet() : search();
        rows.push({ userId: users[n % users.length].id, name: `Haku ${n}`, frequency: 'immediate', locale: 'fi', criteria: readCriteria('testbeds', params), cityId: params.city ? cities[params.city] : null });
      }
      await insertSavedSearches((sql, values) => client.query(sql, values), rows);
      saved = size;
      await client.query('VACUUM ANALYZE saved_searches, saved_search_words');
      const { rows: [{ total, words }] } = await client.query(`SELECT (SELECT count(*)::int FROM saved_searches) AS total, (SELECT count(*)::int FROM saved_search_words) AS words`);

      const times = { anchored: [], linear: [] };
      let matched = 0;
      let candidates = 0;
      for (const { id } of drafts) {
        const found = {};
        for (const [variant, sql] of [['anchored', matchTestbedSql('indexed')], ['linear', matchTestbedSql('linear')]]) {
          await client.query('BEGIN');
          try {
            await client.query('SET LOCAL jit = off'); // as the job does
            await client.query(`UPDATE testbeds SET state = 'published', published_at = now() WHERE id = $1`, [id]);
            const started = performance.now();
            const { rows: hits } = await client.query(sql, [id]);
            times[variant].push(performance.now() - started);
            found[variant] = hits.map((h) => h.savedSearchId).sort().join();
            if (variant === 'anchored') matched += hits.length;
          } finally {
            await client.query('ROLLBACK');
          }
        }
        await client.query('BEGIN');
        try {
          await client.query(`UPDATE testbeds SET state = 'published', published_at = now() WHERE id = $1`, [id]);
          candidates += (await client.query(COUNT_TESTBED_CANDIDATES_SQL, [id])).rows[0].candidates;
          if (settings.explain && id === drafts[0].id) {
            await client.query('SET LOCAL jit = off');
            const { rows: plan } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${matchTestbedSql('indexed')}`, [id]);
            log(`plan at ${total.toLocaleString('en')} searches:\n${plan.map((r) => r['QUERY PLAN']).join('\n')}`);
          }
        } finally {
          await client.query('ROLLBACK');
        }
        if (found.anchored !== found.linear) throw new Error(`bed ${id}: the anchored statement and the linear one found different searches`);
      }
      const stat = (list) => {
        const sorted = [...list].sort((a, b) => a - b);
        return { median: percentile(sorted, 50), p90: percentile(sorted, 90) };
      };
      results.push({ size: total, words, anchored: stat(times.anchored), linear: stat(times.linear), matched: matched / drafts.length, candidates: candidates / drafts.length, load: loadavg()[0] });
      log(`${total.toLocaleString('en')} saved searches measured (load average ${loadavg()[0].toFixed(1)})`);
    }

    const cell = (v, w) => String(v).padStart(w);
    console.log('');
    console.log(`mix ${settings.mix}, ${drafts.length} publications a size, ${cpus().length} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
    console.log('saved searches | distinct words | load | candidates / publication | matched / publication | anchored median ms | anchored p90 ms | linear median ms | linear p90 ms');
    for (const r of results) {
      console.log(
        [cell(r.size.toLocaleString('en'), 14), cell(r.words.toLocaleString('en'), 14), cell(r.load.toFixed(1), 4), cell(r.candidates.toFixed(1), 24), cell(r.matched.toFixed(1), 21), cell(r.anchored.median.toFixed(1), 18), cell(r.anchored.p90.toFixed(1), 15), cell(r.linear.median.toFixed(1), 16), cell(r.linear.p90.toFixed(1), 13)].join(' | '),
      );
    }
  });
}

await runBench(main);
