import { DomainError } from '@kokeilu/platform';
import { buildCallListQuery, encodeCallCursor, PUBLIC_STATES, toCallFilter } from './call-query.js';

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    return ((error as DomainError).details.fields ?? []).map((f) => f.field);
  }
  return [];
}

describe('toCallFilter', () => {
  it('shows every public state by default, never drafts', () => {
    expect(toCallFilter({})).toEqual({ states: PUBLIC_STATES, drafts: undefined, city: undefined, focusArea: undefined, limit: 20, after: undefined });
    expect(PUBLIC_STATES).not.toContain('draft');
    expect(toCallFilter({ state: 'open, scheduled' }).states).toEqual(['scheduled', 'open']);
    expect(toCallFilter({}, 'all').states).toEqual(PUBLIC_STATES);
    expect(problems(() => toCallFilter({ state: 'closing' }))).toEqual(['state']);
  });

  it('lists drafts only when asked, and only to those who run calls', () => {
    expect(() => toCallFilter({ state: 'draft' })).toThrow(expect.objectContaining({ code: 'forbidden' }));
    expect(toCallFilter({ state: 'draft,open' }, { cityIds: ['c1'] })).toMatchObject({ states: ['draft', 'open'], drafts: { cityIds: ['c1'] } });
    const coordinator = buildCallListQuery(toCallFilter({ state: 'draft' }, { cityIds: ['c1'] }));
    expect(coordinator.page.text).toContain(`(c.state <> 'draft' OR c.city_id = ANY($2::uuid[]))`);
    expect(coordinator.page.values.slice(0, 2)).toEqual([['draft'], ['c1']]);
    expect(buildCallListQuery(toCallFilter({ state: 'draft' }, 'all')).page.text).not.toContain(`c.state <> 'draft'`);
  });

  it('takes a city as slug, id or national', () => {
    expect(toCallFilter({ city: 'helsinki' }).city).toEqual({ slug: 'helsinki' });
    expect(toCallFilter({ city: '0B6F6C1E-3B8F-4A55-9A57-7F1D1BB1C001' }).city).toEqual({ id: '0b6f6c1e-3b8f-4a55-9a57-7f1d1bb1c001' });
    expect(toCallFilter({ city: 'national' }).city).toBe('national');
    expect(problems(() => toCallFilter({ city: 'Helsinki!' }))).toEqual(['city']);
  });

  it('names every bad parameter at once', () => {
    expect(problems(() => toCallFilter({ focusArea: 'smart', limit: 0, cursor: 'bm90LWEtY3Vyc29y' }))).toEqual(['focusArea', 'limit', 'cursor']);
  });

  it('reads back its own cursors only', () => {
    const closesAt = new Date('2027-04-15T13:00:00Z');
    const id = '0b6f6c1e-3b8f-4a55-9a57-7f1d1bb1c001';
    expect(toCallFilter({ cursor: encodeCallCursor(closesAt, id) }).after).toEqual({ closesAt: closesAt.toISOString(), id });
    expect(problems(() => toCallFilter({ cursor: Buffer.from(JSON.stringify(['testbeds:1', id])).toString('base64url') }))).toEqual(['cursor']);
  });
});

describe('buildCallListQuery', () => {
  it('pages in deadline order and counts without the cursor', () => {
    const filter = toCallFilter({ city: 'oulu', focusArea: 'open_data_and_interfaces', cursor: encodeCallCursor(new Date(0), '0b6f6c1e-3b8f-4a55-9a57-7f1d1bb1c001'), limit: 5 });
    const { page, total } = buildCallListQuery(filter);
    expect(page.text).toMatch(/ORDER BY c\.closes_at, c\.id LIMIT \$6$/);
    expect(page.values).toEqual([PUBLIC_STATES, 'oulu', 'open_data_and_interfaces', '1970-01-01T00:00:00.000Z', '0b6f6c1e-3b8f-4a55-9a57-7f1d1bb1c001', 6]);
    expect(total.values).toEqual([PUBLIC_STATES, 'oulu', 'open_data_and_interfaces']);
    expect(buildCallListQuery(toCallFilter({ city: 'national' })).page.text).toContain('c.city_id IS NULL');
  });
});
