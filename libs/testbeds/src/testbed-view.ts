import { pickText } from './domain/language.js';
import type { Locale, LocalizedText } from './domain/localized.js';
import type { TestbedRecord } from './testbed.record.js';

export interface TestbedTranslations {
  name: LocalizedText;
  summary: LocalizedText | null;
  description: LocalizedText | null;
  terms: LocalizedText | null;
}

/** A test bed as clients see it: each text in the best language the caller accepts, the rest as stored. */
export type TestbedView = Omit<TestbedRecord, 'name' | 'summary' | 'description' | 'terms'> & {
  /** The language of `name`; the other texts are picked the same way but may fall back differently. */
  language: Locale;
  name: string;
  summary: string | null;
  description: string | null;
  terms: string | null;
  translations?: TestbedTranslations;
};

export function presentTestbed(record: TestbedRecord, languages: readonly Locale[], withTranslations: boolean): TestbedView {
  const { name, summary, description, terms, ...rest } = record;
  const picked = pickText(name, languages);
  return {
    ...rest,
    language: picked?.language ?? languages[0],
    name: picked?.text ?? '',
    summary: pickText(summary, languages)?.text ?? null,
    description: pickText(description, languages)?.text ?? null,
    terms: pickText(terms, languages)?.text ?? null,
    ...(withTranslations ? { translations: { name, summary, description, terms } } : {}),
  };
}
