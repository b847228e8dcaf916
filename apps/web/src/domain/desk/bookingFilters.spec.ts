import { readFilters, writeFilters } from './bookingFilters';

const BED = '0b7e7a53-8a3a-4a4e-9d55-0a3f1d1d2f10';

describe("the booking inbox's filters", () => {
  it('shows the requests waiting when no state is asked for, and every state for `all`', () => {
    expect(readFilters(new URLSearchParams())).toEqual({ state: 'requested', testbed: '', from: '', to: '', page: 1 });
    expect(readFilters(new URLSearchParams('state=all')).state).toBe('');
  });

  it('keeps what is well-formed and drops the rest', () => {
    expect(readFilters(new URLSearchParams(`state=approved&testbed=${BED}&from=2027-01-01&to=soon&page=3`))).toEqual({ state: 'approved', testbed: BED, from: '2027-01-01', to: '', page: 3 });
    expect(readFilters(new URLSearchParams('state=lost&testbed=x&page=-2'))).toEqual({ state: 'requested', testbed: '', from: '', to: '', page: 1 });
  });

  it('round-trips through the address', () => {
    const filters = { state: '' as const, testbed: BED, from: '2027-01-01', to: '2027-02-01', page: 2 };
    const query = writeFilters(filters, 'c1');
    expect(query.get('city')).toBe('c1');
    expect(readFilters(query)).toEqual(filters);
  });
});
