import { type Locale, type LocalizedText, pickText } from '@kokeilu/platform';
import type { TestbedRecord, TestbedRow, TestbedSummaryRow } from './testbed.record.js';

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

/**
 * A bed in a list: the summary columns, its name and summary in the best language the caller
 * accepts, and its times as the ISO strings JSON writes for them (a Date in the answer sends
 * JSON.stringify down its slow path for the whole page).
 */
export type TestbedSummaryView = Pick<TestbedView, 'id' | 'cityId' | 'citySlug' | 'state' | 'language' | 'name' | 'summary' | 'address' | 'location' | 'themes' | 'capabilities' | 'capacity' | 'availability' | 'cost' | 'version'> & {
  publishedAt: string | null;
  updatedAt: string;
  translations?: Pick<TestbedTranslations, 'name' | 'summary'>;
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

/**
 * A stored row straight to the view the search answers with: one object with a fixed shape per
 * bed, built field by field, where `presentTestbed(recordOf(row))` copied each bed twice through
 * spreads (a busy search maps thousands of beds a second, and the copies were its garbage).
 * Gives the same view as `presentTestbed(recordOf(row), ...)`.
 */
export function presentRow(row: TestbedRow, languages: readonly Locale[], withTranslations: boolean): TestbedView {
  const name = pickText(row.name, languages);
  const view: TestbedView = {
    id: row.id,
    cityId: row.cityId,
    citySlug: row.citySlug,
    state: row.state,
    language: name?.language ?? languages[0],
    name: name?.text ?? '',
    summary: pickText(row.summary, languages)?.text ?? null,
    description: pickText(row.description, languages)?.text ?? null,
    terms: pickText(row.terms, languages)?.text ?? null,
    address: row.address,
    location: row.lon === null || row.lat === null ? null : { lon: row.lon, lat: row.lat },
    themes: row.themes,
    capabilities: row.capabilities,
    dataSets: row.dataSets,
    capacity: row.capacity,
    availability: row.availability,
    cost: row.cost,
    contact: row.contact,
    images: row.images,
    version: row.version,
    publishedAt: row.publishedAt,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
  if (withTranslations) view.translations = { name: row.name, summary: row.summary, description: row.description, terms: row.terms };
  return view;
}

/** A summary row to the list view, built field by field like `presentRow`. */
export function presentSummaryRow(row: TestbedSummaryRow, languages: readonly Locale[], withTranslations: boolean): TestbedSummaryView {
  const name = pickText(row.name, languages);
  const view: TestbedSummaryView = {
    id: row.id,
    cityId: row.cityId,
    citySlug: row.citySlug,
    state: row.state,
    language: name?.language ?? languages[0],
    name: name?.text ?? '',
    summary: pickText(row.summary, languages)?.text ?? null,
    address: row.address,
    location: row.lon === null || row.lat === null ? null : { lon: row.lon, lat: row.lat },
    themes: row.themes,
    capabilities: row.capabilities,
    capacity: row.capacity,
    availability: row.availability,
    cost: row.cost,
    version: row.version,
    publishedAt: row.publishedAt === null ? null : row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
  if (withTranslations) view.translations = { name: row.name, summary: row.summary };
  return view;
}
