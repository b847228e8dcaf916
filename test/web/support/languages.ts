import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

type Locale = 'fi' | 'sv' | 'en';
const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];
const WEB_SOURCE = join(__dirname, '../../../apps/web/src');

/** Every `messages` folder of the web app: the shared texts and each feature's own. */
function messageFolders(dir = WEB_SOURCE): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(dir, entry.name);
    if (entry.name === 'messages') found.push(path);
    else found.push(...messageFolders(path));
  }
  return found;
}

/** The texts of a language as key → text, keys dotted as the app asks for them. */
function flatten(messages: Record<string, unknown>, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else if (value && typeof value === 'object') flatten(value as Record<string, unknown>, path, into);
  }
  return into;
}

let texts: Record<Locale, Map<string, string>> | undefined;
function allTexts(): Record<Locale, Map<string, string>> {
  texts ??= Object.fromEntries(
    LOCALES.map((locale) => {
      const merged = new Map<string, string>();
      for (const folder of messageFolders()) flatten(JSON.parse(readFileSync(join(folder, `${locale}.json`), 'utf8')), '', merged);
      return [locale, merged];
    }),
  ) as Record<Locale, Map<string, string>>;
  return texts;
}

interface LanguageChecks {
  /** The language's message keys, a plural key by its base. */
  keys: Set<string>;
  /** The other languages' texts that this language words differently. */
  foreign: Set<string>;
}

const checks = new Map<Locale, LanguageChecks>();
/** What a page in `locale` is checked against, worked out once per language (comparing every text with every other takes about a second). */
function checksFor(locale: Locale): LanguageChecks {
  const known = checks.get(locale);
  if (known) return known;
  const all = allTexts();
  const own = all[locale];
  const ownValues = [...own.values()];
  const keys = new Set([...own.keys()].map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
  const foreign = new Set<string>();
  for (const other of LOCALES.filter((l) => l !== locale)) {
    for (const value of all[other].values()) {
      if (value.length < 12 || value.includes('{{')) continue;
      if (ownValues.some((mine) => mine.includes(value))) continue;
      foreign.add(value);
    }
  }
  const made = { keys, foreign };
  checks.set(locale, made);
  return made;
}

/**
 * What is wrong with the language of the page as it stands: it is not marked as `locale`, it
 * shows a message key instead of its text (a plural key counts by its base, as the app asks for
 * it), or it shows a UI text of another language that `locale` words differently (texts of a dozen
 * characters or more, without placeholders, so that names and short words shared by the languages
 * do not count). The API's own content (a bed's description in the language it has) is not
 * checked here: only the app's texts.
 */
export async function languageProblems(page: Page, locale: Locale): Promise<string[]> {
  const { keys, foreign } = checksFor(locale);
  const { lang, text } = await page.evaluate(() => ({ lang: document.documentElement.lang, text: document.body.innerText }));
  const problems: string[] = [];
  if (lang !== locale) problems.push(`<html lang="${lang}">`);
  const words = new Set(text.split(/[\s,;:()"“”]+/).map((word) => word.replace(/[.!?]+$/, '')));
  for (const key of keys) if (key.includes('.') && words.has(key)) problems.push(`a raw key: ${key}`);
  for (const value of foreign) if (text.includes(value)) problems.push(`another language's text: ${value}`);
  return problems;
}
