import type { DateWindow } from './domain/availability.js';
import type { Address, Contact, DataSet, TestbedContent } from './domain/content.js';
import type { CostModel } from './domain/cost.js';
import type { LocalizedText } from '@kokeilu/platform';
import type { TestbedState } from './domain/testbed.js';
import type { Theme } from './domain/themes.js';

/** A stored test bed with every language, as the service hands it out. */
export interface TestbedRecord extends TestbedContent {
  id: string;
  cityId: string;
  citySlug: string;
  state: TestbedState;
  version: number;
  publishedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * The columns of one test bed, read with the alias `t` (and `ci` for its city). Availability is
 * stored as a datemultirange (half-open ranges) and read back as inclusive `{ start, end }` days.
 * Test beds are read and written with SQL rather than an entity because TypeORM maps neither
 * multiranges nor the generated search columns.
 */
export const TESTBED_COLUMNS = `
  t.id, t.city_id AS "cityId", ci.slug AS "citySlug", t.state, t.name, t.summary, t.description, t.terms,
  t.address, t.lon, t.lat, t.themes, t.capabilities, t.data_sets AS "dataSets", t.capacity,
  (SELECT coalesce(json_agg(json_build_object('start', lower(r), 'end', upper(r) - 1) ORDER BY lower(r)), '[]'::json)
     FROM unnest(t.availability) AS r) AS availability,
  t.cost, t.contact, t.images, t.version, t.published_at AS "publishedAt", t.archived_at AS "archivedAt",
  t.created_at AS "createdAt", t.updated_at AS "updatedAt"`;

/**
 * The columns of a bed in a list (the search's default answer): what a result card and a map need,
 * without the long texts (description, terms), data sets, contact and images of `TESTBED_COLUMNS`.
 */
export const TESTBED_SUMMARY_COLUMNS = `
  t.id, t.city_id AS "cityId", ci.slug AS "citySlug", t.state, t.name, t.summary,
  t.address, t.lon, t.lat, t.themes, t.capabilities, t.capacity,
  (SELECT coalesce(json_agg(json_build_object('start', lower(r), 'end', upper(r) - 1) ORDER BY lower(r)), '[]'::json)
     FROM unnest(t.availability) AS r) AS availability,
  t.cost, t.version, t.published_at AS "publishedAt", t.updated_at AS "updatedAt"`;

export interface TestbedRow {
  id: string;
  cityId: string;
  citySlug: string;
  state: TestbedState;
  name: LocalizedText;
  summary: LocalizedText | null;
  description: LocalizedText | null;
  terms: LocalizedText | null;
  address: Address | null;
  lon: number | null;
  lat: number | null;
  themes: Theme[];
  capabilities: string[];
  dataSets: DataSet[];
  capacity: number;
  availability: DateWindow[];
  cost: CostModel | null;
  contact: Contact | null;
  images: string[];
  version: number;
  publishedAt: Date | null;
  archivedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export type TestbedSummaryRow = Pick<
  TestbedRow,
  'id' | 'cityId' | 'citySlug' | 'state' | 'name' | 'summary' | 'address' | 'lon' | 'lat' | 'themes' | 'capabilities' | 'capacity' | 'availability' | 'cost' | 'version' | 'publishedAt' | 'updatedAt'
>;

export function recordOf(row: TestbedRow): TestbedRecord {
  const { lon, lat, ...rest } = row;
  return { ...rest, location: lon === null || lat === null ? null : { lon, lat } };
}

export function contentOf(record: TestbedRecord): TestbedContent {
  const { name, summary, description, terms, address, location, themes, capabilities, dataSets, capacity, availability, cost, contact, images } = record;
  return { name, summary, description, terms, address, location, themes, capabilities, dataSets, capacity, availability, cost, contact, images };
}

/** The multirange literal for inclusive windows, e.g. `{[2026-05-01,2026-05-31]}`; the dates are validated ISO dates. */
export function multirangeOf(windows: readonly DateWindow[]): string {
  return `{${windows.map((w) => `[${w.start},${w.end}]`).join(',')}}`;
}

/** The parameters of the content columns, in the order of `CONTENT_COLUMNS`. */
export const CONTENT_COLUMNS = [
  'name',
  'summary',
  'description',
  'terms',
  'address',
  'lon',
  'lat',
  'themes',
  'capabilities',
  'data_sets',
  'capacity',
  'availability',
  'cost',
  'contact',
  'images',
] as const;

export const CONTENT_CASTS: Record<(typeof CONTENT_COLUMNS)[number], string> = {
  name: 'jsonb',
  summary: 'jsonb',
  description: 'jsonb',
  terms: 'jsonb',
  address: 'jsonb',
  lon: 'float8',
  lat: 'float8',
  themes: 'text[]',
  capabilities: 'text[]',
  data_sets: 'jsonb',
  capacity: 'int',
  availability: 'datemultirange',
  cost: 'jsonb',
  contact: 'jsonb',
  images: 'text[]',
};

const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

export function contentValues(content: TestbedContent): unknown[] {
  return [
    json(content.name),
    json(content.summary),
    json(content.description),
    json(content.terms),
    json(content.address),
    content.location?.lon ?? null,
    content.location?.lat ?? null,
    content.themes,
    content.capabilities,
    JSON.stringify(content.dataSets),
    content.capacity,
    multirangeOf(content.availability),
    json(content.cost),
    json(content.contact),
    content.images,
  ];
}
