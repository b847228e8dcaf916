/** The inbox's filters as the address keeps them (`?state=requested&testbed=…&from=…&to=…&page=2`). */
export interface BookingFilters {
  state: '' | 'requested' | 'approved' | 'declined' | 'cancelled';
  testbed: string;
  from: string;
  to: string;
  page: number;
}

const STATES = ['requested', 'approved', 'declined', 'cancelled'] as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filters of an address; anything malformed is left out. With no state given, the requests waiting. */
export function readFilters(query: URLSearchParams): BookingFilters {
  const state = query.get('state');
  return {
    state: state === 'all' ? '' : ((STATES as readonly string[]).includes(state ?? '') ? (state as BookingFilters['state']) : 'requested'),
    testbed: UUID.test(query.get('testbed') ?? '') ? (query.get('testbed') as string) : '',
    from: DAY.test(query.get('from') ?? '') ? (query.get('from') as string) : '',
    to: DAY.test(query.get('to') ?? '') ? (query.get('to') as string) : '',
    page: Math.max(1, Math.floor(Number(query.get('page'))) || 1),
  };
}

/** The address's parameters for the filters (the city kept as it was). */
export function writeFilters(filters: BookingFilters, city: string | null): URLSearchParams {
  const query = new URLSearchParams();
  if (city) query.set('city', city);
  query.set('state', filters.state || 'all');
  if (filters.testbed) query.set('testbed', filters.testbed);
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  if (filters.page > 1) query.set('page', String(filters.page));
  return query;
}
