/// <reference lib="dom" />
import request from 'supertest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { callBody, grantRole, registerUser, type TestUser } from '../support/api.js';
import { eventually } from '../support/stack.js';
import { closeSoon, consortiumOf, countInState, EUR, openCallWithApplications, submitAllReviews, type WorkflowCall } from '../support/workflow.js';
import { openPage, type PageProblems, screenshot, seriousViolations, startWebStack, until, type WebStack } from './support/browser.js';

/*
 * Evaluation and decision in a real Chromium against the real API, worker, PostgreSQL and Redis.
 * A Tampere call with four submitted, eligible applications has closed and been assigned (through
 * the API and the worker). In Finnish, an evaluator declares a conflict with one application and
 * scores two (the first with "submit and go to the next"), the coordinator records a consensus on
 * the application whose reviews diverge and reads the ranking with its budget line, and the
 * decider lowers one grant with a reason and approves. Then the lead of an unfunded application
 * asks for redress from its outcome page, the coordinator appoints a reviewer on the redress desk
 * and the reviewer rejects it with reasons. The key pages are read again in English; axe on every
 * page.
 */
jest.setTimeout(240_000);

const CRITERIA = [
  {
    key: 'impact',
    name: { fi: 'Vaikuttavuus', sv: 'Genomslag', en: 'Impact' },
    guidance: { fi: 'Miten paljon kokeilu parantaa kaupunkilaisten arkea?', sv: 'Hur mycket förbättrar piloten invånarnas vardag?', en: 'How much does the pilot improve residents’ everyday life?' },
    weight: 2,
    scale: { min: 0, max: 5, step: 0.5 },
    threshold: 2.5,
  },
  {
    key: 'feasibility',
    name: { fi: 'Toteutettavuus', sv: 'Genomförbarhet', en: 'Feasibility' },
    guidance: { fi: 'Onko suunnitelma, aikataulu ja budjetti uskottava?', sv: 'Är planen, tidtabellen och budgeten trovärdiga?', en: 'Are the plan, schedule and budget credible?' },
    weight: 1,
    scale: { min: 0, max: 5, step: 0.5 },
    threshold: 2,
  },
];

let web: WebStack;
let call: WorkflowCall;
/** The evaluator scoring in the browser, and the application indexes of their assignments. */
let bench: TestUser;
let conflicted: number;
let scored: number[];
/** The application no browser evaluator reviews: the other two diverge on it. */
let flagged: number;
/** An evaluator outside the call's pool whom an earlier pool knows for mobility, and a call of another decider. */
let newcomer: TestUser;
let otherDeciderCall: string;
const NEWCOMER = 'Elina Esimerkki';

/** The redress request's application (unfunded), its lead and the reviewer appointed to it. */
let redressed: { applicationId: string; title: string; lead: TestUser };
let procedural: TestUser;
let redressId: string;

const api = () => request(web.stack.http);
const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

async function assignmentsOf(user: TestUser): Promise<{ id: string; applicationId: string; state: string }[]> {
  const res = await api().get('/api/v1/reviews').query({ callId: call.id, limit: 100 }).set(auth(user)).expect(200);
  return res.body.items;
}

beforeAll(async () => {
  web = await startWebStack();
  call = await openCallWithApplications(web.stack, {
    applications: 4,
    evaluators: 3,
    organisations: 4,
    requestedCents: 40_000 * EUR,
    budgetCents: 100_000 * EUR,
    call: { title: { fi: 'Syksyn kokeiluhaku 2026', sv: 'Höstens utlysning 2026', en: 'Autumn pilot call 2026' }, criteria: CRITERIA },
  });
  await eventually(async () => (await countInState(web.stack, call, 'eligible')) === 4, 60_000, 'every application to be eligible');
  await closeSoon(web.stack, call);
  await eventually(async () => (await countInState(web.stack, call, 'in_review')) === 4, 60_000, 'the assignment at the close');
  // The evaluator with three assignments scores in the browser; the application they do not review is the flagged one.
  const loads = await Promise.all(call.evaluators.map(async (evaluator) => ({ evaluator, mine: await assignmentsOf(evaluator) })));
  const busiest = loads.find((load) => load.mine.length === 3)!;
  bench = busiest.evaluator;
  const indexes = busiest.mine.map((item) => call.applications.indexOf(item.applicationId)).sort();
  flagged = [0, 1, 2, 3].find((i) => !indexes.includes(i))!;
  [conflicted, ...scored] = indexes;
  // The others review first (everything but the bench's), diverging by 3 on the impact of the flagged one.
  const [first] = call.evaluators.filter((evaluator) => evaluator !== bench);
  const others = { ...call, evaluators: call.evaluators.filter((evaluator) => evaluator !== bench) };
  await submitAllReviews(web.stack, others, (i, evaluator) => ({ impact: i === flagged ? (evaluator === first ? 1.5 : 4.5) : 3.5 + (i % 2) * 0.5, feasibility: 4 }));

  // Another Tampere call, decided by someone else; its pool knows the newcomer for mobility.
  const [otherDecider, evaluator] = await Promise.all([registerUser(web.stack), registerUser(web.stack)]);
  newcomer = evaluator;
  await grantRole(web.stack, otherDecider.id, 'decider');
  await grantRole(web.stack, newcomer.id, 'evaluator');
  await web.stack.db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [newcomer.id, NEWCOMER]);
  const [{ id: tampere }] = await web.stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
  const created = await api().post('/api/v1/calls').set(auth(call.coordinator)).send(callBody(tampere, { title: { fi: 'Toisen päättäjän haku', en: 'Another decider’s call' }, deciderIds: [otherDecider.id] })).expect(201);
  otherDeciderCall = created.body.id;
  await api().post(`/api/v1/calls/${otherDeciderCall}/publish`).set(auth(call.coordinator)).send({ version: created.body.version }).expect(200);
  await api().post(`/api/v1/calls/${otherDeciderCall}/evaluators`).set(auth(call.coordinator)).send({ userId: newcomer.id, expertise: ['mobility'] }).expect(201);
}, 180_000);

afterAll(async () => {
  await web?.close();
});

async function expectClean(page: Page, problems: PageProblems): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems.errors).toEqual([]);
}

const textOf = (locator: Locator) => until(async () => (await locator.textContent())?.replace(/\s+/g, ' ').trim() ?? '', () => true, 'text');
const containing = (locator: Locator, expected: string | RegExp) =>
  until(
    async () => (await locator.textContent())?.replace(/\s+/g, ' ') ?? '',
    (value) => (typeof expected === 'string' ? value.includes(expected) : expected.test(value)),
    String(expected),
    30_000,
  );

/** Opens an address that needs sign-in, signs in on the way (the 401 that sent us there is expected) and waits to be back. */
async function visitSignedIn(page: Page, problems: PageProblems, url: string, who: TestUser, locale: 'fi' | 'en' = 'fi'): Promise<void> {
  await page.goto(url);
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByLabel(locale === 'fi' ? 'Sähköpostiosoite' : 'E-mail address').fill(who.email);
  await page.getByLabel(locale === 'fi' ? 'Salasana' : 'Password').fill(who.password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(url);
  problems.errors.splice(0, problems.errors.length, ...problems.errors.filter((error) => !error.includes('status of 401')));
}

const title = (i: number) => `Pilot ${i}`;

const SUGGESTION = 'Kysy, kuka ajaa busseja öisin.';
const QUESTION = 'Kuka ajaa busseja öisin, ja millä luvalla?';
const ANSWER = 'Kumppanimme ajaa yövuorot omalla liikenneluvallaan.';

/** `days` days from now as Helsinki's wall clock, as a `datetime-local` input takes it. */
const helsinkiLocal = (days: number) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
    .format(new Date(Date.now() + days * 86_400_000))
    .replace(' ', 'T');

describe('evaluation and decision, in Finnish', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    ({ context, page, problems } = await openPage(web.browser, { locale: 'fi-FI' }));
  });
  afterAll(async () => {
    await context?.close();
  });
  beforeEach(() => {
    problems.errors.length = 0;
  });

  it('an evaluator declares a conflict with one assigned application, with a reason', async () => {
    // From the desk's home, where the evaluator role opens the bench.
    await visitSignedIn(page, problems, `${web.baseUrl}/fi/desk`, bench);
    await page.getByRole('link', { name: 'Minulle osoitetut arvioinnit' }).click();
    await containing(page.locator('h1'), 'Minulle osoitetut hakemukset');
    await containing(page.getByTestId('assignment-progress'), 'Olet lähettänyt 0/3 arviota.');
    await expectClean(page, problems);
    await screenshot(page, 'evaluation-assignments-fi');

    await page.getByRole('button', { name: `Ilmoita esteellisyys hakemukseen ${title(conflicted)}` }).click();
    await page.getByRole('button', { name: 'Ilmoita esteellisyys', exact: true }).click();
    await containing(page.locator('.reason-form'), 'Kirjoita perustelu.');
    await page.getByLabel('Perustelu').fill('Olin hakijan hallituksen jäsen vuoteen 2025 asti.');
    await page.getByRole('button', { name: 'Ilmoita esteellisyys', exact: true }).click();
    await containing(page.getByTestId('my-conflicts'), 'Olin hakijan hallituksen jäsen vuoteen 2025 asti.');
    await containing(page.locator('main'), 'Olet lähettänyt 0/2 arviota.');
    const withdrawn = (await assignmentsOf(bench)).find((item) => item.applicationId === call.applications[conflicted]);
    expect(withdrawn?.state).toBe('declined');
  });

  it('scores the first application beside its pinned revision, the draft kept over a reload, then "submit and go to the next"', async () => {
    await page.getByRole('link', { name: title(scored[0]!), exact: true }).click();
    await containing(page.locator('h1'), `Arviointi: ${title(scored[0]!)}`);
    await containing(page.getByTestId('pinned-revision'), 'Lähetetty versio 1');
    await containing(page.getByTestId('criterion-impact'), 'Miten paljon kokeilu parantaa kaupunkilaisten arkea?');
    // Beside the revision: no questions yet, and one to suggest to the coordinator.
    await containing(page.getByTestId('review-clarifications'), 'Kysymyksiä ei ole esitetty.');
    await page.getByLabel('Ehdota kysymystä koordinaattorille').fill(SUGGESTION);
    await page.getByRole('button', { name: 'Ehdota kysymystä', exact: true }).click();
    await containing(page.getByTestId('my-suggestions'), `${SUGGESTION} (odottaa koordinaattoria)`);
    await page.locator('label[for="score-impact-4"]').click();
    await page.getByLabel('Kommentti: Vaikuttavuus').fill('Selvä hyöty Hervannan asukkaille.');
    // Reloaded before the pause that saves it: nothing typed is lost.
    await page.reload();
    await containing(page.getByTestId('criterion-impact'), 'Vaikuttavuus');
    expect(await page.locator('#score-impact-4').isChecked()).toBe(true);
    expect(await page.getByLabel('Kommentti: Vaikuttavuus').inputValue()).toBe('Selvä hyöty Hervannan asukkaille.');
    await containing(page.getByTestId('draft-status'), 'Luonnos tallennettu.');
    await page.locator('label[for="score-feasibility-3_5"]').click();
    await containing(page.getByTestId('weighted-total'), 'Painotettu kokonaispistemäärä 11,5/15');
    await containing(page.getByTestId('draft-status'), 'Luonnos tallennettu.');
    await expectClean(page, problems);
    await screenshot(page, 'evaluation-review-fi');

    const firstReviewId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByRole('button', { name: 'Lähetä ja siirry seuraavaan' }).click();
    await page.getByTestId('confirm-submit').click();
    await page.waitForURL((url) => url.pathname.startsWith('/fi/desk/reviews/') && !url.pathname.endsWith(firstReviewId));
    await containing(page.locator('h1'), `Arviointi: ${title(scored[1]!)}`);
    const mine = await assignmentsOf(bench);
    expect(mine.find((item) => item.applicationId === call.applications[scored[0]!])?.state).toBe('submitted');
  });

  it('scores the second and then reads the other reviews of it', async () => {
    await page.locator('label[for="score-impact-4_5"]').click();
    await page.locator('label[for="score-feasibility-4"]').click();
    await page.getByLabel('Kommentti: Toteutettavuus').fill('Aikataulu on realistinen.');
    await page.getByRole('button', { name: 'Lähetä arvio', exact: true }).click();
    await page.getByTestId('confirm-submit').click();
    await containing(page.getByTestId('other-reviews'), 'Hakemuksen muut arviot');
    await containing(page.getByTestId('other-reviews'), 'Arvioija 1');
    await expectClean(page, problems);
    await screenshot(page, 'evaluation-others-fi');
  });

  it("the coordinator asks the consortium the evaluator's suggested question, edited, from the application's desk view", async () => {
    await context.clearCookies();
    await visitSignedIn(page, problems, `${web.baseUrl}/fi/desk/calls/${call.id}/applications`, call.coordinator);
    await page.getByRole('link', { name: title(scored[0]!), exact: true }).click();
    await containing(page.locator('h1'), `Hakemus: ${title(scored[0]!)}`);
    await containing(page.getByTestId('pinned-revision'), 'Lähetetty versio 1');
    await containing(page.getByTestId('suggestions'), SUGGESTION);
    await page.getByRole('button', { name: `Esitä tämä kysymys: ${SUGGESTION}` }).click();
    await page.getByLabel('Kysymys', { exact: true }).fill(QUESTION);
    await page.getByLabel('Vastauksen määräaika').fill(helsinkiLocal(7));
    await page.getByRole('button', { name: 'Lähetä kysymys' }).click();
    await containing(page.getByTestId('clarifications'), QUESTION);
    await containing(page.getByTestId('clarifications'), 'Odottaa vastausta');
    await containing(page.getByTestId('clarifications'), 'arvioijan ehdottama');
    await expectClean(page, problems);
    await screenshot(page, 'clarification-desk-fi');
    // The consortium answers on its own page (the applying company's browser test); ranking waits for it.
    const [{ user: lead }] = consortiumOf(call, scored[0]!);
    const [asked] = (await api().get(`/api/v1/applications/${call.applications[scored[0]!]}/clarifications`).set(auth(lead)).expect(200)).body;
    await api().post(`/api/v1/applications/${call.applications[scored[0]!]}/clarifications/${asked.id}/answer`).set(auth(lead)).send({ answer: ANSWER }).expect(200);
  });

  it('the coordinator sees the pool, the conflict, the progress and records a consensus on the flagged application', async () => {
    // The conflicted application went to the evaluator who had not reviewed it; they submit, and everything is aggregated.
    await eventually(async () => (await submitAllReviews(web.stack, call, () => ({ impact: 3, feasibility: 3.5 }))) > 0 || null, 60_000, 'the reassigned review');
    await eventually(async () => (await countInState(web.stack, call, 'reviewed')) === 4, 60_000, 'every application to be aggregated');
    await context.clearCookies();
    await visitSignedIn(page, problems, `${web.baseUrl}/fi/desk`, call.coordinator);
    await page.getByRole('link', { name: 'Hakujen arviointi ja ranking' }).click();
    await page.getByRole('link', { name: 'Arviointi: Syksyn kokeiluhaku 2026' }).click();
    await containing(page.locator('h1'), 'Arviointi: Syksyn kokeiluhaku 2026');
    await containing(page.getByTestId('review-progress'), 'Lähetetty 8/8 arviota.');
    await containing(page.locator('main'), 'Ilmoittanut esteellisyyden tähän hakemukseen');
    const flaggedCard = page.getByTestId('flagged-application');
    await containing(flaggedCard, title(flagged));
    await containing(flaggedCard, 'poikkeaa');
    await expectClean(page, problems);
    await screenshot(page, 'evaluation-call-fi');

    await flaggedCard.getByLabel('Konsensuspisteet: Vaikuttavuus').selectOption('3');
    await flaggedCard.getByLabel('Perustelu (esimerkiksi paneelin keskustelu)').fill('Paneeli katsoi vaikutukset kohtalaisiksi.');
    await flaggedCard.getByRole('button', { name: 'Kirjaa konsensus' }).click();
    await containing(page.locator('main'), 'Yksikään hakemus ei odota konsensusta.');
  });

  it('the coordinator finds an evaluator by name and expertise, adds them to the pool by keyboard, and removes them', async () => {
    await containing(page.locator('h1'), 'Arviointi: Syksyn kokeiluhaku 2026');
    const search = page.getByLabel('Nimi', { exact: true });
    await search.fill('esimerkki');
    await page.getByLabel('Asiantuntemus', { exact: true }).selectOption('mobility');
    await search.focus();
    await page.keyboard.press('Enter');
    await containing(page.getByTestId('evaluator-found'), '1 arvioija löytyi (sivu 1/1).');
    await containing(page.getByTestId('announcer-polite'), '1 arvioija löytyi (sivu 1/1).');
    const found = page.getByTestId('evaluator-candidates');
    await containing(found, NEWCOMER);
    await containing(found, 'Liikkuminen');
    expect(await found.textContent()).not.toContain('@');
    const pick = page.getByRole('button', { name: `Valitse ${NEWCOMER}` });
    await pick.focus();
    await page.keyboard.press('Enter');
    await until(() => page.evaluate(() => document.activeElement?.id), (id) => id === 'pick-evaluator-title', 'focus on the chosen evaluator');
    expect(await page.getByLabel('Liikkuminen', { exact: true }).isChecked()).toBe(true);
    await page.getByLabel('Energia', { exact: true }).check();
    await expectClean(page, problems);
    await screenshot(page, 'evaluation-pool-add-fi');
    await page.getByRole('button', { name: `Lisää ${NEWCOMER}` }).focus();
    await page.keyboard.press('Enter');
    await containing(page.getByTestId('announcer-polite'), `${NEWCOMER} lisättiin pooliin.`);
    const pool = page.locator('section[aria-labelledby="pool-title"] table');
    await containing(pool, NEWCOMER);
    await containing(pool, 'Liikkuminen, Energia');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('evaluator-search-q');

    await page.getByRole('button', { name: `Poista ${NEWCOMER}` }).click();
    await containing(page.locator('.confirm-remove'), 'Hänen lähettämättömät arviointinsa siirtyvät muille arvioijille');
    await page.keyboard.press('Enter');
    await containing(page.getByTestId('announcer-polite'), `${NEWCOMER} poistettiin poolista.`);
    await until(async () => (await pool.textContent()) ?? '', (text) => !text.includes(NEWCOMER), 'the newcomer out of the pool');
    await expectClean(page, problems);
    const audit = await web.stack.db.query(`SELECT action FROM audit_events WHERE call_id = $1 AND action LIKE 'call.evaluator_%' ORDER BY id DESC LIMIT 2`, [call.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['call.evaluator_removed', 'call.evaluator_added']);
  });

  it('the coordinator reads the ranking with the budget line drawn across it', async () => {
    await eventually(async () => (await api().get(`/api/v1/calls/${call.id}/funding-proposal`).set(auth(call.coordinator))).status === 200, 60_000, 'the proposal');
    await page.getByRole('link', { name: 'Ranking ja rahoitusehdotus' }).click();
    await containing(page.locator('h1'), 'Ranking: Syksyn kokeiluhaku 2026');
    await containing(page.getByTestId('ranked-list'), 'Keskiarvo: Vaikuttavuus');
    await containing(page.locator('main'), 'Tasapisteet ratkaisee: korkeampi Vaikuttavuus → aiempi lähetysaika');
    await containing(page.getByTestId('budget-line'), 'Budjettiraja: sidottu 80 000,00 € / 100 000,00 €, jäljellä 20 000,00 €');
    expect(await page.getByTestId('funded-line').count()).toBe(2);
    expect(await page.getByTestId('reserve-line').count()).toBe(2);
    await containing(page.getByTestId('budget-view'), 'EAKR 60 %: 24 000,00 €');
    await expectClean(page, problems);
    await screenshot(page, 'ranking-fi');
  });

  it('the decider lowers one grant with a reason, the budget checked as typed, and approves', async () => {
    await context.clearCookies();
    await visitSignedIn(page, problems, `${web.baseUrl}/fi/desk`, call.decider);
    await page.getByRole('link', { name: 'Päätettävät haut' }).click();
    // Only the calls naming this decider, with the proposal that waits for them.
    await containing(page.getByTestId('awaiting-count'), '1 rahoitusehdotus odottaa päätöstäsi.');
    const rows = page.locator('main table tbody tr');
    await containing(rows.first(), 'Odottaa päätöstäsi');
    expect(await rows.count()).toBe(1);
    expect(await page.locator('main').textContent()).not.toContain('Toisen päättäjän haku');
    await expectClean(page, problems);
    await screenshot(page, 'decisions-fi');
    await page.getByRole('link', { name: 'Syksyn kokeiluhaku 2026' }).click();
    await containing(page.locator('h1'), 'Rahoituspäätös: Syksyn kokeiluhaku 2026');
    await containing(page.getByTestId('budget-line'), 'jäljellä 20 000,00 €');
    await expectClean(page, problems);
    const firstTitle = (await textOf(page.getByTestId('funded-line').first().locator('td').nth(1))).split(' · ')[0]!;
    await page.getByRole('button', { name: `Muuta hakemuksen ${firstTitle} riviä` }).click();
    const grant = page.getByLabel('Avustus (€)');
    await grant.fill('70000');
    await containing(page.locator('.amend-form'), 'Avustus voi olla enintään 40 000,00 €.');
    await grant.fill('30000');
    await containing(page.getByTestId('budget-check'), 'Muutoksen jälkeen: sidottu 70 000,00 €, jäljellä 30 000,00 €.');
    await page.getByRole('button', { name: 'Muuta ehdotusta' }).click();
    await containing(page.locator('.amend-form'), 'Muutos tarvitsee perustelun.');
    await page.getByLabel('Muutoksen perustelu').fill('Laitteista puolet on jo kaupungin omistuksessa.');
    await expectClean(page, problems);
    await screenshot(page, 'decision-amend-fi');
    await page.getByRole('button', { name: 'Muuta ehdotusta' }).click();
    await containing(page.getByTestId('budget-line'), 'sidottu 70 000,00 € / 100 000,00 €, jäljellä 30 000,00 €');
    await containing(page.getByTestId('amendment-record'), 'Laitteista puolet on jo kaupungin omistuksessa.');

    await page.getByRole('button', { name: 'Hyväksy ehdotus' }).click();
    await page.getByTestId('confirm-approve').click();
    await containing(page.getByTestId('decision-record'), 'Päätöksen tiedot');
    await containing(page.getByTestId('decision-record'), '70 000,00 €');
    await containing(page.getByTestId('amendment-record'), `hakemuksen ${firstTitle} avustukseksi muutettiin 30 000,00 €`);
    expect((await web.stack.db.query(`SELECT state FROM calls WHERE id = $1`, [call.id]))[0].state).toBe('decided');
    await expectClean(page, problems);
    await screenshot(page, 'decision-record-fi');
  });

  it('the lead of an unfunded application asks for redress from its outcome page, the grounds kept over a reload', async () => {
    const [row] = await web.stack.db.query(`SELECT id, lead_organisation_id AS "organisationId" FROM applications WHERE call_id = $1 AND state = 'not_funded' ORDER BY id LIMIT 1`, [call.id]);
    const lead = call.applicants.find((applicant) => applicant.organisationId === row.organisationId)!.user;
    redressed = { applicationId: row.id, title: title(call.applications.indexOf(row.id)), lead };
    await context.clearCookies();
    await visitSignedIn(page, problems, `${web.baseUrl}/fi/applications/${row.id}/outcome`, lead);
    const section = page.getByTestId('redress');
    await containing(section, 'Oikaisu');
    await containing(page.getByTestId('redress-window'), '30 päivää jäljellä.');
    await section.getByRole('button', { name: 'Pyydä oikaisua' }).click();
    await containing(section, 'Kirjoita vähintään 20 merkkiä.');
    await page.getByLabel('Perusteet').fill('Toteutettavuutta arvioitiin ehdolla, jota hakuilmoituksessa ei ole.');
    await page.reload();
    await containing(page.getByTestId('redress'), 'Oikaisu');
    expect(await page.getByLabel('Perusteet').inputValue()).toBe('Toteutettavuutta arvioitiin ehdolla, jota hakuilmoituksessa ei ole.');
    await expectClean(page, problems);
    await screenshot(page, 'redress-request-fi');
    await page.getByRole('button', { name: 'Pyydä oikaisua' }).click();
    await containing(page.getByTestId('redress-state'), 'Odottaa käsittelijää');
    redressId = (await web.stack.db.query(`SELECT id FROM redress_requests WHERE application_id = $1`, [row.id]))[0].id;
  });

  it('the coordinator appoints a reviewer who took no part in the evaluation on the redress desk', async () => {
    procedural = await registerUser(web.stack);
    await grantRole(web.stack, procedural.id, 'evaluator');
    await web.stack.db.query(`UPDATE users SET display_name = 'Riitta Oikaisija' WHERE id = $1`, [procedural.id]);
    await context.clearCookies();
    await visitSignedIn(page, problems, `${web.baseUrl}/fi/desk/calls/${call.id}`, call.coordinator);
    await page.getByRole('link', { name: 'Oikaisupyynnöt' }).click();
    await containing(page.locator('h1'), 'Oikaisupyynnöt');
    const card = page.getByTestId('redress-request');
    await containing(card, 'Toteutettavuutta arvioitiin ehdolla');
    await containing(card, 'osallistui arviointiin');
    await card.getByLabel(`Käsittelijä: ${redressed.title}`).selectOption({ label: 'Riitta Oikaisija' });
    await card.getByRole('button', { name: 'Nimeä' }).click();
    await containing(page.getByTestId('redress-reviewer'), 'Riitta Oikaisija');
    await containing(page.getByTestId('redress-state'), 'Käsittelyssä');
    await expectClean(page, problems);
    await screenshot(page, 'redress-desk-fi');
  });

  it('the reviewer rejects the request with reasons', async () => {
    await context.clearCookies();
    await visitSignedIn(page, problems, `${web.baseUrl}/fi/desk`, procedural);
    await page.getByRole('link', { name: 'Käsiteltävät oikaisupyynnöt' }).click();
    await page.getByRole('link', { name: redressed.title, exact: true }).click();
    await containing(page.locator('h1'), 'Oikaisupyyntö');
    await page.getByRole('button', { name: 'Kirjaa ratkaisu' }).click();
    await containing(page.getByTestId('redress-outcome-form'), 'Valitse hylätty tai hyväksytty.');
    await page.getByLabel('Hylätty').check();
    await page.getByLabel('Perustelut').fill('Toteutettavuus arvioitiin hakuilmoituksen kriteerin mukaan.');
    await expectClean(page, problems);
    await screenshot(page, 'redress-review-fi');
    await page.getByRole('button', { name: 'Kirjaa ratkaisu' }).click();
    await containing(page.getByTestId('redress-state'), 'Hylätty');
    expect((await web.stack.db.query(`SELECT state, outcome_reasons AS reasons FROM redress_requests WHERE id = $1`, [redressId]))[0]).toEqual({
      state: 'rejected',
      reasons: 'Toteutettavuus arvioitiin hakuilmoituksen kriteerin mukaan.',
    });
  });
});

describe('the key pages in English', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    ({ context, page, problems } = await openPage(web.browser, { locale: 'en-GB' }));
  });
  afterAll(async () => {
    await context?.close();
  });

  beforeEach(async () => {
    problems.errors.length = 0;
    await context.clearCookies();
  });

  it('the evaluator’s submitted review with the others beside it', async () => {
    const review = (await assignmentsOf(bench)).find((item) => item.applicationId === call.applications[scored[0]!]);
    await visitSignedIn(page, problems, `${web.baseUrl}/en/desk/reviews/${review!.id}`, bench, 'en');
    await containing(page.getByTestId('other-reviews'), 'The other reviews of this application');
    // The question and its answer beside the revision.
    await containing(page.getByTestId('review-clarifications'), ANSWER);
    await containing(page.getByTestId('review-clarifications'), 'Answered');
    await expectClean(page, problems);
    await screenshot(page, 'evaluation-others-en');
  });

  it('the coordinator’s view of an application with its question answered', async () => {
    await visitSignedIn(page, problems, `${web.baseUrl}/en/desk/applications/${call.applications[scored[0]!]}`, call.coordinator, 'en');
    await containing(page.getByTestId('clarifications'), ANSWER);
    await containing(page.getByTestId('clarifications'), 'suggested by an evaluator');
    // Funded now: the question phase is over, so no form offers to ask.
    await containing(page.locator('main'), 'Questions can be asked only while eligibility is checked');
    expect(await page.locator('#ask-question').count()).toBe(0);
    await expectClean(page, problems);
    await screenshot(page, 'clarification-desk-en');
  });

  it('the coordinator’s ranking with its budget line', async () => {
    await visitSignedIn(page, problems, `${web.baseUrl}/en/desk/calls/${call.id}/ranking`, call.coordinator, 'en');
    await containing(page.getByTestId('budget-line'), 'Budget line: €70,000.00 of €100,000.00 committed, €30,000.00 remaining');
    await containing(page.locator('main'), 'Ties are broken by: the higher Impact → the earlier submission');
    await expectClean(page, problems);
    await screenshot(page, 'ranking-en');
  });

  it('the decider’s calls and the record of the decision', async () => {
    await visitSignedIn(page, problems, `${web.baseUrl}/en/desk/decisions`, call.decider, 'en');
    await containing(page.locator('main table'), 'Autumn pilot call 2026');
    await containing(page.locator('main table'), 'Decided');
    expect(await page.locator('main').textContent()).not.toContain('Another decider’s call');
    await expectClean(page, problems);
    await screenshot(page, 'decisions-en');
    await page.getByRole('link', { name: 'Autumn pilot call 2026' }).click();
    await page.waitForURL(`${web.baseUrl}/en/desk/decisions/${call.id}`);
    await containing(page.getByTestId('decision-record'), 'The decision’s record');
    await containing(page.getByTestId('amendment-record'), 'reason: Laitteista puolet on jo kaupungin omistuksessa.');
    await expectClean(page, problems);
    await screenshot(page, 'decision-record-en');
  });

  it('the lead’s outcome with the rejected redress and its reasons', async () => {
    await visitSignedIn(page, problems, `${web.baseUrl}/en/applications/${redressed.applicationId}/outcome`, redressed.lead, 'en');
    await containing(page.getByTestId('redress-state'), 'Rejected');
    await containing(page.getByTestId('redress'), 'Toteutettavuus arvioitiin hakuilmoituksen kriteerin mukaan.');
    await expectClean(page, problems);
    await screenshot(page, 'redress-outcome-en');
  });

  it('the redress desk and the reviewer’s page', async () => {
    await visitSignedIn(page, problems, `${web.baseUrl}/en/desk/calls/${call.id}/redress`, call.coordinator, 'en');
    await containing(page.getByTestId('redress-reviewer'), 'Riitta Oikaisija');
    await containing(page.getByTestId('redress-policy'), 'Redress reserve (euros)');
    await expectClean(page, problems);
    await screenshot(page, 'redress-desk-en');
    await context.clearCookies();
    await visitSignedIn(page, problems, `${web.baseUrl}/en/desk/redress/${redressId}`, procedural, 'en');
    await containing(page.getByTestId('redress-facts'), 'Rejected');
    await expectClean(page, problems);
    await screenshot(page, 'redress-review-en');
  });
});
