import { programmeText } from '@kokeilu/platform';

/**
 * Awarded grants as a 360Giving data package (standard 1.4): the grant records validate against
 * the standard's grant schema and the package against its package schema. Only what a decision made
 * public, as in the plain grants file: no scores, no people.
 *
 * Identifiers:
 * - a grant is `360G-kokeilu-<grant id>`: the 360Giving style of a publisher prefix and an id from
 *   our own records;
 * - an organisation with a Finnish business ID is `FI-PRO-<Y-tunnus>` (org-id.guide's list of the
 *   Finnish Patent and Registration Office, which issues the ID); one with only a foreign
 *   registration gets an id of ours under the publisher prefix, as the standard advises when no
 *   register is known;
 * - a city funds under its own business ID; a city whose ID we do not hold (a partner city added
 *   later) and the national programme get an id under the publisher prefix.
 */

export const THREE_SIXTY_GIVING_PREFIX = '360G-kokeilu';
export const THREE_SIXTY_GIVING_VERSION = '1.4';

/** The business IDs of the six cities that run the programme (their own registrations in the Finnish trade register). */
export const CITY_BUSINESS_IDS: Readonly<Record<string, string>> = {
  helsinki: '0201256-6',
  espoo: '0101263-6',
  vantaa: '0124610-9',
  tampere: '0211675-2',
  turku: '0204819-8',
  oulu: '0187690-1',
};

export const NATIONAL_FUNDER_360 = { id: `${THREE_SIXTY_GIVING_PREFIX}-funder-national`, name: 'Kuutoskaupunkien kansallinen kokeiluohjelma' };

/** How the call ranked its applications (see the calibration rules of the evaluation lib). */
export type RankingBasis = 'raw' | 'calibrated';

export interface ThreeSixtyGivingFacts {
  id: string;
  callId: string;
  title: string;
  summary: string | null;
  recipient: { id: string; name: string; businessId: string | null; foreignRegistrationId: string | null; country: string; municipality: string };
  grantCents: number;
  requestedCents: number | null;
  awardedAt: Date;
  /** The owning city of the call; null for a national call. */
  city: { slug: string; name: Record<string, string> } | null;
  callTitle: Record<string, string>;
  /** The pilot period as submitted (inclusive days), when the application gave one. */
  pilotPeriod: { start: string; end: string } | null;
  /** The cities of the test beds the application named, each once. */
  testbedCities: { slug: string; name: Record<string, string> }[];
  rankingBasis: RankingBasis;
}

export interface ThreeSixtyGivingOrganization {
  id: string;
  name: string;
  companyNumber?: string;
  addressLocality?: string;
  addressCountry?: string;
}

export interface ThreeSixtyGivingGrant {
  id: string;
  title: string;
  description: string;
  currency: 'EUR';
  amountAwarded: number;
  amountAppliedFor?: number;
  awardDate: string;
  recipientOrganization: ThreeSixtyGivingOrganization[];
  fundingOrganization: ThreeSixtyGivingOrganization[];
  grantProgramme: { code: string; title: string }[];
  plannedDates?: { startDate: string; endDate: string; duration: number }[];
  beneficiaryLocation?: { id: string; name: string; countryCode: 'FI' }[];
  fromOpenCall: 'Yes';
  classifications: { vocabulary: string; code: string; title: string }[];
}

export interface ThreeSixtyGivingPackage {
  version: string;
  title: string;
  description: string;
  identifier: string;
  issued: string;
  publisher: { identifier: string; name: string; website: string };
  license: string;
  downloadURL: string;
  grants: ThreeSixtyGivingGrant[];
}

export const RANKING_BASIS_VOCABULARY = `${THREE_SIXTY_GIVING_PREFIX}-ranking-basis`;
const RANKING_BASIS_TITLES: Record<RankingBasis, string> = {
  raw: 'Ranked by the raw totals of the evaluators’ scores',
  calibrated: 'Ranked by totals calibrated for each evaluator’s bias',
};

export function threeSixtyGivingGrantId(grantId: string): string {
  return `${THREE_SIXTY_GIVING_PREFIX}-${grantId}`;
}

/** `FI-PRO-<Y-tunnus>` for a Finnish business ID, else an id of ours. */
export function organisationOrgId(recipient: ThreeSixtyGivingFacts['recipient']): string {
  return recipient.businessId ? `FI-PRO-${recipient.businessId}` : `${THREE_SIXTY_GIVING_PREFIX}-org-${recipient.id}`;
}

export function funderOf(city: ThreeSixtyGivingFacts['city']): ThreeSixtyGivingOrganization {
  if (!city) return { ...NATIONAL_FUNDER_360, addressCountry: 'FI' };
  const businessId = CITY_BUSINESS_IDS[city.slug];
  return {
    id: businessId ? `FI-PRO-${businessId}` : `${THREE_SIXTY_GIVING_PREFIX}-funder-${city.slug}`,
    name: programmeText(city.name),
    ...(businessId ? { companyNumber: businessId } : {}),
    addressLocality: programmeText(city.name),
    addressCountry: 'FI',
  };
}

/** Whole months from the first to the last day of a period, counting a begun month (at least one). */
export function periodMonths(start: string, end: string): number {
  const [sy, sm, sd] = start.split('-').map(Number);
  const [ey, em, ed] = end.split('-').map(Number);
  const months = (ey - sy) * 12 + (em - sm) + (ed >= sd ? 1 : 0);
  return Math.max(1, months);
}

/** Integer cents as a JSON number of euros: an integer divided by 100 prints as its exact decimal. */
export function eurosNumber(cents: number): number {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  return cents / 100;
}

const HELSINKI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

export function threeSixtyGivingGrant(facts: ThreeSixtyGivingFacts): ThreeSixtyGivingGrant {
  const recipient: ThreeSixtyGivingOrganization = {
    id: organisationOrgId(facts.recipient),
    name: facts.recipient.name,
    ...(facts.recipient.businessId ? { companyNumber: facts.recipient.businessId } : {}),
    addressLocality: facts.recipient.municipality,
    addressCountry: facts.recipient.country,
  };
  const programme = programmeText(facts.callTitle);
  return {
    id: threeSixtyGivingGrantId(facts.id),
    title: facts.title,
    // The standard requires a description; a grant whose application gave no summary is described by its title.
    description: facts.summary?.trim() ? facts.summary : facts.title,
    currency: 'EUR',
    amountAwarded: eurosNumber(facts.grantCents),
    ...(facts.requestedCents === null ? {} : { amountAppliedFor: eurosNumber(facts.requestedCents) }),
    awardDate: HELSINKI_DAY.format(facts.awardedAt),
    recipientOrganization: [recipient],
    fundingOrganization: [funderOf(facts.city)],
    grantProgramme: [{ code: facts.callId, title: programme }],
    ...(facts.pilotPeriod
      ? { plannedDates: [{ startDate: facts.pilotPeriod.start, endDate: facts.pilotPeriod.end, duration: periodMonths(facts.pilotPeriod.start, facts.pilotPeriod.end) }] }
      : {}),
    ...(facts.testbedCities.length > 0
      ? { beneficiaryLocation: facts.testbedCities.map((c) => ({ id: `${THREE_SIXTY_GIVING_PREFIX}-city-${c.slug}`, name: programmeText(c.name), countryCode: 'FI' as const })) }
      : {}),
    fromOpenCall: 'Yes',
    classifications: [{ vocabulary: RANKING_BASIS_VOCABULARY, code: facts.rankingBasis, title: RANKING_BASIS_TITLES[facts.rankingBasis] }],
  };
}

export interface PackageMeta {
  issuedAt: Date;
  /** The API's public base, e.g. https://kokeilu.example/api/v1 */
  apiUrl: string;
  websiteUrl: string;
  licenceUrl: string;
}

export function threeSixtyGivingPackage(grants: ThreeSixtyGivingGrant[], meta: PackageMeta): ThreeSixtyGivingPackage {
  return {
    version: THREE_SIXTY_GIVING_VERSION,
    title: 'Kokeilu: kaupunkien kokeiluavustukset / pilot grants of the cities',
    description: 'Grants awarded by funding decisions of the open calls for pilot and trial projects run by the cities (6Aika model). A grant given back leaves the list.',
    identifier: `${THREE_SIXTY_GIVING_PREFIX}-grants`,
    issued: meta.issuedAt.toISOString(),
    publisher: { identifier: THREE_SIXTY_GIVING_PREFIX, name: 'Kokeilu', website: meta.websiteUrl },
    license: meta.licenceUrl,
    downloadURL: `${meta.apiUrl}/open-data/grants.360giving.json`,
    grants,
  };
}
