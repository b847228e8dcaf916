import { DomainError, FieldError, languagePreference, LOCALES } from '@kokeilu/platform';
import { LIMITS } from '../domain/content.js';
import { THEMES } from '../domain/themes.js';
import type { SearchInput } from './search-filter.js';

/** `lang`: one language, or `all` for the caller's language plus `translations` with every language. */
export const LANGUAGE_CHOICES = [...LOCALES, 'all'] as const;

/** The longest value each text parameter of the search may have. */
export const SEARCH_PARAM_LENGTHS = { q: 200, city: 100, bbox: 200, cursor: 500 } as const;

/** The most values each list parameter of the search may have. */
export const SEARCH_LIST_SIZES = { theme: THEMES.length, capability: LIMITS.capabilities } as const;

const TEXTS = ['q', 'city', 'cost', 'availableFrom', 'availableTo', 'bbox', 'sort', 'view', 'cursor'] as const;
const LISTS = ['theme', 'capability'] as const;
const KNOWN = new Set<string>([...TEXTS, ...LISTS, 'limit', 'lang']);

export interface SearchRequest {
  input: SearchInput;
  /** `lang=all`: add every language of each text. */
  withTranslations: boolean;
}

/**
 * Reads a search's query string (as Fastify parses it: a repeated parameter is an array) into a
 * `SearchInput`: each scalar given once and not too long, lists repeated or comma-separated, no
 * parameter the search does not know. Only the shape is checked here; what the values mean is
 * `toSearchFilter`'s, so each parameter is validated once.
 */
export function readSearchRequest(query: Record<string, unknown>, acceptLanguage: string | undefined): SearchRequest {
  const problems: FieldError[] = [];
  for (const name of Object.keys(query)) {
    if (!KNOWN.has(name)) problems.push({ field: name, message: `${name} is not an accepted field` });
  }

  const text = (name: string, maxLength?: number): string | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      problems.push({ field: name, message: `${name} must be given once` });
      return undefined;
    }
    if (maxLength !== undefined && value.length > maxLength) {
      problems.push({ field: name, message: `${name} must be at most ${maxLength} characters` });
      return undefined;
    }
    return value;
  };
  const list = (name: (typeof LISTS)[number]): string[] | undefined => {
    const value = query[name];
    if (value === undefined) return undefined;
    const values = (Array.isArray(value) ? value : [value]).flatMap((v) => (typeof v === 'string' ? v.split(',') : [v]));
    if (values.some((v) => typeof v !== 'string')) problems.push({ field: name, message: `${name} must be text` });
    else if (values.length > SEARCH_LIST_SIZES[name]) problems.push({ field: name, message: `${name} takes at most ${SEARCH_LIST_SIZES[name]} values` });
    else return values as string[];
    return undefined;
  };

  const limitText = text('limit');
  let limit: number | undefined;
  if (limitText !== undefined) {
    if (/^-?\d{1,9}$/.test(limitText)) limit = Number(limitText);
    else problems.push({ field: 'limit', message: 'limit must be a whole number' });
  }
  const lang = text('lang');
  if (lang !== undefined && !(LANGUAGE_CHOICES as readonly string[]).includes(lang)) {
    problems.push({ field: 'lang', message: `lang must be one of ${LANGUAGE_CHOICES.join(', ')}` });
  }

  const input: SearchInput = {
    q: text('q', SEARCH_PARAM_LENGTHS.q),
    city: text('city', SEARCH_PARAM_LENGTHS.city),
    theme: list('theme'),
    capability: list('capability'),
    cost: text('cost'),
    availableFrom: text('availableFrom'),
    availableTo: text('availableTo'),
    bbox: text('bbox', SEARCH_PARAM_LENGTHS.bbox),
    sort: text('sort'),
    view: text('view'),
    limit,
    cursor: text('cursor', SEARCH_PARAM_LENGTHS.cursor),
    // An explicit language wins over the header; `all` keeps the header's choice.
    languages: languagePreference(lang && lang !== 'all' ? lang : acceptLanguage),
  };
  if (problems.length) {
    throw new DomainError('validation_failed', `Invalid search: ${[...new Set(problems.map((p) => p.field))].join(', ')}`, { fields: problems });
  }
  return { input, withTranslations: lang === 'all' };
}
