import { cityOf, CityRef, ConsortiumOrganisation, independentOperators, minOperatorsInCities as judge, OperatorIdentity, placeKey } from './min-operators-in-cities.js';

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

/** Each organisation verified, with its own registration and its own person, unless `identities` say otherwise. */
function independent(consortium: ConsortiumOrganisation[], identities: Partial<OperatorIdentity>[] = []): OperatorIdentity[] {
  return consortium.map((o) => ({
    organisationId: o.organisationId,
    verified: true,
    registration: `reg-${o.organisationId}`,
    peopleIds: [`person-${o.organisationId}`],
    ...identities.find((i) => i.organisationId === o.organisationId),
  }));
}

const minOperatorsInCities = (rule: Parameters<typeof judge>[0], consortium: ConsortiumOrganisation[]) => judge(rule, consortium, independent(consortium));


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

  describe('independent operators', () => {
    const a = org('a', 'Tampere');
    const b = org('b', 'Helsinki');
    const c = org('c', 'Espoo');

    it("does not count one person's two organisations as two operators, and says why", () => {
      const verdict = judge(sixCities, [a, b], independent([a, b], [{ organisationId: 'b', peopleIds: ['person-a'] }]));
      expect(verdict.pass).toBe(false);
      expect(verdict.reason.en).toBe(
        'Only 1 independent consortium operator(s) with a verified identity have their home municipality in one of Helsinki, Espoo, Vantaa, Tampere, Turku, Oulu; at least 2 are required. Not counted: Org b (same owner or member as Org a).',
      );
      expect(verdict.reason.fi).toContain('Ei laskettu: Org b (sama omistaja tai jäsen kuin Org a).');
      expect(verdict.reason.sv).toContain('Räknades inte: Org b (samma ägare eller medlem som Org a).');
    });

    it('does not count an organisation whose identity is not verified', () => {
      const verdict = judge(sixCities, [a, b], independent([a, b], [{ organisationId: 'b', verified: false }]));
      expect(verdict.pass).toBe(false);
      expect(verdict.reason.en).toContain('Not counted: Org b (identity not verified).');
      expect(verdict.reason.fi).toContain('Org b (tunnistetta ei ole vahvistettu)');
      expect(judge(sixCities, [a, b], [])).toMatchObject({ pass: false });
    });

    it('counts two organisations with the same registration once', () => {
      const verdict = judge(sixCities, [a, b], independent([a, b], [{ organisationId: 'b', registration: ' REG-a' }]));
      expect(verdict.pass).toBe(false);
      expect(verdict.reason.en).toContain('Org b (same registration as Org a)');
    });

    it('passes with enough independent operators, naming those that did not count', () => {
      const verdict = judge(sixCities, [a, b, c], independent([a, b, c], [{ organisationId: 'c', peopleIds: ['person-b', 'someone'] }]));
      expect(verdict.pass).toBe(true);
      expect(verdict.reason.en).toBe("The consortium has 2 operators based in the call's cities (at least 2): Org a, Org b. Not counted: Org c (same owner or member as Org b).");
    });

    it('refuses a lead whose identity is not verified, however many others count: the grant is paid to it', () => {
      const outsideLead = org('x', 'Lahti');
      const verdict = judge(sixCities, [outsideLead, a, b], independent([outsideLead, a, b], [{ organisationId: 'x', verified: false }]));
      expect(verdict.pass).toBe(false);
      expect(verdict.reason.en).toBe(
        "The consortium has 2 operators based in the call's cities (at least 2): Org a, Org b. The identity of the lead Org x is not verified, and no grant is paid to an organisation whose identity is not verified.",
      );
      expect(verdict.reason.fi).toContain('Päähakijan Org x tunnistetta ei ole vahvistettu');
      expect(verdict.reason.sv).toContain('Huvudsökandens Org x identitet är inte verifierad');
      expect(judge(sixCities, [outsideLead, a, b], independent([outsideLead, a, b])).pass).toBe(true);
    });

    it('judges the lead first, and leaves organisations outside the cities to the cities rule', () => {
      const outside = org('x', 'Lahti');
      const result = independentOperators(CITIES, [b, a, outside], independent([a, b, outside], [{ organisationId: 'a', peopleIds: ['person-b'] }, { organisationId: 'x', verified: false }]));
      expect(result.counted.map((o) => o.organisationId)).toEqual(['b']);
      expect(result.notCounted).toEqual([{ organisation: a, why: 'same_people', sameAs: b }]);
    });
  });
});
