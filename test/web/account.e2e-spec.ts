/// <reference lib="dom" />
import type { BrowserContext, Locator, Page } from 'playwright-core';
import request from 'supertest';
import { businessId, createOrganisation, grantRole, registerUser, type TestUser, uniqueEmail } from '../support/api.js';
import { eventually } from '../support/stack.js';
import { openPage, type PageProblems, screenshot, seriousViolations, startWebStack, until, type WebStack } from './support/browser.js';
import { KALASATAMA, seedTestbeds } from './support/data.js';
import { languageProblems } from './support/languages.js';
import { appLinkIn, mailTo } from './support/mail.js';

/*
 * A company's own pages in a real Chromium against the real API, worker, PostgreSQL and Redis:
 * it registers, proves its e-mail address (with the code in Finnish, with the link in English,
 * both read from the mail folder), creates its organisation, invites a member who accepts from the
 * e-mail's link, requests a booking of a test bed, is notified when the city approves it, and
 * cancels it. Then a Swedish-speaking company (set up through the API) reads the key public pages
 * and its own in Swedish: no raw key, no text of another language. Every page is checked with axe
 * and must log no error.
 */
jest.setTimeout(180_000);

const PASSWORD = 'kesä-kokeilu-2026!';

const TEXT = {
  fi: {
    register: 'Rekisteröidy',
    name: 'Nimi',
    email: 'Sähköpostiosoite',
    password: 'Salasana',
    createAccount: 'Luo tili',
    badPassword: 'Salasana ei kelpaa',
    verify: 'Vahvista sähköpostiosoite',
    code: 'Vahvistuskoodi',
    confirm: 'Vahvista',
    resend: 'Lähetä uusi viesti',
    wait: 'Voit pyytää seuraavaa',
    verified: 'Sähköpostiosoitteesi on vahvistettu.',
    account: 'Oma tili',
    confirmed: 'Vahvistettu',
    notConfirmed: 'Vahvistamatta',
    signIn: 'Kirjaudu',
    addOrganisation: 'Perusta organisaatio',
    orgName: 'Nimi',
    businessId: 'Y-tunnus',
    municipality: 'Kotikunta',
    badBusinessId: 'Y-tunnus ei kelpaa',
    inviteEmail: 'Kutsuttavan sähköpostiosoite',
    sendInvitation: 'Lähetä kutsu',
    revoke: (email: string) => `Peru kutsu osoitteeseen ${email}`,
    acceptTitle: 'Hyväksy kutsu',
    accept: 'Hyväksy kutsu',
    joined: (name: string) => `Olet nyt organisaation ${name} jäsen.`,
    member: 'Jäsen',
    requestBooking: 'Pyydä varausta',
    start: 'Ensimmäinen päivä',
    end: 'Viimeinen päivä',
    participants: 'Osallistujia',
    purpose: 'Käyttötarkoitus',
    sendRequest: 'Lähetä varauspyyntö',
    requested: 'Odottaa päätöstä',
    approved: 'Hyväksytty',
    cancelled: 'Peruttu',
    cancel: 'Peru varaus',
    approvedKind: 'Varaus hyväksytty',
    digest: 'Päivän koosteeseen',
    inApp: 'Vain palvelussa',
    decisionAlways: 'Aina sähköpostiin heti',
    unsubscribeLine: 'yhdellä napsautuksella',
    unsubscribe: 'Peru sähköpostit',
    unsubscribed: 'Et saa enää näitä sähköposteja: Varaus hyväksytty.',
    settings: 'Ilmoitusasetuksesi',
    notifications: 'Ilmoitukset',
    approvedTitle: 'Varaus hyväksytty: Kalasataman liikennelabra',
    markAll: 'Merkitse kaikki luetuiksi',
    myBookings: 'Omat varaukset',
    bed: 'Kalasataman liikennelabra',
    invitationMail: 'Kutsukoodi',
    verificationMail: 'vahvistuskoodi',
    notVerified: 'Ei vielä vahvistettu',
  },
  en: {
    register: 'Register',
    name: 'Name',
    email: 'E-mail address',
    password: 'Password',
    createAccount: 'Create account',
    badPassword: 'This password will not do',
    verify: 'Confirm your e-mail address',
    code: 'Confirmation code',
    confirm: 'Confirm',
    resend: 'Send a new e-mail',
    wait: 'You can ask for another in',
    verified: 'Your e-mail address is confirmed.',
    account: 'My account',
    confirmed: 'Confirmed',
    notConfirmed: 'Not confirmed',
    signIn: 'Sign in',
    addOrganisation: 'Add an organisation',
    orgName: 'Name',
    businessId: 'Business ID',
    municipality: 'Home municipality',
    badBusinessId: 'This business ID is not valid',
    inviteEmail: 'E-mail address of the person to invite',
    sendInvitation: 'Send the invitation',
    revoke: (email: string) => `Revoke the invitation to ${email}`,
    acceptTitle: 'Accept the invitation',
    accept: 'Accept the invitation',
    joined: (name: string) => `You are now a member of ${name}.`,
    member: 'Member',
    requestBooking: 'Request a booking',
    start: 'First day',
    end: 'Last day',
    participants: 'Participants',
    purpose: 'Purpose',
    sendRequest: 'Send the booking request',
    requested: 'Waiting for a decision',
    approved: 'Approved',
    cancelled: 'Cancelled',
    cancel: 'Cancel the booking',
    approvedKind: 'A booking approved',
    digest: 'In the daily digest',
    inApp: 'In the service only',
    decisionAlways: 'Always by e-mail at once',
    unsubscribeLine: 'Unsubscribe with one click',
    unsubscribe: 'Unsubscribe',
    unsubscribed: 'You no longer receive these e-mails: A booking approved.',
    settings: 'Your notification settings',
    notifications: 'Notifications',
    approvedTitle: 'Booking approved: Kalasatama traffic lab',
    markAll: 'Mark all as read',
    myBookings: 'My bookings',
    bed: 'Kalasatama traffic lab',
    invitationMail: 'Invitation code',
    verificationMail: 'enter this code',
    notVerified: 'Not verified yet',
  },
} as const;

let web: WebStack;
let coordinator: TestUser;

beforeAll(async () => {
  web = await startWebStack();
  await seedTestbeds(web.stack);
  coordinator = await registerUser(web.stack, { locale: 'fi' });
  await grantRole(web.stack, coordinator.id, 'coordinator', 'helsinki');
});

afterAll(async () => {
  await web?.close();
});

/**
 * No axe violation and no logged error on the page; Chromium logs every 4xx answer as an error, so
 * the refusals a step provokes on purpose (`expected` statuses) are taken out first.
 */
async function expectClean(page: Page, problems: PageProblems, expected: number[] = []): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
  const provoked = (error: string) => expected.some((status) => error.includes(`Failed to load resource: the server responded with a status of ${status} `));
  expect(problems.errors.filter((error) => !provoked(error))).toEqual([]);
  problems.errors.length = 0;
}

const h1 = (page: Page) => page.locator('h1');
const textOf = (locator: Locator, expected: string) => until(async () => (await locator.textContent())?.trim() ?? '', (value) => value === expected, expected);
const containing = (locator: Locator, expected: string) => until(async () => (await locator.textContent()) ?? '', (value) => value.includes(expected), expected);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/** Moves within the app as its links do (history and a popstate), keeping the page and the session it holds in memory. */
async function goInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
  await page.waitForURL((url) => `${url.pathname}${url.search}` === path);
}

/** Signs in on the sign-in page the app has sent the user to, and waits to be back where they were going. */
async function signInHere(page: Page, email: string, locale: 'fi' | 'en', back: RegExp): Promise<void> {
  const text = TEXT[locale];
  await page.waitForURL(/\/sign-in\?next=/);
  await page.getByLabel(text.email).fill(email);
  await page.getByLabel(text.password).fill(PASSWORD);
  await page.getByRole('button', { name: text.signIn }).click();
  await page.waitForURL(back);
}

describe.each(['fi', 'en'] as const)('a company’s own pages in %s', (locale) => {
  const text = TEXT[locale];
  const email = uniqueEmail(`yritys-${locale}`);
  const orgName = locale === 'fi' ? 'Kokeilupaja Oy' : 'Pilot Works Oy';
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;
  let organisationId: string;
  let member: TestUser;

  beforeAll(async () => {
    ({ context, page, problems } = await openPage(web.browser, { locale: locale === 'fi' ? 'fi-FI' : 'en-GB' }));
    page.setDefaultTimeout(15_000);
    member = await registerUser(web.stack, { locale });
  });
  afterAll(async () => {
    await context?.close();
  });
  beforeEach(() => {
    problems.errors.length = 0;
  });

  it('registers: the API’s refusal shows at its field, then the account is made and the verification step follows', async () => {
    await page.goto(`${web.baseUrl}/${locale}/`);
    await page.getByRole('navigation').getByRole('link', { name: text.register }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/register`);
    await textOf(h1(page), text.register);
    await expectClean(page, problems);
    await screenshot(page, `register-${locale}`);

    await page.getByLabel(text.name).fill(locale === 'fi' ? 'Aino Kokeilija' : 'Alex Pilot');
    await page.getByLabel(text.email).fill(email);
    // Long enough for the form, too plain for the API (fewer than four different characters).
    await page.getByLabel(text.password).fill('aaaaaaaaaa');
    await page.getByRole('button', { name: text.createAccount }).click();
    await containing(page.locator('#register-password-error'), text.badPassword);
    expect(await page.getByLabel(text.password).getAttribute('aria-invalid')).toBe('true');
    await until(() => focusedId(page), (id) => id === 'register-password', 'focus on the password');
    await page.getByTestId('error-message').waitFor();
    await expectClean(page, problems, [400]);

    await page.getByLabel(text.password).fill(PASSWORD);
    await page.getByRole('button', { name: text.createAccount }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/verify-email`);
    await textOf(h1(page), text.verify);
    await page.getByLabel(text.code).waitFor();
    await expectClean(page, problems);
    await screenshot(page, `verify-email-${locale}`);
  });

  it('asks too soon for another e-mail and is told to wait; is reminded on every page until it proves the address with the e-mail’s code or link', async () => {
    await page.getByRole('button', { name: text.resend }).click();
    await containing(page.getByTestId('error-message'), text.wait);
    await expectClean(page, problems, [429]);

    // Until the address is proved, every page says that writes wait for it.
    await goInApp(page, `/${locale}/account`);
    await page.getByTestId('unverified-banner').waitFor();
    await containing(page.getByTestId('account-facts'), text.notConfirmed);
    await expectClean(page, problems);
    await page.getByTestId('unverified-banner').getByRole('link', { name: text.verify }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/verify-email`);
    await page.getByLabel(text.code).waitFor();

    const mail = await mailTo(web.stack, email, text.verificationMail);
    if (locale === 'fi') {
      const code = /vahvistuskoodi: (\d{3} ?\d{3})/.exec(mail)?.[1];
      expect(code).toBeDefined();
      await page.getByLabel(text.code).fill(code!);
      await page.getByRole('button', { name: text.confirm, exact: true }).click();
      await page.getByTestId('email-verified').waitFor();
    } else {
      // The link opens the app's page in the user's language; it verifies without a sign-in.
      const link = appLinkIn(mail, /^\/en\/verify-email$/, web.baseUrl);
      await page.goto(link);
      await page.getByTestId('email-verified').waitFor();
    }
    await containing(page.getByTestId('email-verified'), text.verified);
    await expectClean(page, problems);

    await page.getByTestId('email-verified').getByRole('link', { name: text.account }).click();
    // After the link's page load the session may need a sign-in (the app keeps the access token in memory only).
    await page.waitForURL((url) => /\/(sign-in|account)$/.test(url.pathname));
    if (page.url().includes('/sign-in')) await signInHere(page, email, locale, new RegExp(`/${locale}/account$`));
    await textOf(h1(page), text.account);
    await containing(page.getByTestId('account-facts'), text.confirmed);
    expect(await page.getByTestId('unverified-banner').count()).toBe(0);
    await expectClean(page, problems);
  });

  it('creates its organisation: a business ID with a wrong check digit is refused at its field', async () => {
    await page.getByRole('link', { name: text.addOrganisation }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/organisations/new`);
    await textOf(h1(page), text.addOrganisation);
    await page.locator('#org-name').fill(orgName);
    const valid = businessId();
    const wrongDigit = `${valid.slice(0, 8)}${(Number(valid[8]) + 1) % 10}`;
    await page.getByLabel(text.businessId).fill(wrongDigit);
    await page.getByLabel(text.municipality).fill('Helsinki');
    await expectClean(page, problems);
    await screenshot(page, `organisation-new-${locale}`);
    await page.getByRole('button', { name: text.addOrganisation }).click();
    await containing(page.locator('#org-business-id-error'), text.badBusinessId);
    await until(() => focusedId(page), (id) => id === 'org-business-id', 'focus on the business ID');
    await expectClean(page, problems, [400]);

    await page.getByLabel(text.businessId).fill(valid);
    await page.getByRole('button', { name: text.addOrganisation }).click();
    await page.waitForURL(new RegExp(`/${locale}/organisations/[0-9a-f-]{36}$`));
    organisationId = page.url().split('/').at(-1)!;
    await textOf(h1(page), orgName);
    await containing(page.getByTestId('organisation-facts'), valid);
    // Until a coordinator verifies it, the organisation says so.
    await containing(page.getByTestId('organisation-identity'), text.notVerified);
    await expectClean(page, problems);
  });

  it('invites a member, revokes a mistaken invitation, and the member accepts from the e-mail’s link', async () => {
    const mistaken = uniqueEmail('vaara');
    for (const address of [member.email, mistaken]) {
      await page.getByLabel(text.inviteEmail).fill(address);
      await page.getByRole('button', { name: text.sendInvitation }).click();
      await page.getByRole('cell', { name: address, exact: true }).waitFor();
    }
    await page.getByRole('button', { name: text.revoke(mistaken) }).click();
    await until(() => page.getByRole('cell', { name: mistaken, exact: true }).count(), (n) => n === 0, 'the revoked invitation to leave the list');
    await expectClean(page, problems);

    // The member opens the e-mail's link in a browser of their own, signs in and accepts.
    const invited = await openPage(web.browser, { locale: locale === 'fi' ? 'fi-FI' : 'en-GB' });
    try {
      const mail = await mailTo(web.stack, member.email, text.invitationMail);
      await invited.page.goto(appLinkIn(mail, new RegExp(`^/${locale}/invitations/accept$`), web.baseUrl));
      await signInHere(invited.page, member.email, locale, new RegExp(`/${locale}/invitations/accept\\?code=`));
      await textOf(h1(invited.page), text.acceptTitle);
      await expectClean(invited.page, invited.problems);
      await screenshot(invited.page, `accept-invitation-${locale}`);
      await invited.page.getByRole('button', { name: text.accept }).click();
      await containing(invited.page.getByTestId('invitation-accepted'), text.joined(orgName));
      await expectClean(invited.page, invited.problems);
    } finally {
      await invited.context.close();
    }

    await goInApp(page, `/${locale}/account`);
    await page.getByRole('link', { name: orgName }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/organisations/${organisationId}`);
    const row = page.getByRole('row').filter({ hasText: member.email });
    await containing(row, text.member);
    await expectClean(page, problems);
    await screenshot(page, `organisation-${locale}`);
  });

  it('requests a booking of a test bed, sees it approved in a notification with the unread count, and cancels it', async () => {
    await goInApp(page, `/${locale}/testbeds/${KALASATAMA.id}`);
    await textOf(h1(page), text.bed);
    await page.getByRole('link', { name: text.requestBooking }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/testbeds/${KALASATAMA.id}/book`);
    await page.getByLabel(text.start).fill(locale === 'fi' ? '2027-03-01' : '2027-09-01');
    await page.getByLabel(text.end).fill(locale === 'fi' ? '2027-03-14' : '2027-09-14');
    await page.getByLabel(text.participants).fill('12');
    await page.getByLabel(text.purpose).fill(locale === 'fi' ? 'Robottibussin kokeilu Kalasatamassa' : 'An automated shuttle pilot in Kalasatama');
    await expectClean(page, problems);
    await screenshot(page, `request-booking-${locale}`);
    await page.getByRole('button', { name: text.sendRequest }).click();
    await page.waitForURL(new RegExp(`/${locale}/bookings/[0-9a-f-]{36}$`));
    const bookingId = page.url().split('/').at(-1)!;
    await containing(page.getByTestId('booking-state'), text.requested);

    // The city approves; the worker notifies the company's members.
    await request(web.stack.http).post(`/api/v1/bookings/${bookingId}/approve`).set('authorization', `Bearer ${coordinator.token}`).send({}).expect(200);
    await eventually(
      async () => (await web.stack.db.query(`SELECT 1 FROM notifications n JOIN users u ON u.id = n.user_id WHERE u.email = $1 AND n.kind = 'booking.approved'`, [email])).length > 0,
      30_000,
      'the approval notification',
    );
    await page.getByRole('navigation').getByRole('link', { name: new RegExp(`^${text.notifications}`) }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/notifications`);
    const notification = page.getByTestId('notification').filter({ hasText: text.approvedTitle });
    await notification.waitFor();
    await until(async () => (await page.getByTestId('unread-count').textContent()) ?? '', (value) => /^[1-9]/.test(value), 'an unread count in the header');
    await expectClean(page, problems);
    await screenshot(page, `notifications-${locale}`);

    await notification.getByRole('link', { name: text.approvedTitle }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/bookings/${bookingId}`);
    await containing(page.getByTestId('booking-state'), text.approved);
    await page.getByRole('button', { name: text.cancel }).click();
    await containing(page.getByTestId('booking-state'), text.cancelled);
    expect(await page.getByRole('button', { name: text.cancel }).count()).toBe(0);
    await expectClean(page, problems);

    await goInApp(page, `/${locale}/bookings`);
    await textOf(h1(page), text.myBookings);
    await containing(page.getByRole('row').filter({ hasText: text.bed }), text.cancelled);
    await expectClean(page, problems);
    await screenshot(page, `bookings-${locale}`);

    await goInApp(page, `/${locale}/notifications`);
    await page.getByRole('button', { name: text.markAll }).click();
    await until(() => page.getByTestId('unread-count').count(), (n) => n === 0, 'the unread count to go');
    await expectClean(page, problems);
  });

  it('chooses how each kind of notification reaches it, and unsubscribes with the link of the approval e-mail', async () => {
    await goInApp(page, `/${locale}/account`);
    const approved = page.getByLabel(text.approvedKind);
    await approved.selectOption({ label: text.digest });
    const delivery = () => web.stack.db.query(`SELECT p.delivery FROM notification_preferences p JOIN users u ON u.id = p.user_id WHERE u.email = $1 AND p.kind = 'booking.approved'`, [email]);
    await until(async () => (await delivery())[0]?.delivery ?? '', (value) => value === 'digest', 'the choice saved');
    // A decision cannot be turned off, and the page says so instead of offering a choice.
    await containing(page.getByTestId('preference-funding.decided'), text.decisionAlways);
    await expectClean(page, problems);
    await screenshot(page, `notification-settings-${locale}`);

    const mail = await mailTo(web.stack, email, text.unsubscribeLine);
    await page.goto(appLinkIn(mail, /\/unsubscribe$/, web.baseUrl));
    await page.getByRole('button', { name: text.unsubscribe }).click();
    await containing(page.getByTestId('unsubscribed'), text.unsubscribed);
    await expectClean(page, problems);
    await screenshot(page, `unsubscribed-${locale}`);
    await page.getByRole('link', { name: text.settings }).click();
    await until(() => page.getByLabel(text.approvedKind).inputValue(), (value) => value === 'in_app', 'the approval in the service only');
    await expectClean(page, problems);
  });

  it('downloads its data with the progress shown, asks to be forgotten with the consequences explained, and cancels', async () => {
    const words = {
      fi: { prepare: 'Valmistele lataus', ready: 'Valmis', download: /^Lataa \(ZIP/, understand: 'Ymmärrän, mitä tiedoilleni tapahtuu', forget: 'Pyydä tietojeni poistamista', onlyOwner: 'ainoa omistaja', scheduled: 'Olet pyytänyt tietojesi poistamista', cancel: 'Peru pyyntö', grace: 'Mitään ei tapahdu 30 päivään' },
      en: { prepare: 'Prepare a download', ready: 'Ready', download: /^Download \(ZIP/, understand: 'I understand what happens to my data', forget: 'Ask to be forgotten', onlyOwner: 'only owner', scheduled: 'You have asked to be forgotten', cancel: 'Cancel the request', grace: 'Nothing happens for 30 days' },
    }[locale];
    await goInApp(page, `/${locale}/account`);
    const downloads = page.getByTestId('data-downloads');
    await downloads.getByRole('button', { name: words.prepare }).click();
    await containing(downloads.getByTestId('data-export').first(), words.ready);
    const [file] = await Promise.all([page.waitForEvent('download'), downloads.getByRole('button', { name: words.download }).click()]);
    expect(file.suggestedFilename()).toMatch(/^kokeilu-data-\d{4}-\d{2}-\d{2}\.zip$/);
    await expectClean(page, problems);

    // The only owner of an organisation is told what to do first.
    const erasure = page.getByTestId('erasure');
    await containing(erasure, words.grace);
    const forget = erasure.getByRole('button', { name: words.forget });
    expect(await forget.isDisabled()).toBe(true);
    await page.getByLabel(words.understand).check();
    await forget.click();
    await containing(erasure.getByTestId('problem-message'), words.onlyOwner);
    await expectClean(page, problems, [409]);
    await web.stack.db.query(`UPDATE memberships SET role = 'owner' WHERE user_id = $1 AND organisation_id = $2`, [member.id, organisationId]);
    await page.getByLabel(words.understand).check();
    await forget.click();
    await containing(erasure.getByTestId('erasure-status'), words.scheduled);
    // Focus moves to the status that replaced the button pressed.
    await until(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''), (id) => id === 'erasure-status', 'the status focused');
    await expectClean(page, problems);
    await screenshot(page, `your-data-${locale}`);
    // Cancelled from the keyboard.
    await erasure.getByRole('button', { name: words.cancel }).focus();
    await page.keyboard.press('Enter');
    await containing(erasure, words.grace);
    const [{ n }] = await web.stack.db.query(`SELECT count(*)::int AS n FROM erasure_requests r JOIN users u ON u.id = r.user_id WHERE u.email = $1 AND r.cancelled_at IS NULL`, [email]);
    expect(n).toBe(0);
    await expectClean(page, problems);
  });

  // One language walks the saved searches; the other languages see the account page that lists them.
  if (locale === 'fi')
    it('saves a test-bed search, finds it on the account page, changes how it tells, copies its feed’s address and deletes it', async () => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.baseUrl });
      await goInApp(page, '/fi/testbeds?q=liikenne');
      await page.getByTestId('testbed-card').first().waitFor();
      await page.getByRole('button', { name: 'Tallenna haku' }).click();
      const name = page.getByLabel('Haun nimi');
      expect(await name.inputValue()).toBe('liikenne');
      await until(() => name.evaluate((field) => field === document.activeElement), (focused) => focused, 'focus in the name');
      await name.fill('Liikennelabrat');
      await page.getByLabel('Miten kerromme').selectOption({ label: 'Sähköpostilla heti' });
      await expectClean(page, problems);
      await screenshot(page, 'save-search-fi');
      await page.getByRole('button', { name: 'Tallenna haku' }).click();
      await containing(page.getByTestId('search-saved'), 'Haku tallennettu: Liikennelabrat.');
      await until(() => page.evaluate(() => document.activeElement?.textContent ?? ''), (value) => value === 'Tallenna haku', 'focus back on the button');

      await page.getByRole('link', { name: 'Katso tallennetut hakusi' }).click();
      await page.waitForURL(`${web.baseUrl}/fi/account#alerts`);
      await until(() => focusedId(page), (id) => id === 'my-alerts-title', 'focus on the saved searches');
      const saved = page.getByTestId('my-alerts').getByRole('listitem').filter({ hasText: 'Liikennelabrat' });
      await saved.getByLabel('Miten kerromme').selectOption({ label: 'Päivän koosteessa' });
      const frequency = () => web.stack.db.query(`SELECT s.frequency FROM saved_searches s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [email]);
      await until(async () => (await frequency())[0]?.frequency ?? '', (value) => value === 'digest', 'the frequency saved');
      await containing(page.getByTestId('announcer-polite'), 'Tallennettu: Liikennelabrat, Päivän koosteessa.');
      const feedUrl = await saved.getByLabel('Syötteen osoite').inputValue();
      expect(feedUrl).toMatch(/\/api\/v1\/alert-feeds\/[^/]+$/);
      await saved.getByRole('button', { name: 'Kopioi syötteen osoite' }).click();
      await containing(page.getByTestId('announcer-polite'), 'Haun Liikennelabrat syötteen osoite kopioitiin.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(feedUrl);
      const feed = await request(web.stack.http).get(new URL(feedUrl).pathname).expect(200);
      expect(feed.text).toContain('Liikennelabrat');
      await expectClean(page, problems);
      await screenshot(page, 'saved-searches-fi');

      await saved.getByRole('button', { name: 'Poista haku Liikennelabrat' }).click();
      await containing(page.locator('#alerts'), 'Sinulla ei ole tallennettuja hakuja.');
      await until(() => focusedId(page), (id) => id === 'my-alerts-title', 'focus on the saved searches after the deletion');
      expect(await frequency()).toEqual([]);
      await expectClean(page, problems);
    });

  it('saves a search of funding calls by focus area and city, sees it among its saved searches with the calls page’s address, and deletes it', async () => {
    const words = {
      fi: { title: 'Rahoitushaut', focusArea: 'Painopiste', area: 'Avoin data ja rajapinnat', city: 'Kaupunki', save: 'Tallenna haku', submit: 'Tallenna haku', nameLabel: 'Haun nimi', saved: 'Haku tallennettu: ', toAccount: 'Katso tallennetut hakusi', kind: 'Rahoitushaut', open: 'Avaa haku', remove: 'Poista haku ', none: 'Sinulla ei ole tallennettuja hakuja.' },
      en: { title: 'Funding calls', focusArea: 'Focus area', area: 'Open data and interfaces', city: 'City', save: 'Save this search', submit: 'Save the search', nameLabel: 'Name of the search', saved: 'Search saved: ', toAccount: 'See your saved searches', kind: 'Calls', open: 'Open the search', remove: 'Delete the search ', none: 'You have no saved searches.' },
    }[locale];
    const searchName = `${words.area}, Helsinki`;
    await goInApp(page, `/${locale}/calls`);
    await textOf(h1(page), words.title);
    await page.getByLabel(words.focusArea).selectOption({ label: words.area });
    await page.waitForURL((url) => url.searchParams.get('focusArea') === 'open_data_and_interfaces');
    await page.getByLabel(words.city, { exact: true }).selectOption({ label: 'Helsinki' });
    await page.waitForURL((url) => url.searchParams.get('city') === 'helsinki');
    await page.getByRole('button', { name: words.save }).click();
    // The name starts from the filters chosen.
    expect(await page.getByLabel(words.nameLabel).inputValue()).toBe(searchName);
    await page.getByRole('button', { name: words.submit }).click();
    await containing(page.getByTestId('search-saved'), `${words.saved}${searchName}.`);
    const saved = () => web.stack.db.query(`SELECT s.kind, s.params FROM saved_searches s JOIN users u ON u.id = s.user_id WHERE u.email = $1`, [email]);
    expect(await saved()).toEqual([{ kind: 'calls', params: { city: 'helsinki', focusArea: 'open_data_and_interfaces' } }]);
    await expectClean(page, problems);

    await page.getByRole('link', { name: words.toAccount }).click();
    await page.waitForURL(`${web.baseUrl}/${locale}/account#alerts`);
    const item = page.getByTestId('my-alerts').getByRole('listitem').filter({ hasText: searchName });
    await containing(item, words.kind);
    const opens = new URL(`${web.baseUrl}${await item.getByRole('link', { name: words.open }).getAttribute('href')}`);
    expect([opens.pathname, opens.searchParams.get('city'), opens.searchParams.get('focusArea')]).toEqual([`/${locale}/calls`, 'helsinki', 'open_data_and_interfaces']);
    await expectClean(page, problems);

    await item.getByRole('button', { name: `${words.remove}${searchName}` }).click();
    await containing(page.locator('#alerts'), words.none);
    expect(await saved()).toEqual([]);
    expect(problems.errors).toEqual([]);
  });
});

describe('in Swedish', () => {
  // Ten pages, each checked with axe: longer than the other steps of this file.
  it('the key public pages and a company’s own read in Swedish only, with no raw key; the approval names the bed in Swedish', async () => {
    const user = await registerUser(web.stack, { locale: 'sv' });
    const orgName = 'Pilotverkstaden Ab';
    const org = await createOrganisation(web.stack, user, { name: orgName });
    const booked = await request(web.stack.http)
      .post(`/api/v1/testbeds/${KALASATAMA.id}/bookings`)
      .set('authorization', `Bearer ${user.token}`)
      .send({ organisationId: org.id, start: '2027-04-01', end: '2027-04-10', purpose: 'Robotbussförsök i Fiskehamnen', participants: 4 })
      .expect(201);
    await request(web.stack.http).post(`/api/v1/bookings/${booked.body.id}/approve`).set('authorization', `Bearer ${coordinator.token}`).send({}).expect(200);
    const approvedTitle = 'Bokningen godkänd: Trafiklabbet i Fiskehamnen';

    const { context, page, problems } = await openPage(web.browser, { locale: 'sv-SE' });
    page.setDefaultTimeout(15_000);
    const swedishOnly = async (expected: number[] = []) => {
      expect(await languageProblems(page, 'sv')).toEqual([]);
      await expectClean(page, problems, expected);
    };
    try {
      await page.goto(`${web.baseUrl}/sv/`);
      await textOf(h1(page), 'Testa din lösning i en riktig stad');
      await page.getByTestId('testbed-card').first().waitFor();
      await swedishOnly();
      await goInApp(page, '/sv/testbeds?q=trafik');
      await page.getByTestId('testbed-card').filter({ hasText: 'Trafiklabbet i Fiskehamnen' }).waitFor();
      await swedishOnly();
      await goInApp(page, `/sv/testbeds/${KALASATAMA.id}`);
      await textOf(h1(page), 'Trafiklabbet i Fiskehamnen');
      await swedishOnly();
      await goInApp(page, '/sv/calls');
      await textOf(h1(page), 'Finansieringsutlysningar');
      await swedishOnly();
      await goInApp(page, '/sv/grants');
      await textOf(h1(page), 'Finansierade pilotprojekt');
      await swedishOnly();

      await goInApp(page, '/sv/account');
      await page.waitForURL(/\/sv\/sign-in\?next=/);
      await textOf(h1(page), 'Logga in');
      await swedishOnly([401]);
      await page.getByLabel('E-postadress').fill(user.email);
      await page.getByLabel('Lösenord').fill(user.password);
      await page.locator('form button[type=submit]').click();
      await page.waitForURL(`${web.baseUrl}/sv/account`);
      await textOf(h1(page), 'Mitt konto');
      await swedishOnly([401]);
      await page.getByRole('link', { name: orgName }).click();
      await page.waitForURL(`${web.baseUrl}/sv/organisations/${org.id}`);
      await textOf(h1(page), orgName);
      await swedishOnly();
      await goInApp(page, '/sv/notifications');
      await page.getByTestId('notification').filter({ hasText: approvedTitle }).waitFor({ timeout: 30_000 });
      await swedishOnly();
      await screenshot(page, 'notifications-sv');
      await page.getByRole('link', { name: approvedTitle }).click();
      await page.waitForURL(`${web.baseUrl}/sv/bookings/${booked.body.id}`);
      await containing(page.getByTestId('booking-state'), 'Godkänd');
      await swedishOnly();
      await goInApp(page, '/sv/bookings');
      await textOf(h1(page), 'Mina bokningar');
      await containing(page.getByRole('row').filter({ hasText: 'Trafiklabbet i Fiskehamnen' }), 'Godkänd');
      await swedishOnly();
    } finally {
      await context.close();
    }
  }, 360_000);
});
