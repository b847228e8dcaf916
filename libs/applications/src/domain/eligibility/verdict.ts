export type Locale = 'fi' | 'sv' | 'en';
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

const MONEY: Record<Locale, Intl.NumberFormat> = {
  fi: new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }),
  sv: new Intl.NumberFormat('sv-FI', { style: 'currency', currency: 'EUR' }),
  en: new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' }),
};

/** Euro cents as the reader's language writes money. */
export function euros(cents: number, locale: Locale): string {
  return MONEY[locale].format(cents / 100);
}

/** A number to two decimals at most, with the reader's separator (`6,48` in Finnish and Swedish). */
export function decimal(value: number, locale: Locale): string {
  const text = String(Math.round(value * 100) / 100);
  return locale === 'en' ? text : text.replace('.', ',');
}

export function listOf(items: string[]): string {
  return items.join(', ');
}
