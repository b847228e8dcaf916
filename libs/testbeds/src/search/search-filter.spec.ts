import { DomainError } from '@kokeilu/platform';
import { encodeSearchCursor, toSearchFilter } from './search-filter.js';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return (error.details.fields ?? []).map((f) => f.field);
    throw error;
  }
  return [];
}

describe('toSearchFilter', () => {
  it('sorts by relevance with words and by newest without', () => {
    expect(toSearchFilter({ q: 'Liikenne' })).toMatchObject({ words: ['liikenne'], sort: 'relevance', limit: 20, languages: ['en', 'fi', 'sv'] });
    expect(toSearchFilter({})).toMatchObject({ words: [], sort: 'newest' });
    expect(toSearchFilter({ q: '!!' }).sort).toBe('newest');
  });

  it('answers summaries unless the whole beds are asked for', () => {
    expect(toSearchFilter({}).view).toBe('summary');
    expect(toSearchFilter({ view: 'full' }).view).toBe('full');
  });

  it('reads a city as an id or a slug', () => {
    expect(toSearchFilter({ city: '0B6F3C1E-8A4E-4D1B-9D7E-2F0C4E5A6B7C' }).city).toEqual({ id: '0b6f3c1e-8a4e-4d1b-9d7e-2f0c4e5a6b7c' });
    expect(toSearchFilter({ city: 'tampere' }).city).toEqual({ slug: 'tampere' });
  });

  it('normalises themes and capabilities', () => {
    expect(toSearchFilter({ theme: ['energy', 'energy'], capability: [' 5G '] })).toMatchObject({ themes: ['energy'], capabilities: ['5g'] });
  });

  it('names every bad parameter', () => {
    expect(
      fieldsOf(() =>
        toSearchFilter({ city: 'Helsinki!', theme: ['space'], cost: 'cheap', availableFrom: '2026-05-02', availableTo: '2026-05-01', bbox: '1,2', sort: 'price', view: 'short', limit: 0 }),
      ),
    ).toEqual(['city', 'theme', 'cost', 'availableTo', 'bbox', 'sort', 'view', 'limit']);
    expect(fieldsOf(() => toSearchFilter({ sort: 'relevance' }))).toEqual(['sort']);
  });

  it('accepts only a cursor of the same sort and language order', () => {
    const id = '0b6f3c1e-8a4e-4d1b-9d7e-2f0c4e5a6b7c';
    const byName = toSearchFilter({ sort: 'name', languages: ['fi', 'en', 'sv'] });
    const cursor = encodeSearchCursor(byName, 'labra', id);
    expect(toSearchFilter({ sort: 'name', languages: ['fi', 'en', 'sv'], cursor }).after).toEqual({ key: 'labra', id });
    expect(fieldsOf(() => toSearchFilter({ sort: 'name', languages: ['sv', 'en', 'fi'], cursor }))).toEqual(['cursor']);
    expect(fieldsOf(() => toSearchFilter({ sort: 'newest', cursor }))).toEqual(['cursor']);
    const newest = encodeSearchCursor(toSearchFilter({}), '2026-05-01T10:00:00.123456Z', id);
    expect(toSearchFilter({ cursor: newest }).after).toEqual({ key: '2026-05-01T10:00:00.123456Z', id });
    for (const key of ['2026-02-30T10:00:00.000000Z', '0000-01-01T00:00:00.000000Z', '2026-01-01T24:00:00.000000Z']) {
      expect(fieldsOf(() => toSearchFilter({ cursor: encodeSearchCursor(toSearchFilter({}), key, id) }))).toEqual(['cursor']);
    }
    const forged = encodeSearchCursor(toSearchFilter({}), "2026'; DROP TABLE testbeds", id);
    expect(fieldsOf(() => toSearchFilter({ cursor: forged }))).toEqual(['cursor']);
    expect(fieldsOf(() => toSearchFilter({ q: 'x', cursor: encodeSearchCursor(toSearchFilter({ q: 'x' }), 'NaN', id) }))).toEqual(['cursor']);
  });
});
