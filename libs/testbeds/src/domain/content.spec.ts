import { checkContent, EMPTY_CONTENT, normaliseCapabilities, TestbedContentInput } from './content.js';

const draft = (overrides: Partial<TestbedContentInput> = {}): TestbedContentInput => ({ ...EMPTY_CONTENT, name: { fi: 'Liikennelabra' }, ...overrides });
const fields = (input: TestbedContentInput) => checkContent(input).problems.map((p) => p.field);

describe('test-bed content', () => {
  it('accepts a draft with only a name', () => {
    expect(checkContent(draft())).toEqual({ content: { ...EMPTY_CONTENT, name: { fi: 'Liikennelabra' } }, problems: [] });
  });

  it('accepts and normalises a full bed', () => {
    const { content, problems } = checkContent(
      draft({
        summary: { fi: 'Kokeiluja', en: 'Pilots' },
        description: { en: 'Long text' },
        terms: { fi: 'Ehdot' },
        address: { street: ' Hervannan valtaväylä 1 ', postalCode: '33720', municipality: 'Tampere' },
        location: { lon: 23.85, lat: 61.45 },
        themes: ['mobility', 'energy', 'mobility'],
        capabilities: [' 5G ', 'Lidar', 'lidar', 'Traffic   lights'],
        dataSets: [{ title: 'Liikennemäärät', url: 'https://data.tampere.fi/liikenne' }],
        capacity: 3,
        availability: [
          { start: '2026-09-01', end: '2026-09-30' },
          { start: '2026-05-01', end: '2026-05-31' },
        ],
        cost: { kind: 'fee', amountCents: 50000, unit: 'month' },
        contact: { name: 'Maija Meikäläinen', email: 'maija@tampere.fi', phone: '+358 40 123 4567' },
        images: ['https://kuvat.tampere.fi/labra.jpg'],
      }),
    );
    expect(problems).toEqual([]);
    expect(content).toMatchObject({
      address: { street: 'Hervannan valtaväylä 1' },
      themes: ['mobility', 'energy'],
      capabilities: ['5g', 'lidar', 'traffic lights'],
      availability: [
        { start: '2026-05-01', end: '2026-05-31' },
        { start: '2026-09-01', end: '2026-09-30' },
      ],
      contact: { phone: '+358 40 123 4567' },
    });
  });

  it('needs a name', () => {
    expect(fields(draft({ name: {} }))).toEqual(['name']);
    expect(fields(draft({ name: undefined }))).toEqual(['name']);
    expect(fields(draft({ name: { fi: 'x'.repeat(201) } }))).toEqual(['name.fi']);
  });

  it('names every bad field at once', () => {
    expect(
      fields(
        draft({
          summary: { fi: 'x'.repeat(501) },
          location: { lon: 200, lat: 60 },
          themes: ['space'],
          capacity: 0,
          availability: [{ start: '2026-05-02', end: '2026-05-01' }],
          cost: { kind: 'fee', amountCents: 0, unit: 'day' },
          contact: { name: 'Maija', email: 'not-an-email' },
          images: ['http://insecure.example/kuva.jpg'],
          dataSets: [{ title: '', url: 'ftp://data.example/x' }],
          address: { street: 'Katu 1', postalCode: '!', municipality: 'Espoo' },
        }),
      ),
    ).toEqual([
      'summary.fi',
      'address.postalCode',
      'location.lon',
      'themes[0]',
      'dataSets[0].title',
      'dataSets[0].url',
      'capacity',
      'availability[0].end',
      'cost.amountCents',
      'contact.email',
      'images[0]',
    ]);
  });

  it('allows optional parts to be cleared with null', () => {
    expect(fields(draft({ summary: null, address: null, location: null, cost: null, contact: null, terms: null }))).toEqual([]);
  });

  it('refuses non-integer or huge capacities', () => {
    expect(fields(draft({ capacity: 1.5 }))).toEqual(['capacity']);
    expect(fields(draft({ capacity: 10_001 }))).toEqual(['capacity']);
    expect(fields(draft({ capacity: '2' }))).toEqual(['capacity']);
  });

  it('caps lists', () => {
    expect(fields(draft({ images: Array.from({ length: 21 }, (_, i) => `https://x.fi/${i}.jpg`) }))).toEqual(['images']);
    expect(fields(draft({ dataSets: 'none' }))).toEqual(['dataSets']);
  });
});

describe('capabilities', () => {
  it('lower-cases, trims and deduplicates tags', () => {
    expect(normaliseCapabilities(['5G', ' 5g', 'Edge  Computing'])).toEqual({ capabilities: ['5g', 'edge computing'], problems: [] });
  });

  it('allows at most 30 tags of at most 50 characters', () => {
    expect(normaliseCapabilities(Array.from({ length: 31 }, (_, i) => `tag${i}`)).problems).toEqual([{ field: 'capabilities', message: expect.stringMatching(/30/) }]);
    expect(normaliseCapabilities(Array.from({ length: 31 }, () => 'same')).problems).toEqual([]);
    expect(normaliseCapabilities(['x'.repeat(51)]).problems).toEqual([{ field: 'capabilities[0]', message: expect.stringMatching(/50/) }]);
    expect(normaliseCapabilities(['', 3]).problems.map((p) => p.field)).toEqual(['capabilities[0]', 'capabilities[1]']);
  });
});
