import type { RuntimeConfig } from '../../../domain/app/config';

/** Finland, as the map shows it before it knows better. */
export const FINLAND = { center: [64.9, 25.7] as [number, number], zoom: 5 };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/**
 * The tile server's credit line as Leaflet's attribution control wants it (HTML), built from the
 * plain-text settings: the text escaped, the link kept only when it is an http(s) address.
 */
export function attributionHtml(config: RuntimeConfig): string {
  const text = escapeHtml(config.MAP_ATTRIBUTION);
  return /^https?:\/\//.test(config.MAP_ATTRIBUTION_URL) ? `<a href="${escapeHtml(config.MAP_ATTRIBUTION_URL)}">${text}</a>` : text;
}
