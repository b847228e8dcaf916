import { EMPTY_SEARCH, readSearchParams } from '../testbeds/searchParams';
import { alertQuery, testbedAlertParams } from './params';

describe('saved search parameters', () => {
  it('carry the test-bed page’s search to the API and back to the same page address', () => {
    const search = { ...EMPTY_SEARCH, q: ' robotti ', city: 'tampere', themes: ['mobility', 'energy'], capabilities: ['5g'], availableFrom: '2027-03-01', availableTo: '2027-03-31', bbox: '23,61,24,62' };
    const params = testbedAlertParams(search);
    expect(params).toEqual({ q: 'robotti', city: 'tampere', theme: ['mobility', 'energy'], capability: ['5g'], availableFrom: '2027-03-01', availableTo: '2027-03-31', bbox: '23,61,24,62' });
    expect(readSearchParams(new URLSearchParams(alertQuery('testbeds', params)))).toEqual({ ...search, q: 'robotti' });
  });

  it('leave empty filters out, and read a call search as the calls page does', () => {
    expect(testbedAlertParams(EMPTY_SEARCH)).toEqual({});
    expect(alertQuery('calls', { city: 'national', focusArea: 'open_data_and_interfaces' })).toBe('city=national&focusArea=open_data_and_interfaces');
    expect(alertQuery('testbeds', { theme: 'energy' })).toBe('theme=energy');
  });
});
