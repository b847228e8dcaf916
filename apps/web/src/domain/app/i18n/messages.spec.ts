// The spec runs in jest on Node: it finds the message files on disk.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

type Messages = { [key: string]: string | Messages };
const LOCALES = ['fi', 'sv', 'en'];
const SRC = join(__dirname, '../../..');

/** Every folder of message files: the app's own (this folder's messages/) and each feature's. */
function messageFolders(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir) as string[]) {
    const full = join(dir, entry);
    if (!statSync(full).isDirectory()) continue;
    if (entry === 'messages') found.push(full);
    else messageFolders(full, found);
  }
  return found;
}

/** Every key of a message file with its text: `testbeds.results_one` → '{{count}} test bed found'. */
function flatten(messages: Messages, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === 'string') keys.set(`${prefix}${key}`, value);
    else for (const [inner, text] of flatten(value, `${prefix}${key}.`)) keys.set(inner, text);
  }
  return keys;
}

const folders = messageFolders(SRC).map((folder) => {
  const files: Record<string, Messages> = Object.fromEntries(LOCALES.map((locale) => [locale, JSON.parse(readFileSync(join(folder, `${locale}.json`), 'utf8'))]));
  const flat = Object.fromEntries(LOCALES.map((locale) => [locale, flatten(files[locale])]));
  return { name: relative(SRC, folder), files, flat };
});
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('the message files', () => {
  it('are found: the app’s own and every feature’s', () => {
    expect(folders.map((folder) => folder.name)).toContain('domain/app/i18n/messages');
  });

  it('have the same keys in fi, sv and en', () => {
    for (const { name, flat } of folders) {
      const [first, ...others] = LOCALES;
      for (const other of others) {
        const missing = [...flat[first].keys()].filter((key) => !flat[other].has(key));
        const extra = [...flat[other].keys()].filter((key) => !flat[first].has(key));
        expect({ name, locale: other, missing, extra }).toEqual({ name, locale: other, missing: [], extra: [] });
      }
    }
  });

  it('have a text for every key, with the same placeholders in every language', () => {
    for (const { name, flat } of folders) {
      for (const [key, text] of flat.en) {
        for (const locale of LOCALES) {
          const translated = flat[locale].get(key) ?? '';
          expect({ name, key, locale, blank: translated.trim() === '' }).toEqual({ name, key, locale, blank: false });
          expect({ name, key, locale, placeholders: placeholders(translated) }).toEqual({ name, key, locale, placeholders: placeholders(text) });
        }
      }
    }
  });

  it('give each top-level key to one file only (a feature’s texts never overwrite another’s)', () => {
    const owner = new Map<string, string>();
    for (const { name, files } of folders) {
      for (const key of Object.keys(files.en)) {
        expect({ key, alsoIn: owner.get(key) ?? null, name }).toEqual({ key, alsoIn: null, name });
        owner.set(key, name);
      }
    }
  });
});
