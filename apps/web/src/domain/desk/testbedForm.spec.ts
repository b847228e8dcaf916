import type { Testbed } from '../../api/types';
import { centsOf, inputOf, missingLanguages, missingNameLanguages, valuesOf } from './testbedForm';

const bed = {
  id: 'b',
  cityId: 'c',
  citySlug: 'tampere',
  state: 'draft',
  language: 'fi',
  name: 'Labra',
  summary: null,
  description: null,
  terms: null,
  translations: { name: { fi: 'Labra', en: 'Lab' }, summary: { fi: 'Lyhyesti' }, description: null, terms: null },
  address: { street: 'Katu 1', postalCode: '33100', municipality: 'Tampere' },
  location: { lon: 23.76, lat: 61.5 },
  themes: ['mobility'],
  capabilities: ['5g', 'lidar'],
  dataSets: [{ title: 'Liikenne', url: 'https://data.example/liikenne' }],
  capacity: 2,
  availability: [{ start: '2027-05-01', end: '2027-09-30' }],
  cost: { kind: 'fee', amountCents: 120050, unit: 'week' },
  contact: { name: 'Maija', email: 'maija@tampere.fi', phone: null },
  images: [],
  version: 3,
  publishedAt: null,
  archivedAt: null,
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
} as unknown as Testbed;

describe('the test bed form', () => {
  it('reads a bed into the form and back into the same body', () => {
    const values = valuesOf(bed);
    expect(values.name).toEqual({ fi: 'Labra', sv: '', en: 'Lab' });
    expect(values.costAmount).toBe('1200.50');
    expect(inputOf(values)).toEqual({
      name: { fi: 'Labra', en: 'Lab' },
      summary: { fi: 'Lyhyesti' },
      description: null,
      terms: null,
      address: { street: 'Katu 1', postalCode: '33100', municipality: 'Tampere' },
      location: { lat: 61.5, lon: 23.76 },
      themes: ['mobility'],
      capabilities: ['5g', 'lidar'],
      dataSets: [{ title: 'Liikenne', url: 'https://data.example/liikenne' }],
      capacity: 2,
      availability: [{ start: '2027-05-01', end: '2027-09-30' }],
      cost: { kind: 'fee', amountCents: 120050, unit: 'week' },
      contact: { name: 'Maija', email: 'maija@tampere.fi', phone: null },
    });
  });

  it('sends empty optional parts as cleared and drops empty rows', () => {
    const values = { ...valuesOf(), name: { fi: ' Uusi ', sv: '', en: '' }, lat: '61,5', lon: '', dataSets: [{ title: '', url: '' }], availability: [{ start: '', end: '' }] };
    expect(inputOf(values)).toMatchObject({ name: { fi: 'Uusi' }, summary: null, address: null, location: null, dataSets: [], availability: [], cost: null, contact: null, capacity: 1 });
  });

  it('reads euros as typed in Finnish or English', () => {
    expect(centsOf('1 200,5')).toBe(120050);
    expect(centsOf('99.99')).toBe(9999);
    expect(centsOf('12,345')).toBeNaN();
    expect(centsOf('')).toBeNaN();
  });

  it('names the languages each written text lacks', () => {
    const values = valuesOf(bed);
    expect(missingLanguages(values)).toEqual({ name: ['sv'], summary: ['sv', 'en'], description: [], terms: [] });
    expect(missingLanguages(valuesOf())).toEqual({ name: [], summary: [], description: [], terms: [] });
    expect(missingNameLanguages(bed)).toEqual(['sv']);
  });
});
