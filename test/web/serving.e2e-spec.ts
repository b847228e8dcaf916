import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { startStack, type Stack } from '../support/stack.js';
import { ensureWebApp } from './support/browser.js';

/*
 * How the API serves the built web app beside itself: the language of a bare address, deep links
 * answering index.html with the runtime settings, the page's Content-Security-Policy, and caching.
 */
let stack: Stack;
const TILES = 'https://{s}.tiles.example.org/{z}/{x}/{y}.png';

beforeAll(async () => {
  ensureWebApp();
  stack = await startStack({ env: { MAP_TILE_URL: TILES, MAP_ATTRIBUTION: '© Example </script><script>alert(1)</script>' } });
});

afterAll(async () => {
  await stack?.close();
});

const settingsOf = (html: string) => JSON.parse(/<script type="application\/json" id="kokeilu-config">(.*?)<\/script>/.exec(html)?.[1] ?? 'null');

describe('the web app served by the API', () => {
  it('sends / to the language picked before, else the browser’s, else Finnish', async () => {
    await request(stack.http).get('/').set('cookie', 'kokeilu_lang=sv').set('accept-language', 'en').expect(302).expect('location', '/sv/');
    await request(stack.http).get('/').set('accept-language', 'en-GB,fi;q=0.5').expect(302).expect('location', '/en/');
    await request(stack.http).get('/').set('accept-language', 'de').expect(302).expect('location', '/fi/');
  });

  it('answers every address under a language with index.html in that language, with the settings as data', async () => {
    const page = await request(stack.http).get('/en/testbeds/5d0c5a4e-0000-4000-8000-000000000001?q=liikenne').expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(page.text).toContain('<html lang="en">');
    expect(settingsOf(page.text)).toEqual({ MAP_TILE_URL: TILES, MAP_ATTRIBUTION: '© Example </script><script>alert(1)</script>', MAP_ATTRIBUTION_URL: 'https://www.openstreetmap.org/copyright' });
    expect(page.text).not.toContain('<script>alert(1)');
    expect((await request(stack.http).get('/sv').expect(200)).text).toContain('<html lang="sv">');
  });

  it('serves the page with a policy that allows only our origin, and images from the tile server', async () => {
    const page = await request(stack.http).get('/fi/calls').expect(200);
    const policy: string = page.headers['content-security-policy'];
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).toContain("img-src 'self' data: https://*.tiles.example.org;");
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/);
    // The built page has no inline script the policy would refuse: only the JSON data block and modules from /assets/.
    const scripts = [...page.text.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts) {
      expect(attributes.includes('type="application/json"') || (/src="\/assets\/[^"]+\.js"/.test(attributes) && body === '')).toBe(true);
    }
  });

  it('sends links without a language, such as the open data’s /testbeds/<id>, to the visitor’s language', async () => {
    await request(stack.http).get('/testbeds/5d0c5a4e-0000-4000-8000-000000000001').set('accept-language', 'sv-FI').expect(302).expect('location', '/sv/testbeds/5d0c5a4e-0000-4000-8000-000000000001');
    await request(stack.http).get('/calls').expect(302).expect('location', '/fi/calls');
  });

  it('caches the hashed bundles for a year and sends them compressed', async () => {
    const bundle = readdirSync(join(__dirname, '../../dist/web/assets')).find((name) => /^index-.*\.js$/.test(name));
    const answer = await request(stack.http).get(`/assets/${bundle}`).set('accept-encoding', 'br, gzip').expect(200);
    expect(answer.headers['cache-control']).toMatch(/max-age=31536000/);
    expect(answer.headers['cache-control']).toMatch(/immutable/);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['content-type']).toMatch(/javascript/);
    await request(stack.http).get('/assets/no-such-file.js').expect(404);
  });

  it('leaves the API, its documents and other addresses as they were', async () => {
    const cities = await request(stack.http).get('/api/v1/cities').expect(200);
    expect(cities.headers['content-type']).toMatch(/^application\/json/);
    await request(stack.http).get('/docs-json').expect(200);
    const unknown = await request(stack.http).get('/de/testbeds').expect(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
