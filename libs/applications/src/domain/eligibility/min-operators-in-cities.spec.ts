import { cityOf, CityRef, ConsortiumOrganisation, minOperatorsInCities, placeKey } from './min-operators-in-cities.js';

const CITIES: CityRef[] = [
  { slug: 'helsinki', name: { fi: 'Helsinki', sv: 'Helsingfors', en: 'Helsinki' } },
  { slug: 'espoo', name: { fi: 'Espoo', sv: 'Esbo', en: 'Espoo' } },
  { slug: 'vantaa', name: { fi: 'Vantaa', sv: 'Vanda', en: 'Vantaa' } },
  { slug: 'tampere', name: { fi: 'Tampere', sv: 'Tammerfors', en: 'Tampere' } },
  { slug: 'turku', name: { fi: 'Turku', sv: 'Åbo', en: 'Turku' } },
  { slug: 'oulu', name: { fi: 'Oulu', sv: 'Uleåborg', en: 'Oulu' } },
];

function org(id: string, homeMunicipality: string, type = 'company'): ConsortiumOrganisation {
  return { organisationId: id, name: `Org ${id}`, type, homeMunicipality };
}


describe('minOperatorsInCities', () => {
  const sixCities = { count: 2, cities: CITIES };

  it('passes with two distinct operators in the six cities', () => {
    const verdict = minOperatorsInCities(sixCities, [org('a', 'Tampere'), org('b', 'Helsinki')]);
    expect(verdict).toMatchObject({ rule: 'minOperatorsInCities', pass: true });
    expect(verdict.reason.en).toContain('2 operators');
  });

  it('fails when only one consortium organisation is based in the cities, and says which cities count', () => {
    const verdict = minOperatorsInCities(sixCities, [org('a', 'Tampere'), org('b', 'Lahti'), org('c', 'Stockholm')]);
    expect(verdict.pass).toBe(false);
    expect(verdict.reason.fi).toMatch(/vain 1 toimijaa.*vähintään 2/);
    expect(verdict.reason.sv).toContain('Åbo');
    expect(verdict.reason.en).toMatch(/Only 1 .*Helsinki, Espoo, Vantaa, Tampere, Turku, Oulu.*at least 2/);
  });

  it('counts an organisation once however often it is listed', () => {
    expect(minOperatorsInCities(sixCities, [org('a', 'Tampere'), org('a', 'Tampere')]).pass).toBe(false);
  });

  it('reads municipality names in any language, case and spacing', () => {
    expect(cityOf(' HELSINGFORS ', CITIES)?.slug).toBe('helsinki');
    expect(cityOf('Åbo', CITIES)?.slug).toBe('turku');
    expect(cityOf('uleaborg', CITIES)?.slug).toBe('oulu');
    expect(cityOf('Lahti', CITIES)).toBeNull();
    expect(placeKey('Uleåborg')).toBe('uleaborg');
  });

  it('honours a call that names other cities and another count', () => {
    const rule = { count: 3, cities: CITIES.filter((c) => ['tampere', 'oulu'].includes(c.slug)) };
    const consortium = [org('a', 'Tampere'), org('b', 'Oulu'), org('c', 'Helsinki')];
    expect(minOperatorsInCities(rule, consortium).pass).toBe(false);
    expect(minOperatorsInCities(rule, [...consortium, org('d', 'Tammerfors')]).pass).toBe(true);
  });

  it('matches a city that has only its slug', () => {
    expect(minOperatorsInCities({ count: 1, cities: [{ slug: 'lahti', name: {} }] }, [org('a', 'Lahti')]).pass).toBe(true);
  });
});
