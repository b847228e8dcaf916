import { DomainError, type FieldError, LOCALES, type Locale } from '@kokeilu/platform';
import { readSearchRequest, toSearchFilter, type SearchFilter } from '@kokeilu/testbeds';
import { toCallFilter, type CallFilter } from '@kokeilu/calls';

/** What a saved search looks for: new test beds, or new calls. */
export const ALERT_KINDS = ['testbeds', 'calls'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** How a match reaches its owner: an e-mail at once, or in the daily digest (and in the app either way). */
export const ALERT_FREQUENCIES = ['immediate', 'digest'] as const;
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number];

export const MAX_ALERT_NAME = 100;

/** The search page's parameters that choose what is shown; the others (order, paging, language) only how. */
const TESTBED_PRESENTATION = ['sort', 'view', 'limit', 'cursor', 'lang'];
const CALL_FILTERS = ['city', 'focusArea'] as const;

/** A search's parameters as the search page writes them in its address: lists as arrays. */
export type SearchParams = Record<string, string | string[]>;

/** A test-bed search, validated by the search page's own rules. */
export interface TestbedCriteria {
  kind: 'testbeds';
  filter: Pick<SearchFilter, 'words' | 'city' | 'themes' | 'capabilities' | 'cost' | 'period' | 'bbox'>;
}

/** A call search, validated by the calls page's own rules. */
export interface CallCriteria {
  kind: 'calls';
  filter: Pick<CallFilter, 'city' | 'focusArea'>;
}

export type Criteria = TestbedCriteria | CallCriteria;

function invalid(problems: FieldError[]): DomainError {
  return new DomainError('validation_failed', `Invalid saved search: ${[...new Set(problems.map((p) => p.field))].join(', ')}`, { fields: problems });
}

/** Re-throws a search's validation error with its fields under `params.`, as the saved search names them. */
function underParams<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'validation_failed' && error.details.fields) {
      throw invalid(error.details.fields.map((f) => ({ field: `params.${f.field}`, message: f.message })));
    }
    throw error;
  }
}

/**
 * Reads a search to save: the parameters of the test-bed search page (words, city, theme,
 * capability, cost, availability, map area) or of the calls page (city, focus area), checked by
 * those pages' own validation, so that a saved search means exactly what the page shows. The
 * test-bed page's order, paging and language are accepted and left out; a call's state is
 * refused (an alert is about calls as they are published).
 */
export function readCriteria(kind: AlertKind, params: SearchParams): Criteria {
  if (kind === 'testbeds') {
    const query: SearchParams = {};
    for (const [name, value] of Object.entries(params)) if (!TESTBED_PRESENTATION.includes(name)) query[name] = value;
    const filter = underParams(() => toSearchFilter(readSearchRequest(query, undefined).input));
    return { kind, filter: { words: filter.words, city: filter.city, themes: filter.themes, capabilities: filter.capabilities, cost: filter.cost, period: filter.period, bbox: filter.bbox } };
  }
  const problems: FieldError[] = [];
  const input: Record<string, string> = {};
  for (const [name, value] of Object.entries(params)) {
    if (!(CALL_FILTERS as readonly string[]).includes(name)) problems.push({ field: `params.${name}`, message: `is not a filter of a saved call search (${CALL_FILTERS.join(', ')})` });
    else if (typeof value !== 'string') problems.push({ field: `params.${name}`, message: 'must be given once' });
    else input[name] = value;
  }
  if (problems.length) throw invalid(problems);
  const filter = underParams(() => toCallFilter(input));
  return { kind, filter: { city: filter.city, focusArea: filter.focusArea } };
}

/**
 * The search page's parameters of a search, in one order (lists sorted): what the page's address
 * carries, and, as text, what tells two saved searches of one user apart.
 */
export function canonicalParams(criteria: Criteria): SearchParams {
  const params: SearchParams = {};
  const cityParam = (city: { id: string } | { slug: string } | 'national' | undefined) => {
    if (city === 'national') params.city = 'national';
    else if (city) params.city = 'id' in city ? city.id : city.slug;
  };
  if (criteria.kind === 'calls') {
    cityParam(criteria.filter.city);
    if (criteria.filter.focusArea) params.focusArea = criteria.filter.focusArea;
    return params;
  }
  const f = criteria.filter;
  if (f.words.length) params.q = f.words.join(' ');
  cityParam(f.city);
  if (f.themes.length) params.theme = [...f.themes].sort();
  if (f.capabilities.length) params.capability = [...f.capabilities].sort();
  if (f.cost) params.cost = f.cost;
  if (f.period) {
    params.availableFrom = f.period.start;
    params.availableTo = f.period.end;
  }
  if (f.bbox) params.bbox = [f.bbox.minLon, f.bbox.minLat, f.bbox.maxLon, f.bbox.maxLat].join(',');
  return params;
}

/** One text per distinct search: same filters, same fingerprint. */
export function fingerprintOf(criteria: Criteria, cityId: string | null): string {
  const params = canonicalParams(criteria);
  if (cityId) params.city = cityId;
  return JSON.stringify(Object.keys(params).sort().map((name) => [name, params[name]]));
}

/** What a saved search needs of an object, as matching keys (see migration 1767900000000). */
export interface MatchKeys {
  /** Every one must be offered. */
  requires: string[];
  /** At least one must be offered, each prefixed with the kind. */
  anchors: string[];
}

/**
 * The keys a search is matched by, its city given by id (`cityId`, resolved from a slug). The
 * anchor is the requirement that the fewest objects offer: a word (the longest, as longer words
 * are rarer), else a capability, else the cost or the city, else the focus area; a search that
 * requires nothing is anchored on any of its themes, else on its map area, else on everything.
 */
export function matchKeysOf(criteria: Criteria, cityId: string | null): MatchKeys {
  const requires: string[] = [];
  const city = criteria.filter.city === 'national' ? ['national'] : cityId ? [`city:${cityId}`] : [];
  let anchor: string[] = [];
  if (criteria.kind === 'testbeds') {
    const f = criteria.filter;
    const words = [...new Set(f.words)];
    const cost = f.cost ? [`cost:${f.cost}`] : [];
    requires.push(...words.map((w) => `w:${w}`), ...f.capabilities.map((c) => `c:${c}`), ...cost, ...city);
    const longest = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
    if (longest) anchor = [`w:${longest}`];
    else if (f.capabilities.length) anchor = [`c:${f.capabilities[0]}`];
    else if (city.length) anchor = city;
    else if (cost.length) anchor = cost;
    else if (f.themes.length) anchor = f.themes.map((t) => `theme:${t}`);
    else if (f.bbox) anchor = ['bbox'];
  } else {
    const focus = criteria.filter.focusArea ? [`focus:${criteria.filter.focusArea}`] : [];
    requires.push(...city, ...focus);
    anchor = city.length ? city : focus;
  }
  if (!anchor.length) anchor = ['all'];
  return { requires, anchors: anchor.map((key) => `${criteria.kind}/${key}`) };
}

/** Checks a name, frequency and language given for a saved search, naming each bad one. */
export function settingsProblems(input: { name?: unknown; frequency?: unknown; locale?: unknown }): FieldError[] {
  const problems: FieldError[] = [];
  if (input.name !== undefined && (typeof input.name !== 'string' || !input.name.trim() || input.name.trim().length > MAX_ALERT_NAME)) {
    problems.push({ field: 'name', message: `must be 1 to ${MAX_ALERT_NAME} characters` });
  }
  if (input.frequency !== undefined && !(ALERT_FREQUENCIES as readonly unknown[]).includes(input.frequency)) {
    problems.push({ field: 'frequency', message: `must be one of ${ALERT_FREQUENCIES.join(', ')}` });
  }
  if (input.locale !== undefined && !(LOCALES as readonly unknown[]).includes(input.locale)) problems.push({ field: 'locale', message: `must be one of ${LOCALES.join(', ')}` });
  return problems;
}

export function assertSettings(input: { name?: unknown; frequency?: unknown; locale?: unknown }): void {
  const problems = settingsProblems(input);
  if (problems.length) throw invalid(problems);
}

export type { Locale };
