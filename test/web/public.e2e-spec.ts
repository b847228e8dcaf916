/// <reference lib="dom" />
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { fundPilots, KALASATAMA, publishOpenCall, type PublicCall, seedTestbeds } from './support/data.js';
import { openPage, type PageProblems, screenshot, seriousViolations, startWebStack, until, type WebStack } from './support/browser.js';

/*
 * The public marketplace in a real Chromium against the real API, worker, PostgreSQL and Redis:
 * the 24 demo test beds and an open call of Tampere. Each flow runs in Finnish and in English;
 * every page is checked with axe (no serious or critical violation) and must log no error (a
 * refused inline style or script would show here as a CSP violation).
 */
jest.setTimeout(120_000);

const TEXT = {
  fi: {
    home: 'Kokeile ratkaisuasi oikeassa kaupungissa',
    searchLabel: 'Hae testiympäristöjä',
    bed: 'Kalasataman liikennelabra',
    oulu: 'Toppilan kaukolämpölabra',
    results: (n: number) => `${n} testiympäristöä löytyi`,
    showMore: 'Näytä lisää',
    searchArea: 'Hae kartalla näkyvältä alueelta',
    everywhere: 'Hae kaikkialta',
    booking: 'Pyydä varausta',
    signIn: 'Kirjaudu sisään',
    calls: 'Rahoitushaut',
    apply: 'Hae rahoitusta',
    left: 'jäljellä',
    zone: 'Suomen aikaa',
    operators: 'Konsortiossa on vähintään 2 organisaatiota, joiden kotikunta on Helsinki tai Tampere.',
    impact: 'Vaikuttavuus',
    grants: 'Rahoitetut kokeilut',
    csv: 'Kaikki avustukset CSV-muodossa',
    terms: 'Käyttöehdot',
  },
  en: {
    home: 'Pilot your solution in a real city',
    searchLabel: 'Search test beds',
    bed: 'Kalasatama traffic lab',
    oulu: 'Toppila district heating lab',
    results: (n: number) => `${n} test beds found`,
    showMore: 'Show more',
    searchArea: 'Search the area shown',
    everywhere: 'Search everywhere',
    booking: 'Request a booking',
    signIn: 'Sign in',
    calls: 'Funding calls',
    apply: 'Apply',
    left: 'left',
    zone: 'Finnish time',
    operators: 'The consortium has at least 2 organisations based in Helsinki or Tampere.',
    impact: 'Impact',
    grants: 'Funded pilots',
    csv: 'All grants as CSV',
    terms: 'Terms of use',
  },
} as const;

let web: WebStack;
let call: PublicCall;
/** Funding runs through the worker while the first pages are tested; the funded pilots' test waits for it. */
let funded: Promise<string[] | Error>;

beforeAll(async () => {
  web = await startWebStack();
  await seedTestbeds(web.stack);
  call = await publishOpenCall(web.stack);
  funded = fundPilots(web.stack).catch((error: Error) => error);
});

afterAll(async () => {
  await web?.close();
});

/** The page's axe violations and logged errors, which every page must be without. */
async function expectClean(page: Page, problems: PageProblems): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems.errors).toEqual([]);
}

const textOf = (locator: Locator, expected: string | RegExp, what = String(expected)) =>
  until(
    async () => (await locator.textContent())?.trim() ?? '',
    (value) => (typeof expected === 'string' ? value === expected : expected.test(value)),
    what,
  );
const containing = (locator: Locator, expected: string) => until(async () => (await locator.textContent()) ?? '', (value) => value.includes(expected), expected);
const countOf = (locator: Locator, expected: number, what: string) => until(() => locator.count(), (value) => value === expected, `${expected} × ${what}`);
const h1 = (page: Page) => page.locator('h1');
const focusedText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

describe.each(['fi', 'en'] as const)('the public marketplace in %s', (locale) => {
  const text = TEXT[locale];
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    ({ context, page, problems } = await openPage(web.browser, { locale: locale === 'fi' ? 'fi-FI' : 'en-GB' }));
  });
  afterAll(async () => {
    await context?.close();
  });
  beforeEach(() => {
    problems.errors.length = 0;
  });

  it('home shows the open call with the time left and the newest test beds', async () => {
    await page.goto(`${web.baseUrl}/${locale}/`);
    await textOf(h1(page), text.home);
    const callCard = page.getByTestId('call-card').filter({ hasText: call.title[locale] });
    await callCard.waitFor();
    await containing(callCard.locator('.countdown'), text.left);
    await page.getByTestId('testbed-card').nth(5).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
    expect(await page.locator('link[rel=alternate][hreflang]').evaluateAll((links) => links.map((link) => link.getAttribute('hreflang')))).toEqual(['fi', 'sv', 'en', 'x-default']);
    await expectClean(page, problems);
    await screenshot(page, `home-${locale}`);
  });

  it('finds a test bed by a Finnish word and opens it; booking leads to sign-in', async () => {
    await page.goto(`${web.baseUrl}/${locale}/`);
    await page.getByLabel(text.searchLabel).fill('liikenne');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.baseUrl}/${locale}/testbeds?q=liikenne`);
    const result = page.getByTestId('testbed-card').filter({ hasText: text.bed });
    await result.waitFor();
    await textOf(page.getByTestId('result-count'), locale === 'fi' ? /testiympäristö(ä)? löytyi/ : /test beds? found/);
    await expectClean(page, problems);
    await screenshot(page, `search-${locale}`);

    await result.getByRole('link', { name: text.bed }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/testbeds/${KALASATAMA.id}`);
    await textOf(h1(page), text.bed);
    // Focus moved to the new page's heading.
    await until(() => focusedText(page), (value) => value === text.bed, 'focus on the heading');
    await page.getByTestId('availability-periods').waitFor();
    await page.getByRole('heading', { name: text.terms }).waitFor();
    await page.getByRole('link', { name: 'maija.virtanen@hel.fi' }).waitFor();
    await expectClean(page, problems);
    await screenshot(page, `testbed-${locale}`);

    await page.getByRole('link', { name: text.booking }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/testbeds/${KALASATAMA.id}/book`)}`);
    await textOf(h1(page), text.signIn);
    await expectClean(page, problems);
  });

  it('pages through the results and finds test beds on the map, in the area shown', async () => {
    await page.goto(`${web.baseUrl}/${locale}/testbeds`);
    await textOf(page.getByTestId('result-count'), text.results(24));
    await countOf(page.getByTestId('testbed-card'), 20, 'result');
    await page.getByRole('button', { name: text.showMore }).click();
    await page.getByTestId('testbed-card').nth(23).waitFor();
    await countOf(page.locator('path.map-marker'), 24, 'marker');

    // Zoom the map in around the Kalasatama marker (the wheel zooms where the pointer is), then search that area.
    const marker = page.locator(`path[data-point-id="${KALASATAMA.id}"]`);
    for (let i = 0; i < 4; i++) {
      const box = await marker.boundingBox();
      if (!box) throw new Error('the marker is not on the map');
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -240);
      await page.waitForTimeout(400);
    }
    await page.getByRole('button', { name: text.searchArea }).click();
    await page.waitForURL(/bbox=/);
    await page.getByRole('button', { name: text.everywhere }).waitFor();
    await countOf(page.getByTestId('testbed-card').filter({ hasText: text.oulu }), 0, 'Oulu bed');
    await countOf(page.getByTestId('testbed-card').filter({ hasText: text.bed }), 1, 'Kalasatama bed');
    const inArea = await page.getByTestId('testbed-card').count();
    expect(inArea).toBeGreaterThan(0);
    expect(inArea).toBeLessThan(24);
    await countOf(page.locator('path.map-marker'), inArea, 'marker');
    await expectClean(page, problems);

    // The marker opens a popup whose link leads to the bed.
    await marker.click();
    await page.locator('.leaflet-popup').getByRole('link', { name: text.bed }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/testbeds/${KALASATAMA.id}`);
    await textOf(h1(page), text.bed);
  });

  it('opens a call from the list: criteria, rules in plain words, schedule in Finnish time, test beds; applying leads to sign-in', async () => {
    await page.goto(`${web.baseUrl}/${locale}/`);
    await page.getByRole('navigation').getByRole('link', { name: text.calls }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/calls`);
    const card = page.getByTestId('call-card').filter({ hasText: call.title[locale] });
    await card.waitFor();
    await expectClean(page, problems);
    await screenshot(page, `calls-${locale}`);

    await card.getByRole('link', { name: call.title[locale] }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/calls/${call.id}`);
    await textOf(h1(page), call.title[locale]);
    await containing(page.getByTestId('eligibility-rules'), text.operators);
    await containing(page.getByTestId('call-schedule'), text.zone);
    await page.getByRole('cell', { name: text.impact }).waitFor();
    await countOf(page.getByTestId('testbed-card'), call.testbedIds.length, 'linked bed');
    await expectClean(page, problems);
    await screenshot(page, `call-${locale}`);

    await page.getByRole('link', { name: text.apply, exact: true }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/applications/new?call=${call.id}`)}`);
  });

  it('lists funded pilots with their data as CSV and JSON', async () => {
    const pilots = await funded;
    if (pilots instanceof Error) throw pilots;
    await page.goto(`${web.baseUrl}/${locale}/grants`);
    await textOf(h1(page), text.grants);
    for (const pilot of pilots) await page.getByRole('cell', { name: pilot, exact: true }).waitFor();
    const csv = page.getByRole('link', { name: text.csv });
    const answer = await page.request.get(`${web.baseUrl}${await csv.getAttribute('href')}`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()['content-type']).toMatch(/^text\/csv/);
    await expectClean(page, problems);
    await screenshot(page, `grants-${locale}`);
  });
});

describe('every page', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeEach(async () => {
    ({ context, page, problems } = await openPage(web.browser));
  });
  afterEach(async () => {
    await context?.close();
  });

  it('works by keyboard: the skip link, the search, a result, and focus on each new page’s heading', async () => {
    await page.goto(`${web.baseUrl}/fi/`);
    await textOf(h1(page), TEXT.fi.home);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Siirry sisältöön');
    const skip = await page.evaluate(() => document.activeElement?.getBoundingClientRect().top ?? -1);
    expect(skip).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('maincontent');

    // From the content, Tab reaches the search field; Enter searches.
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.id)) !== 'home-search'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('home-search');
    await page.keyboard.type('liikenne');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/fi\/testbeds\?q=liikenne$/);
    await until(() => focusedText(page), (value) => value === 'Testiympäristöt', 'focus on the search page’s heading');

    // Tab on to the first result's link and follow it.
    for (let i = 0; i < 40 && (await focusedText(page)) !== TEXT.fi.bed; i++) await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe(TEXT.fi.bed);
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.baseUrl}/fi/testbeds/${KALASATAMA.id}`);
    await until(() => focusedText(page), (value) => value === TEXT.fi.bed, 'focus on the test bed’s heading');
    expect(problems.errors).toEqual([]);
  });

  it('switches the language in place and remembers it for the next visit', async () => {
    await page.goto(`${web.baseUrl}/fi/testbeds/${KALASATAMA.id}`);
    await textOf(h1(page), TEXT.fi.bed);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${web.baseUrl}/en/testbeds/${KALASATAMA.id}`);
    await textOf(h1(page), TEXT.en.bed);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await textOf(page.getByRole('link', { name: TEXT.en.booking }), TEXT.en.booking);
    // A new visit to the bare address opens in English.
    await page.goto(`${web.baseUrl}/`);
    await page.waitForURL(`${web.baseUrl}/en/`);
    await textOf(h1(page), TEXT.en.home);
    expect(problems.errors).toEqual([]);
  });

  it('says so while it retries after a lost connection or a 503, and shows the results when the API answers', async () => {
    let refused = 0;
    await page.route('**/api/v1/testbeds?*', async (route) => {
      if (refused < 2) {
        refused += 1;
        await route.abort('connectionreset');
      } else {
        await route.continue();
      }
    });
    await page.goto(`${web.baseUrl}/fi/testbeds?q=liikenne`);
    await textOf(page.getByTestId('connection-status'), /Yhteys katkesi/, 'the connection notice');
    await page.getByTestId('testbed-card').filter({ hasText: TEXT.fi.bed }).waitFor({ timeout: 20_000 });
    await until(() => page.getByTestId('connection-status').count(), (count) => count === 0, 'the notice to go');
    expect(refused).toBe(2);

    await page.unrouteAll();
    let unavailable = 0;
    await page.route('**/api/v1/calls/*', async (route) => {
      if (unavailable < 1) {
        unavailable += 1;
        await route.fulfill({
          status: 503,
          headers: { 'content-type': 'application/problem+json', 'retry-after': '1' },
          body: JSON.stringify({ type: 'urn:kokeilu:problem:unavailable', title: 'Service Unavailable', status: 503, code: 'unavailable', detail: 'The database could not be reached' }),
        });
      } else {
        await route.continue();
      }
    });
    await page.goto(`${web.baseUrl}/en/calls/${call.id}`);
    await textOf(page.getByTestId('connection-status'), /The service is unavailable at the moment/, 'the unavailable notice');
    await textOf(h1(page), call.title.en);
    await until(() => page.getByTestId('connection-status').count(), (count) => count === 0, 'the notice to go');
  });

  it('shows an API problem in the reader’s language', async () => {
    await page.goto(`${web.baseUrl}/sv/testbeds/00000000-0000-4000-8000-000000000000`);
    await textOf(page.getByTestId('error-message').locator('.hds-notification__label'), 'Det du letade efter hittades inte.');
    expect(await seriousViolations(page)).toEqual([]);
  });
});
