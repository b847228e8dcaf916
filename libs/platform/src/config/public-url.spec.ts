import { adoptServedAddress, loadConfig, publicUrlOf, servedUrl } from './config.js';

const REQUIRED = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/kokeilu', JWT_SECRET: 'x'.repeat(40) };

describe('PUBLIC_URL', () => {
  it('defaults to the address served, from HOST and PORT', () => {
    expect(loadConfig({ ...REQUIRED, PORT: '4100' }).PUBLIC_URL).toBe('http://127.0.0.1:4100');
    expect(loadConfig({ ...REQUIRED, HOST: '0.0.0.0', PORT: '8080' }).PUBLIC_URL).toBe('http://localhost:8080');
    expect(loadConfig({ ...REQUIRED }).PUBLIC_URL).toBe('http://127.0.0.1:3000');
  });

  it('keeps a PUBLIC_URL that is set, without a trailing slash', () => {
    expect(loadConfig({ ...REQUIRED, PORT: '4100', PUBLIC_URL: 'https://kokeilu.example.fi/' }).PUBLIC_URL).toBe('https://kokeilu.example.fi');
    expect(publicUrlOf('https://kokeilu.example.fi', '0.0.0.0', 3000)).toBe('https://kokeilu.example.fi');
  });

  it('names IPv6 hosts in brackets and wildcards as localhost', () => {
    expect(servedUrl('::1', 3000)).toBe('http://[::1]:3000');
    expect(servedUrl('::', 3000)).toBe('http://localhost:3000');
  });

  it('follows the port actually bound once the API listens, unless PUBLIC_URL says otherwise', () => {
    const free = loadConfig({ ...REQUIRED, PORT: '0' });
    adoptServedAddress(free, { address: '127.0.0.1', port: 43_210 });
    expect(free.PUBLIC_URL).toBe('http://127.0.0.1:43210');
    const set = loadConfig({ ...REQUIRED, PORT: '0', PUBLIC_URL: 'https://kokeilu.example.fi' });
    adoptServedAddress(set, { address: '127.0.0.1', port: 43_210 });
    expect(set.PUBLIC_URL).toBe('https://kokeilu.example.fi');
  });
});
