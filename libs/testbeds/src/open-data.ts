import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, csvStream, decodeCursor, DomainError, encodeCursor, isUuid, joinList, keysetBatches, LOCALES, LocalizedText, safeText } from '@kokeilu/platform';
import type { TestbedContent } from './domain/content.js';
import { recordOf, TESTBED_COLUMNS, TestbedRecord, TestbedRow } from './testbed.record.js';

/**
 * Published test beds as open data (JSON and CSV), every language as stored.
 *
 * Left out on purpose: the contact (a person's name, e-mail and phone; a rule cannot tell a
 * personal address from a shared one, and openly licensed copies cannot be called back), the
 * images (their copyright need not be the city's to license) and the internal state, version and
 * owner ids. The bed's `url` leads to its public page, which names the contact.
 */

export const OPEN_DATA_LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export const OPEN_DATA_ATTRIBUTION = 'Kokeilu – kaupunkien testialustat / city test beds';

/** A bed's public content: everything a coordinator edits except the contact and the images. */
export type OpenDataTestbed = Omit<TestbedContent, 'contact' | 'images'> & {
  id: string;
  /** The bed's public page (JSON). */
  url: string;
  /** The iCal feed of its approved bookings. */
  calendarUrl: string;
  /** The owning city's slug. */
  city: string;
  publishedAt: string | null;
  updatedAt: string;
};

export interface OpenDataLinks {
  bedUrl(id: string): string;
  calendarUrl(id: string): string;
}

/** Copies the public fields one by one, so a field added to test beds stays out until it is added here. */
export function openDataTestbed(record: TestbedRecord, links: OpenDataLinks): OpenDataTestbed {
  return {
    id: record.id,
    url: links.bedUrl(record.id),
    calendarUrl: links.calendarUrl(record.id),
    city: record.citySlug,
    name: record.name,
    summary: record.summary,
    description: record.description,
    terms: record.terms,
    address: record.address,
    location: record.location,
    themes: record.themes,
    capabilities: record.capabilities,
    dataSets: record.dataSets,
    capacity: record.capacity,
    availability: record.availability,
    cost: record.cost,
    publishedAt: record.publishedAt ? record.publishedAt.toISOString() : null,
    updatedAt: record.updatedAt.toISOString(),
  };
}

const localizedColumns = <F extends string>(field: F) => LOCALES.map((locale) => `${field}_${locale}` as `${F}_${(typeof LOCALES)[number]}`);

/** The CSV header, in order. Localized texts get a column per language. */
export const OPEN_DATA_CSV_COLUMNS = [
  'id',
  'url',
  'calendar_url',
  'city',
  ...localizedColumns('name'),
  ...localizedColumns('summary'),
  ...localizedColumns('description'),
  ...localizedColumns('terms'),
  'street',
  'postal_code',
  'municipality',
  'lon',
  'lat',
  'themes',
  'capabilities',
  'capacity',
  'availability',
  'cost_kind',
  'cost_amount_cents',
  'cost_unit',
  'data_set_titles',
  'data_set_urls',
  'published_at',
  'updated_at',
] as const;

export type OpenDataCsvColumn = (typeof OPEN_DATA_CSV_COLUMNS)[number];
export type OpenDataCsvRecord = Record<OpenDataCsvColumn, string>;

function localizedCells<F extends string>(field: F, text: LocalizedText | null): Record<`${F}_${(typeof LOCALES)[number]}`, string> {
  return Object.fromEntries(LOCALES.map((locale) => [`${field}_${locale}`, safeText(text?.[locale] ?? '')])) as Record<
    `${F}_${(typeof LOCALES)[number]}`,
    string
  >;
}

/** One CSV row: texts per language, lists joined with `;`, money in cents, periods as ISO 8601 intervals. */
export function csvRecordOf(bed: OpenDataTestbed): OpenDataCsvRecord {
  const cost = bed.cost;
  return {
    id: bed.id,
    url: bed.url,
    calendar_url: bed.calendarUrl,
    city: bed.city,
    ...localizedCells('name', bed.name),
    ...localizedCells('summary', bed.summary),
    ...localizedCells('description', bed.description),
    ...localizedCells('terms', bed.terms),
    street: safeText(bed.address?.street ?? ''),
    postal_code: safeText(bed.address?.postalCode ?? ''),
    municipality: safeText(bed.address?.municipality ?? ''),
    lon: bed.location ? String(bed.location.lon) : '',
    lat: bed.location ? String(bed.location.lat) : '',
    themes: joinList(bed.themes),
    capabilities: safeText(joinList(bed.capabilities)),
    capacity: String(bed.capacity),
    availability: joinList(bed.availability.map((w) => `${w.start}/${w.end}`)),
    cost_kind: cost?.kind ?? '',
    cost_amount_cents: cost?.kind === 'fee' ? String(cost.amountCents) : '',
    cost_unit: cost?.kind === 'fee' ? cost.unit : '',
    data_set_titles: safeText(joinList(bed.dataSets.map((d) => d.title))),
    data_set_urls: joinList(bed.dataSets.map((d) => d.url)),
    published_at: bed.publishedAt ?? '',
    updated_at: bed.updatedAt,
  };
}

/** The beds as CSV (see `csvStream`). */
export function openDataCsv(beds: AsyncIterable<OpenDataTestbed>): Readable {
  return csvStream(beds, OPEN_DATA_CSV_COLUMNS, csvRecordOf);
}

export interface OpenDataPage {
  items: OpenDataTestbed[];
  total: number;
  nextCursor: string | null;
}

export const OPEN_DATA_MAX_PAGE = 500;
const CURSOR_SCOPE = 'open-data';

/** Published beds in id order, a page at a time; reads only, so it needs no caller. */
@Injectable()
export class OpenDataService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private readonly links: OpenDataLinks = {
    bedUrl: (id) => `${this.apiUrl()}/testbeds/${id}`,
    calendarUrl: (id) => `${this.apiUrl()}/calendar/testbeds/${id}.ics`,
  };

  async page(limit: number, cursor?: string): Promise<OpenDataPage> {
    const after = cursor === undefined ? null : this.decode(cursor);
    const [records, [{ total }]] = await Promise.all([
      this.batch(after, limit + 1),
      this.dataSource.query(`SELECT count(*)::int AS total FROM testbeds WHERE state = 'published'`) as Promise<{ total: number }[]>,
    ]);
    const items = records.slice(0, limit).map((record) => openDataTestbed(record, this.links));
    const last = items[items.length - 1];
    return { items, total, nextCursor: records.length > limit && last ? encodeCursor(CURSOR_SCOPE, last.id) : null };
  }

  /** Every published bed, read in batches so that memory stays flat however many there are. */
  async *all(batchSize = OPEN_DATA_MAX_PAGE): AsyncGenerator<OpenDataTestbed> {
    for await (const record of keysetBatches((after, limit) => this.batch(after, limit), batchSize)) yield openDataTestbed(record, this.links);
  }

  private async batch(after: string | null, limit: number): Promise<TestbedRecord[]> {
    const rows: TestbedRow[] = await this.dataSource.query(
      `SELECT ${TESTBED_COLUMNS} FROM testbeds t JOIN cities ci ON ci.id = t.city_id
        WHERE t.state = 'published' AND ($1::uuid IS NULL OR t.id > $1::uuid)
        ORDER BY t.id LIMIT $2`,
      [after, limit],
    );
    return rows.map(recordOf);
  }

  private decode(cursor: string): string {
    const [scope, id] = decodeCursor(cursor);
    if (scope !== CURSOR_SCOPE || !isUuid(id)) throw DomainError.invalid('cursor', 'is not a cursor this API issued');
    return id;
  }

  private apiUrl(): string {
    return `${this.config.PUBLIC_URL.replace(/\/+$/, '')}/api/v1`;
  }
}
