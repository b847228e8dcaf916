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
 * What makes an operator independent, as the platform knows it when the rule is judged: whether a
 * coordinator or an admin verified who the organisation is, its registration (business ID or
 * foreign id) and the people (owners and members) who act for it.
 */
export interface OperatorIdentity {
  organisationId: string;
  verified: boolean;
  registration: string | null;
  peopleIds: string[];
}

/** Why an organisation of the consortium based in the call's cities did not count as an operator. */
export type NotCounted =
  | { organisation: ConsortiumOrganisation; why: 'unverified' }
  | { organisation: ConsortiumOrganisation; why: 'same_people' | 'same_registration'; sameAs: ConsortiumOrganisation };

/**
 * The operators that count: distinct organisations based in one of the call's cities whose
 * identity is verified, independent of each other. An organisation sharing an owner or a member
 * with one already counted, or its registration, is the same operator and counts once. The lead
 * is judged first, then the partners in their order.
 */
export function independentOperators(
  cities: CityRef[],
  consortium: ConsortiumOrganisation[],
  identities: OperatorIdentity[],
): { counted: ConsortiumOrganisation[]; notCounted: NotCounted[] } {
  const seen = new Set<string>();
  const counted: ConsortiumOrganisation[] = [];
  const notCounted: NotCounted[] = [];
  const identityOf = (org: ConsortiumOrganisation) => identities.find((i) => i.organisationId === org.organisationId);
  for (const org of consortium) {
    if (seen.has(org.organisationId)) continue;
    seen.add(org.organisationId);
    if (!cityOf(org.homeMunicipality, cities)) continue;
    const identity = identityOf(org);
    if (!identity?.verified) {
      notCounted.push({ organisation: org, why: 'unverified' });
      continue;
    }
    const people = new Set(identity.peopleIds);
    const samePeople = counted.find((c) => identityOf(c)?.peopleIds.some((p) => people.has(p)));
    if (samePeople) {
      notCounted.push({ organisation: org, why: 'same_people', sameAs: samePeople });
      continue;
    }
    const registration = identity.registration?.trim().toUpperCase();
    const sameRegistration = registration ? counted.find((c) => identityOf(c)?.registration?.trim().toUpperCase() === registration) : undefined;
    if (sameRegistration) {
      notCounted.push({ organisation: org, why: 'same_registration', sameAs: sameRegistration });
      continue;
    }
    counted.push(org);
  }
  return { counted, notCounted };
}

function notCountedText(notCounted: NotCounted[]): Localized {
  if (!notCounted.length) return { fi: '', sv: '', en: '' };
  const item = (n: NotCounted, locale: keyof Localized) => {
    const name = n.organisation.name;
    if (n.why === 'unverified') return { fi: `${name} (tunnistetta ei ole vahvistettu)`, sv: `${name} (identiteten är inte verifierad)`, en: `${name} (identity not verified)` }[locale];
    const other = n.sameAs.name;
    if (n.why === 'same_people') return { fi: `${name} (sama omistaja tai jäsen kuin ${other})`, sv: `${name} (samma ägare eller medlem som ${other})`, en: `${name} (same owner or member as ${other})` }[locale];
    return { fi: `${name} (sama rekisteritunnus kuin ${other})`, sv: `${name} (samma registernummer som ${other})`, en: `${name} (same registration as ${other})` }[locale];
  };
  const list = (locale: keyof Localized) => notCounted.map((n) => item(n, locale)).join('; ');
  return { fi: ` Ei laskettu: ${list('fi')}.`, sv: ` Räknades inte: ${list('sv')}.`, en: ` Not counted: ${list('en')}.` };
}

/**
 * Rule 2a: at least `count` independent operators (see `independentOperators`) among the lead (first) and
 * the accepted partners, based in one of the call's cities, and a lead whose identity is verified
 * (the grant is paid to it). The verdict names every organisation based there that did not count,
 * and why.
 */
export function minOperatorsInCities(rule: MinOperatorsInCities, consortium: ConsortiumOrganisation[], identities: OperatorIdentity[]): Verdict {
  const { counted, notCounted } = independentOperators(rule.cities, consortium, identities);
  const names = listOf(counted.map((o) => o.name)) || '–';
  const cities = listOf(rule.cities.map((c) => c.name.fi ?? c.slug));
  const citiesSv = listOf(rule.cities.map((c) => c.name.sv ?? c.name.fi ?? c.slug));
  const citiesEn = listOf(rule.cities.map((c) => c.name.en ?? c.name.fi ?? c.slug));
  const n = counted.length;
  const why = notCountedText(notCounted);
  const [lead] = consortium;
  const leadUnverified = !!lead && !identities.find((i) => i.organisationId === lead.organisationId)?.verified;
  const leadText = leadUnverified
    ? {
        fi: ` Päähakijan ${lead.name} tunnistetta ei ole vahvistettu, eikä avustusta makseta organisaatiolle, jonka tunnistetta ei ole vahvistettu.`,
        sv: ` Huvudsökandens ${lead.name} identitet är inte verifierad, och bidrag betalas inte till en organisation vars identitet inte är verifierad.`,
        en: ` The identity of the lead ${lead.name} is not verified, and no grant is paid to an organisation whose identity is not verified.`,
      }
    : { fi: '', sv: '', en: '' };
  if (n >= rule.count) {
    return verdict('minOperatorsInCities', !leadUnverified, {
      fi: `Konsortiossa on ${n} toimijaa hankkeen kaupungeista (vähintään ${rule.count}): ${names}.${why.fi}${leadText.fi}`,
      sv: `Konsortiet har ${n} aktörer från programmets städer (minst ${rule.count}): ${names}.${why.sv}${leadText.sv}`,
      en: `The consortium has ${n} operators based in the call's cities (at least ${rule.count}): ${names}.${why.en}${leadText.en}`,
    });
  }
  if (notCounted.length || leadUnverified) {
    return verdict('minOperatorsInCities', false, {
      fi: `Konsortiossa on vain ${n} toisistaan riippumatonta toimijaa, jonka tunniste on vahvistettu ja kotikunta jokin kaupungeista ${cities}; vaaditaan vähintään ${rule.count}.${why.fi}${leadText.fi}`,
      sv: `Konsortiet har bara ${n} av varandra oberoende aktörer med verifierad identitet och hemkommun i någon av städerna ${citiesSv}; minst ${rule.count} krävs.${why.sv}${leadText.sv}`,
      en: `Only ${n} independent consortium operator(s) with a verified identity have their home municipality in one of ${citiesEn}; at least ${rule.count} are required.${why.en}${leadText.en}`,
    });
  }
  return verdict('minOperatorsInCities', false, {
    fi: `Konsortiossa on vain ${n} toimijaa, joiden kotikunta on jokin kaupungeista ${cities}; vaaditaan vähintään ${rule.count}.`,
    sv: `Konsortiet har bara ${n} aktörer med hemkommun i någon av städerna ${citiesSv}; minst ${rule.count} krävs.`,
    en: `Only ${n} consortium operator(s) have their home municipality in one of ${citiesEn}; at least ${rule.count} are required.`,
  });
}
