import { createHash } from 'node:crypto';
import { CAPITAL_REGION_BEDS } from './demo-curated-capital.js';
import { REGIONAL_BEDS } from './demo-curated-regions.js';
import type { Curated } from './demo-curated-types.js';
import { demoCity } from './demo-places.js';
import type { DemoTestbed } from './demo-testbeds.js';

/** A name-based (version 5 style) UUID, so that a curated bed keeps its id from one seeding to the next. */
export function demoId(key: string): string {
  const hex = createHash('sha1').update(`kokeilu-demo:${key}`).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function bed(c: Curated): DemoTestbed {
  return {
    id: demoId(c.key),
    citySlug: c.city,
    publishedAt: new Date(c.publishedAt),
    content: {
      name: c.name,
      summary: c.summary,
      description: c.description ?? null,
      terms: c.terms ?? null,
      address: { street: c.street, postalCode: c.postalCode, municipality: demoCity(c.city).municipality },
      location: { lon: c.at[0], lat: c.at[1] },
      themes: c.themes,
      capabilities: c.capabilities,
      dataSets: c.dataSets ?? [],
      capacity: c.capacity,
      availability: c.availability,
      cost: c.cost,
      contact: c.contact,
      images: [],
    },
  };
}

/** A few hand-written, published test beds per city: what a demo shows first and what the docs point at. */
export const DEMO_TESTBEDS: readonly DemoTestbed[] = [...CAPITAL_REGION_BEDS, ...REGIONAL_BEDS].map(bed);
