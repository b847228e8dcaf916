import { type SearchParams as TestbedSearch, writeSearchParams } from '../testbeds/searchParams';

/** The API's parameters of a saved search: lists as arrays. */
export type AlertParams = Record<string, string | string[]>;

/** The test-bed search page's search as the API's parameters (the page writes dates as `from` and `to`). */
export function testbedAlertParams(search: TestbedSearch): AlertParams {
  const params: AlertParams = {};
  if (search.q.trim()) params.q = search.q.trim();
  if (search.city) params.city = search.city;
  if (search.themes.length) params.theme = search.themes;
  if (search.capabilities.length) params.capability = search.capabilities;
  if (search.cost) params.cost = search.cost;
  if (search.availableFrom) params.availableFrom = search.availableFrom;
  if (search.availableTo) params.availableTo = search.availableTo;
  if (search.bbox) params.bbox = search.bbox;
  return params;
}

const list = (value: string | string[] | undefined) => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? (value[0] ?? '') : (value ?? ''));

/** A saved search's page address: the query string of the test-bed search or of the calls page. */
export function alertQuery(kind: string, params: AlertParams): string {
  if (kind === 'calls') {
    const query = new URLSearchParams();
    for (const name of ['city', 'focusArea']) if (one(params[name])) query.set(name, one(params[name]));
    return query.toString();
  }
  return writeSearchParams({
    q: one(params.q),
    city: one(params.city),
    themes: list(params.theme),
    capabilities: list(params.capability),
    cost: one(params.cost),
    availableFrom: one(params.availableFrom),
    availableTo: one(params.availableTo),
    bbox: one(params.bbox),
  }).toString();
}
