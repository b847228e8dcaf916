import { LOCALES, type Locale } from './locales.js';

/** One text in every language of the programme. In a message table, `{name}` marks a parameter. */
export type Sentence = Record<Locale, string>;

/** A value put into a message: the same in every language (a number, a name), or a text per language. */
export type MessageParam = string | number | Sentence;

/**
 * A message ready to show: a stable code that clients may key their own texts on, and the sentence
 * in every language, parameters filled in.
 */
export interface Message {
  code: string;
  text: Sentence;
}

/** A feature's table of messages: stable codes, each with its sentence in fi, sv and en. */
export function defineMessages<C extends string>(table: Record<C, Sentence>): Record<C, Sentence> {
  return table;
}

/** A parameter written as each language writes it (a date, an amount): `localized((l) => formatDate(day, l))`. */
export function localized(write: (locale: Locale) => string): Sentence {
  return Object.fromEntries(LOCALES.map((locale) => [locale, write(locale)])) as Sentence;
}

const PARAMETER = /\{(\w+)\}/g;

/** The message of `code`, its parameters filled in each language (a per-language parameter in its own language). */
export function messageOf<C extends string>(table: Record<C, Sentence>, code: C, params: Record<string, MessageParam> = {}): Message {
  const text = {} as Sentence;
  for (const locale of LOCALES) {
    text[locale] = table[code][locale].replace(PARAMETER, (_, name: string) => {
      const value = params[name];
      if (value === undefined) throw new Error(`Message ${code} needs the parameter ${name}`);
      return typeof value === 'object' ? value[locale] : String(value);
    });
  }
  return { code, text };
}

function parametersOf(template: string): string[] {
  return [...template.matchAll(PARAMETER)].map((m) => m[1]).sort();
}

/**
 * What is wrong with a table of messages, one line per fault; empty when every message is a proper
 * sentence. Each code has fi, sv and en with the same parameters; each text starts with a capital
 * letter (not a parameter), ends as a sentence ends, names no code-like word (`in_evaluation`,
 * `booking.decide`), repeats no word (`a a`), and the English one puts `an`, not `a`, before a vowel.
 */
export function messageTableProblems(table: Record<string, Partial<Sentence>>): string[] {
  const problems: string[] = [];
  for (const [code, sentence] of Object.entries(table)) {
    const expected = sentence.en === undefined ? null : parametersOf(sentence.en).join(',');
    for (const locale of LOCALES) {
      const text = sentence[locale];
      const at = `${code} (${locale})`;
      if (typeof text !== 'string' || !text.trim()) {
        problems.push(`${at}: missing`);
        continue;
      }
      const plain = text.replace(PARAMETER, 'X');
      if (!/^\p{Lu}/u.test(text)) problems.push(`${at}: does not start with a capital letter: ${text}`);
      // A text may end with a parameter that is a sentence of its own (`… is open. {why}`).
      if (!/([.!?]|\. \{\w+\})$/.test(text)) problems.push(`${at}: does not end as a sentence ends: ${text}`);
      if (/\w[_.]\w/.test(plain.replace(/\d[.,]\d/g, ''))) problems.push(`${at}: holds a code-like word: ${text}`);
      if (/(?<!\p{L})(\p{L}+)\s+\1(?!\p{L})/iu.test(plain)) problems.push(`${at}: repeats a word: ${text}`);
      if (/\s\s|\s[.,;:!?]/.test(text)) problems.push(`${at}: has stray spaces: ${text}`);
      if (locale === 'en' && /\ba [aeiou]/i.test(plain)) problems.push(`${at}: "a" before a vowel: ${text}`);
      if (expected !== null && parametersOf(text).join(',') !== expected) problems.push(`${at}: parameters differ from en: ${text}`);
    }
  }
  return problems;
}

/** What is wrong with a table of phrases put into messages (state names, say): each needs fi, sv and en. */
export function phraseTableProblems(table: Record<string, Partial<Sentence>>): string[] {
  const problems: string[] = [];
  for (const [key, phrase] of Object.entries(table)) {
    for (const locale of LOCALES) {
      const text = phrase[locale];
      if (typeof text !== 'string' || !text.trim()) problems.push(`${key} (${locale}): missing`);
      else if (/_/.test(text)) problems.push(`${key} (${locale}): holds a code-like word: ${text}`);
      else if (locale === 'en' && /\ba [aeiou]/i.test(text)) problems.push(`${key} (${locale}): "a" before a vowel: ${text}`);
    }
  }
  return problems;
}
