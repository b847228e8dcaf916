import { chooseLocale, CONFIG_PLACEHOLDER, localeOfPath, renderIndex, tileSource, webContentSecurityPolicy } from './web-page.js';

const CONFIG = { MAP_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png', MAP_ATTRIBUTION: '© OpenStreetMap contributors', MAP_ATTRIBUTION_URL: 'https://www.openstreetmap.org/copyright' };
const TEMPLATE = `<!doctype html>\n<html lang="fi">\n<head>${CONFIG_PLACEHOLDER}<script type="module" src="/assets/index-1.js"></script></head><body></body></html>`;

describe('localeOfPath', () => {
  it('takes the first segment when it is a language of the app', () => {
    expect(localeOfPath('/sv/calls/1?x=1')).toBe('sv');
    expect(localeOfPath('/en')).toBe('en');
    expect(localeOfPath('/de/calls')).toBeNull();
    expect(localeOfPath('/')).toBeNull();
  });
});

describe('chooseLocale', () => {
  it('prefers the language picked before, then the browser’s, then Finnish', () => {
    expect(chooseLocale('a=1; kokeilu_lang=sv', 'en')).toBe('sv');
    expect(chooseLocale(undefined, 'de-DE, en;q=0.5')).toBe('en');
    expect(chooseLocale('kokeilu_lang=xx', 'de')).toBe('fi');
    expect(chooseLocale(undefined, undefined)).toBe('fi');
  });
});

describe('renderIndex', () => {
  it('sets the page language and puts the settings in the data block', () => {
    const html = renderIndex(TEMPLATE, 'en', CONFIG);
    expect(html).toContain('<html lang="en">');
    const json = /<script type="application\/json" id="kokeilu-config">(.*?)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(json ?? '')).toEqual(CONFIG);
  });
  it('lets no setting close the data block or open a script', () => {
    const html = renderIndex(TEMPLATE, 'fi', { ...CONFIG, MAP_ATTRIBUTION: '</script><script>alert(1)</script>' });
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toContain('<script>alert');
    const json = /id="kokeilu-config">(.*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(json).MAP_ATTRIBUTION).toBe('</script><script>alert(1)</script>');
  });
  it('refuses a template without the placeholder, rather than serving a page without settings', () => {
    expect(() => renderIndex('<html lang="fi"></html>', 'fi', CONFIG)).toThrow(/placeholder/);
  });
});

describe('tileSource', () => {
  it('is the origin of the tile URL, a {s} subdomain as a wildcard', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.tile.example.org/{z}/{x}/{y}.png')).toBe('https://*.tile.example.org');
    expect(tileSource('http://127.0.0.1:8080/tiles/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:8080');
  });
  it('refuses what could smuggle another source into the policy', () => {
    expect(() => tileSource('https://a.org;script-src *;/{z}/{x}/{y}')).toThrow();
    expect(() => tileSource('javascript:alert(1)')).toThrow();
  });
});

describe('webContentSecurityPolicy', () => {
  const policy = webContentSecurityPolicy('https://tile.openstreetmap.org/{z}/{x}/{y}.png');
  const directives = new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
  it('allows scripts, styles and requests from our own origin only, and no inline code', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(policy).not.toContain('unsafe');
  });
  it('allows images from the tile server', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'https://tile.openstreetmap.org']);
  });
  it('keeps the page out of frames and plugins', () => {
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });
});
