import {
  APPLICATION_FIELDS,
  ApplicationField,
  CallContent,
  CallText,
  Criterion,
  DEFAULT_OPERATOR_CITIES,
  EligibilityRules,
  FOCUS_AREAS,
  FocusArea,
  FUNDING_POLICIES,
  FundingPolicy,
  FundingSource,
  LEAD_ORGANISATION_TYPES,
  Scale,
} from './call.js';
import type { FieldProblem } from './problems.js';
import { checkText, TEXT_LIMITS } from './text.js';
import { isUuid } from '@kokeilu/platform';

/** A call as it comes in: every field unchecked. A patch is merged onto the stored call before checking. */
export type CallInput = { [K in keyof CallContent]?: unknown };

export const CALL_LIMITS = {
  fundingSources: 10,
  fundingSourceName: 60,
  durationMonths: 120,
  operators: 50,
  operatorCities: 50,
  criteria: 20,
  criterionWeight: 1_000,
  reviewersPerApplication: 20,
  deciders: 20,
  testbeds: 100,
} as const;

export const DEFAULT_SCALE: Scale = { min: 0, max: 5, step: 0.5 };
export const DEFAULT_FUNDING_POLICY: FundingPolicy = 'strict';
export const DEFAULT_REVIEWERS_PER_APPLICATION = 3;
export const DEFAULT_DIVERGENCE_LIMIT = 2;
export const DEFAULT_MIN_OPERATORS = 2;

export function defaultEligibility(): EligibilityRules {
  return {
    minOperatorsInCities: { count: DEFAULT_MIN_OPERATORS, cities: [...DEFAULT_OPERATOR_CITIES] },
    leadOrganisationTypes: [...LEAD_ORGANISATION_TYPES],
    maxGrant: true,
    fundingRate: true,
    durationMonths: true,
    testBedsPublished: true,
    requiredFields: [...APPLICATION_FIELDS],
  };
}

const CRITERION_KEY = /^[a-z][a-z0-9_]{0,39}$/;
const CITY_SLUG = /^[a-z0-9-]{1,60}$/;
/** Scales and weights are decimals such as 0.5; this much rounding error still counts as a whole number of steps. */
const EPSILON = 1e-9;

type Problems = FieldProblem[];

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function unknownKeys(field: string, value: Record<string, unknown>, allowed: readonly string[], problems: Problems): void {
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) problems.push({ field: field ? `${field}.${key}` : key, message: 'is not an accepted field' });
  }
}

function integer(field: string, value: unknown, min: number, max: number, problems: Problems): number | null {
  if (value === undefined || value === null) {
    problems.push({ field, message: 'is required' });
    return null;
  }
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    problems.push({ field, message: `must be a whole number from ${min} to ${max}` });
    return null;
  }
  return value;
}

function decimal(field: string, value: unknown, problems: Problems): number | null {
  if (value === undefined || value === null) {
    problems.push({ field, message: 'is required' });
    return null;
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    problems.push({ field, message: 'must be a number' });
    return null;
  }
  return value;
}

function oneOf<T extends string>(field: string, value: unknown, options: readonly T[], problems: Problems): T | null {
  if (typeof value === 'string' && (options as readonly string[]).includes(value)) return value as T;
  problems.push({ field, message: value === undefined || value === null ? 'is required' : `must be one of ${options.join(', ')}` });
  return null;
}

function time(field: string, value: unknown, problems: Problems): Date | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  // An offset or Z is required: a bare local time would be read in the server's zone.
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  problems.push({ field, message: value === undefined || value === null ? 'is required' : 'must be an ISO 8601 date-time with a zone, e.g. 2026-03-01T09:00:00+02:00' });
  return null;
}

/** A list of unique items checked one by one; `undefined` takes the default. */
function list<T>(
  field: string,
  value: unknown,
  max: number,
  problems: Problems,
  item: (field: string, value: unknown) => T | null,
  fallback?: () => T[],
): T[] | null {
  if (value === undefined && fallback) return fallback();
  if (!Array.isArray(value)) {
    problems.push({ field, message: value === undefined || value === null ? 'is required' : 'must be a list' });
    return null;
  }
  if (value.length > max) {
    problems.push({ field, message: `must have at most ${max} items` });
    return null;
  }
  const before = problems.length;
  const items: T[] = [];
  value.forEach((raw, i) => {
    const checked = item(`${field}[${i}]`, raw);
    if (checked === null) return;
    if (items.some((existing) => JSON.stringify(existing) === JSON.stringify(checked))) {
      problems.push({ field: `${field}[${i}]`, message: 'is listed twice' });
      return;
    }
    items.push(checked);
  });
  return problems.length > before ? null : items;
}

function uuidItem(problems: Problems) {
  return (field: string, value: unknown): string | null => {
    if (typeof value === 'string' && isUuid(value)) return value.toLowerCase();
    problems.push({ field, message: 'must be a UUID' });
    return null;
  };
}

function checkFundingSources(value: unknown, problems: Problems): FundingSource[] | null {
  const names = new Set<string>();
  const sources = list('fundingSources', value, CALL_LIMITS.fundingSources, problems, (field, raw) => {
    if (!isObject(raw)) {
      problems.push({ field, message: 'must be an object { source, sharePercent }' });
      return null;
    }
    const before = problems.length;
    unknownKeys(field, raw, ['source', 'sharePercent'], problems);
    const source = typeof raw.source === 'string' ? raw.source.trim() : '';
    if (!source || source.length > CALL_LIMITS.fundingSourceName) {
      problems.push({ field: `${field}.source`, message: `must be a name of 1 to ${CALL_LIMITS.fundingSourceName} characters, e.g. ERDF` });
    } else if (names.has(source.toLowerCase())) {
      problems.push({ field: `${field}.source`, message: 'is listed twice' });
    } else {
      names.add(source.toLowerCase());
    }
    const sharePercent = integer(`${field}.sharePercent`, raw.sharePercent, 1, 100, problems);
    return problems.length > before || sharePercent === null ? null : { source, sharePercent };
  });
  if (!sources) return null;
  if (!sources.length) {
    problems.push({ field: 'fundingSources', message: 'needs at least one source' });
    return null;
  }
  const sum = sources.reduce((total, s) => total + s.sharePercent, 0);
  if (sum !== 100) {
    problems.push({ field: 'fundingSources', message: `shares must sum to 100 % (they sum to ${sum} %)` });
    return null;
  }
  return sources;
}

const ELIGIBILITY_KEYS = ['minOperatorsInCities', 'leadOrganisationTypes', 'maxGrant', 'fundingRate', 'durationMonths', 'testBedsPublished', 'requiredFields'] as const;
const RULE_SWITCHES = ['maxGrant', 'fundingRate', 'durationMonths', 'testBedsPublished'] as const;

/** Eligibility rules as data; a missing rule takes its default (every rule on, the six cities, two operators). */
export function checkEligibility(value: unknown, problems: Problems): EligibilityRules | null {
  const defaults = defaultEligibility();
  if (value === undefined) return defaults;
  if (!isObject(value)) {
    problems.push({ field: 'eligibility', message: 'must be an object' });
    return null;
  }
  const before = problems.length;
  unknownKeys('eligibility', value, ELIGIBILITY_KEYS, problems);

  let minOperatorsInCities = defaults.minOperatorsInCities;
  const operators = value.minOperatorsInCities;
  if (operators !== undefined) {
    const field = 'eligibility.minOperatorsInCities';
    if (!isObject(operators)) {
      problems.push({ field, message: 'must be an object { count, cities }' });
    } else {
      unknownKeys(field, operators, ['count', 'cities'], problems);
      const count = operators.count === undefined ? DEFAULT_MIN_OPERATORS : integer(`${field}.count`, operators.count, 1, CALL_LIMITS.operators, problems);
      const cities = list(`${field}.cities`, operators.cities, CALL_LIMITS.operatorCities, problems, (f, raw) => {
        if (typeof raw === 'string' && CITY_SLUG.test(raw)) return raw;
        problems.push({ field: f, message: 'must be a city slug such as helsinki' });
        return null;
      }, () => [...DEFAULT_OPERATOR_CITIES]);
      if (cities && !cities.length) problems.push({ field: `${field}.cities`, message: 'needs at least one city' });
      if (count !== null && cities) minOperatorsInCities = { count, cities };
    }
  }

  const leadOrganisationTypes =
    list('eligibility.leadOrganisationTypes', value.leadOrganisationTypes, LEAD_ORGANISATION_TYPES.length, problems, (f, raw) =>
      oneOf(f, raw, LEAD_ORGANISATION_TYPES, problems),
    () => [...LEAD_ORGANISATION_TYPES]) ?? [];
  if (Array.isArray(value.leadOrganisationTypes) && !value.leadOrganisationTypes.length) {
    problems.push({ field: 'eligibility.leadOrganisationTypes', message: 'needs at least one organisation type' });
  }

  const requiredFields: ApplicationField[] =
    list('eligibility.requiredFields', value.requiredFields, APPLICATION_FIELDS.length, problems, (f, raw) => oneOf(f, raw, APPLICATION_FIELDS, problems), () => [
      ...APPLICATION_FIELDS,
    ]) ?? [];

  const switches = { maxGrant: true, fundingRate: true, durationMonths: true, testBedsPublished: true };
  for (const key of RULE_SWITCHES) {
    const raw = value[key];
    if (raw === undefined) continue;
    if (typeof raw !== 'boolean') problems.push({ field: `eligibility.${key}`, message: 'must be true or false' });
    else switches[key] = raw;
  }
  if (problems.length > before) return null;
  return { minOperatorsInCities, leadOrganisationTypes, ...switches, requiredFields };
}

const CRITERION_KEYS = ['key', 'name', 'guidance', 'weight', 'scale', 'threshold'] as const;

function checkScale(field: string, value: unknown, problems: Problems): Scale | null {
  if (value === undefined) return { ...DEFAULT_SCALE };
  if (!isObject(value)) {
    problems.push({ field, message: 'must be an object { min, max, step }' });
    return null;
  }
  const before = problems.length;
  unknownKeys(field, value, ['min', 'max', 'step'], problems);
  const min = value.min === undefined ? DEFAULT_SCALE.min : decimal(`${field}.min`, value.min, problems);
  const max = value.max === undefined ? DEFAULT_SCALE.max : decimal(`${field}.max`, value.max, problems);
  const step = value.step === undefined ? DEFAULT_SCALE.step : decimal(`${field}.step`, value.step, problems);
  if (min === null || max === null || step === null) return null;
  if (max <= min) problems.push({ field: `${field}.max`, message: 'must be greater than min' });
  else if (step <= 0) problems.push({ field: `${field}.step`, message: 'must be greater than 0' });
  else {
    const steps = (max - min) / step;
    if (Math.abs(steps - Math.round(steps)) > EPSILON * Math.max(1, steps)) {
      problems.push({ field: `${field}.step`, message: `must divide the range ${min}–${max} into whole steps` });
    } else if (Math.round(steps) > 1000) {
      problems.push({ field: `${field}.step`, message: 'makes more than 1000 steps' });
    }
  }
  return problems.length > before ? null : { min, max, step };
}

export function checkCriteria(value: unknown, problems: Problems): Criterion[] | null {
  const keys = new Set<string>();
  const criteria = list('criteria', value, CALL_LIMITS.criteria, problems, (field, raw) => {
    if (!isObject(raw)) {
      problems.push({ field, message: 'must be an object { key, name, guidance, weight, scale, threshold }' });
      return null;
    }
    const before = problems.length;
    unknownKeys(field, raw, CRITERION_KEYS, problems);
    let key: string | null = null;
    if (typeof raw.key !== 'string' || !CRITERION_KEY.test(raw.key)) {
      problems.push({ field: `${field}.key`, message: 'must be 1 to 40 lower-case letters, digits or _, starting with a letter' });
    } else if (keys.has(raw.key)) {
      problems.push({ field: `${field}.key`, message: 'is used by another criterion' });
    } else {
      key = raw.key;
      keys.add(raw.key);
    }
    const name = checkText(`${field}.name`, raw.name, TEXT_LIMITS.criterionName, problems);
    const guidance = raw.guidance === undefined || raw.guidance === null ? null : checkText(`${field}.guidance`, raw.guidance, TEXT_LIMITS.criterionGuidance, problems);
    const weight = decimal(`${field}.weight`, raw.weight, problems);
    if (weight !== null && (weight <= 0 || weight > CALL_LIMITS.criterionWeight)) {
      problems.push({ field: `${field}.weight`, message: `must be greater than 0 and at most ${CALL_LIMITS.criterionWeight}` });
    }
    const scale = checkScale(`${field}.scale`, raw.scale, problems);
    const threshold = raw.threshold === undefined ? scale?.min ?? 0 : decimal(`${field}.threshold`, raw.threshold, problems);
    if (scale && threshold !== null && (threshold < scale.min || threshold > scale.max)) {
      problems.push({ field: `${field}.threshold`, message: `must be on the scale (${scale.min}–${scale.max})` });
    }
    if (problems.length > before || key === null || name === null || weight === null || scale === null || threshold === null) return null;
    return { key, name, guidance, weight, scale, threshold };
  });
  if (criteria && !criteria.length) {
    problems.push({ field: 'criteria', message: 'needs at least one criterion' });
    return null;
  }
  return criteria;
}

/** The highest total an application can reach: Σ weight × scale max. */
export function maxTotal(criteria: readonly Criterion[]): number {
  return criteria.reduce((total, c) => total + c.weight * c.scale.max, 0);
}

/**
 * Checks a whole call and returns it normalised (texts trimmed, lists deduplicated, defaults
 * filled in), or every problem with the path of its field. References to other rows (cities,
 * deciders, test beds) are checked against the database by the service.
 */
export function checkCall(input: CallInput): { content: CallContent | null; problems: FieldProblem[] } {
  const problems: Problems = [];
  const focusArea = oneOf<FocusArea>('focusArea', input.focusArea, FOCUS_AREAS, problems);
  const title = checkText('title', input.title, TEXT_LIMITS.title, problems);
  const summary = checkText('summary', input.summary, TEXT_LIMITS.summary, problems);
  const body = checkText('body', input.body, TEXT_LIMITS.body, problems);

  const opensAt = time('opensAt', input.opensAt, problems);
  const closesAt = time('closesAt', input.closesAt, problems);
  const reviewDeadline = time('reviewDeadline', input.reviewDeadline, problems);
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) problems.push({ field: 'closesAt', message: 'must be after opensAt' });
  if (closesAt && reviewDeadline && reviewDeadline.getTime() <= closesAt.getTime()) problems.push({ field: 'reviewDeadline', message: 'must be after closesAt' });

  const budgetCents = integer('budgetCents', input.budgetCents, 1, Number.MAX_SAFE_INTEGER, problems);
  const fundingSources = checkFundingSources(input.fundingSources, problems);
  const fundingRatePercent = integer('fundingRatePercent', input.fundingRatePercent, 1, 100, problems);
  const maxGrantCents = integer('maxGrantCents', input.maxGrantCents, 1, Number.MAX_SAFE_INTEGER, problems);
  if (budgetCents !== null && maxGrantCents !== null && maxGrantCents > budgetCents) problems.push({ field: 'maxGrantCents', message: 'must not exceed budgetCents' });

  const durationMinMonths = integer('durationMinMonths', input.durationMinMonths, 1, CALL_LIMITS.durationMonths, problems);
  const durationMaxMonths = integer('durationMaxMonths', input.durationMaxMonths, 1, CALL_LIMITS.durationMonths, problems);
  if (durationMinMonths !== null && durationMaxMonths !== null && durationMaxMonths < durationMinMonths) {
    problems.push({ field: 'durationMaxMonths', message: 'must be at least durationMinMonths' });
  }

  const eligibility = checkEligibility(input.eligibility, problems);
  const criteria = checkCriteria(input.criteria, problems);

  const overallThreshold = input.overallThreshold === undefined ? 0 : decimal('overallThreshold', input.overallThreshold, problems);
  if (overallThreshold !== null && overallThreshold < 0) problems.push({ field: 'overallThreshold', message: 'must be 0 or more' });
  else if (overallThreshold !== null && criteria && overallThreshold > maxTotal(criteria) + EPSILON) {
    problems.push({ field: 'overallThreshold', message: `must be reachable: at most ${maxTotal(criteria)} (Σ weight × scale max)` });
  }

  const tieBreaks = list('tieBreaks', input.tieBreaks, CALL_LIMITS.criteria, problems, (field, raw) => {
    if (typeof raw === 'string' && criteria?.some((c) => c.key === raw)) return raw;
    if (criteria) problems.push({ field, message: 'must be the key of one of the criteria' });
    return null;
  }, () => []);

  const fundingPolicy = input.fundingPolicy === undefined ? DEFAULT_FUNDING_POLICY : oneOf('fundingPolicy', input.fundingPolicy, FUNDING_POLICIES, problems);
  const reviewersPerApplication =
    input.reviewersPerApplication === undefined
      ? DEFAULT_REVIEWERS_PER_APPLICATION
      : integer('reviewersPerApplication', input.reviewersPerApplication, 1, CALL_LIMITS.reviewersPerApplication, problems);
  const divergenceLimit = input.divergenceLimit === undefined ? DEFAULT_DIVERGENCE_LIMIT : decimal('divergenceLimit', input.divergenceLimit, problems);
  if (divergenceLimit !== null && divergenceLimit <= 0) problems.push({ field: 'divergenceLimit', message: 'must be greater than 0' });

  const deciderIds = list('deciderIds', input.deciderIds, CALL_LIMITS.deciders, problems, uuidItem(problems), () => []);
  const testbedIds = list('testbedIds', input.testbedIds, CALL_LIMITS.testbeds, problems, uuidItem(problems), () => []);

  if (problems.length) return { content: null, problems };
  return {
    content: {
      focusArea: focusArea as FocusArea,
      title: title as CallText,
      summary: summary as CallText,
      body: body as CallText,
      opensAt: opensAt as Date,
      closesAt: closesAt as Date,
      reviewDeadline: reviewDeadline as Date,
      budgetCents: budgetCents as number,
      fundingSources: fundingSources as FundingSource[],
      fundingRatePercent: fundingRatePercent as number,
      maxGrantCents: maxGrantCents as number,
      durationMinMonths: durationMinMonths as number,
      durationMaxMonths: durationMaxMonths as number,
      eligibility: eligibility as EligibilityRules,
      criteria: criteria as Criterion[],
      overallThreshold: overallThreshold as number,
      tieBreaks: tieBreaks as string[],
      fundingPolicy: fundingPolicy as FundingPolicy,
      reviewersPerApplication: reviewersPerApplication as number,
      divergenceLimit: divergenceLimit as number,
      deciderIds: deciderIds as string[],
      testbedIds: testbedIds as string[],
    },
    problems,
  };
}
