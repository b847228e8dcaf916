import 'leaflet/dist/leaflet.css';
import './map.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { createBaseMap, MARKER_STYLE } from './baseMap';

export interface PickPointMapProps {
  /** The point picked so far, if any. */
  point: { lat: number; lon: number } | null;
  /** The map's name for screen readers, which also says the coordinates can be typed instead. */
  label: string;
  onPick: (point: { lat: number; lon: number }) => void;
  className?: string;
}

/** Rounds a coordinate to six decimals (about 10 cm), as a person would type it. */
const round = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * A Leaflet map to pick one point with a click (the point typed in the form's fields shows here
 * too, and the map moves to it). Pointer users pick here; the fields beside it are the way for
 * everyone else.
 */
export function PickPointMap({ point, label, onPick, className }: PickPointMapProps) {
  const element = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const marker = useRef<L.CircleMarker | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    if (!element.current) return;
    const created = createBaseMap(element.current);
    created.on('click', (event: L.LeafletMouseEvent) => pick.current({ lat: round(event.latlng.lat), lon: round(event.latlng.lng) }));
    map.current = created;
    return () => {
      created.remove();
      map.current = null;
      marker.current = null;
    };
  }, []);

  useEffect(() => {
    map.current?.getContainer().setAttribute('aria-label', label);
  }, [label]);

  const lat = point?.lat;
  const lon = point?.lon;
  useEffect(() => {
    const current = map.current;
    if (!current) return;
    marker.current?.remove();
    marker.current = null;
    if (lat === undefined || lon === undefined || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) return;
    marker.current = L.circleMarker([lat, lon], MARKER_STYLE).addTo(current);
    if (!current.getBounds().contains([lat, lon]) || current.getZoom() < 10) current.setView([lat, lon], Math.max(current.getZoom(), 12), { animate: false });
  }, [lat, lon]);

  return <div ref={element} className={`point-map point-map--pick ${className ?? ''}`} data-testid="pick-point-map" />;
}
