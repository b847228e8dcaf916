import { parse } from 'csv-parse/sync';
import { joinList, safeText } from '@kokeilu/platform';
import { csvRecordOf, OPEN_DATA_CSV_COLUMNS, openDataCsv, OpenDataTestbed, openDataTestbed } from './open-data.js';
import type { TestbedRecord } from './testbed.record.js';

const links = {
  bedUrl: (id: string) => `https://kokeilu.example/api/v1/testbeds/${id}`,
  calendarUrl: (id: string) => `https://kokeilu.example/api/v1/calendar/testbeds/${id}.ics`,
};

function record(overrides: Partial<TestbedRecord> = {}): TestbedRecord {
  return {
    id: '0b8e5a52-0000-4000-8000-000000000001',
    cityId: '0b8e5a52-0000-4000-8000-0000000000c1',
    citySlug: 'tampere',
    state: 'published',
    version: 3,
    name: { fi: 'Hervannan liikennelabra', en: 'Hervanta mobility lab' },
    summary: { fi: 'Katuympäristö, "robottibusseille"', en: 'Streets for robot buses' },
    description: { fi: 'Rivi 1\nRivi 2' },
    terms: null,
    address: { street: 'Hervannan valtaväylä 1', postalCode: '33720', municipality: 'Tampere' },
    location: { lon: 23.85, lat: 61.45 },
    themes: ['mobility', 'data_and_ai'],
    capabilities: ['5g', 'lidar'],
    dataSets: [
      { title: 'Liikennemäärät', url: 'https://data.tampere.fi/liikenne' },
      { title: 'Sää; tunneittain', url: 'https://data.tampere.fi/saa' },
    ],
    capacity: 2,
    availability: [
      { start: '2027-01-01', end: '2027-06-30' },
      { start: '2027-08-01', end: '2027-12-31' },
    ],
    cost: { kind: 'fee', amountCents: 50_000, unit: 'month' },
    contact: { name: 'Maija Meikäläinen', email: 'maija.meikalainen@tampere.fi', phone: '+358 40 123 4567' },
    images: ['https://kuvat.tampere.fi/labra.jpg'],
    publishedAt: new Date('2026-11-02T10:00:00Z'),
    archivedAt: null,
    createdAt: new Date('2026-11-01T10:00:00Z'),
    updatedAt: new Date('2026-11-03T10:00:00Z'),
    ...overrides,
  };
}

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  let out = '';
  for await (const chunk of stream) out += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
  return out;
}

async function* from(beds: OpenDataTestbed[]) {
  yield* beds;
}

describe('openDataTestbed', () => {
  it('keeps every language and the public facts, with links', () => {
    const bed = openDataTestbed(record(), links);
    expect(bed).toMatchObject({
      id: '0b8e5a52-0000-4000-8000-000000000001',
      url: 'https://kokeilu.example/api/v1/testbeds/0b8e5a52-0000-4000-8000-000000000001',
      calendarUrl: 'https://kokeilu.example/api/v1/calendar/testbeds/0b8e5a52-0000-4000-8000-000000000001.ics',
      city: 'tampere',
      name: { fi: 'Hervannan liikennelabra', en: 'Hervanta mobility lab' },
      capacity: 2,
      cost: { kind: 'fee', amountCents: 50_000, unit: 'month' },
      publishedAt: '2026-11-02T10:00:00.000Z',
      updatedAt: '2026-11-03T10:00:00.000Z',
    });
  });

  it('leaves out the contact person, images and internal fields', () => {
    const bed = openDataTestbed(record(), links);
    for (const field of ['contact', 'images', 'cityId', 'state', 'version', 'createdAt', 'archivedAt']) expect(bed).not.toHaveProperty(field);
    const all = JSON.stringify(bed);
    for (const secret of ['Maija', 'maija.meikalainen', '+358', 'labra.jpg']) expect(all).not.toContain(secret);
  });
});

describe('csvRecordOf', () => {
  it('has exactly the header columns, texts per language and lists joined with ;', () => {
    const row = csvRecordOf(openDataTestbed(record(), links));
    expect(Object.keys(row)).toEqual([...OPEN_DATA_CSV_COLUMNS]);
    expect(row).toMatchObject({
      name_fi: 'Hervannan liikennelabra',
      name_sv: '',
      name_en: 'Hervanta mobility lab',
      terms_fi: '',
      street: 'Hervannan valtaväylä 1',
      postal_code: '33720',
      lon: '23.85',
      lat: '61.45',
      themes: 'mobility;data_and_ai',
      capabilities: '5g;lidar',
      capacity: '2',
      availability: '2027-01-01/2027-06-30;2027-08-01/2027-12-31',
      cost_kind: 'fee',
      cost_amount_cents: '50000',
      cost_unit: 'month',
      data_set_titles: 'Liikennemäärät;Sää\\; tunneittain',
      data_set_urls: 'https://data.tampere.fi/liikenne;https://data.tampere.fi/saa',
      published_at: '2026-11-02T10:00:00.000Z',
    });
  });

  it('leaves optional fields empty', () => {
    const row = csvRecordOf(openDataTestbed(record({ address: null, location: null, cost: { kind: 'free' }, dataSets: [], publishedAt: null }), links));
    expect(row).toMatchObject({ street: '', lon: '', lat: '', cost_kind: 'free', cost_amount_cents: '', cost_unit: '', data_set_urls: '', published_at: '' });
  });

  it('leaks no contact data', () => {
    expect(JSON.stringify(csvRecordOf(openDataTestbed(record(), links)))).not.toMatch(/Maija|maija|\+358/);
  });
});

describe('joinList and safeText', () => {
  it('escapes separators inside values so a cell splits back into its values', () => {
    expect(joinList(['a;b', 'c\\d', 'e'])).toBe('a\\;b;c\\\\d;e');
    expect(joinList([])).toBe('');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(safeText('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(safeText('+358')).toBe(`'+358`);
    expect(safeText('@SUM(1)')).toBe(`'@SUM(1)`);
    expect(safeText('Hervanta')).toBe('Hervanta');
  });
});

describe('openDataCsv', () => {
  it('writes RFC 4180: a header row, CRLF, quotes only where needed, no BOM, one row per bed', async () => {
    const beds = [openDataTestbed(record(), links), openDataTestbed(record({ id: '0b8e5a52-0000-4000-8000-000000000002', name: { sv: 'Labbet' } }), links)];
    const csv = await text(openDataCsv(from(beds)));
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.startsWith(`${OPEN_DATA_CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
    expect(csv).toContain('"Katuympäristö, ""robottibusseille"""');
    expect(csv).toContain('"Rivi 1\nRivi 2"');
    const rows: Record<string, string>[] = parse(csv, { columns: true, bom: false });
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(csvRecordOf(beds[0]));
    expect(rows[1].name_sv).toBe('Labbet');
  });

  it('writes only the header when there is nothing published', async () => {
    expect(await text(openDataCsv(from([])))).toBe(`${OPEN_DATA_CSV_COLUMNS.join(',')}\r\n`);
  });

  it('ends the stream with the error of a failing source', async () => {
    async function* failing(): AsyncGenerator<OpenDataTestbed> {
      yield openDataTestbed(record(), links);
      throw new Error('database went away');
    }
    await expect(text(openDataCsv(failing()))).rejects.toThrow('database went away');
  });
});
