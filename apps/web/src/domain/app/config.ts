/**
 * Settings that differ between environments, injected by the API into index.html as a JSON data
 * block (apps/api/src/web), so that one build serves every environment. Read once at start into
 * `window.__KOKEILU__`.
 */
export interface RuntimeConfig {
  MAP_TILE_URL: string;
  MAP_ATTRIBUTION: string;
  MAP_ATTRIBUTION_URL: string;
}

declare global {
  interface Window {
    __KOKEILU__?: RuntimeConfig;
  }
}

/** OpenStreetMap's tiles, as the API defaults to; used when the page is served without settings (the Vite dev server). */
export const DEFAULT_CONFIG: RuntimeConfig = {
  MAP_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  MAP_ATTRIBUTION: '© OpenStreetMap contributors',
  MAP_ATTRIBUTION_URL: 'https://www.openstreetmap.org/copyright',
};

/** The settings from a JSON text; anything missing or not a string keeps its default. */
export function parseRuntimeConfig(text: string | null | undefined): RuntimeConfig {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text || '{}');
  } catch {
    parsed = {};
  }
  const given = (parsed && typeof parsed === 'object' ? parsed : {}) as Record<string, unknown>;
  const config = { ...DEFAULT_CONFIG };
  for (const key of Object.keys(DEFAULT_CONFIG) as (keyof RuntimeConfig)[]) {
    const value = given[key];
    if (typeof value === 'string' && value.trim() !== '') config[key] = value;
  }
  return config;
}

export function loadRuntimeConfig(doc: Document): RuntimeConfig {
  const config = parseRuntimeConfig(doc.getElementById('kokeilu-config')?.textContent);
  window.__KOKEILU__ = config;
  return config;
}

export function runtimeConfig(): RuntimeConfig {
  return window.__KOKEILU__ ?? DEFAULT_CONFIG;
}
