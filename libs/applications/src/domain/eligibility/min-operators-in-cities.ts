import { listOf, Localized, Verdict, verdict } from './verdict.js';

export interface ConsortiumOrganisation {
  organisationId: string;
  name: string;
  type: string;
  homeMunicipality: string;
}

export interface CityRef {
  slug: string;
  name: Partial<Localized>;
}

export interface MinOperatorsInCities {
  count: number;
  cities: CityRef[];
}

/**
 * Home municipalities are typed by people ("Åbo", "HELSINKI", "Tampere "), city slugs by the
 * platform: compare both without case, accents or spacing, against the slug and every name.
 */
export function placeKey(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-');
}

/** The city an organisation's home municipality is in, among the call's cities, or null. */
export function cityOf(homeMunicipality: string, cities: CityRef[]): CityRef | null {
  const key = placeKey(homeMunicipality);
  return cities.find((c) => placeKey(c.slug) === key || Object.values(c.name).some((n) => n && placeKey(n) === key)) ?? null;
}

/**
 * Rule 2a: at least `count` distinct consortium organisations (the lead and accepted partners)
 * based in one of the call's cities. The same organisation counts once however it is listed.
 */
export function minOperatorsInCities(rule: MinOperatorsInCities, consortium: ConsortiumOrganisation[]): Verdict {
  const seen = new Set<string>();
  const based: ConsortiumOrganisation[] = [];
  for (const org of consortium) {
    if (seen.has(org.organisationId)) continue;
    seen.add(org.organisationId);
    if (cityOf(org.homeMunicipality, rule.cities)) based.push(org);
  }
  const names = listOf(based.map((o) => o.name)) || '–';
  const cities = listOf(rule.cities.map((c) => c.name.fi ?? c.slug));
  const citiesSv = listOf(rule.cities.map((c) => c.name.sv ?? c.name.fi ?? c.slug));
  const citiesEn = listOf(rule.cities.map((c) => c.name.en ?? c.name.fi ?? c.slug));
  const n = based.length;
  if (n >= rule.count) {
    return verdict('minOperatorsInCities', true, {
      fi: `Konsortiossa on ${n} toimijaa hankkeen kaupungeista (vähintään ${rule.count}): ${names}.`,
      sv: `Konsortiet har ${n} aktörer från programmets städer (minst ${rule.count}): ${names}.`,
      en: `The consortium has ${n} operators based in the call's cities (at least ${rule.count}): ${names}.`,
    });
  }
  return verdict('minOperatorsInCities', false, {
    fi: `Konsortiossa on vain ${n} toimijaa, joiden kotikunta on jokin kaupungeista ${cities}; vaaditaan vähintään ${rule.count}.`,
    sv: `Konsortiet har bara ${n} aktörer med hemkommun i någon av städerna ${citiesSv}; minst ${rule.count} krävs.`,
    en: `Only ${n} consortium operator(s) have their home municipality in one of ${citiesEn}; at least ${rule.count} are required.`,
  });
}
