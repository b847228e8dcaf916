import { DomainError } from '@kokeilu/platform';
import { canonicalParams, fingerprintOf, matchKeysOf, readCriteria, settingsProblems } from './saved-search.js';

const fieldsOf = (read: () => unknown): string[] => {
  try {
    read();
  } catch (error) {
    if (error instanceof DomainError) return (error.details.fields ?? []).map((f) => f.field);
    throw error;
  }
  throw new Error('no error');
};

describe('reading a search to save', () => {
  it('keeps the test-bed search page’s filters, as the page validates them, and leaves out order, paging and language', () => {
    const criteria = readCriteria('testbeds', { q: 'Robotti  BUSSI', city: 'tampere', theme: ['mobility', 'energy'], capability: '5G', bbox: '23.5,61.4,23.9,61.6', sort: 'name', limit: '5', lang: 'sv' });
    expect(criteria).toEqual({
      kind: 'testbeds',
      filter: {
        words: ['robotti', 'bussi'],
        city: { slug: 'tampere' },
        themes: ['mobility', 'energy'],
        capabilities: ['5g'],
        cost: undefined,
        period: undefined,
        bbox: { minLon: 23.5, minLat: 61.4, maxLon: 23.9, maxLat: 61.6 },
      },
    });
    expect(canonicalParams(criteria)).toEqual({ q: 'robotti bussi', city: 'tampere', theme: ['energy', 'mobility'], capability: ['5g'], bbox: '23.5,61.4,23.9,61.6' });
  });

  it('names each bad test-bed filter under params, as the search page would refuse it', () => {
    expect(fieldsOf(() => readCriteria('testbeds', { theme: 'weather', bbox: '1,2,3', color: 'red' }))).toEqual(['params.color']);
    expect(fieldsOf(() => readCriteria('testbeds', { theme: 'weather', bbox: '1,2,3' })).sort()).toEqual(['params.bbox', 'params.theme']);
  });

  it('keeps a call search’s city and focus area, and refuses a state or a filter the calls page does not have', () => {
    expect(readCriteria('calls', { city: 'national', focusArea: 'open_data_and_interfaces' })).toEqual({ kind: 'calls', filter: { city: 'national', focusArea: 'open_data_and_interfaces' } });
    expect(fieldsOf(() => readCriteria('calls', { state: 'open', q: 'x' }))).toEqual(['params.state', 'params.q']);
    expect(fieldsOf(() => readCriteria('calls', { focusArea: 'weather' }))).toEqual(['params.focusArea']);
    expect(fieldsOf(() => readCriteria('calls', { city: ['a', 'b'] }))).toEqual(['params.city']);
  });

  it('gives the same fingerprint to the same filters however they were written', () => {
    const a = readCriteria('testbeds', { q: 'robotti', theme: ['mobility', 'energy'] });
    const b = readCriteria('testbeds', { q: 'Robotti', theme: 'energy,mobility', sort: 'newest' });
    expect(fingerprintOf(a, null)).toBe(fingerprintOf(b, null));
    const c = readCriteria('testbeds', { q: 'robotti', theme: 'energy' });
    expect(fingerprintOf(c, null)).not.toBe(fingerprintOf(a, null));
    // A city named by slug or by id is one city.
    const bySlug = readCriteria('calls', { city: 'tampere' });
    const byId = readCriteria('calls', { city: '6f1c1d1e-0000-4000-8000-000000000001' });
    expect(fingerprintOf(bySlug, '6f1c1d1e-0000-4000-8000-000000000001')).toBe(fingerprintOf(byId, '6f1c1d1e-0000-4000-8000-000000000001'));
  });
});

describe('the keys a saved search is matched by', () => {
  const city = 'c0ffee00-0000-4000-8000-000000000001';

  it('requires every word, capability, the cost and the city, anchored on the longest word', () => {
    const criteria = readCriteria('testbeds', { q: 'robotti liikennekokeilu', capability: '5g', cost: 'free', city: 'tampere' });
    expect(matchKeysOf(criteria, city)).toEqual({
      requires: ['w:robotti', 'w:liikennekokeilu', 'c:5g', 'cost:free', `city:${city}`],
      anchors: ['testbeds/w:liikennekokeilu'],
    });
  });

  it('anchors on a capability, then the city, then the themes (any), then the map area, then everything', () => {
    expect(matchKeysOf(readCriteria('testbeds', { capability: ['lidar', '5g'], city: 'oulu' }), city).anchors).toEqual(['testbeds/c:lidar']);
    expect(matchKeysOf(readCriteria('testbeds', { city: 'oulu', theme: 'energy' }), city).anchors).toEqual([`testbeds/city:${city}`]);
    const themes = matchKeysOf(readCriteria('testbeds', { theme: ['energy', 'mobility'], bbox: '23,61,24,62' }), null);
    expect(themes).toEqual({ requires: [], anchors: ['testbeds/theme:energy', 'testbeds/theme:mobility'] });
    expect(matchKeysOf(readCriteria('testbeds', { bbox: '23,61,24,62' }), null).anchors).toEqual(['testbeds/bbox']);
    expect(matchKeysOf(readCriteria('testbeds', {}), null)).toEqual({ requires: [], anchors: ['testbeds/all'] });
  });

  it('matches calls by city (or national) and focus area', () => {
    expect(matchKeysOf(readCriteria('calls', { city: 'tampere', focusArea: 'open_data_and_interfaces' }), city)).toEqual({
      requires: [`city:${city}`, 'focus:open_data_and_interfaces'],
      anchors: [`calls/city:${city}`],
    });
    expect(matchKeysOf(readCriteria('calls', { city: 'national' }), null)).toEqual({ requires: ['national'], anchors: ['calls/national'] });
    expect(matchKeysOf(readCriteria('calls', { focusArea: 'open_innovation_platforms' }), null).anchors).toEqual(['calls/focus:open_innovation_platforms']);
    expect(matchKeysOf(readCriteria('calls', {}), null)).toEqual({ requires: [], anchors: ['calls/all'] });
  });
});

describe('a saved search’s settings', () => {
  it('names a bad name, frequency or language', () => {
    expect(settingsProblems({ name: 'Robotit', frequency: 'digest', locale: 'sv' })).toEqual([]);
    expect(settingsProblems({ name: '  ', frequency: 'weekly', locale: 'de' }).map((p) => p.field)).toEqual(['name', 'frequency', 'locale']);
    expect(settingsProblems({ name: 'x'.repeat(101) }).map((p) => p.field)).toEqual(['name']);
  });
});
