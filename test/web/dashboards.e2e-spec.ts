/// <reference lib="dom" />
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { businessId, createAdmin, createOrganisation, registerUser, type TestUser } from '../support/api.js';
import { type CalibratedCall, callWithHarshEvaluator } from '../support/calibration.js';
import { type DecidedCall, decidedCallWithBooking } from '../support/dashboards.js';
import { openPage, type PageProblems, screenshot, seriousViolations, startWebStack, until, type WebStack } from './support/browser.js';

/*
 * Those who run the programme, in a real Chromium against the real API and worker: an admin
 * grants a role and resolves a business ID claim; a coordinator opens the city's dashboard and a
 * call's (each chart with its table and CSV download); the public reads the decided call's
 * results. The flow runs in Finnish; the key pages are checked in English too. The call is driven
 * to its decision through the API beforehand.
 */
jest.setTimeout(240_000);

const TEXT = {
  fi: {
    email: 'Sähköpostiosoite',
    password: 'Salasana',
    users: 'Käyttäjät ja roolit',
    search: 'Sähköpostiosoite tai sen osa, esim. @tampere.fi',
    role: 'Rooli',
    evaluator: 'Arvioija',
    grant: 'Myönnä rooli',
    claims: 'Y-tunnusten vaateet',
    reason: 'Perustelu',
    resolve: 'Ratkaise vaade',
    noClaims: 'Ratkaistavia vaateita ei ole.',
    cities: 'Kaupungit',
    cityDashboard: 'Koontinäkymä: Tampere',
    callDashboard: 'Koontinäkymä: Syksyn kokeiluhaku',
    results: 'Tulokset: Syksyn kokeiluhaku',
    resultsLink: 'Haun tulokset',
    allGrants: 'Kaikkien hakujen rahoitetut kokeilut',
    programmeSummary: /^1 ratkaistussa haussa 2 kokeilua on saanut tukea yhteensä \d/,
    focusArea: 'Avoimet innovaatioalustat',
    csvDay: 'Päivä',
  },
  en: {
    email: 'E-mail address',
    password: 'Password',
    users: 'Users and roles',
    search: 'E-mail address or part of it, e.g. @tampere.fi',
    role: 'Role',
    evaluator: 'Evaluator',
    grant: 'Grant role',
    claims: 'Business ID claims',
    reason: 'Reason',
    resolve: 'Resolve the claim',
    noClaims: 'There are no claims to resolve.',
    cities: 'Cities',
    cityDashboard: 'Dashboard: Tampere',
    callDashboard: 'Dashboard: Autumn pilot call',
    results: 'Results: Autumn pilot call',
    resultsLink: 'Results of the call',
    allGrants: 'Funded pilots of every call',
    programmeSummary: /^Across 1 decided call, 2 pilots have received €\d/,
    focusArea: 'Open innovation platforms',
    csvDay: 'Day',
  },
} as const;

let web: WebStack;
let call: DecidedCall;
/** A call in evaluation with a harsh evaluator, for the calibration page. */
let calibrated: CalibratedCall;
let admin: TestUser;
let candidate: TestUser;
let tampereId: string;
const claimedId = businessId();

beforeAll(async () => {
  web = await startWebStack();
  const { stack } = web;
  admin = await createAdmin(stack);
  candidate = await registerUser(stack);
  await stack.db.query(`UPDATE users SET display_name = 'Aino Arvioija' WHERE id = $1`, [candidate.id]);
  // Two organisations give one business ID: the second's is a claim an admin resolves.
  const [holder, claimant] = await Promise.all([registerUser(stack), registerUser(stack)]);
  await createOrganisation(stack, holder, { name: 'Robottiverstas Oy', businessId: claimedId }, { verified: false });
  await createOrganisation(stack, claimant, { name: 'Robottiverstas Tampere Oy', businessId: claimedId, homeMunicipality: 'Tampere' }, { verified: false });
  [{ id: tampereId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
  call = await decidedCallWithBooking(stack);
  await stack.db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [call.evaluators[0].id, 'Eero Esimerkki']);
  await stack.db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [call.evaluators[1].id, 'Kaisa Koskinen']);
  calibrated = await callWithHarshEvaluator(stack, call.coordinator);
});

afterAll(async () => {
  await web?.close();
});

/** The 401 of a page that needs sign-in, before it, is the browser's log of an expected answer. */
function expected(problems: PageProblems, status: number): void {
  problems.errors.splice(0, problems.errors.length, ...problems.errors.filter((error) => !error.includes(`status of ${status}`)));
}

async function expectClean(page: Page, problems: PageProblems): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems.errors).toEqual([]);
}

const h1Is = (page: Page, text: string) => until(async () => (await page.locator('h1').textContent())?.trim(), (value) => value === text, `h1 ${text}`);

/** Goes to an address that needs sign-in, signs in as `who` on the way and comes back. */
async function visitSignedIn(page: Page, problems: PageProblems, url: string, locale: 'fi' | 'en', who: TestUser): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByLabel(TEXT[locale].email).fill(who.email);
  await page.getByLabel(TEXT[locale].password).fill(who.password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(url);
  expected(problems, 401);
}

/**
 * Every chart of the page has its table (for screen readers, and shown to everyone by a button
 * reached by keyboard) and a CSV download of the same rows.
 */
async function expectChartsWithData(page: Page, minimum: number): Promise<Locator[]> {
  const figures = await page.locator('figure.chart').all();
  expect(figures.length).toBeGreaterThanOrEqual(minimum);
  for (const figure of figures) {
    const rows = await figure.locator('table tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    // Hidden but read by screen readers at first (a 1-pixel clip), then shown by the button it belongs to.
    const toggle = figure.locator('.chart__toggle button');
    const shown = figure.locator(`#${await toggle.getAttribute('aria-controls')}`);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await shown.boundingBox())?.width ?? 0).toBeLessThan(2);
    await toggle.focus();
    await page.keyboard.press('Enter');
    await until(() => toggle.getAttribute('aria-expanded'), (value) => value === 'true', 'the table shown');
    expect((await shown.boundingBox())?.width ?? 0).toBeGreaterThan(100);
    expect(await shown.locator('table tbody tr').count()).toBe(rows);
    const link = figure.locator('a[download]');
    expect(await link.getAttribute('download')).toMatch(/\.csv$/);
    const csv = decodeURIComponent((await link.getAttribute('href'))!.replace(/^data:text\/csv;charset=utf-8,/, '')).replace(/^\uFEFF/, '');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(rows + 1);
    if (await figure.locator('svg').count()) expect(await figure.locator('.chart__plot').getAttribute('aria-hidden')).toBe('true');
  }
  return figures;
}

describe('the admin (fi)', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  const text = TEXT.fi;

  beforeAll(async () => {
    ({ context, page, problems } = await openPage(web.browser, { locale: 'fi-FI' }));
    await visitSignedIn(page, problems, `${web.baseUrl}/fi/desk/admin/users`, 'fi', admin);
  });
  afterAll(async () => {
    await context?.close();
  });

  it('finds a user by e-mail and grants the evaluator role', async () => {
    await h1Is(page, text.users);
    await page.getByLabel(text.search).fill(candidate.email);
    await page.getByRole('search').getByRole('button').click();
    const card = page.getByTestId('user-card').filter({ hasText: 'Aino Arvioija' });
    await card.waitFor();
    expect(await page.getByTestId('user-card').count()).toBe(1);
    await card.getByLabel(text.role, { exact: true }).selectOption('evaluator');
    await card.getByRole('button', { name: text.grant, exact: true }).click();
    await card.locator('.admin-roles li', { hasText: text.evaluator }).waitFor();
    await until(() => web.stack.db.query(`SELECT role FROM role_grants WHERE user_id = $1`, [candidate.id]), (rows) => rows.length === 1 && rows[0].role === 'evaluator', 'the grant');
    await until(() => page.getByTestId('announcer-polite').textContent(), (value) => !!value?.includes('Aino Arvioija'), 'the announcement');
    await expectClean(page, problems);
    await screenshot(page, 'admin-users-fi');
    await page.goto(`${web.baseUrl}/en/desk/admin/users`);
    await h1Is(page, TEXT.en.users);
    await page.getByLabel(TEXT.en.search).fill(candidate.email);
    await page.getByRole('search').getByRole('button').click();
    await page.getByTestId('user-card').filter({ hasText: 'Aino Arvioija' }).locator('.admin-roles li', { hasText: TEXT.en.evaluator }).waitFor();
    await expectClean(page, problems);
    await screenshot(page, 'admin-users-en');
  });

  it('lists the cities with their dashboards', async () => {
    await page.goto(`${web.baseUrl}/en/desk/admin/cities`);
    await h1Is(page, TEXT.en.cities);
    await page.getByRole('row', { name: /Tampere/ }).first().waitFor();
    await expectClean(page, problems);
    await screenshot(page, 'admin-cities-en');
    await page.goto(`${web.baseUrl}/fi/desk/admin/users`);
    await page.getByRole('navigation', { name: 'Ylläpito' }).getByRole('link', { name: text.cities }).click();
    await h1Is(page, text.cities);
    await page.getByRole('row', { name: /Tampere/ }).first().waitFor();
    await expectClean(page, problems);
    await screenshot(page, 'admin-cities-fi');
  });

  it('resolves a business ID claim with a reason', async () => {
    await page.goto(`${web.baseUrl}/en/desk/admin/claims`);
    await h1Is(page, TEXT.en.claims);
    await page.getByTestId('claim-card').filter({ hasText: claimedId }).waitFor();
    await expectClean(page, problems);
    await screenshot(page, 'admin-claims-en');
    await page.goto(`${web.baseUrl}/fi/desk/admin/cities`);
    await page.getByRole('navigation', { name: 'Ylläpito' }).getByRole('link', { name: text.claims }).click();
    await h1Is(page, text.claims);
    const card = page.getByTestId('claim-card').filter({ hasText: claimedId });
    await card.waitFor();
    await expectClean(page, problems);
    await screenshot(page, 'admin-claims-fi');
    // The reason is required: the form says so at the field and focuses it.
    await card.getByLabel(/Robottiverstas Tampere Oy/).check();
    await card.getByRole('button', { name: text.resolve }).click();
    await until(() => page.evaluate(() => document.activeElement?.id ?? ''), (id) => id.startsWith('reason-'), 'focus on the reason');
    await card.getByLabel(new RegExp(`^${text.reason}`)).fill('Kaupparekisteriote nimeää Robottiverstas Tampere Oy:n.');
    await card.getByRole('button', { name: text.resolve }).click();
    await page.getByText(text.noClaims).waitFor();
    const [claim] = await web.stack.db.query(`SELECT state, reason FROM organisation_claims WHERE business_id = $1`, [claimedId]);
    expect(claim).toMatchObject({ state: 'resolved', reason: 'Kaupparekisteriote nimeää Robottiverstas Tampere Oy:n.' });
    await expectClean(page, problems);
  });
});

describe('the coordinator (fi, then the key page in en)', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    ({ context, page, problems } = await openPage(web.browser, { locale: 'fi-FI' }));
    await visitSignedIn(page, problems, `${web.baseUrl}/fi/desk`, 'fi', call.coordinator);
  });
  afterAll(async () => {
    await context?.close();
  });

  it("opens the city's dashboard from the desk: bookings per bed and use against capacity, each with its table and CSV", async () => {
    await page.getByRole('link', { name: 'Koontinäkymä', exact: true }).click();
    await page.waitForURL(`${web.baseUrl}/fi/desk/cities/${tampereId}/dashboard`);
    await h1Is(page, TEXT.fi.cityDashboard);
    await page.locator('figure.chart svg').first().waitFor();
    const [bookings, use] = await expectChartsWithData(page, 2);
    expect(await bookings.locator('table thead').textContent()).toContain('Hervannan liikennelabra');
    expect(await use.locator('table tbody').textContent()).toContain('Hervannan liikennelabra');
    await expectClean(page, problems);
    await screenshot(page, 'city-dashboard-fi');
  });

  it("opens the call's dashboard: applications over time, eligibility, scores per criterion and evaluator, progress and budget", async () => {
    await page.getByRole('link', { name: 'Syksyn kokeiluhaku' }).click();
    await page.waitForURL(`${web.baseUrl}/fi/desk/calls/${call.id}/dashboard`);
    await h1Is(page, TEXT.fi.callDashboard);
    await page.locator('figure.chart svg').first().waitFor();
    await expectChartsWithData(page, 7);
    const submissions = page.getByTestId('chart-submissions');
    const csv = decodeURIComponent((await submissions.locator('a[download]').getAttribute('href'))!.split(',').slice(1).join(','));
    expect(csv).toContain(`${TEXT.fi.csvDay},Jätetty päivänä,Jätetty yhteensä`);
    expect(csv.trimEnd().split('\r\n').at(-1)).toMatch(/,3$/);
    // The lenient evaluator lies above the others, the harsh one below.
    const leniency = (name: string) => page.getByTestId('chart-evaluators-table').locator('tbody tr', { hasText: name }).locator('td').last().textContent();
    expect(await leniency('Eero Esimerkki')).toMatch(/^0,\d+$/);
    expect(await leniency('Kaisa Koskinen')).toMatch(/^[−-]0,\d+$/);
    expect(await page.getByTestId('chart-budget-table').textContent()).toContain('EAKR');
    await expectClean(page, problems);
    await screenshot(page, 'call-dashboard-fi');
  });

  it("reads a call's calibrated scores from its ranking: the harsh evaluator's bias and the ranks that would change", async () => {
    await page.goto(`${web.baseUrl}/fi/desk/calls/${calibrated.id}/ranking`);
    await h1Is(page, 'Ranking: Kevään kokeiluhaku');
    await page.getByRole('link', { name: 'Kalibroidut pisteet' }).click();
    await page.waitForURL(`${web.baseUrl}/fi/desk/calls/${calibrated.id}/calibration`);
    await h1Is(page, 'Kalibroidut pisteet: Kevään kokeiluhaku');
    await until(() => page.getByTestId('ranking-basis').textContent(), (text) => !!text?.includes('raakapisteiden mukaan (oletus)'), 'the ranking basis');
    const dora = page.getByTestId('evaluator-bias').filter({ hasText: 'Dora Ankara' });
    const doraText = (await dora.textContent())!.replace(/\s+/g, ' ');
    expect(doraText).toContain('muita ankarampi');
    expect(doraText).toMatch(/−2(?!,)/);
    expect(doraText).toContain('2 arvioon, joista 2 yhteisiä muiden kanssa');
    // The harshest comes first.
    expect(await page.getByTestId('evaluator-bias').first().textContent()).toContain('Dora Ankara');
    expect(await page.getByTestId('evaluator-bias').filter({ hasText: 'Anna Aaltonen' }).textContent()).toContain('muita anteliaampi');
    expect(await page.getByTestId('rank-changes').textContent()).toBe('Kalibrointi muuttaisi 3 hakemuksen sijaa.');
    const changed = page.getByTestId('rank-changed');
    expect(await changed.count()).toBe(3);
    expect((await changed.filter({ hasText: 'Pilot D' }).textContent())!.replace(/\s+/g, ' ')).toMatch(/10,5.*9,5.*4.*laskee 2 sijaa/);
    expect(await changed.filter({ hasText: 'Pilot B' }).textContent()).toContain('nousee 1 sijan');
    expect(await page.getByTestId('rank-kept').filter({ hasText: 'Pilot A' }).textContent()).toContain('ei muutu');
    await page.getByRole('heading', { name: 'Miten kalibrointi toimii' }).waitFor();
    // The ranking asks for a proposal the call does not have yet.
    expected(problems, 404);
    await expectClean(page, problems);
    await screenshot(page, 'calibration-fi');
  });

  it("reads the call's dashboard in English", async () => {
    await page.goto(`${web.baseUrl}/en/desk/calls/${call.id}/dashboard`);
    await h1Is(page, TEXT.en.callDashboard);
    await page.locator('figure.chart svg').first().waitFor();
    await expectChartsWithData(page, 7);
    expect(await page.getByTestId('chart-submissions').locator('a[download]').textContent()).toBe('Download CSV: Applications over time');
    await expectClean(page, problems);
    await screenshot(page, 'call-dashboard-en');
    await page.goto(`${web.baseUrl}/en/desk/cities/${tampereId}/dashboard`);
    await h1Is(page, TEXT.en.cityDashboard);
    await page.locator('figure.chart svg').first().waitFor();
    await expectClean(page, problems);
    await screenshot(page, 'city-dashboard-en');
    await page.goto(`${web.baseUrl}/en/desk/calls/${calibrated.id}/calibration`);
    await h1Is(page, 'Calibrated scores: Spring pilot call');
    await until(() => page.getByTestId('evaluator-bias').first().textContent(), (text) => !!text?.includes('Dora Ankara') && text.includes('harsher than the others'), 'the harsh evaluator');
    expect(await page.getByTestId('rank-changed').filter({ hasText: 'Pilot D' }).textContent()).toContain('down 2 places');
    await expectClean(page, problems);
    await screenshot(page, 'calibration-en');
    await page.goto(`${web.baseUrl}/en/desk/admin/users`);
    await h1Is(page, TEXT.en.users);
    // Only admins list users: the coordinator is told so, in English.
    await page.getByTestId('error-message').waitFor();
    expected(problems, 403);
    await expectClean(page, problems);
  });
});

describe('the public results of the decided call', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  afterEach(async () => {
    await context?.close();
  });

  it.each(['fi', 'en'] as const)('in %s: from the call page to the funded projects, where the money goes and who pays', async (locale) => {
    ({ context, page, problems } = await openPage(web.browser, { locale: locale === 'fi' ? 'fi-FI' : 'en-GB' }));
    const text = TEXT[locale];
    await page.goto(`${web.baseUrl}/${locale}/calls/${call.id}`);
    await page.getByRole('link', { name: text.resultsLink }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/calls/${call.id}/results`);
    await h1Is(page, text.results);
    const projects = page.locator('.table-scroll').first().locator('tbody tr');
    await until(() => projects.count(), (n) => n === 2, 'two funded projects');
    expect(await projects.first().textContent()).toMatch(/Kokeilija \d Oy/);
    await expectChartsWithData(page, 2);
    expect(await page.getByTestId('chart-by-source-table').textContent()).toContain(locale === 'fi' ? 'EAKR' : 'ERDF');
    await expectClean(page, problems);
    await screenshot(page, `call-results-${locale}`);

    // Where the programme's money goes, across the decided calls: by city and by focus area.
    await page.getByRole('link', { name: text.allGrants }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/grants`);
    await page.getByTestId('chart-programme-by-city').waitFor();
    expect(await page.getByTestId('programme-summary').textContent()).toMatch(text.programmeSummary);
    await expectChartsWithData(page, 2);
    const cellsOf = (row: Locator) => row.locator('td, th').allTextContents();
    const byCity = await cellsOf(page.getByTestId('chart-programme-by-city-table').locator('tbody tr').first());
    expect([byCity[0], byCity[1], byCity[2], byCity[4]]).toEqual(['Tampere', '1', '2', '100']);
    const areas = page.getByTestId('chart-programme-by-focus-area-table').locator('tbody tr');
    expect(await areas.count()).toBe(3);
    const byArea = await cellsOf(areas.first());
    expect([byArea[0], byArea[1], byArea[2], byArea[4]]).toEqual([text.focusArea, '1', '2', '100']);
    expect(byArea[3]).toBe(byCity[3]);
    await expectClean(page, problems);
    await screenshot(page, `programme-results-${locale}`);
  });
});
