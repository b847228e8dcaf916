import type { ApplicationContent } from '../content.js';
import { DurationLimits, durationMonths } from './duration-months.js';
import { fundingRate } from './funding-rate.js';
import { leadOrganisationTypes } from './lead-organisation-types.js';
import { maxGrant } from './max-grant.js';
import { CityRef, ConsortiumOrganisation, minOperatorsInCities, MinOperatorsInCities, OperatorIdentity } from './min-operators-in-cities.js';
import { requiredFields } from './required-fields.js';
import { ChosenTestbed, testBedsPublished } from './test-beds-published.js';
import type { Verdict } from './verdict.js';

/** The six cities of the strategy: the default home of a consortium's operators. */
export const SIX_CITY_SLUGS = ['helsinki', 'espoo', 'vantaa', 'tampere', 'turku', 'oulu'] as const;
export const DEFAULT_MIN_OPERATORS = 2;

/** A call's rules, resolved: a null rule is not part of the call. */
export interface EligibilityRules {
  minOperatorsInCities: MinOperatorsInCities;
  leadOrganisationTypes: string[] | null;
  maxGrant: { maxGrantCents: number | null } | null;
  fundingRate: { ratePercent: number | null } | null;
  durationMonths: DurationLimits | null;
  testBedsPublished: boolean;
  requiredFields: string[];
}

/** What the rules judge: one submitted revision, and the test beds it names and its organisations' identities as they are now. */
export interface EligibilitySubject {
  content: ApplicationContent;
  lead: ConsortiumOrganisation;
  partners: ConsortiumOrganisation[];
  eligibleCostsCents: number;
  testbeds: ChosenTestbed[];
  operators: OperatorIdentity[];
}

/** The `eligibility` settings of a call as stored with it (every key optional). */
export interface CallEligibilitySettings {
  minOperatorsInCities?: { count?: number | null; cities?: string[] | null } | null;
  leadOrganisationTypes?: string[] | null;
  maxGrant?: boolean | null;
  fundingRate?: boolean | null;
  durationMonths?: boolean | null;
  testBedsPublished?: boolean | null;
  requiredFields?: string[] | null;
}

export interface CallRuleInput {
  eligibility: CallEligibilitySettings | null;
  maxGrantCents: number | null;
  fundingRatePercent: number | null;
  durationMinMonths: number | null;
  durationMaxMonths: number | null;
  requiredFields: string[] | null;
}

/**
 * Resolves a call's settings into rules. DOMAIN rule 2 applies every check unless the call turns
 * one off explicitly (`false`); the consortium rule cannot be turned off, only tuned, and defaults
 * to two operators in the six cities. `cities` are all the platform's cities, to name slugs.
 */
export function rulesOfCall(call: CallRuleInput, cities: CityRef[]): EligibilityRules {
  const settings = call.eligibility ?? {};
  const slugs = settings.minOperatorsInCities?.cities?.length ? settings.minOperatorsInCities.cities : [...SIX_CITY_SLUGS];
  const on = (flag: boolean | null | undefined) => flag !== false;
  const required = [...new Set([...(call.requiredFields ?? []), ...(settings.requiredFields ?? [])])];
  return {
    minOperatorsInCities: {
      count: settings.minOperatorsInCities?.count ?? DEFAULT_MIN_OPERATORS,
      cities: slugs.map((slug) => cities.find((c) => c.slug === slug) ?? { slug, name: {} }),
    },
    leadOrganisationTypes: settings.leadOrganisationTypes?.length ? settings.leadOrganisationTypes : null,
    maxGrant: on(settings.maxGrant) ? { maxGrantCents: call.maxGrantCents } : null,
    fundingRate: on(settings.fundingRate) ? { ratePercent: call.fundingRatePercent } : null,
    durationMonths:
      on(settings.durationMonths) && (call.durationMinMonths !== null || call.durationMaxMonths !== null)
        ? { min: call.durationMinMonths, max: call.durationMaxMonths }
        : null,
    testBedsPublished: on(settings.testBedsPublished),
    requiredFields: required,
  };
}

/** Rule 2: every rule of the call, in a fixed order, each with its verdict and reason. */
export function evaluateEligibility(rules: EligibilityRules, subject: EligibilitySubject): Verdict[] {
  const { content } = subject;
  const verdicts: Verdict[] = [minOperatorsInCities(rules.minOperatorsInCities, [subject.lead, ...subject.partners], subject.operators)];
  if (rules.leadOrganisationTypes) verdicts.push(leadOrganisationTypes(rules.leadOrganisationTypes, subject.lead));
  if (rules.maxGrant) verdicts.push(maxGrant(rules.maxGrant.maxGrantCents, content.requestedGrantCents));
  if (rules.fundingRate) verdicts.push(fundingRate(rules.fundingRate.ratePercent, content.requestedGrantCents, subject.eligibleCostsCents));
  if (rules.durationMonths) verdicts.push(durationMonths(rules.durationMonths, content.pilotPeriod));
  if (rules.testBedsPublished) verdicts.push(testBedsPublished(subject.testbeds));
  if (rules.requiredFields.length) verdicts.push(requiredFields(rules.requiredFields, content));
  return verdicts;
}

export function isEligible(verdicts: Verdict[]): boolean {
  return verdicts.every((v) => v.pass);
}
