import { formatDecimal, formatMoney, type Locale } from '@kokeilu/platform';

export type Localized = Record<Locale, string>;

export const RULE_NAMES = [
  'minOperatorsInCities',
  'leadOrganisationTypes',
  'maxGrant',
  'fundingRate',
  'durationMonths',
  'testBedsPublished',
  'requiredFields',
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

/** One rule's judgement of one submitted revision, with its reason in every language. */
export interface Verdict {
  rule: RuleName;
  pass: boolean;
  reason: Localized;
}

export function verdict(rule: RuleName, pass: boolean, reason: Localized): Verdict {
  return { rule, pass, reason };
}

/** Euro cents as the reader's language writes money. */
export function euros(cents: number, locale: Locale): string {
  return formatMoney(cents, locale);
}

/** A number to two decimals at most, with the reader's separator (`6,48` in Finnish and Swedish). */
export function decimal(value: number, locale: Locale): string {
  return formatDecimal(value, locale);
}

export function listOf(items: string[]): string {
  return items.join(', ');
}
