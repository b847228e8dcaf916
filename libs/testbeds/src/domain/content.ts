import { normaliseWindows, DateWindow } from './availability.js';
import { CostModel, normaliseCost } from './cost.js';
import { GeoPoint, pointProblems } from './geo.js';
import { LocalizedText, normaliseLocalized } from '@kokeilu/platform';
import type { FieldProblem } from './problems.js';
import { isTheme, Theme, THEMES } from './themes.js';

export interface Address {
  street: string;
  postalCode: string;
  municipality: string;
}

export interface DataSet {
  title: string;
  url: string;
}

export interface Contact {
  name: string;
  email: string;
  phone: string | null;
}

/** Everything a coordinator edits on a test bed; the owning city and the state are not content. */
export interface TestbedContent {
  name: LocalizedText;
  summary: LocalizedText | null;
  description: LocalizedText | null;
  terms: LocalizedText | null;
  address: Address | null;
  location: GeoPoint | null;
  themes: Theme[];
  capabilities: string[];
  dataSets: DataSet[];
  capacity: number;
  availability: DateWindow[];
  cost: CostModel | null;
  contact: Contact | null;
  images: string[];
}

/** Untrusted input for every content field (a create merged onto the defaults, or a patch onto the current bed). */
export type TestbedContentInput = { [K in keyof TestbedContent]: unknown };

export const LIMITS = {
  name: 200,
  summary: 500,
  description: 10_000,
  terms: 5_000,
  capabilities: 30,
  capability: 50,
  dataSets: 50,
  images: 20,
  url: 2_000,
  title: 200,
  capacity: 10_000,
  street: 200,
  municipality: 100,
  contactName: 200,
  email: 254,
} as const;

/** A new draft starts from these; only the name is required to save one. */
export const EMPTY_CONTENT: Omit<TestbedContent, 'name'> = {
  summary: null,
  description: null,
  terms: null,
  address: null,
  location: null,
  themes: [],
  capabilities: [],
  dataSets: [],
  capacity: 1,
  availability: [],
  cost: null,
  contact: null,
  images: [],
};

const POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,9}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,29}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(problems: FieldProblem[], field: string, value: unknown, max: number): string {
  if (typeof value !== 'string' || !value.trim()) {
    problems.push({ field, message: 'is required' });
    return '';
  }
  if (value.trim().length > max) problems.push({ field, message: `must be at most ${max} characters` });
  return value.trim();
}

function url(problems: FieldProblem[], field: string, value: unknown, protocols: string[]): string {
  if (typeof value !== 'string' || value.length > LIMITS.url || /\s/.test(value)) {
    problems.push({ field, message: `must be a URL of at most ${LIMITS.url} characters` });
    return '';
  }
  try {
    const parsed = new URL(value);
    if (!protocols.includes(parsed.protocol) || !parsed.hostname) throw new Error('protocol');
  } catch {
    problems.push({ field, message: `must be an ${protocols.map((p) => p.replace(':', '')).join(' or ')} URL` });
  }
  return value;
}

function list(problems: FieldProblem[], field: string, value: unknown, max: number): unknown[] {
  if (!Array.isArray(value)) {
    problems.push({ field, message: 'must be a list' });
    return [];
  }
  if (value.length > max) {
    problems.push({ field, message: `must have at most ${max} entries` });
    return [];
  }
  return value;
}

function optionalLocalized(problems: FieldProblem[], field: string, value: unknown, max: number): LocalizedText | null {
  if (value === null) return null;
  const result = normaliseLocalized(field, value, max);
  problems.push(...result.problems);
  return result.text;
}

/** Capabilities are free tags compared case-insensitively: stored trimmed, lower-cased and once each. */
export function normaliseCapabilities(value: unknown, field = 'capabilities'): { capabilities: string[]; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const capabilities: string[] = [];
  list(problems, field, value, Number.MAX_SAFE_INTEGER).forEach((raw, index) => {
    if (typeof raw !== 'string' || !raw.trim()) {
      problems.push({ field: `${field}[${index}]`, message: 'must be a non-empty tag' });
      return;
    }
    const tag = raw.trim().replace(/\s+/g, ' ').toLowerCase();
    if (tag.length > LIMITS.capability) problems.push({ field: `${field}[${index}]`, message: `must be at most ${LIMITS.capability} characters` });
    else if (!capabilities.includes(tag)) capabilities.push(tag);
  });
  if (capabilities.length > LIMITS.capabilities) problems.push({ field, message: `must have at most ${LIMITS.capabilities} tags` });
  return { capabilities, problems };
}

/** Validates and normalises all content at once, reporting every bad field by name. */
export function checkContent(input: TestbedContentInput): { content: TestbedContent | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];

  const name = normaliseLocalized('name', input.name, LIMITS.name);
  problems.push(...name.problems);
  const summary = optionalLocalized(problems, 'summary', input.summary, LIMITS.summary);
  const description = optionalLocalized(problems, 'description', input.description, LIMITS.description);
  const terms = optionalLocalized(problems, 'terms', input.terms, LIMITS.terms);

  let address: Address | null = null;
  if (input.address !== null) {
    if (!isObject(input.address)) problems.push({ field: 'address', message: 'must be { street, postalCode, municipality }' });
    else {
      const street = text(problems, 'address.street', input.address.street, LIMITS.street);
      const postalCode = text(problems, 'address.postalCode', input.address.postalCode, 10);
      if (postalCode && !POSTAL_CODE.test(postalCode)) problems.push({ field: 'address.postalCode', message: 'must be a postal code such as 00100' });
      const municipality = text(problems, 'address.municipality', input.address.municipality, LIMITS.municipality);
      address = { street, postalCode, municipality };
    }
  }

  let location: GeoPoint | null = null;
  if (input.location !== null) {
    const found = pointProblems(input.location);
    problems.push(...found);
    if (!found.length) {
      const { lon, lat } = input.location as GeoPoint;
      location = { lon, lat };
    }
  }

  const themes: Theme[] = [];
  list(problems, 'themes', input.themes, THEMES.length * 2).forEach((theme, index) => {
    if (!isTheme(theme)) problems.push({ field: `themes[${index}]`, message: `must be one of ${THEMES.join(', ')}` });
    else if (!themes.includes(theme)) themes.push(theme);
  });

  const capabilities = normaliseCapabilities(input.capabilities);
  problems.push(...capabilities.problems);

  const dataSets: DataSet[] = list(problems, 'dataSets', input.dataSets, LIMITS.dataSets).map((raw, index) => {
    const at = `dataSets[${index}]`;
    if (!isObject(raw)) {
      problems.push({ field: at, message: 'must be { title, url }' });
      return { title: '', url: '' };
    }
    return { title: text(problems, `${at}.title`, raw.title, LIMITS.title), url: url(problems, `${at}.url`, raw.url, ['http:', 'https:']) };
  });

  const capacity = input.capacity;
  if (typeof capacity !== 'number' || !Number.isInteger(capacity) || capacity < 1 || capacity > LIMITS.capacity) {
    problems.push({ field: 'capacity', message: `must be a whole number of pilots from 1 to ${LIMITS.capacity}` });
  }

  const availability = normaliseWindows(input.availability);
  problems.push(...availability.problems);

  let cost: CostModel | null = null;
  if (input.cost !== null) {
    const result = normaliseCost(input.cost);
    problems.push(...result.problems);
    cost = result.cost;
  }

  let contact: Contact | null = null;
  if (input.contact !== null) {
    if (!isObject(input.contact)) problems.push({ field: 'contact', message: 'must be { name, email, phone? }' });
    else {
      const contactName = text(problems, 'contact.name', input.contact.name, LIMITS.contactName);
      const email = text(problems, 'contact.email', input.contact.email, LIMITS.email);
      if (email && !EMAIL.test(email)) problems.push({ field: 'contact.email', message: 'must be an e-mail address' });
      const phone = input.contact.phone;
      if (phone !== undefined && phone !== null && (typeof phone !== 'string' || !PHONE.test(phone.trim()))) {
        problems.push({ field: 'contact.phone', message: 'must be a phone number such as +358 40 123 4567' });
      }
      contact = { name: contactName, email, phone: typeof phone === 'string' && phone.trim() ? phone.trim() : null };
    }
  }

  const images = list(problems, 'images', input.images, LIMITS.images).map((raw, index) => url(problems, `images[${index}]`, raw, ['https:']));

  if (problems.length || !name.text) return { content: null, problems };
  return {
    content: {
      name: name.text,
      summary,
      description,
      terms,
      address,
      location,
      themes,
      capabilities: capabilities.capabilities,
      dataSets,
      capacity: capacity as number,
      availability: availability.windows,
      cost,
      contact,
      images,
    },
    problems,
  };
}
