import { parseRuntimeConfig, DEFAULT_CONFIG } from './config';
import { paths, safeNext } from './paths';

describe('safeNext', () => {
  it('goes back only to an address of this app', () => {
    expect(safeNext('/fi/testbeds/1', 'fi')).toBe('/fi/testbeds/1');
    expect(safeNext('https://evil.example/fi/', 'fi')).toBe('/fi/');
    expect(safeNext('//evil.example/fi', 'en')).toBe('/en/');
    expect(safeNext('/api/v1/me', 'sv')).toBe('/sv/');
    expect(safeNext(null, 'fi')).toBe('/fi/');
  });
  it('is what sign-in links carry', () => {
    expect(paths.signIn('fi', '/fi/calls/1')).toBe('/fi/sign-in?next=%2Ffi%2Fcalls%2F1');
  });
});

describe('parseRuntimeConfig', () => {
  it('takes the settings the page carries, keeping defaults for what is missing or broken', () => {
    expect(parseRuntimeConfig('{"MAP_TILE_URL":"https://tiles.example/{z}/{x}/{y}.png","MAP_ATTRIBUTION":7}')).toEqual({ ...DEFAULT_CONFIG, MAP_TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png' });
    expect(parseRuntimeConfig('not json')).toEqual(DEFAULT_CONFIG);
    expect(parseRuntimeConfig(null)).toEqual(DEFAULT_CONFIG);
  });
});
