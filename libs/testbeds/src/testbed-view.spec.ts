import { presentRow, presentSummaryRow, presentTestbed } from './testbed-view.js';
import { recordOf, TestbedRow } from './testbed.record.js';

const row: TestbedRow = {
  id: '0b6f3c1e-8a4e-4d1b-9d7e-2f0c4e5a6b7c',
  cityId: '1c6f3c1e-8a4e-4d1b-9d7e-2f0c4e5a6b7c',
  citySlug: 'tampere',
  state: 'published',
  name: { fi: 'Hervannan liikennelabra', en: 'Hervanta mobility lab' },
  summary: { sv: 'Trafiklabbet' },
  description: null,
  terms: { en: 'Book a week ahead' },
  address: { street: 'Hervannan valtaväylä 1', postalCode: '33720', municipality: 'Tampere' },
  lon: 23.85,
  lat: 61.45,
  themes: ['mobility'],
  capabilities: ['5g'],
  dataSets: [],
  capacity: 2,
  availability: [{ start: '2026-05-01', end: '2026-09-30' }],
  cost: { kind: 'free' },
  contact: null,
  images: [],
  version: 3,
  publishedAt: new Date('2026-04-01T10:00:00Z'),
  archivedAt: null,
  createdAt: new Date('2026-03-01T10:00:00Z'),
  updatedAt: new Date('2026-04-01T10:00:00Z'),
};

describe('presentRow', () => {
  it('gives the view presentTestbed gives for the same bed', () => {
    for (const languages of [['fi', 'en', 'sv'], ['sv', 'en', 'fi'], ['en', 'fi', 'sv']] as const) {
      for (const withTranslations of [false, true]) {
        expect(presentRow(row, languages, withTranslations)).toStrictEqual(presentTestbed(recordOf(row), languages, withTranslations));
      }
    }
  });

  it('picks each text in the best language it has, and reads a bed without a location', () => {
    const view = presentRow({ ...row, lon: null, lat: null }, ['sv', 'fi', 'en'], false);
    expect(view).toMatchObject({ language: 'fi', name: 'Hervannan liikennelabra', summary: 'Trafiklabbet', description: null, terms: 'Book a week ahead', location: null });
    expect(view).not.toHaveProperty('translations');
  });
});

describe('presentSummaryRow', () => {
  it('answers the same JSON as the full view for the summary fields, its times already as ISO strings', () => {
    const fields = ['id', 'cityId', 'citySlug', 'state', 'language', 'name', 'summary', 'address', 'location', 'themes', 'capabilities', 'capacity', 'availability', 'cost', 'version', 'publishedAt', 'updatedAt'] as const;
    for (const bed of [row, { ...row, state: 'draft' as const, publishedAt: null, updatedAt: new Date('2026-04-02T08:30:00.123Z') }]) {
      for (const withTranslations of [false, true]) {
        const summary = presentSummaryRow(bed, ['sv', 'en', 'fi'], withTranslations);
        const full = presentRow(bed, ['sv', 'en', 'fi'], withTranslations);
        const expected = Object.fromEntries(fields.map((field) => [field, full[field]]));
        if (withTranslations) Object.assign(expected, { translations: { name: bed.name, summary: bed.summary } });
        expect(JSON.parse(JSON.stringify(summary))).toStrictEqual(JSON.parse(JSON.stringify(expected)));
        expect(typeof summary.updatedAt).toBe('string');
      }
    }
  });
});
