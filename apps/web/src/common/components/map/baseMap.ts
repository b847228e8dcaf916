import L from 'leaflet';
import { runtimeConfig } from '../../../domain/app/config';
import { attributionHtml, FINLAND } from './mapConfig';

/**
 * The app's Leaflet map in `element`: Finland in view, the configured tiles with their credit
 * line, usable by keyboard, and a named region for screen readers (the caller sets its label).
 */
export function createBaseMap(element: HTMLElement): L.Map {
  const config = runtimeConfig();
  const map = L.map(element, { center: FINLAND.center, zoom: FINLAND.zoom, minZoom: 3, maxZoom: 18, keyboard: true, attributionControl: false });
  L.control.attribution({ prefix: false }).addAttribution(attributionHtml(config)).addTo(map);
  L.tileLayer(config.MAP_TILE_URL, { maxZoom: 19, crossOrigin: false }).addTo(map);
  map.getContainer().setAttribute('role', 'region');
  return map;
}

/** How every point is drawn on the app's maps. */
export const MARKER_STYLE: L.CircleMarkerOptions = { radius: 9, color: '#00005e', weight: 2, fillColor: '#0000bf', fillOpacity: 0.85, className: 'map-marker' };
