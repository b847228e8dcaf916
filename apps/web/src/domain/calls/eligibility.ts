import type { Call } from '../../api/types';

/** One eligibility rule as a sentence: a message key and the values it names. */
export interface RuleSentence {
  key: string;
  values: Record<string, string | number>;
}

export interface RuleWords {
  money: (cents: number) => string;
  /** `a, b or c` */
  anyOf: (items: string[]) => string;
  /** `a, b and c` */
  allOf: (items: string[]) => string;
  city: (slug: string) => string;
  organisationType: (type: string) => string;
  field: (field: string) => string;
}

/**
 * A call's eligibility rules (the checks its applications go through, libs/applications) in plain
 * words, in the order an applicant meets them; rules the call switched off are left out.
 */
export function eligibilitySentences(call: Call, words: RuleWords): RuleSentence[] {
  const rules = call.eligibility;
  const sentences: RuleSentence[] = [];
  const operators = rules.minOperatorsInCities;
  if (operators && operators.count > 0) {
    sentences.push({ key: 'calls.ruleOperators', values: { count: operators.count, cities: words.anyOf(operators.cities.map(words.city)) } });
  }
  if (rules.leadOrganisationTypes.length > 0) {
    sentences.push({ key: 'calls.ruleLead', values: { types: words.anyOf(rules.leadOrganisationTypes.map(words.organisationType)) } });
  }
  if (rules.maxGrant) sentences.push({ key: 'calls.ruleMaxGrant', values: { amount: words.money(call.maxGrantCents) } });
  if (rules.fundingRate) sentences.push({ key: 'calls.ruleFundingRate', values: { percent: call.fundingRatePercent } });
  if (rules.durationMonths) sentences.push({ key: 'calls.ruleDuration', values: { min: call.durationMinMonths, max: call.durationMaxMonths } });
  if (rules.testBedsPublished) sentences.push({ key: 'calls.ruleTestbeds', values: {} });
  if (rules.requiredFields.length > 0) sentences.push({ key: 'calls.ruleFields', values: { fields: words.allOf(rules.requiredFields.map(words.field)) } });
  return sentences;
}
