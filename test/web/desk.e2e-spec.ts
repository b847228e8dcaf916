/// <reference lib="dom" />
import type { BrowserContext, Locator, Page } from 'playwright-core';
import request from 'supertest';
import { at, callBody, createOrganisation, DAY, grantRole, registerUser, type TestUser } from '../support/api.js';
import { eventually } from '../support/stack.js';
import { company, type Company } from './support/applying.js';
import { openPage, type PageProblems, screenshot, seriousViolations, startWebStack, until, type WebStack } from './support/browser.js';

/*
 * The city coordinator's desk in a real Chromium against the real API, worker, PostgreSQL and
 * Redis: the coordinator of Tampere opens the desk from the main menu, creates a test bed in three
 * languages side by side (seeing which languages are missing), publishes it, approves a company's
 * booking request (made through HTTP), sees the capacity conflict of a second one and reads the
 * bed's bookings as a month calendar by keyboard; grants one organisation an extension once the
 * call is open; in Finnish,
 * with the desk's key pages also checked in English. axe on every page.
 */
jest.setTimeout(240_000);

const TEXT = {
  fi: {
    email: 'Sähköpostiosoite',
    password: 'Salasana',
    desk: 'Työpöytä',
    testbeds: 'Testiympäristöt',
    bedsTitle: 'Kaupungin testiympäristöt',
    newBed: 'Uusi testiympäristö',
    create: 'Luo luonnos',
    publish: 'Julkaise',
    draft: 'Luonnos',
    published: 'Julkaistu',
    missing: 'Puuttuu: ruotsi, englanti',
    lat: 'Leveysaste',
    lon: 'Pituusaste',
    mobility: 'Liikkuminen',
    addWindow: 'Lisää saatavuusjakso',
    windowStart: 'Jakso 1: ensimmäinen päivä',
    windowEnd: 'Jakso 1: viimeinen päivä',
    inbox: 'Testiympäristön varauspyynnöt',
    bookingsTitle: 'Varauspyynnöt',
    approve: 'Hyväksy',
    approved: 'Hyväksytty',
    conflict: 'Kapasiteetti ylittyisi',
    allBeds: 'Kaikki kaupungin testiympäristöt',
    calls: 'Rahoitushaut',
    callsTitle: 'Kaupungin rahoitushaut',
    newCall: 'Uusi rahoitushaku',
    sharesOff: 'Osuudet yhteensä 110 %: niiden on oltava yhteensä 100 %.',
    sharesOk: 'Osuudet yhteensä 100 %.',
    addTieBreak: 'Lisää ratkaiseva kriteeri',
    tieBreak: '1. ratkaiseva kriteeri',
    preview: 'Esikatsele julkisena',
    previewTitle: 'Esikatselu',
    backToEdit: 'Takaisin muokkaamaan',
    publishCall: 'Julkaise haku',
    scheduled: 'Avautuu pian',
    save: 'Tallenna muutokset',
    saved: 'Haku tallennettu.',
    audit: 'Tapahtumaloki',
    kind: 'Kohde',
    approvedSentence: 'hyväksyi varauksen 1.6.2027–30.6.2027 (Robottibussin talvitestit).',
    publishedSentence: 'julkaisi testiympäristön Hervannan robottikatu.',
  },
  en: {
    desk: 'Desk',
    deskCity: 'City: Tampere',
    bedsTitle: "The city's test beds",
    bookingsTitle: 'Booking requests',
    callsTitle: "The city's calls",
    applications: 'Applications',
    organisationId: 'Organisation id',
    deadline: 'New deadline',
    reason: 'Reason',
    grant: 'Grant the extension',
    granted: 'The extension was granted.',
    auditTitle: 'Audit log',
    approvedSentence: 'approved the booking 1 June 2027 – 30 June 2027 (Robottibussin talvitestit).',
  },
} as const;

const BED = {
  name: { fi: 'Hervannan robottikatu', sv: 'Robotgatan i Hervanta', en: 'Hervanta robot street' },
  summary: { fi: 'Katu robottibussien kokeiluille', sv: 'En gata för försök med robotbussar', en: 'A street for robot bus pilots' },
};

let web: WebStack;
let coordinator: TestUser;
let context: BrowserContext;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  web = await startWebStack();
  coordinator = await registerUser(web.stack, { locale: 'fi' });
  await grantRole(web.stack, coordinator.id, 'coordinator', 'tampere');
  ({ context, page, problems } = await openPage(web.browser, { locale: 'fi-FI' }));
  page.setDefaultTimeout(20_000);
});

afterAll(async () => {
  await context?.close();
  await web?.close();
});

/** Chromium logs every 4xx answer as an error: the ones a step provokes on purpose are taken out. */
function expected(status: number): void {
  problems.errors.splice(0, problems.errors.length, ...problems.errors.filter((error) => !error.includes(`status of ${status}`)));
}

async function expectClean(): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  expect(problems.errors).toEqual([]);
}

const h1 = () => page.locator('h1');
const textOf = (locator: Locator, text: string) =>
  until(async () => (await locator.first().textContent())?.replace(/\s+/g, ' ').trim() ?? '', (value) => value.includes(text), text);

let bedId: string;
let organisationId: string;

it('opens the desk from the main menu after sign-in, with the city’s areas', async () => {
  await page.goto(`${web.baseUrl}/fi/desk`);
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByLabel(TEXT.fi.email).fill(coordinator.email);
  await page.getByLabel(TEXT.fi.password).fill(coordinator.password);
  await page.locator('form button[type=submit]').click();
  await page.waitForURL(`${web.baseUrl}/fi/desk`);
  expected(401);
  await textOf(h1(), TEXT.fi.desk);
  await textOf(page.getByRole('navigation').getByRole('link', { name: TEXT.fi.desk }), TEXT.fi.desk);
  await textOf(page.locator('.desk-area h2'), 'Tampere');
  await expectClean();
  await screenshot(page, 'desk-fi');
});

it('creates a test bed in three languages side by side, seeing the languages missing, and publishes it', async () => {
  await page.locator('.desk-area').getByRole('link', { name: TEXT.fi.testbeds }).click();
  await textOf(h1(), TEXT.fi.bedsTitle);
  await expectClean();
  await page.getByRole('link', { name: TEXT.fi.newBed }).click();
  await textOf(h1(), TEXT.fi.newBed);

  await page.locator('#bed-name-fi').fill(BED.name.fi);
  await page.locator('#bed-summary-fi').fill(BED.summary.fi);
  await textOf(page.getByTestId('missing-name'), TEXT.fi.missing);
  for (const language of ['sv', 'en'] as const) {
    await page.locator(`#bed-name-${language}`).fill(BED.name[language]);
    await page.locator(`#bed-summary-${language}`).fill(BED.summary[language]);
  }
  await until(() => page.getByTestId('missing-name').count(), (count) => count === 0, 'no language missing');
  await page.getByLabel(TEXT.fi.lat).fill('61.4498');
  await page.getByLabel(TEXT.fi.lon).fill('23.8587');
  await page.getByLabel(TEXT.fi.mobility).check();
  await page.getByRole('button', { name: TEXT.fi.addWindow }).click();
  await page.getByLabel(TEXT.fi.windowStart).fill('2027-05-01');
  await page.getByLabel(TEXT.fi.windowEnd).fill('2027-09-30');
  await expectClean();
  await page.getByRole('button', { name: TEXT.fi.create }).click();
  await page.waitForURL(/\/fi\/desk\/testbeds\/[0-9a-f-]{36}$/);
  bedId = page.url().split('/').pop() as string;
  await textOf(page.locator('.desk-state'), TEXT.fi.draft);
  await textOf(h1(), BED.name.fi);
  expect(await page.locator('#bed-name-sv').inputValue()).toBe(BED.name.sv);
  await expectClean();
  await screenshot(page, 'desk-testbed-fi');

  await page.getByRole('button', { name: TEXT.fi.publish }).click();
  await textOf(page.locator('.desk-state'), TEXT.fi.published);
  await expectClean();
  await page.getByRole('link', { name: TEXT.fi.allBeds }).click();
  await textOf(h1(), TEXT.fi.bedsTitle);
  await textOf(page.locator('table'), BED.name.fi);
  await expectClean();
  await screenshot(page, 'desk-testbeds-fi');
  await page.getByRole('link', { name: BED.name.fi }).click();
  await textOf(h1(), BED.name.fi);
  const bed = await request(web.stack.http).get(`/api/v1/testbeds/${bedId}?lang=all`).expect(200);
  expect(bed.body).toMatchObject({ state: 'published', translations: { name: BED.name, summary: BED.summary }, location: { lat: 61.4498, lon: 23.8587 }, themes: ['mobility'], capacity: 1 });
});

it('approves a company’s booking request, and shows the capacity conflict of an overlapping one', async () => {
  const company = await registerUser(web.stack, { locale: 'fi' });
  const organisation = await createOrganisation(web.stack, company, { name: 'Robottiajo Oy' });
  organisationId = organisation.id;
  for (const [start, end, purpose] of [
    ['2027-06-01', '2027-06-30', 'Robottibussin talvitestit'],
    ['2027-06-15', '2027-07-15', 'Jakelurobotin reitit'],
  ]) {
    await request(web.stack.http)
      .post(`/api/v1/testbeds/${bedId}/bookings`)
      .set('authorization', `Bearer ${company.token}`)
      .send({ organisationId: organisation.id, start, end, purpose, participants: 3 })
      .expect(201);
  }
  await page.getByRole('link', { name: TEXT.fi.inbox }).click();
  await textOf(h1(), TEXT.fi.bookingsTitle);
  const cards = page.getByTestId('booking-card');
  await until(() => cards.count(), (count) => count === 2, 'two requests');
  await expectClean();
  await screenshot(page, 'desk-bookings-fi');

  await cards.nth(0).getByRole('button', { name: TEXT.fi.approve }).click();
  await until(() => cards.count(), (count) => count === 1, 'the approved request leaves the inbox');
  await cards.nth(0).getByRole('button', { name: TEXT.fi.approve }).click();
  await textOf(page.getByTestId('capacity-conflict'), TEXT.fi.conflict);
  await textOf(page.getByTestId('capacity-conflict'), '1.6.2027');
  expected(409);
  await expectClean();
  await screenshot(page, 'desk-booking-conflict-fi');
  const approved = await request(web.stack.http).get(`/api/v1/booking-requests?state=approved`).set('authorization', `Bearer ${coordinator.token}`).expect(200);
  expect(approved.body.items.map((booking: { purpose: string }) => booking.purpose)).toEqual(['Robottibussin talvitestit']);
});

it('shows the bed’s bookings as a month grid moved through by keyboard, with the list as the other view', async () => {
  await page.goto(`${web.baseUrl}/fi/desk/testbeds/${bedId}`);
  await textOf(h1(), BED.name.fi);
  const grid = page.getByTestId('booking-calendar');
  // It opens on the month of the next booking; the approved one and the one still waiting show on their days.
  await textOf(grid.locator('caption'), 'Varaukset: kesäkuu 2027');
  await textOf(grid.locator('[data-date="2027-06-01"]'), 'Hyväksytty');
  await textOf(grid.locator('[data-date="2027-06-15"]'), 'Odottaa päätöstä');
  expect(await grid.locator('th[scope=col]').count()).toBe(7);
  expect(await grid.locator('.booking-calendar__day--available').count()).toBe(30);
  await expectClean();
  await screenshot(page, 'desk-testbed-calendar-fi');
  // 7 June 2027 is a Monday: End goes to Sunday the 13th, Page Down to 13 July, where the waiting booking still runs.
  await grid.locator('[data-date="2027-06-07"]').focus();
  await page.keyboard.press('End');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-date'))).toBe('2027-06-13');
  await page.keyboard.press('PageDown');
  await textOf(grid.locator('caption'), 'heinäkuu 2027');
  await until(() => page.evaluate(() => document.activeElement?.getAttribute('data-date')), (date) => date === '2027-07-13', 'focus on 13 July');
  await page.keyboard.press('ArrowDown');
  await until(() => page.evaluate(() => document.activeElement?.getAttribute('data-date')), (date) => date === '2027-07-20', 'focus a week later');
  await textOf(grid.locator('[data-date="2027-07-15"]'), 'Odottaa päätöstä');
  expect(await grid.locator('[data-date="2027-07-16"]').textContent()).toContain('Ei varauksia');
  await textOf(page.getByTestId('announcer-polite'), 'Näytetään heinäkuu 2027.');
  await page.getByTestId('calendar-previous').click();
  await textOf(grid.locator('caption'), 'kesäkuu 2027');
  await page.getByTestId('bookings-view-list').click();
  await textOf(page.locator('section[aria-labelledby="bed-bookings"] table'), 'Robottibussin talvitestit');
  expect(await page.getByTestId('bookings-view-list').getAttribute('aria-pressed')).toBe('true');
  await expectClean();
});

/** A time `days` from now in Helsinki's wall clock, as a datetime-local input takes it. */
function helsinkiIn(days: number): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(Date.now() + days * 86_400_000))
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T16:00`;
}

let callId: string;

it('creates a call with a form that explains each rule, previews it as the public will see it, publishes it and then changes its text', async () => {
  const decider = await registerUser(web.stack, { locale: 'fi' });
  await grantRole(web.stack, decider.id, 'decider');
  await page.getByRole('link', { name: TEXT.fi.desk, exact: true }).click();
  await page.locator('.desk-area').getByRole('link', { name: TEXT.fi.calls }).click();
  await textOf(h1(), TEXT.fi.callsTitle);
  await expectClean();
  await page.getByRole('link', { name: TEXT.fi.newCall }).click();
  await textOf(h1(), TEXT.fi.newCall);

  await page.locator('#call-title-fi').fill('Robottiliikenteen kokeiluhaku');
  await page.locator('#call-title-sv').fill('Utlysning för robottrafik');
  await page.locator('#call-title-en').fill('Robot traffic pilot call');
  await page.locator('#call-summary-fi').fill('Rahoitusta robottiliikenteen kokeiluille Tampereella.');
  await page.locator('#call-body-fi').fill('Haemme kokeiluja, joissa robotit liikkuvat kaduilla turvallisesti.');
  await page.locator('#call-opensAt').fill(helsinkiIn(1));
  await page.locator('#call-closesAt').fill(helsinkiIn(30));
  await page.locator('#call-reviewDeadline').fill(helsinkiIn(60));
  await page.locator('#call-budget').fill('500000');
  await page.locator('#call-max-grant').fill('50000');
  await page.locator('#call-share-0').fill('70');
  await textOf(page.getByTestId('share-total'), TEXT.fi.sharesOff);
  await page.locator('#call-share-0').fill('60');
  await textOf(page.getByTestId('share-total'), TEXT.fi.sharesOk);
  await page.locator('#call-criterion-0-name-fi').fill('Vaikuttavuus');
  await page.locator('#call-criterion-1-name-fi').fill('Toteutettavuus');
  await page.getByRole('button', { name: TEXT.fi.addTieBreak }).click();
  await page.getByLabel(TEXT.fi.tieBreak).selectOption('impact');
  await page.locator(`#call-decider-${decider.id}`).check();
  await page.locator(`#call-bed-${bedId}`).check();
  await expectClean();
  await screenshot(page, 'desk-call-form-fi');
  await page.getByRole('button', { name: TEXT.fi.create }).click();
  await page.waitForURL(/\/fi\/desk\/calls\/[0-9a-f-]{36}$/);
  callId = page.url().split('/').pop() as string;
  await textOf(h1(), 'Robottiliikenteen kokeiluhaku');
  await expectClean();

  await page.getByRole('link', { name: TEXT.fi.preview }).click();
  await textOf(page.getByTestId('call-preview'), TEXT.fi.previewTitle);
  await textOf(h1(), 'Robottiliikenteen kokeiluhaku');
  await textOf(page.locator('.call'), BED.name.fi);
  await expectClean();
  await screenshot(page, 'desk-call-preview-fi');
  await page.getByRole('link', { name: TEXT.fi.backToEdit }).click();
  await textOf(h1(), 'Robottiliikenteen kokeiluhaku');

  await page.getByRole('button', { name: TEXT.fi.publishCall }).click();
  await textOf(page.locator('.desk-state'), TEXT.fi.scheduled);
  expect(await page.locator('#call-budget').isDisabled()).toBe(true);
  await page.locator('#call-title-fi').fill('Robottiliikenteen kokeiluhaku 2027');
  // The ranking basis may still change after publishing, until the call closes.
  await textOf(page.getByTestId('ranking-basis'), 'Valintaa voi muuttaa haun sulkeutumiseen asti');
  await page.getByLabel('Järjestä kynnykset ylittävät hakemukset').selectOption('calibrated');
  await page.getByRole('button', { name: TEXT.fi.save }).click();
  await textOf(h1(), 'Robottiliikenteen kokeiluhaku 2027');
  expect(await page.locator('#call-ranking-basis').inputValue()).toBe('calibrated');
  await expectClean();
  await screenshot(page, 'desk-call-fi');
  const call = await request(web.stack.http).get(`/api/v1/calls/${callId}?lang=all`).set('authorization', `Bearer ${coordinator.token}`).expect(200);
  expect(call.body).toMatchObject({
    state: 'scheduled',
    translations: { title: { fi: 'Robottiliikenteen kokeiluhaku 2027', sv: 'Utlysning för robottrafik', en: 'Robot traffic pilot call' } },
    budgetCents: 50_000_000,
    maxGrantCents: 5_000_000,
    fundingSources: [
      { source: 'ERDF', sharePercent: 60 },
      { source: 'state', sharePercent: 20 },
      { source: 'city', sharePercent: 20 },
    ],
    tieBreaks: ['impact'],
    deciderIds: [decider.id],
    testbedIds: [bedId],
    rankingBasis: 'calibrated',
  });
});

it('reads the city’s events as sentences, filtered by what they are about', async () => {
  await page.getByRole('link', { name: TEXT.fi.desk, exact: true }).click();
  await page.locator('.desk-area').getByRole('link', { name: TEXT.fi.audit }).click();
  await textOf(h1(), TEXT.fi.audit);
  const events = page.getByTestId('audit-events');
  await textOf(events, TEXT.fi.approvedSentence);
  await textOf(events, TEXT.fi.publishedSentence);
  await expectClean();
  await screenshot(page, 'desk-audit-fi');
  await page.getByLabel(TEXT.fi.kind).selectOption('booking');
  await until(async () => (await events.textContent()) ?? '', (text) => !text.includes(TEXT.fi.publishedSentence) && text.includes(TEXT.fi.approvedSentence), 'only bookings');
  await expectClean();
});

it('shows the desk’s key pages in English', async () => {
  await page.goto(`${web.baseUrl}/en/desk`);
  await textOf(h1(), TEXT.en.desk);
  await textOf(page.locator('.desk-area h2'), TEXT.en.deskCity);
  await expectClean();
  await screenshot(page, 'desk-en');
  await page.goto(`${web.baseUrl}/en/desk/testbeds`);
  await textOf(h1(), TEXT.en.bedsTitle);
  await textOf(page.locator('table'), BED.name.en);
  await expectClean();
  await screenshot(page, 'desk-testbeds-en');
  await page.goto(`${web.baseUrl}/en/desk/testbeds/${bedId}`);
  await textOf(h1(), BED.name.en);
  await textOf(page.getByTestId('booking-calendar').locator('caption'), 'Bookings in June 2027');
  await expectClean();
  await screenshot(page, 'desk-testbed-en');
  await page.goto(`${web.baseUrl}/en/desk/bookings?state=all`);
  await textOf(h1(), TEXT.en.bookingsTitle);
  await until(() => page.getByTestId('booking-card').count(), (count) => count === 2, 'both bookings');
  await expectClean();
  await screenshot(page, 'desk-bookings-en');
  await page.goto(`${web.baseUrl}/en/desk/calls`);
  await textOf(h1(), TEXT.en.callsTitle);
  await textOf(page.locator('table'), 'Robot traffic pilot call');
  await expectClean();
  await screenshot(page, 'desk-calls-en');
  await page.goto(`${web.baseUrl}/en/desk/calls/${callId}`);
  await textOf(h1(), 'Robot traffic pilot call');
  await expectClean();
  await screenshot(page, 'desk-call-en');
});

it('grants one organisation an extension with a reason once the call is open, after the API refused it before', async () => {
  await page.goto(`${web.baseUrl}/en/desk/calls/${callId}`);
  await textOf(h1(), 'Robot traffic pilot call');
  await page.getByRole('link', { name: TEXT.en.applications, exact: true }).click();
  await textOf(h1(), `${TEXT.en.applications}: Robot traffic pilot call`);
  await page.getByLabel(TEXT.en.organisationId).fill(organisationId);
  await page.getByLabel(TEXT.en.deadline).fill(helsinkiIn(31));
  await page.getByLabel(TEXT.en.reason).fill('The national e-service was down on the last day');
  // Extensions are for open or just closed calls: this one opens tomorrow, and the API's refusal shows in the page's language.
  await page.getByRole('button', { name: TEXT.en.grant }).click();
  await textOf(page.getByTestId('problem-message'), 'Deadline extensions are granted only in open or just closed calls');
  expected(409);
  await expectClean();
  // Once the call has opened (as its opening job would have opened it), the same extension is granted, with its reason.
  await web.stack.db.query(`UPDATE calls SET opens_at = now() - interval '1 minute', opened_at = now(), state = 'open' WHERE id = $1`, [callId]);
  await page.getByRole('button', { name: TEXT.en.grant }).click();
  await textOf(page.getByTestId('announcer-polite'), TEXT.en.granted);
  const extensions = page.locator('section[aria-labelledby="extensions"] ul');
  // The organisation has no application in this call, so the line names it by its id.
  await textOf(extensions, `${organisationId}: until`);
  await textOf(extensions, 'The national e-service was down on the last day');
  expect(await page.getByTestId('problem-message').count()).toBe(0);
  await expectClean();
  await screenshot(page, 'desk-applications-en');
  const granted = await request(web.stack.http).get(`/api/v1/calls/${callId}/extensions`).set('authorization', `Bearer ${coordinator.token}`).expect(200);
  expect(granted.body).toMatchObject([{ organisationId, reason: 'The national e-service was down on the last day' }]);
  await page.goto(`${web.baseUrl}/en/desk/audit`);
  await textOf(h1(), TEXT.en.auditTitle);
  await textOf(page.getByTestId('audit-events'), TEXT.en.approvedSentence);
  await expectClean();
  await screenshot(page, 'desk-audit-en');
});

/*
 * A two-stage call through its pages, in English (the public page in Finnish too): the coordinator makes a draft call two-stage in
 * the first stage's own form (a deadline the API refuses shown at its field) and publishes both
 * stages; the public page shows both; a company sends an idea in the wizard's idea steps; the
 * stage closes, its one idea is reviewed and invited by the worker, and the company continues the
 * full proposal started from it.
 */
describe('a two-stage call', () => {
  const STAGE = {
    title: 'Two-stage robot logistics call',
    idea: 'Delivery robots carry parcels from the Hervanta hub to homes.',
    make: 'Make this call two-stage',
    saveStage: 'Save the first stage',
    stageSaved: 'The first stage was saved.',
  };
  let twoStageId: string;
  let ideaCallId: string;
  let ideaId: string;
  let evaluator: TestUser;
  let applicant: Company;

  beforeAll(async () => {
    const [{ id: tampere }] = await web.stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    const created = await request(web.stack.http)
      .post('/api/v1/calls')
      .set('authorization', `Bearer ${coordinator.token}`)
      .send(
        callBody(tampere, {
          title: { fi: 'Kaksivaiheinen robottilogistiikan haku', en: STAGE.title },
          opensAt: at(2 * DAY),
          closesAt: at(10 * DAY),
          reviewDeadline: at(20 * DAY),
          eligibility: {
            minOperatorsInCities: { count: 1, cities: ['tampere'] },
            leadOrganisationTypes: ['company'],
            maxGrant: true,
            fundingRate: true,
            durationMonths: false,
            requiredFields: ['title', 'summary'],
          },
        }),
      )
      .expect(201);
    twoStageId = created.body.id;
    evaluator = await registerUser(web.stack, { locale: 'en' });
    await grantRole(web.stack, evaluator.id, 'evaluator');
    applicant = await company(web.stack, 'Parcel Robots Ltd', 'Tampere', 'en');
  });

  it('lets the coordinator add a first stage to a draft in its own form, the refused deadline shown at its field, and publish both stages', async () => {
    // A browser of its own, signed in on the way, so that these steps run also on their own (jest -t).
    const desk = await openPage(web.browser, { locale: 'en-GB' });
    const p = desk.page;
    p.setDefaultTimeout(20_000);
    const clean = async () => {
      expect(await seriousViolations(p)).toEqual([]);
      expect(desk.problems.errors).toEqual([]);
    };
    const forget = (status: number) => desk.problems.errors.splice(0, desk.problems.errors.length, ...desk.problems.errors.filter((error) => !error.includes(`status of ${status}`)));
    try {
      await p.goto(`${web.baseUrl}/en/desk`);
      await p.waitForURL(/\/sign-in\?next=/);
      await p.getByLabel('E-mail address').fill(coordinator.email);
      await p.getByLabel('Password').fill(coordinator.password);
      await p.locator('form button[type=submit]').click();
      await p.waitForURL(`${web.baseUrl}/en/desk`);
      forget(401);
      await p.goto(`${web.baseUrl}/en/desk/calls/${twoStageId}`);
      await textOf(p.locator('h1'), STAGE.title);
      await p.getByRole('button', { name: STAGE.make }).click();
      const form = p.getByTestId('first-stage-form');
      // The form opens with the focus in its first field, for keyboard users.
      await until(() => p.evaluate(() => document.activeElement?.id), (id) => id === 'stage-opensAt', 'the focus in the first field');
      await p.locator('#stage-opensAt').fill(helsinkiIn(-1));
      // The ideas' deadline after the full proposals open: refused, and said at the field.
      await p.locator('#stage-closesAt').fill(helsinkiIn(3));
      await p.locator('#stage-reviewDeadline').fill(helsinkiIn(4));
      await p.locator('#stage-criterion-0-name-en').fill('Novelty of the idea');
      await form.getByLabel('How many ideas').fill('1');
      await clean();
      await p.getByRole('button', { name: STAGE.saveStage }).click();
      await until(() => p.locator('#stage-closesAt').getAttribute('aria-invalid'), (value) => value === 'true', 'the deadline marked invalid');
      await textOf(p.locator('#stage-closesAt-error'), "must be no later than the second stage's opensAt");
      await textOf(form.getByTestId('problem-message'), 'Ideas’ deadline');
      expect(await p.evaluate(() => document.activeElement?.id)).toBe('stage-closesAt');
      forget(400);
      await clean();
      await screenshot(p, 'desk-call-first-stage-en');

      await p.locator('#stage-closesAt').fill(helsinkiIn(1));
      await p.getByRole('button', { name: STAGE.saveStage }).click();
      await textOf(p.getByTestId('announcer-polite'), STAGE.stageSaved);
      // Shown again from the stored call: the stage's own values in the form.
      await until(() => p.locator('#stage-invitation-value').inputValue(), (value) => value === '1', 'the stored invitation');
      expect(await p.locator('#stage-criterion-0-name-en').inputValue()).toBe('Novelty of the idea');
      await p.getByRole('button', { name: 'Publish the call', exact: true }).click();
      await textOf(p.getByTestId('first-stage-facts'), 'The best idea');
      await clean();
    } finally {
      await desk.context.close();
    }
    const call = await request(web.stack.http).get(`/api/v1/calls/${twoStageId}`).expect(200);
    expect(call.body).toMatchObject({ state: 'scheduled', firstStage: { state: 'open', reviewersPerApplication: 1, invitation: { count: 1 }, criteria: [{ key: 'idea', name: 'Novelty of the idea' }] } });
    ideaCallId = call.body.firstStage.callId;
    await request(web.stack.http).post(`/api/v1/calls/${ideaCallId}/evaluators`).set('authorization', `Bearer ${coordinator.token}`).send({ userId: evaluator.id, expertise: [] }).expect(201);
  });

  it('shows both stages on the public page, each stage’s page linking to the other, and lists the call once', async () => {
    const visitor = await openPage(web.browser, { locale: 'en-GB' });
    try {
      const p = visitor.page;
      await p.goto(`${web.baseUrl}/en/calls/${twoStageId}`);
      await textOf(p.locator('h1'), STAGE.title);
      const stages = p.getByTestId('two-stages');
      await textOf(stages.getByTestId('stage-ideas'), 'The best idea');
      await textOf(stages.locator('table'), 'Novelty of the idea');
      await textOf(stages.getByTestId('stage-full'), 'Only invited ideas');
      // The time left is the ideas' while they are taken.
      await textOf(p.locator('.countdown__deadline'), 'Ideas close');
      expect(await seriousViolations(p)).toEqual([]);
      expect(visitor.problems.errors).toEqual([]);
      await screenshot(p, 'call-two-stage-en');
      await stages.getByRole('link', { name: 'The first stage’s page' }).click();
      await p.waitForURL(`${web.baseUrl}/en/calls/${ideaCallId}`);
      await textOf(p.getByTestId('first-stage-note'), 'The first stage (ideas) of a two-stage call.');
      await p.getByRole('link', { name: 'The full call and both stages' }).click();
      await p.waitForURL(`${web.baseUrl}/en/calls/${twoStageId}`);
      await p.goto(`${web.baseUrl}/en/calls`);
      const cards = p.getByTestId('call-card').filter({ hasText: STAGE.title });
      await textOf(cards.getByTestId('call-card-stages'), 'Two stages · ideas: Open');
      expect(await cards.count()).toBe(1);
      expect(await seriousViolations(p)).toEqual([]);
      // The same page in Finnish.
      await p.goto(`${web.baseUrl}/fi/calls/${twoStageId}`);
      await textOf(p.locator('h1'), 'Kaksivaiheinen robottilogistiikan haku');
      await textOf(stages.getByTestId('stage-ideas'), 'Paras idea');
      await textOf(stages.getByTestId('stage-full'), 'Vain kutsutut ideat');
      await textOf(p.locator('.countdown__deadline'), 'Ideat päättyvät');
      expect(await seriousViolations(p)).toEqual([]);
      expect(visitor.problems.errors).toEqual([]);
    } finally {
      await visitor.context.close();
    }
  });

  it('lets a company send an idea from the call’s page in the idea’s steps, then, invited, continue the full proposal started from it', async () => {
    const { context: own, page: p, problems: mine } = await openPage(web.browser, { locale: 'en-GB' });
    p.setDefaultTimeout(20_000);
    const clean = async () => {
      expect(await seriousViolations(p)).toEqual([]);
      expect(mine.errors).toEqual([]);
    };
    const saved = () => until(async () => (await p.getByTestId('save-status').textContent()) ?? '', (text) => text.includes('All changes saved'), 'saved');
    const toStep = async (name: string) => {
      await p.getByRole('navigation', { name: 'Steps of the application' }).getByRole('link', { name, exact: true }).click();
      await until(async () => (await p.locator('h1').textContent()) ?? '', (text) => text.endsWith(name), name);
    };
    try {
      await p.goto(`${web.baseUrl}/en/calls/${twoStageId}`);
      await p.getByRole('link', { name: 'Send an idea', exact: true }).click();
      await p.waitForURL(/\/sign-in\?next=/);
      await p.getByLabel('E-mail address').fill(applicant.user.email);
      await p.getByLabel('Password').fill(applicant.user.password);
      await p.locator('form button[type=submit]').click();
      await p.waitForURL(`${web.baseUrl}/en/applications/new?call=${ideaCallId}`);
      mine.errors.splice(0, mine.errors.length, ...mine.errors.filter((error) => !error.includes('status of 401')));
      await textOf(p.locator('h1'), 'Send an idea');
      await p.getByLabel('Title of the pilot').fill('Parcel robots in Hervanta');
      await clean();
      await p.getByRole('button', { name: 'Start the idea' }).click();
      await p.waitForURL(/\/applications\/[0-9a-f-]{36}\/edit\/consortium$/);
      ideaId = /applications\/([0-9a-f-]{36})\//.exec(p.url())![1];
      // An idea's steps: no indicators.
      const steps = p.getByRole('navigation', { name: 'Steps of the application' }).getByRole('link');
      await until(() => steps.allTextContents(), (names) => names.length > 0, 'the steps');
      expect(await steps.allTextContents()).toEqual(['1Consortium', '2The idea', '3Budget', '4Test beds and pilot period', '5Review and submit']);
      await toStep('The idea');
      await p.getByLabel('The idea', { exact: true }).fill(STAGE.idea);
      await saved();
      await clean();
      await toStep('Budget');
      await p.getByRole('button', { name: 'Add a budget line' }).click();
      await p.getByTestId('budget-line').nth(0).getByLabel('Description').fill('Robots and their operators');
      await p.getByTestId('budget-line').nth(0).getByLabel('Amount (€)').fill('40000');
      await p.getByLabel('Grant requested (€)').fill('30000');
      await saved();
      await toStep('Review and submit');
      await until(() => p.getByTestId('precheck').getAttribute('data-eligible'), (value) => value === 'true', 'a passed pre-check');
      await clean();
      await p.getByRole('button', { name: 'Send the idea' }).click();
      await p.waitForURL(`${web.baseUrl}/en/applications/${ideaId}`);
      await until(() => p.getByTestId('eligibility').getAttribute('data-status'), (value) => value === 'eligible', 'the idea judged eligible', 60_000);

      // The first stage closes by itself a moment from now; its one reviewer scores the idea, and the worker ranks and invites it.
      const version = (await web.stack.db.query(`SELECT version FROM calls WHERE id = $1`, [ideaCallId]))[0].version as number;
      await request(web.stack.http).patch(`/api/v1/calls/${ideaCallId}`).set('authorization', `Bearer ${coordinator.token}`).send({ version, closesAt: at(3_000), reviewDeadline: at(DAY) }).expect(200);
      const review = await eventually(async () => {
        const items = (await request(web.stack.http).get('/api/v1/reviews').query({ state: 'assigned' }).set('authorization', `Bearer ${evaluator.token}`).expect(200)).body.items as { id: string; version: number }[];
        return items[0] ?? null;
      }, 60_000, 'the idea assigned to its reviewer');
      const scored = await request(web.stack.http).patch(`/api/v1/reviews/${review.id}`).set('authorization', `Bearer ${evaluator.token}`).send({ version: review.version, scores: { idea: { score: 4, comment: 'A clear idea' } } }).expect(200);
      await request(web.stack.http).post(`/api/v1/reviews/${review.id}/submit`).set('authorization', `Bearer ${evaluator.token}`).send({ version: scored.body.version }).expect(200);
      await eventually(async () => (await web.stack.db.query(`SELECT 1 FROM applications WHERE idea_application_id = $1`, [ideaId])).length === 1, 60_000, 'the full proposal carried over');

      await p.reload();
      const notice = p.getByTestId('stage-notice');
      await until(() => notice.getAttribute('data-state'), (value) => value === 'invited', 'the idea invited');
      await textOf(p.locator('main'), 'Invited to the second stage');
      await clean();
      await p.getByRole('link', { name: 'See the outcome' }).click();
      await until(() => p.getByTestId('outcome-result').getAttribute('data-status'), (value) => value === 'invited', 'the outcome: invited');
      await clean();
      await p.goBack();
      await p.getByRole('link', { name: 'Continue the full proposal' }).click();
      await p.waitForURL(/\/applications\/[0-9a-f-]{36}\/edit\/consortium$/);
      expect(p.url()).not.toContain(ideaId);
      await textOf(p.getByTestId('carried-over'), 'Started from your idea');
      await textOf(p.getByTestId('consortium'), applicant.name);
      await toStep('Plan and impact');
      expect(await p.getByLabel('Summary').inputValue()).toBe(STAGE.idea);
      await p.getByLabel('Plan', { exact: true }).fill('Six months with four robots from the hub.');
      await saved();
      await clean();
      await screenshot(p, 'application-full-proposal-en');
    } finally {
      await own.close();
    }
  });
});
