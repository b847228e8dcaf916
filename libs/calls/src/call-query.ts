import { decodeCursor, DomainError, encodeCursor, FieldError, isUuid, MAX_PAGE_SIZE, messageOf } from '@kokeilu/platform';
import { CALL_MESSAGES } from './domain/messages.js';
import { CALL_STATES, CallState, FOCUS_AREAS, FocusArea } from './domain/call.js';
import { CALL_COLUMNS, CALL_FROM } from './call.record.js';

/** The states the public list shows: every state after the draft. */
export const PUBLIC_STATES = CALL_STATES.filter((s) => s !== 'draft') as Exclude<CallState, 'draft'>[];

/** List parameters as they come from a query string (type-checked, not yet validated). */
export interface CallListInput {
  state?: string;
  city?: string;
  focusArea?: string;
  limit?: number;
  cursor?: string;
}

/**
 * Whose drafts the caller may list: every one (admins), those of the cities they coordinate, or
 * none (the public).
 */
export type DraftScope = 'all' | { cityIds: string[] } | null;

export interface CallFilter {
  states: CallState[];
  /** Set when `states` holds `draft`: which drafts the caller may see. */
  drafts?: 'all' | { cityIds: string[] };
  city?: { id: string } | { slug: string } | 'national';
  focusArea?: FocusArea;
  limit: number;
  /** The last row of the previous page, in the order (closesAt, id). */
  after?: { closesAt: string; id: string };
}

export const DEFAULT_CALL_PAGE = 20;
const SLUG = /^[a-z0-9-]{1,60}$/;
const CURSOR_SCOPE = 'calls';

export function encodeCallCursor(closesAt: Date, id: string): string {
  return encodeCursor(`${CURSOR_SCOPE}:${closesAt.toISOString()}`, id);
}

function readCursor(cursor: string): CallFilter['after'] | null {
  let key: string | number;
  let id: string;
  try {
    [key, id] = decodeCursor(cursor);
  } catch {
    return null;
  }
  const match = typeof key === 'string' ? /^calls:(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)$/.exec(key) : null;
  if (!match || Number.isNaN(Date.parse(match[1])) || !isUuid(id)) return null;
  return { closesAt: match[1], id };
}

/**
 * Validates list parameters, naming every bad one. Drafts are listed only when asked for
 * (`state=draft`) and only to those who run calls: their own cities' drafts, or every draft for
 * admins; anyone else asking for them is refused.
 */
export function toCallFilter(input: CallListInput, draftScope: DraftScope = null): CallFilter {
  const problems: FieldError[] = [];
  let states: CallState[] = [...PUBLIC_STATES];
  let drafts: CallFilter['drafts'];
  if (input.state !== undefined) {
    const asked = input.state.split(',').map((s) => s.trim());
    if (asked.some((s) => !(CALL_STATES as readonly string[]).includes(s))) {
      problems.push({ field: 'state', message: `must be one or more (comma-separated) of ${CALL_STATES.join(', ')}` });
    } else {
      states = CALL_STATES.filter((s) => asked.includes(s));
      if (states.includes('draft')) {
        if (!draftScope) throw DomainError.forbidden(messageOf(CALL_MESSAGES, 'call.drafts_listed'));
        drafts = draftScope;
      }
    }
  }
  let city: CallFilter['city'];
  if (input.city !== undefined) {
    if (input.city === 'national') city = 'national';
    else if (isUuid(input.city)) city = { id: input.city.toLowerCase() };
    else if (SLUG.test(input.city)) city = { slug: input.city };
    else problems.push({ field: 'city', message: 'must be a city slug (helsinki), a city id or national' });
  }
  let focusArea: FocusArea | undefined;
  if (input.focusArea !== undefined) {
    if ((FOCUS_AREAS as readonly string[]).includes(input.focusArea)) focusArea = input.focusArea as FocusArea;
    else problems.push({ field: 'focusArea', message: `must be one of ${FOCUS_AREAS.join(', ')}` });
  }
  const limit = input.limit ?? DEFAULT_CALL_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) problems.push({ field: 'limit', message: `must be a whole number from 1 to ${MAX_PAGE_SIZE}` });
  let after: CallFilter['after'];
  if (input.cursor !== undefined) {
    after = readCursor(input.cursor) ?? undefined;
    if (!after) problems.push({ field: 'cursor', message: 'is not a cursor of this list' });
  }
  if (problems.length) {
    throw new DomainError('validation_failed', `Invalid list parameters: ${[...new Set(problems.map((p) => p.field))].join(', ')}`, { fields: problems });
  }
  return { states, drafts, city, focusArea, limit, after };
}

/** The filters as SQL conditions on `c` and `ci`, with their values; shared by the page and its total. */
function conditions(filter: CallFilter, values: unknown[]): string[] {
  const where: string[] = [];
  values.push(filter.states);
  // A first stage is shown within the call it leads to, not as a call of its own; a two-stage
  // call is in a state when either stage is (open while it takes ideas, so that it is found then).
  where.push(`(c.state = ANY($${values.length}::text[]) OR EXISTS (SELECT 1 FROM calls f WHERE f.second_stage_id = c.id AND f.state = ANY($${values.length}::text[])))`);
  where.push('c.second_stage_id IS NULL');
  if (filter.states.includes('draft') && filter.drafts !== 'all') {
    values.push(filter.drafts?.cityIds ?? []);
    where.push(`(c.state <> 'draft' OR c.city_id = ANY($${values.length}::uuid[]))`);
  }
  if (filter.city === 'national') where.push('c.city_id IS NULL');
  else if (filter.city && 'id' in filter.city) {
    values.push(filter.city.id);
    where.push(`c.city_id = $${values.length}::uuid`);
  } else if (filter.city) {
    values.push(filter.city.slug);
    where.push(`ci.slug = $${values.length}`);
  }
  if (filter.focusArea) {
    values.push(filter.focusArea);
    where.push(`c.focus_area = $${values.length}`);
  }
  return where;
}

/** One page in deadline order (closesAt, then id), one row more than the page to tell whether another follows. */
export function buildCallListQuery(filter: CallFilter): { page: { text: string; values: unknown[] }; total: { text: string; values: unknown[] } } {
  const totalValues: unknown[] = [];
  const totalWhere = conditions(filter, totalValues);
  const values: unknown[] = [];
  const where = conditions(filter, values);
  if (filter.after) {
    values.push(filter.after.closesAt, filter.after.id);
    where.push(`(c.closes_at, c.id) > ($${values.length - 1}::timestamptz, $${values.length}::uuid)`);
  }
  values.push(filter.limit + 1);
  return {
    page: {
      text: `SELECT ${CALL_COLUMNS} FROM ${CALL_FROM} WHERE ${where.join(' AND ')} ORDER BY c.closes_at, c.id LIMIT $${values.length}`,
      values,
    },
    total: { text: `SELECT count(*)::int AS total FROM ${CALL_FROM} WHERE ${totalWhere.join(' AND ')}`, values: totalValues },
  };
}
