import { programmeText } from '@kokeilu/platform';

/**
 * Awarded grants as open data (rule 11), in the shape of the 360Giving standard: identifier, title,
 * description, recipient, amount, currency, award date, funder and programme, with the co-funding
 * split per source. Only what a decision made public: no scores, no people.
 */

export const GRANT_IDENTIFIER_PREFIX = 'KOKEILU-';
/** Who funds a national call (no city). */
export const NATIONAL_FUNDER = { id: 'national', name: { fi: 'Kuutoskaupunkien kansallinen kokeiluohjelma', sv: 'Sexstädernas nationella försöksprogram', en: 'Six City national pilot programme' } };

export interface GrantFacts {
  id: string;
  applicationId: string;
  callId: string;
  title: string;
  summary: string | null;
  recipient: { name: string; businessId: string | null; foreignRegistrationId: string | null; country: string; municipality: string };
  grantCents: number;
  awardedAt: Date;
  city: { slug: string; name: Record<string, string> } | null;
  callTitle: Record<string, string>;
  shares: { source: string; sharePercent: number; cents: number }[];
}

export interface OpenDataGrant {
  /** KOKEILU-<grant id> */
  identifier: string;
  title: string;
  description: string | null;
  currency: 'EUR';
  /** Euros as a decimal string with two places, e.g. "40000.00". */
  amountAwarded: string;
  amountAwardedCents: number;
  /** The day of the decision in Europe/Helsinki (YYYY-MM-DD). */
  awardDate: string;
  recipientOrganisation: { name: string; businessId: string | null; foreignRegistrationId: string | null; country: string; municipality: string };
  fundingOrganisation: { id: string; name: string; nameLocalized: Record<string, string> };
  grantProgramme: { id: string; title: string; titleLocalized: Record<string, string> };
  coFunding: { source: string; sharePercent: number; amount: string; amountCents: number }[];
  applicationId: string;
}

export function grantIdentifier(grantId: string): string {
  return `${GRANT_IDENTIFIER_PREFIX}${grantId}`;
}

/** Integer cents as a decimal euro string, exactly (no floating point on the way). */
export function euros(cents: number): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`not a whole number of cents: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

const HELSINKI_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' });

export function helsinkiDate(at: Date): string {
  return HELSINKI_DAY.format(at);
}

export function openDataGrant(facts: GrantFacts): OpenDataGrant {
  const funder = facts.city ? { id: facts.city.slug, name: facts.city.name } : NATIONAL_FUNDER;
  return {
    identifier: grantIdentifier(facts.id),
    title: facts.title,
    description: facts.summary,
    currency: 'EUR',
    amountAwarded: euros(facts.grantCents),
    amountAwardedCents: facts.grantCents,
    awardDate: helsinkiDate(facts.awardedAt),
    recipientOrganisation: { ...facts.recipient },
    fundingOrganisation: { id: funder.id, name: programmeText(funder.name), nameLocalized: funder.name },
    grantProgramme: { id: facts.callId, title: programmeText(facts.callTitle), titleLocalized: facts.callTitle },
    coFunding: [...facts.shares].map((s) => ({ source: s.source, sharePercent: s.sharePercent, amount: euros(s.cents), amountCents: s.cents })),
    applicationId: facts.applicationId,
  };
}

/** The CSV header, in order; the 360Giving field each one carries is named in the API docs. */
export const GRANTS_CSV_COLUMNS = [
  'identifier',
  'title',
  'description',
  'currency',
  'amount_awarded',
  'amount_awarded_cents',
  'award_date',
  'recipient_org_name',
  'recipient_org_business_id',
  'recipient_org_foreign_registration_id',
  'recipient_org_country',
  'recipient_org_municipality',
  'funding_org_id',
  'funding_org_name',
  'grant_programme_id',
  'grant_programme_title',
  'co_funding',
  'application_id',
] as const;

export type GrantsCsvRecord = Record<(typeof GRANTS_CSV_COLUMNS)[number], string>;

/** One row; texts pass through `safeText` and lists through `joinList`, given by the caller so the rules stay those of the other files. */
export function grantCsvRecord(grant: OpenDataGrant, cell: { safeText(value: string): string; joinList(values: readonly string[]): string }): GrantsCsvRecord {
  return {
    identifier: grant.identifier,
    title: cell.safeText(grant.title),
    description: cell.safeText(grant.description ?? ''),
    currency: grant.currency,
    amount_awarded: grant.amountAwarded,
    amount_awarded_cents: String(grant.amountAwardedCents),
    award_date: grant.awardDate,
    recipient_org_name: cell.safeText(grant.recipientOrganisation.name),
    recipient_org_business_id: grant.recipientOrganisation.businessId ?? '',
    recipient_org_foreign_registration_id: cell.safeText(grant.recipientOrganisation.foreignRegistrationId ?? ''),
    recipient_org_country: grant.recipientOrganisation.country,
    recipient_org_municipality: cell.safeText(grant.recipientOrganisation.municipality),
    funding_org_id: grant.fundingOrganisation.id,
    funding_org_name: cell.safeText(grant.fundingOrganisation.name),
    grant_programme_id: grant.grantProgramme.id,
    grant_programme_title: cell.safeText(grant.grantProgramme.title),
    co_funding: cell.safeText(cell.joinList(grant.coFunding.map((s) => `${s.source}:${s.amountCents}`))),
    application_id: grant.applicationId,
  };
}
