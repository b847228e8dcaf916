import type { City } from '../../api/types';
import { chooseCity, deskCities } from './city';

const city = (id: string) => ({ id, slug: id, name: { fi: id }, partner: false, createdAt: '2026-01-01T00:00:00Z' }) as unknown as City;
const cities = [city('helsinki'), city('espoo'), city('tampere')];

describe("the desk's city", () => {
  it('is one the user coordinates, or any for an admin', () => {
    expect(deskCities({ roles: [{ id: 'g', role: 'coordinator', cityId: 'tampere' }] }, cities).map((c) => c.id)).toEqual(['tampere']);
    expect(deskCities({ roles: [{ id: 'g', role: 'admin', cityId: null }] }, cities)).toHaveLength(3);
    expect(deskCities({ roles: [{ id: 'g', role: 'evaluator', cityId: null }] }, cities)).toEqual([]);
  });

  it('is the one asked for when allowed, else the first allowed', () => {
    expect(chooseCity(cities, 'espoo')?.id).toBe('espoo');
    expect(chooseCity(cities.slice(2), 'espoo')?.id).toBe('tampere');
    expect(chooseCity([], 'espoo')).toBeNull();
  });
});
