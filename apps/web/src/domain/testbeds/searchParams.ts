/**
 * The test-bed search as it stands in the address (`?q=liikenne&theme=energy&city=tampere…`), so
 * that a search can be shared, bookmarked and gone back to.
 */
export interface SearchParams {
  q: string;
  city: string;
  themes: string[];
  capabilities: string[];
  cost: string;
  availableFrom: string;
  availableTo: string;
  /** The map area searched: minLon,minLat,maxLon,maxLat. */
  bbox: string;
}

export const EMPTY_SEARCH: SearchParams = { q: '', city: '', themes: [], capabilities: [], cost: '', availableFrom: '', availableTo: '', bbox: '' };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const BBOX = /^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/;

/** Capability tags as typed: comma-separated, trimmed, lower-case, without blanks or repeats. */
export function capabilityTags(text: string): string[] {
  return [...new Set(text.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean))];
}

export function readSearchParams(query: URLSearchParams): SearchParams {
  const date = (name: string) => {
    const value = query.get(name) ?? '';
    return DATE.test(value) ? value : '';
  };
  const bbox = query.get('bbox') ?? '';
  return {
    q: (query.get('q') ?? '').slice(0, 200),
    city: query.get('city') ?? '',
    themes: query.getAll('theme').filter(Boolean),
    capabilities: capabilityTags(query.getAll('capability').join(',')),
    cost: query.get('cost') ?? '',
    availableFrom: date('from'),
    availableTo: date('to'),
    bbox: BBOX.test(bbox) ? bbox : '',
  };
}

export function writeSearchParams(search: SearchParams): URLSearchParams {
  const query = new URLSearchParams();
  if (search.q.trim()) query.set('q', search.q.trim());
  if (search.city) query.set('city', search.city);
  for (const theme of search.themes) query.append('theme', theme);
  for (const capability of search.capabilities) query.append('capability', capability);
  if (search.cost) query.set('cost', search.cost);
  if (search.availableFrom) query.set('from', search.availableFrom);
  if (search.availableTo) query.set('to', search.availableTo);
  if (search.bbox) query.set('bbox', search.bbox);
  return query;
}

/** A map view as the search's bbox, rounded to about a metre. */
export function bboxOf(bounds: { west: number; south: number; east: number; north: number }): string {
  const clamp = (value: number, limit: number) => Math.max(-limit, Math.min(limit, value));
  return [clamp(bounds.west, 180), clamp(bounds.south, 90), clamp(bounds.east, 180), clamp(bounds.north, 90)].map((n) => Number(n.toFixed(5))).join(',');
}
