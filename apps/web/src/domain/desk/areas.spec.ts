import { type DeskArea, isStaff, openAreas } from './areas';

const areas: DeskArea[] = [
  { role: 'coordinator', key: 'city', links: (_locale, cityId) => [{ key: 'testbeds', to: `/fi/desk/testbeds?city=${cityId}` }] },
  { role: 'evaluator', key: 'bench', links: () => [{ key: 'reviews', to: '/fi/desk/reviews' }] },
];

describe('the desk', () => {
  it('is open to staff roles only', () => {
    expect(isStaff({ roles: [] })).toBe(false);
    expect(isStaff(undefined)).toBe(false);
    expect(isStaff({ roles: [{ id: 'g', role: 'decider', cityId: null }] })).toBe(true);
  });

  it('lists the areas of the roles held, a coordinator’s once per city', () => {
    const opened = openAreas(areas, [
      { id: 'a', role: 'coordinator', cityId: 'espoo' },
      { id: 'b', role: 'coordinator', cityId: 'turku' },
      { id: 'c', role: 'coordinator', cityId: 'espoo' },
    ]);
    expect(opened.map(({ area, cityId }) => [area.key, cityId])).toEqual([
      ['city', 'espoo'],
      ['city', 'turku'],
    ]);
  });

  it('keeps the given order and leaves out roles not held', () => {
    const opened = openAreas(areas, [
      { id: 'b', role: 'evaluator', cityId: null },
      { id: 'a', role: 'admin', cityId: null },
    ]);
    expect(opened.map(({ area }) => area.key)).toEqual(['bench']);
  });
});
