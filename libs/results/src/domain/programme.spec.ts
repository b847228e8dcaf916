import { type DecidedCallMoney, programmeResults } from './programme.js';

const AREAS = ['open_innovation_platforms', 'open_data_and_interfaces', 'open_participation_and_customership'];
const tampere = { id: 't', slug: 'tampere', name: { fi: 'Tampere' } };
const oulu = { id: 'o', slug: 'oulu', name: { fi: 'Oulu' } };
const call = (callId: string, city: DecidedCallMoney['city'], focusArea: string, projects: number, cents: number): DecidedCallMoney => ({ callId, city, focusArea, projects, cents });

describe('programmeResults', () => {
  it('counts each call wholly towards its city and wholly towards its focus area', () => {
    const results = programmeResults(
      [call('a', tampere, 'open_data_and_interfaces', 2, 120_000_00), call('b', tampere, 'open_innovation_platforms', 1, 30_000_00), call('c', oulu, 'open_data_and_interfaces', 3, 200_000_00)],
      AREAS,
    );
    expect(results).toMatchObject({ calls: 3, projects: 6, totalCents: 350_000_00 });
    expect(results.byCity).toEqual([
      { city: oulu, calls: 1, projects: 3, cents: 200_000_00, percent: 57.1 },
      { city: tampere, calls: 2, projects: 3, cents: 150_000_00, percent: 42.9 },
    ]);
    expect(results.byFocusArea).toEqual([
      { focusArea: 'open_innovation_platforms', calls: 1, projects: 1, cents: 30_000_00, percent: 8.6 },
      { focusArea: 'open_data_and_interfaces', calls: 2, projects: 5, cents: 320_000_00, percent: 91.4 },
      { focusArea: 'open_participation_and_customership', calls: 0, projects: 0, cents: 0, percent: 0 },
    ]);
  });

  it('adds up to the programme total both ways', () => {
    const calls = [call('a', tampere, AREAS[0]!, 1, 1), call('b', null, AREAS[1]!, 2, 7), call('c', oulu, AREAS[2]!, 1, 5), call('d', oulu, AREAS[0]!, 0, 0)];
    const results = programmeResults(calls, AREAS);
    const sum = (rows: { cents: number }[]) => rows.reduce((total, row) => total + row.cents, 0);
    expect(sum(results.byCity)).toBe(results.totalCents);
    expect(sum(results.byFocusArea)).toBe(results.totalCents);
    expect(results.byCity.reduce((total, row) => total + row.calls, 0)).toBe(4);
  });

  it('keeps national calls apart, after the cities with as much money, and counts a call that funded nothing', () => {
    const results = programmeResults([call('n', null, AREAS[0]!, 1, 500), call('t', tampere, AREAS[0]!, 1, 500), call('o', oulu, AREAS[1]!, 0, 0)], AREAS);
    expect(results.byCity.map((row) => row.city?.slug ?? 'national')).toEqual(['tampere', 'national', 'oulu']);
    expect(results.byCity[2]).toEqual({ city: oulu, calls: 1, projects: 0, cents: 0, percent: 0 });
  });

  it('lists every focus area with zeros when nothing is decided', () => {
    const results = programmeResults([], AREAS);
    expect(results).toEqual({
      calls: 0,
      projects: 0,
      totalCents: 0,
      byCity: [],
      byFocusArea: AREAS.map((focusArea) => ({ focusArea, calls: 0, projects: 0, cents: 0, percent: 0 })),
    });
  });

  it('still counts a focus area the programme no longer lists, after the listed ones', () => {
    const results = programmeResults([call('x', tampere, 'smart_mobility', 1, 10)], AREAS);
    expect(results.byFocusArea.map((row) => row.focusArea)).toEqual([...AREAS, 'smart_mobility']);
  });
});
