import type { OrganisationType } from '@kokeilu/identity';

/**
 * An open call: one funding round. These types are the call as the domain sees it; the `calls`
 * table stores the same fields (snake_case columns, jsonb for the nested ones).
 */

export const CALL_STATES = ['draft', 'scheduled', 'open', 'closed', 'in_evaluation', 'decided'] as const;
export type CallState = (typeof CALL_STATES)[number];

/** The focus areas of the programme; a new one is added here (the table only checks the spelling). */
export const FOCUS_AREAS = ['open_innovation_platforms', 'open_data_and_interfaces', 'open_participation_and_customership'] as const;
export type FocusArea = (typeof FOCUS_AREAS)[number];

export const CALL_LOCALES = ['fi', 'sv', 'en'] as const;
export type CallLocale = (typeof CALL_LOCALES)[number];
/** At least one language present once validated. */
export type CallText = Partial<Record<CallLocale, string>>;

export const FUNDING_POLICIES = ['strict', 'skip'] as const;
/** `strict`: stop at the first ranked application that does not fit the budget; `skip`: go on to the next that fits. */
export type FundingPolicy = (typeof FUNDING_POLICIES)[number];

/** Fields of an application that a call may require before it is eligible. */
export const APPLICATION_FIELDS = ['title', 'summary', 'plan', 'expectedImpact', 'kpis', 'budgetLines', 'pilotPeriod'] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

/** Organisation types that may lead a project; the same list as libs/identity's roles. */
export const LEAD_ORGANISATION_TYPES = [
  'company',
  'city_organisation',
  'research_organisation',
  'association',
  'public_body',
] as const satisfies readonly OrganisationType[];
// Fails to compile when identity gains an organisation type this list lacks.
const _leadTypesComplete: [Exclude<OrganisationType, (typeof LEAD_ORGANISATION_TYPES)[number]>] extends [never] ? true : false = true;

/** The six cities whose areas count for the consortium rule unless a call names others. */
export const DEFAULT_OPERATOR_CITIES = ['helsinki', 'espoo', 'vantaa', 'tampere', 'turku', 'oulu'] as const;

export interface FundingSource {
  /** e.g. 'ERDF', 'ESF', 'state', 'city' */
  source: string;
  /** Integer percent; the shares of a call sum to 100. */
  sharePercent: number;
}

/**
 * The eligibility rules of a call as data (the `eligibility` jsonb column). Each boolean switches a
 * rule of DOMAIN.md rule 2 on; its limits come from the call itself (maxGrantCents,
 * fundingRatePercent, durationMinMonths/durationMaxMonths, testbedIds).
 */
export interface EligibilityRules {
  /** At least `count` distinct consortium organisations whose home municipality is one of `cities` (city slugs). */
  minOperatorsInCities: { count: number; cities: string[] };
  /** The lead organisation's type must be one of these. */
  leadOrganisationTypes: OrganisationType[];
  /** requested grant ≤ the call's maxGrantCents */
  maxGrant: boolean;
  /** requested grant ≤ fundingRatePercent × eligible costs */
  fundingRate: boolean;
  /** project duration within durationMinMonths..durationMaxMonths */
  durationMonths: boolean;
  /** every test bed the application names is published */
  testBedsPublished: boolean;
  /** application fields that must be present */
  requiredFields: ApplicationField[];
}

export interface Scale {
  min: number;
  max: number;
  step: number;
}

export interface Criterion {
  /** Stable identifier used by scores and tie-breaks: lower-case letters, digits and underscores. */
  key: string;
  name: CallText;
  guidance: CallText | null;
  /** > 0; total = Σ weight × mean score */
  weight: number;
  scale: Scale;
  /** the criterion mean an application must reach to pass; on the scale */
  threshold: number;
}

/** Everything a coordinator writes; validated by `validateCallInput`. */
export interface CallContent {
  focusArea: FocusArea;
  title: CallText;
  summary: CallText;
  body: CallText;
  opensAt: Date;
  closesAt: Date;
  reviewDeadline: Date;
  budgetCents: number;
  fundingSources: FundingSource[];
  fundingRatePercent: number;
  maxGrantCents: number;
  durationMinMonths: number;
  durationMaxMonths: number;
  eligibility: EligibilityRules;
  criteria: Criterion[];
  overallThreshold: number;
  /** Ordered criterion keys. */
  tieBreaks: string[];
  fundingPolicy: FundingPolicy;
  reviewersPerApplication: number;
  /** Reviews differing on a criterion by at least this much need a consensus score. */
  divergenceLimit: number;
  deciderIds: string[];
  testbedIds: string[];
}

export interface Call extends CallContent {
  id: string;
  /** null: a national call, run by admins */
  cityId: string | null;
  state: CallState;
  version: number;
  publishedAt: Date | null;
  openedAt: Date | null;
  closedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}
