import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults } from 'axe-core';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { startStack, type Stack } from '../../support/stack.js';

const ROOT = join(__dirname, '../../..');
export const SCREENSHOTS = join(ROOT, 'docs/screenshots');

/** Debian's Chromium (`.ci/run` installs it); Playwright never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Tiles from a port where nothing listens: the tests run offline, and the maps must work without
 * tiles (the browser's request is refused at once rather than waiting for a name lookup).
 */
export const UNREACHABLE_TILES = 'http://127.0.0.1:9/{z}/{x}/{y}.png';

/** Builds the web app when its sources changed (scripts/build-web.mjs takes a lock, so parallel files build it once). */
export function ensureWebApp(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs')], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`Building the web app failed:\n${result.stdout}\n${result.stderr}`);
}

export interface WebStack {
  stack: Stack;
  baseUrl: string;
  browser: Browser;
  close(): Promise<void>;
}

/** The real API and worker on a database of their own, listening on a free port, and one Chromium for the file. */
export async function startWebStack(env: Record<string, string> = {}): Promise<WebStack> {
  ensureWebApp();
  const stack = await startStack({ worker: true, env: { MAP_TILE_URL: UNREACHABLE_TILES, ...env } });
  await stack.api.listen({ host: '127.0.0.1', port: 0 });
  const { port } = stack.api.getHttpServer().address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    stack,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    async close() {
      await browser.close();
      await stack.close();
    },
  };
}

export interface PageProblems {
  /** Console errors and uncaught exceptions, but not the refused tile requests. */
  errors: string[];
}

/** A context (axe needs one) and its page, noting every console error and page error. */
export async function openPage(browser: Browser, options: { locale?: string } = {}): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: options.locale ?? 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  const problems: PageProblems = { errors: [] };
  page.on('pageerror', (error) => problems.errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.location().url.startsWith('http://127.0.0.1:9/')) return;
    problems.errors.push(`console: ${message.text()}`);
  });
  return { context, page, problems };
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * axe's serious and critical violations on the page as it stands (WCAG 2.1 A and AA rules). The
 * app's pages have no frames, so axe runs once inside the page (`axe.run`, AxeBuilder's legacy
 * mode): its default mode opens a second page in the context for every check to merge the results
 * of each frame in, which costs the browser about a second of CPU per check and finds nothing more
 * on a page without frames. A page with frames still gets the default mode. axe's source (half a
 * megabyte) goes into a document once: while the app moves between its pages within one document,
 * the next check finds axe there and injects nothing (`axeSource` an empty statement), and only the
 * violations come back whole, not every rule that passed with its elements.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (page.frames().length > 1) return serious(await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze());
  const injected = await page.evaluate(() => typeof (window as { axe?: { run?: unknown } }).axe?.run === 'function');
  const builder = new AxeBuilder(injected ? { page, axeSource: ';' } : { page });
  return serious(await builder.options({ runOnly: { type: 'tag', values: WCAG_21_AA }, resultTypes: ['violations'] }).setLegacyMode().analyze());
}

function serious(results: AxeResults): string[] {
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** Saves a screenshot of the whole page to docs/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** Polls `read` until `accept` holds for its value (Playwright's web-first expect is not jest's), then answers it. */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read().catch(() => undefined);
    if (last !== undefined && accept(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
