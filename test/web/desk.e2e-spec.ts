/// <reference lib="dom" />
import type { BrowserContext, Locator, Page } from 'playwright-core';
import request from 'supertest';
import { createOrganisation, grantRole, registerUser, type TestUser } from '../support/api.js';
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
