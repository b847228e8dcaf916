import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { mailText } from '../../../libs/testing/src/index.js';
import type { Stack } from '../../support/stack.js';
import { until } from './browser.js';

/**
 * The text of an e-mail to `address` that contains `containing` (the last such one found), read from the stack's
 * mail folder (MAIL_DIR: without SMTP the API and the worker write every mail there as .eml).
 */
export async function mailTo(stack: Stack, address: string, containing: string): Promise<string> {
  const dir = stack.env.MAIL_DIR;
  const read = async () => {
    const names = await readdir(dir).catch(() => [] as string[]);
    const texts: string[] = [];
    for (const name of names.filter((file) => file.endsWith('.eml'))) {
      const raw = await readFile(join(dir, name), 'utf8');
      const [head] = raw.split(/\r?\n\r?\n/);
      if (!new RegExp(`^To: .*${address.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'im').test(head)) continue;
      const text = mailText({ raw } as Parameters<typeof mailText>[0]);
      if (text.includes(containing)) texts.push(text);
    }
    return texts.at(-1) ?? '';
  };
  return until(read, (text) => text !== '', `an e-mail to ${address} with "${containing}"`, 30_000);
}

/** The first link in a mail's text to a page of the web app, moved onto the address the tests serve it at. */
export function appLinkIn(text: string, path: RegExp, baseUrl: string): string {
  const link = text.match(/https?:\/\/\S+/g)?.find((url) => path.test(new URL(url).pathname));
  if (!link) throw new Error(`no link to ${path} in the e-mail:\n${text}`);
  const url = new URL(link);
  return `${baseUrl}${url.pathname}${url.search}`;
}
