import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { createBaseMap, MARKER_STYLE } from './baseMap';

export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  /** The point's page in the app. */
  href: string;
}

export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

export interface PointMapProps {
  points: MapPoint[];
  /** The map's name for screen readers, e.g. "Map of the test beds". */
  label: string;
  /** Zoom to the points whenever they change (off while the user searches the area they chose). */
  fitToPoints: boolean;
  onNavigate: (href: string) => void;
  onViewChange?: (bounds: Bounds) => void;
  className?: string;
}

/**
 * A Leaflet map of points (circle markers, drawn without any image), over tiles from the
 * configured server. Without tiles (offline, a firewall) the markers, zoom and panning still
 * work on a plain background. The map is an extra: every page that shows one lists the same
 * points beside it, and the map itself is operable by keyboard (arrows pan, + and − zoom).
 */
export function PointMap({ points, label, fitToPoints, onNavigate, onViewChange, className }: PointMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const layer = useRef<L.LayerGroup | null>(null);
  const callbacks = useRef({ onNavigate, onViewChange });
  callbacks.current = { onNavigate, onViewChange };

  useEffect(() => {
    if (!element.current) return;
    const created = createBaseMap(element.current);
    layer.current = L.layerGroup().addTo(created);
    created.on('moveend', () => {
      const b = created.getBounds();
      callbacks.current.onViewChange?.({ west: b.getWest(), south: b.getSouth(), east: b.getEast(), north: b.getNorth() });
    });
    created.getContainer().setAttribute('aria-label', label);
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
      layer.current = null;
    };
    // The map is made once; its label and points are updated by the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    map.current?.getContainer().setAttribute('aria-label', label);
  }, [label]);

  useEffect(() => {
    const current = map.current;
    const group = layer.current;
    if (!current || !group) return;
    group.clearLayers();
    for (const point of points) {
      const marker = L.circleMarker([point.lat, point.lon], MARKER_STYLE);
      marker.bindTooltip(point.name);
      marker.bindPopup(() => popupFor(point, (href) => callbacks.current.onNavigate(href)));
      marker.addTo(group);
      marker.getElement()?.setAttribute('data-point-id', point.id);
    }
    if (fitToPoints && points.length > 0) {
      const bounds = L.latLngBounds(points.map((point) => [point.lat, point.lon] as [number, number]));
      current.fitBounds(bounds, { padding: [32, 32], maxZoom: 13, animate: false });
    }
  }, [points, fitToPoints]);

  return <div ref={element} className={`point-map ${className ?? ''}`} data-testid="point-map" />;
}

/** A popup with a link to the point's page, built from DOM nodes (the name is text, never HTML). */
function popupFor(point: MapPoint, navigate: (href: string) => void): HTMLElement {
  const link = document.createElement('a');
  link.href = point.href;
  link.textContent = point.name;
  link.addEventListener('click', (event) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(point.href);
  });
  const body = document.createElement('p');
  body.className = 'point-map__popup';
  body.append(link);
  return body;
}
