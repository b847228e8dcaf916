import { isLocale, type Locale, preferredLocale } from '@kokeilu/platform';

/*
 * How the API serves the web app's page: which language a bare address goes to, what runtime
 * settings the page carries, and the Content-Security-Policy it is served with. Pure functions;
 * `web-app.ts` wires them to routes.
 */

/** The cookie the web app writes when someone picks a language, read when `/` is opened. */
export const LANGUAGE_COOKIE = 'kokeilu_lang';

/** The page's settings, read by the app from a JSON block (never run as a script). */
export interface RuntimeConfig {
  MAP_TILE_URL: string;
  MAP_ATTRIBUTION: string;
  MAP_ATTRIBUTION_URL: string;
}

/** The placeholder that the built index.html carries where the settings go. */
export const CONFIG_PLACEHOLDER = '<script type="application/json" id="kokeilu-config">{}</script>';
const HTML_LANG = /<html lang="[a-z]{2}">/;

/** The language of an address: its first path segment when that is fi, sv or en. */
export function localeOfPath(path: string): Locale | null {
  const first = path.split('?')[0].split('/')[1] ?? '';
  return isLocale(first) ? first : null;
}

/** Where a visitor without a language in the address goes: the language picked before, else the browser's, else Finnish. */
export function chooseLocale(cookieHeader: string | undefined, acceptLanguage: string | undefined): Locale {
  const picked = cookieValue(cookieHeader, LANGUAGE_COOKIE);
  return isLocale(picked) ? picked : preferredLocale(acceptLanguage, 'fi');
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

/**
 * index.html for one language: `<html lang>` set, and the settings as JSON in a data block. `<`
 * is escaped so that no value can close the block; a data block is not a script, so the policy
 * needs no 'unsafe-inline' and no nonce for it.
 */
export function renderIndex(template: string, locale: Locale, config: RuntimeConfig): string {
  if (!template.includes(CONFIG_PLACEHOLDER)) throw new Error('index.html has no runtime configuration placeholder');
  const json = JSON.stringify(config).replace(/</g, '\\u003c');
  return template.replace(HTML_LANG, `<html lang="${locale}">`).replace(CONFIG_PLACEHOLDER, `<script type="application/json" id="kokeilu-config">${json}</script>`);
}

/**
 * The CSP source of a Leaflet tile URL template: its origin, with a `{s}` subdomain as a wildcard
 * (`https://{s}.tile.example.org/{z}/{x}/{y}.png` → `https://*.tile.example.org`).
 */
export function tileSource(template: string): string {
  const match = /^(https?):\/\/([^/]+)/.exec(template);
  if (!match) throw new Error(`Not an http(s) tile URL: ${template}`);
  const host = match[2].replace(/\{s\}/g, '*');
  if (/[^a-zA-Z0-9.*:[\]-]/.test(host)) throw new Error(`Unsupported tile host: ${match[2]}`);
  return `${match[1]}://${host}`;
}

/**
 * The app's page may load scripts, styles, fonts and data from its own origin only, and images
 * from there and the tile server. No inline scripts or styles, no frames, no plugins.
 */
export function webContentSecurityPolicy(tileUrl: string): string {
  const tiles = tileSource(tileUrl);
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' data: ${tiles}`,
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
