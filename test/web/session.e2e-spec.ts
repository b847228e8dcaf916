import type { BrowserContext, Page } from 'playwright-core';
import { registerUser, type TestUser } from '../support/api.js';
import { openPage, type PageProblems, seriousViolations, startWebStack, until, type WebStack } from './support/browser.js';

let web: WebStack;
let user: TestUser;
/** The sign-ins the user had before the browser's (registerUser signs in through the API). */
let earlier: number;

beforeAll(async () => {
  web = await startWebStack();
  user = await registerUser(web.stack);
});
afterAll(async () => {
  await web?.close();
});

const refreshCookieOf = async (context: BrowserContext) => (await context.cookies()).find((cookie) => cookie.name === 'kokeilu_refresh');
const signOutButton = (page: Page) => page.getByRole('button', { name: 'Kirjaudu ulos' });
const signInLink = (page: Page) => page.getByRole('navigation').getByRole('link', { name: 'Kirjaudu' });
const liveSessions = async () =>
  Number((await web.stack.db.query(`SELECT count(*)::int AS n FROM refresh_tokens WHERE user_id = $1 AND revoked_at IS NULL AND used_at IS NULL`, [user.id]))[0].n);

describe('signing in and out in the browser', () => {
  let context: BrowserContext;
  let page: Page;
  let problems: PageProblems;

  beforeAll(async () => {
    ({ context, page, problems } = await openPage(web.browser));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('keeps the refresh token in an httpOnly cookie and nothing of it in storage; a reload signs in again from the cookie', async () => {
    earlier = await liveSessions();
    await page.goto(`${web.baseUrl}/fi/sign-in`);
    await page.getByLabel('Sähköposti').fill(user.email);
    await page.getByLabel('Salasana').fill(user.password);
    await page.getByRole('button', { name: 'Kirjaudu', exact: true }).click();
    await signOutButton(page).waitFor();
    const cookie = await refreshCookieOf(context);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/v1/auth' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('kokeilu_refresh');
    const stored = await page.evaluate(() => ({ ...window.localStorage, ...window.sessionStorage }));
    expect(Object.values(stored).join(' ')).not.toContain(cookie!.value);
    expect(Object.values(stored).every((value) => value.length < 10)).toBe(true);
    expect(await liveSessions()).toBe(earlier + 1);

    await page.reload();
    await signOutButton(page).waitFor();
    // The reload spent the cookie and got a new one.
    await until(async () => (await refreshCookieOf(context))?.value, (value) => !!value && value !== cookie!.value, 'a rotated cookie');
    expect(await seriousViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
  });

  it('signs out from the header: the API ends the sign-in and the cookie is gone', async () => {
    await signOutButton(page).click();
    await signInLink(page).waitFor();
    await until(async () => (await refreshCookieOf(context)) === undefined, (gone) => gone, 'the cookie cleared');
    expect(await liveSessions()).toBe(earlier);
    await page.reload();
    await signInLink(page).waitFor();
    expect(problems.errors).toEqual([]);
  });
});
