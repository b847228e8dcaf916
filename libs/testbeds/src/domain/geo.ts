import type { FieldProblem } from './problems.js';

/** A WGS84 point. */
export interface GeoPoint {
  lon: number;
  lat: number;
}

export interface BoundingBox {
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
}

function inRange(value: unknown, limit: number): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= -limit && value <= limit;
}

export function pointProblems(value: unknown, field = 'location'): FieldProblem[] {
  if (value === null || typeof value !== 'object') return [{ field, message: 'must be { lon, lat }' }];
  const { lon, lat } = value as { lon?: unknown; lat?: unknown };
  const problems: FieldProblem[] = [];
  if (!inRange(lon, 180)) problems.push({ field: `${field}.lon`, message: 'must be a longitude between -180 and 180' });
  if (!inRange(lat, 90)) problems.push({ field: `${field}.lat`, message: 'must be a latitude between -90 and 90' });
  return problems;
}

const NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads `minLon,minLat,maxLon,maxLat` of a map view. A box across the antimeridian (minLon >
 * maxLon) is refused rather than guessed at: no city here needs one.
 */
export function parseBbox(text: string): { bbox: BoundingBox } | { problem: string } {
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length !== 4 || !parts.every((p) => NUMBER.test(p))) {
    return { problem: 'must be four numbers: minLon,minLat,maxLon,maxLat' };
  }
  const [minLon, minLat, maxLon, maxLat] = parts.map(Number);
  if (!inRange(minLon, 180) || !inRange(maxLon, 180)) return { problem: 'longitudes must be between -180 and 180' };
  if (!inRange(minLat, 90) || !inRange(maxLat, 90)) return { problem: 'latitudes must be between -90 and 90' };
  if (minLon >= maxLon) return { problem: 'minLon must be less than maxLon' };
  if (minLat >= maxLat) return { problem: 'minLat must be less than maxLat' };
  return { bbox: { minLon, minLat, maxLon, maxLat } };
}
