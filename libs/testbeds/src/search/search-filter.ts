import { decodeCursor, DomainError, encodeCursor, FALLBACK_ORDER, FieldError, isUuid, type Locale, MAX_PAGE_SIZE } from '@kokeilu/platform';
import { parsePeriod } from '../domain/availability.js';
import { normaliseCapabilities } from '../domain/content.js';
import { COST_KINDS, isCostKind } from '../domain/cost.js';
import { parseBbox } from '../domain/geo.js';
import { searchWords } from '../domain/search-words.js';
import { isTheme, Theme, THEMES } from '../domain/themes.js';
import { SEARCH_SORTS, SEARCH_VIEWS, SearchFilter, SearchSort, SearchView } from './search-query.js';

/** Search parameters as they come from a query string (already type-checked, not yet validated). */
export interface SearchInput {
  q?: string;
  city?: string;
  theme?: string[];
  capability?: string[];
  cost?: string;
  availableFrom?: string;
  availableTo?: string;
  bbox?: string;
  sort?: string;
  view?: string;
  limit?: number;
  cursor?: string;
  /** Language preference (see `languagePreference`); decides the name sort. */
  languages?: Locale[];
}

export const DEFAULT_PAGE_SIZE = 20;
const SLUG = /^[a-z0-9-]{1,60}$/;
const RELEVANCE_KEY = /^\d+(?:\.\d+)?$/;
const TIMESTAMP_KEY = /^(?:19[7-9]\d|[2-9]\d{3})-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A timestamp PostgreSQL will accept: JavaScript alone would roll 30 February over into March. */
function isTimestampKey(key: string): boolean {
  if (!TIMESTAMP_KEY.test(key)) return false;
  const time = Date.parse(key);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 19) === key.slice(0, 19);
}

/** The sort (and for names, the language order) a cursor belongs to, so a cursor is never read under another order. */
function cursorScope(sort: SearchSort, languages: Locale[]): string {
  return sort === 'name' ? `name.${languages.join('.')}` : sort;
}

export function encodeSearchCursor(filter: SearchFilter, key: string, id: string): string {
  return encodeCursor(`${cursorScope(filter.sort, filter.languages)}:${key}`, id);
}

function decodeSearchCursor(cursor: string, sort: SearchSort, languages: Locale[]): { key: string; id: string } | FieldError {
  const problem = { field: 'cursor', message: 'is not a cursor of this search' };
  const [scoped, id] = decodeCursor(cursor);
  const scope = `${cursorScope(sort, languages)}:`;
  if (typeof scoped !== 'string' || !scoped.startsWith(scope) || !isUuid(id)) return problem;
  const key = scoped.slice(scope.length);
  if (sort === 'relevance' && !RELEVANCE_KEY.test(key)) return problem;
  if (sort === 'newest' && !isTimestampKey(key)) return problem;
  if (key.includes('\u0000')) return problem;
  return { key, id };
}

/** Validates search parameters into a filter, reporting every bad parameter by name. */
export function toSearchFilter(input: SearchInput): SearchFilter {
  const problems: FieldError[] = [];
  const words = searchWords(input.q);

  let city: SearchFilter['city'];
  if (input.city !== undefined) {
    if (isUuid(input.city)) city = { id: input.city.toLowerCase() };
    else if (SLUG.test(input.city)) city = { slug: input.city };
    else problems.push({ field: 'city', message: 'must be a city slug (helsinki) or id' });
  }

  const themes: Theme[] = [];
  for (const theme of input.theme ?? []) {
    if (!isTheme(theme)) problems.push({ field: 'theme', message: `must be one of ${THEMES.join(', ')}` });
    else if (!themes.includes(theme)) themes.push(theme);
  }

  const capabilities = normaliseCapabilities(input.capability ?? [], 'capability');
  problems.push(...capabilities.problems);

  if (input.cost !== undefined && !isCostKind(input.cost)) problems.push({ field: 'cost', message: `must be one of ${COST_KINDS.join(', ')}` });

  const period = parsePeriod(input.availableFrom, input.availableTo);
  problems.push(...period.problems);

  let bbox: SearchFilter['bbox'];
  if (input.bbox !== undefined) {
    const parsed = parseBbox(input.bbox);
    if ('problem' in parsed) problems.push({ field: 'bbox', message: parsed.problem });
    else bbox = parsed.bbox;
  }

  let sort: SearchSort = words.length ? 'relevance' : 'newest';
  if (input.sort !== undefined) {
    if (!(SEARCH_SORTS as readonly string[]).includes(input.sort)) problems.push({ field: 'sort', message: `must be one of ${SEARCH_SORTS.join(', ')}` });
    else if (input.sort === 'relevance' && !words.length) problems.push({ field: 'sort', message: 'relevance needs a q with at least one word' });
    else sort = input.sort as SearchSort;
  }

  let view: SearchView = 'summary';
  if (input.view !== undefined) {
    if ((SEARCH_VIEWS as readonly string[]).includes(input.view)) view = input.view as SearchView;
    else problems.push({ field: 'view', message: `must be one of ${SEARCH_VIEWS.join(', ')}` });
  }

  const limit = input.limit ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) problems.push({ field: 'limit', message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` });

  const languages = input.languages?.length ? input.languages : [...FALLBACK_ORDER];

  let after: SearchFilter['after'];
  if (input.cursor !== undefined && !problems.length) {
    const decoded = decodeSearchCursor(input.cursor, sort, languages);
    if ('field' in decoded) problems.push(decoded);
    else after = decoded;
  }

  if (problems.length) {
    throw new DomainError('validation_failed', `Invalid search: ${[...new Set(problems.map((p) => p.field))].join(', ')}`, { fields: problems });
  }
  return {
    words,
    city,
    themes,
    capabilities: capabilities.capabilities,
    cost: input.cost as SearchFilter['cost'],
    period: period.period ?? undefined,
    bbox,
    sort,
    view,
    languages,
    limit,
    after,
  };
}
