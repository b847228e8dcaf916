import { bboxOf, capabilityTags, EMPTY_SEARCH, readSearchParams, writeSearchParams } from './searchParams';

describe('the search in the address', () => {
  it('round-trips every filter', () => {
    const search = { q: 'liikenne', city: 'tampere', themes: ['mobility', 'energy'], capabilities: ['5g', 'lidar'], cost: 'free', availableFrom: '2027-03-01', availableTo: '2027-03-31', bbox: '24.8,60.1,25.2,60.3' };
    const query = writeSearchParams(search);
    expect(query.toString()).toBe('q=liikenne&city=tampere&theme=mobility&theme=energy&capability=5g&capability=lidar&cost=free&from=2027-03-01&to=2027-03-31&bbox=24.8%2C60.1%2C25.2%2C60.3');
    expect(readSearchParams(query)).toEqual(search);
  });

  it('drops what is not a date or a box instead of sending it to the API', () => {
    expect(readSearchParams(new URLSearchParams('from=tomorrow&to=2027-13&bbox=1,2,3'))).toEqual(EMPTY_SEARCH);
  });
});

describe('capabilityTags', () => {
  it('splits at commas, trims, lower-cases and drops blanks and repeats', () => {
    expect(capabilityTags(' 5G, lidar,, LIDAR , open api ')).toEqual(['5g', 'lidar', 'open api']);
  });
});

describe('bboxOf', () => {
  it('writes the map view west,south,east,north, rounded and within the world', () => {
    expect(bboxOf({ west: 24.9123456, south: 60.1234567, east: 25.1, north: 60.3 })).toBe('24.91235,60.12346,25.1,60.3');
    expect(bboxOf({ west: -200, south: -95, east: 200, north: 95 })).toBe('-180,-90,180,90');
  });
});
