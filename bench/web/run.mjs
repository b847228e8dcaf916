// `npm run bench:web`: the web app's weight and its first paint.
//
// Builds the app when its sources changed, then prints the JavaScript and CSS each public page
// loads (from Vite's manifest: the entry and the page's chunk with everything they import
// statically), raw, gzip and brotli, against the budget of 200 kB of compressed JavaScript per
// page. A page whose map is loaded later (when it comes into view) gets a second row with the map
// and what it brings: both rows must be within the budget. Then starts the real API (dist/) on a
// scratch database with the demo test beds and an open call, and measures in Chromium, with the
// Performance API, the first contentful paint of the home and search pages and when their content
// (the first card) is shown: cold (a new browser context, nothing cached) and warm (the same page
// again in that context), the median of BENCH_RUNS each.
//
// Settings (environment): DATABASE_URL (server only; default postgres://postgres@127.0.0.1:5432),
// REDIS_URL (redis://127.0.0.1:6379), BENCH_RUNS (5), CHROMIUM_PATH (/usr/bin/chromium).
/* global performance */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { createAppDatabase, dist, ENTRIES, ensureBuilt, freePort, log, root, runBench, startNode, waitUntilServing } from '../lib/harness.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const BUDGET_KB = 200;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const web = join(root, 'dist/web');

/** The map (Leaflet), which the pages that show one load when it comes into view. */
const MAP = 'src/common/components/map/PointMap.tsx';
const PAGES = [
  { name: 'home', module: 'src/domain/home/HomePage.tsx' },
  { name: 'test-bed search', module: 'src/domain/testbeds/SearchPage.tsx', later: [MAP] },
  { name: 'test bed', module: 'src/domain/testbeds/TestbedPage.tsx', later: [MAP] },
  { name: 'calls', module: 'src/domain/calls/CallsPage.tsx' },
  { name: 'call', module: 'src/domain/calls/CallPage.tsx' },
  { name: 'funded pilots', module: 'src/domain/results/GrantsPage.tsx' },
  { name: 'call results', module: 'src/domain/results/CallResultsPage.tsx' },
];

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
const sizes = (files) =>
  files.reduce(
    (sum, file) => {
      const body = readFileSync(join(web, file));
      return {
        raw: sum.raw + body.length,
        gzip: sum.gzip + gzipSync(body, { level: 9 }).length,
        brotli: sum.brotli + brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    },
    { raw: 0, gzip: 0, brotli: 0 },
  );

/** The files a chunk of the manifest brings with it: itself and its static imports, recursively. */
function closure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(manifest, imported, seen);
  return seen;
}

function printBundles() {
  const manifest = JSON.parse(readFileSync(join(web, '.vite/manifest.json'), 'utf8'));
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  // The shell loads the texts of the page's language too (one file; Finnish here).
  const shell = closure(manifest, entry);
  if (manifest['src/domain/app/i18n/messages/fi.json']) closure(manifest, 'src/domain/app/i18n/messages/fi.json', shell);
  console.log('\nJavaScript and CSS per page (kB; the entry and shell, plus the page with its chunks)');
  console.log(`${'page'.padEnd(18)} ${'JS raw'.padStart(7)} ${'JS gz'.padStart(7)} ${'JS br'.padStart(7)} ${'CSS gz'.padStart(7)}  within ${BUDGET_KB} kB`);
  const row = (name, keys) => {
    const chunks = [...keys].map((key) => manifest[key]);
    const js = sizes(chunks.map((chunk) => chunk.file));
    const css = sizes([...new Set(chunks.flatMap((chunk) => chunk.css ?? []))]);
    console.log(`${name.padEnd(18)} ${kb(js.raw)} ${kb(js.gzip)} ${kb(js.brotli)} ${kb(css.gzip)}  ${js.gzip <= BUDGET_KB * 1024 ? 'yes' : 'NO'}`);
  };
  row('shell only', shell);
  for (const page of PAGES) {
    if (!manifest[page.module]) throw new Error(`${page.module} is not a chunk of the build`);
    const initial = new Set([...shell, ...closure(manifest, page.module)]);
    row(page.name, initial);
    for (const later of page.later ?? []) {
      if (!manifest[later]) throw new Error(`${later} is not a chunk of the build`);
      if (initial.has(later)) throw new Error(`${later} is loaded with ${page.name} itself, not later`);
      row('  + the map', new Set([...initial, ...closure(manifest, later)]));
    }
  }
  const all = Object.values(manifest).map((chunk) => chunk.file).filter((file) => file.endsWith('.js'));
  const total = sizes(all);
  console.log(`${'every chunk'.padEnd(18)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);
  console.log(`(${all.length} JavaScript files; the API sends the brotli files to browsers that accept them)`);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function measure(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const once = async () => {
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('[data-testid=testbed-card]');
    return page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      content: performance.now(),
      transferred: performance.getEntriesByType('resource').reduce((sum, entry) => sum + entry.transferSize, 0),
    }));
  };
  const cold = await once();
  const warm = await once();
  await context.close();
  return { cold, warm };
}

await runBench(async () => {
  await ensureBuilt();
  const { buildWeb } = await import(pathToFileURL(join(root, 'scripts/build-web.mjs')).href);
  if (await buildWeb({ quiet: true })) log('Built the web app.');
  statSync(join(web, 'index.html'));
  printBundles();

  const url = await createAppDatabase('web');
  const { seedDemo } = await import(pathToFileURL(join(dist, 'apps/cli/src/commands/seed-demo.js')).href);
  await seedDemo(url);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const api = startNode('api', ENTRIES.api, { databaseUrl: url, env: { PORT: String(port), MAP_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png' } });
  await waitUntilServing(api, base);

  const { chromium } = createRequire(import.meta.url)('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    console.log(`\nFirst contentful paint and content shown (ms, median of ${RUNS}; the API on this machine, no network in between)`);
    console.log(`${'page'.padEnd(18)} ${'cold FCP'.padStart(9)} ${'content'.padStart(8)} ${'warm FCP'.padStart(9)} ${'content'.padStart(8)} ${'cold kB'.padStart(8)}`);
    for (const [name, path] of [
      ['home', '/fi/'],
      ['test-bed search', '/fi/testbeds?q=liikenne'],
    ]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, `${base}${path}`));
      const ms = (pick) => String(Math.round(median(runs.map(pick)))).padStart(8);
      console.log(
        `${name.padEnd(18)} ${ms((r) => r.cold.fcp)}  ${ms((r) => r.cold.content)} ${ms((r) => r.warm.fcp)}  ${ms((r) => r.warm.content)} ${kb(median(runs.map((r) => r.cold.transferred))).padStart(8)}`,
      );
    }
  } finally {
    await browser.close();
  }
});
