import { createHash } from 'node:crypto';
import fc from 'fast-check';
import request from 'supertest';
import { at, businessId, callBody, createOrganisation, createTestbed, DAY, grantRole, registerUser, TestUser } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

/**
 * Input fuzzing of every documented route: bodies, query strings, path ids and headers generated
 * from the OpenAPI document (valid, boundary and invalid values), each sent anonymously and as a
 * signed-in user who coordinates Tampere, evaluates, decides and owns an organisation. Every answer
 * must be 2xx or a 4xx problem+json without a stack trace, within REQUEST_TIMEOUT_MS.
 *
 * FUZZ_SEED (default 20261124) makes a run repeatable; FUZZ_RUNS (cases per route, default 50)
 * makes it longer, e.g. `FUZZ_RUNS=500 npx jest test/fuzz --selectProjects e2e`.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
// A hang never answers; a busy two-core machine running the browser tests beside this file has
// taken more than 5 s for a trivial request once in ~14,000.
const REQUEST_TIMEOUT_MS = Number(process.env.FUZZ_REQUEST_TIMEOUT_MS ?? 15_000);

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  example?: unknown;
};
interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
interface OpenApi {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

interface Case {
  path: string;
  query: string;
  headers: Record<string, string>;
  /** A JSON value to send, or raw text (malformed or oversized JSON). */
  body?: { json: unknown } | { raw: string };
  /** The body's content type; JSON unless the case tries another one. */
  contentType: string;
  anonymous: boolean;
}

interface Failure {
  route: string;
  input: string;
  status: number | string;
  body: string;
}

/** Ids of real records, so generated requests reach past the lookups. */
interface Fixtures {
  user: TestUser;
  ids: Record<string, string[]>;
  all: string[];
}

// ---- schema → arbitraries ------------------------------------------------------------------

const HUGE = 300_000;
const unicodeSamples = [
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udfffy',
  '\ud83d\ude00',
  '\u202eevil',
  'Ä\u0301ö',
  '\uffff',
  '\ufeff',
  '𝕂𝕠𝕜𝕖𝕚𝕝𝕦',
  '"\'\\;--',
  "'; DROP TABLE users; --",
  '%00%ff',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '{{7*7}}',
  '  ',
  '',
];
const malformedUuids = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '123e4567-e89b-12d3-a456-42661417400',
  '123e4567-e89b-12d3-a456-4266141740000',
  '123e4567e89b12d3a456426614174000',
  'g23e4567-e89b-12d3-a456-426614174000',
  '{123e4567-e89b-12d3-a456-426614174000}',
  'not-a-uuid',
  '1',
  '-1',
  'null',
];
const malformedDates = [
  '2027-02-30',
  '2027-13-01',
  '2027-00-10',
  '2027-1-1',
  '27-01-01',
  '2027-01-01T25:00:00Z',
  '2027-01-01T00:00:00',
  '2027-01-01T00:00:00+25:00',
  '0000-01-01T00:00:00Z',
  '-271821-04-20T00:00:00Z',
  '+275760-09-13T00:00:01Z',
  '9999-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00Z',
  'yesterday',
  '',
];
const hugeNumbers = [-1, -0, 0.5, -2147483649, 2147483648, Number.MAX_SAFE_INTEGER + 2, 1e21, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER];
const numberLikeStrings = ['NaN', 'Infinity', '-Infinity', '1e309', '0x10', '1_000', ' 1', '1.5', '-0', '00012', '٣'];

const hugeString = fc.integer({ min: 1_000, max: HUGE }).map((n) => 'ä'.repeat(n));

function nested(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, '', 'x', [], {}, [null], { '': null }),
  fc.constantFrom(...unicodeSamples),
  fc.constantFrom(...hugeNumbers),
  fc.constantFrom(...numberLikeStrings),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 10, max: 2_000 }).chain((d) => fc.constantFrom(nested(d, 'array'), nested(d, 'object'))),
  fc.jsonValue({ maxDepth: 3 }),
  hugeString,
);

class Generator {
  constructor(
    private readonly doc: OpenApi,
    private readonly fixtures: Fixtures,
  ) {}

  resolve(schema: Schema | undefined): Schema {
    let s: Schema = schema ?? {};
    for (let guard = 0; guard < 20; guard++) {
      if (s.$ref) {
        const name = s.$ref.replace('#/components/schemas/', '');
        s = { ...this.doc.components.schemas[name], nullable: s.nullable };
      } else if (s.allOf?.length) {
        const { allOf, ...rest } = s;
        s = allOf.reduce<Schema>((acc, part) => ({ ...acc, ...this.resolve(part) }), { ...rest });
        s.nullable = rest.nullable;
      } else break;
    }
    return s;
  }

  /** A plausible id: a real one of the wanted kind, any real one, or a random UUID. */
  uuid(hint = ''): fc.Arbitrary<string> {
    const key = Object.keys(this.fixtures.ids).find((k) => hint.toLowerCase().includes(k.toLowerCase()));
    const wanted = key ? this.fixtures.ids[key] : [];
    return fc.oneof(
      { arbitrary: wanted.length ? fc.constantFrom(...wanted) : fc.uuid(), weight: 3 },
      { arbitrary: fc.constantFrom(...this.fixtures.all), weight: 2 },
      { arbitrary: fc.uuid(), weight: 1 },
    );
  }

  valid(input: Schema | undefined, name = '', depth = 0): fc.Arbitrary<unknown> {
    const s = this.resolve(input);
    const value = this.validOf(s, name, depth);
    return s.nullable ? fc.oneof({ arbitrary: value, weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }) : value;
  }

  private validOf(s: Schema, name: string, depth: number): fc.Arbitrary<unknown> {
    if (s.enum?.length) return fc.constantFrom(...s.enum);
    const type = s.type ?? (s.properties ? 'object' : undefined);
    switch (type) {
      case 'string':
        return this.validString(s, name);
      case 'number':
      case 'integer': {
        const min = typeof s.minimum === 'number' ? s.minimum : typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum + 1 : -1_000;
        const max = typeof s.maximum === 'number' ? s.maximum : Math.max(min + 1_000_000, 1_000_000);
        return fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.constantFrom(Math.ceil(min), Math.floor(max)));
      }
      case 'boolean':
        return fc.boolean();
      case 'array': {
        const maxItems = Math.min(s.maxItems ?? 3, 3);
        if (depth > 4) return fc.constant([]);
        return fc.array(this.valid(s.items, name, depth + 1), { minLength: Math.min(s.minItems ?? 0, maxItems), maxLength: maxItems });
      }
      case 'object': {
        if (depth > 4) return fc.constant({});
        const props = s.properties ?? {};
        const keys = Object.keys(props);
        if (!keys.length) {
          if (typeof s.additionalProperties === 'object') {
            return fc.dictionary(fc.constantFrom('fi', 'sv', 'en', 'key'), this.valid(s.additionalProperties, name, depth + 1), { maxKeys: 3 });
          }
          return fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
        }
        const record: Record<string, fc.Arbitrary<unknown>> = {};
        for (const key of keys) record[key] = this.valid(props[key], key, depth + 1);
        return fc.record(record, { requiredKeys: (s.required ?? []).filter((k) => keys.includes(k)) });
      }
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  private validString(s: Schema, name: string): fc.Arbitrary<string> {
    switch (s.format) {
      case 'uuid':
        return this.uuid(name);
      case 'date-time':
        return fc.integer({ min: -400, max: 800 }).map((d) => at(d * DAY));
      case 'date':
        return fc.integer({ min: -400, max: 800 }).map((d) => at(d * DAY).slice(0, 10));
      case 'email':
        return fc.emailAddress();
      case 'uri':
      case 'url':
        return fc.webUrl();
    }
    // Fields whose rules the schema does not spell out.
    if (name === 'businessId') return fc.constant(null).map(() => businessId());
    if (name === 'country') return fc.constantFrom('FI', 'SE', 'EE', 'fi', 'XX');
    if (name === 'emailDomain') return fc.constantFrom('firma.fi', 'example.fi', 'sub.example.com');
    if (name === 'slug') return fc.stringMatching(/^[a-z0-9-]{2,40}$/);
    if (/email/i.test(name)) return fc.emailAddress();
    if (/url|link|href|image/i.test(name)) return fc.webUrl({ validSchemes: ['https'] });
    if (s.pattern) {
      const pattern = s.pattern;
      return fc.stringMatching(new RegExp(pattern.startsWith('^') ? pattern : `^${pattern}$`));
    }
    const maxLength = Math.min(s.maxLength ?? 60, 60);
    const minLength = Math.min(s.minLength ?? 1, maxLength);
    const examples = typeof s.example === 'string' ? [s.example] : [];
    return fc.oneof(fc.string({ minLength, maxLength }), fc.constantFrom('Tampere', 'tampere', 'kesä-kokeilu', ...examples));
  }

  /** A value at or just past the schema's limits. */
  boundary(input: Schema | undefined): fc.Arbitrary<unknown> {
    const s = this.resolve(input);
    const type = s.type ?? (s.properties ? 'object' : undefined);
    const choices: unknown[] = [];
    if (type === 'string') {
      choices.push('', ' ');
      if (s.maxLength !== undefined) choices.push('k'.repeat(s.maxLength), 'k'.repeat(s.maxLength + 1), 'ä'.repeat(s.maxLength));
      if (s.minLength !== undefined) choices.push('k'.repeat(Math.max(0, s.minLength - 1)));
      if (s.format === 'uuid') choices.push(...malformedUuids);
      if (s.format === 'date' || s.format === 'date-time') choices.push(...malformedDates);
      if (s.enum) choices.push(`${String(s.enum[0])} `, String(s.enum[0]).toUpperCase());
    } else if (type === 'number' || type === 'integer') {
      for (const limit of [s.minimum, s.maximum, typeof s.exclusiveMinimum === 'number' ? s.exclusiveMinimum : undefined]) {
        if (typeof limit === 'number') choices.push(limit, limit - 1, limit + 1, limit - 0.5, limit + 0.5);
      }
      choices.push(0, -1, ...hugeNumbers);
    } else if (type === 'array') {
      const n = (s.maxItems ?? 100) + 1;
      choices.push([], Array.from({ length: n }, () => null));
      return fc.oneof(fc.constantFrom(...choices), fc.array(this.valid(s.items), { minLength: n, maxLength: n }));
    } else if (type === 'object') {
      choices.push({}, []);
    }
    if (s.nullable === false || !s.nullable) choices.push(null);
    return choices.length ? fc.constantFrom(...choices) : junk;
  }

  /** A value of any type, valid, at the limits, or wrong. */
  field(schema: Schema | undefined, name: string): fc.Arbitrary<unknown> {
    return fc.oneof(
      { arbitrary: this.valid(schema, name), weight: 5 },
      { arbitrary: this.boundary(schema), weight: 2 },
      { arbitrary: junk, weight: 2 },
    );
  }

  /** Bodies: valid, with a field mutated, missing, extra, the wrong shape, deep or oversized. */
  body(input: Schema | undefined): fc.Arbitrary<{ json: unknown } | { raw: string }> {
    const s = this.resolve(input);
    const props = s.properties ?? {};
    const keys = Object.keys(props);
    const valid = this.valid(s) as fc.Arbitrary<Record<string, unknown>>;
    const mutated: fc.Arbitrary<unknown>[] = [valid];
    if (keys.length) {
      mutated.push(
        fc.tuple(valid, fc.constantFrom(...keys)).chain(([base, key]) =>
          this.field(props[key], key).map((value) => ({ ...(base ?? {}), [key]: value })),
        ),
        fc.tuple(valid, fc.constantFrom(...keys)).map(([base, key]) => {
          const copy = { ...(base ?? {}) };
          delete copy[key];
          return copy;
        }),
        fc.tuple(valid, fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'createdAt', '', 'ä\u0000'), junk).map(([base, key, value]) => {
          const copy = { ...(base ?? {}) };
          Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
          return copy;
        }),
        // Every field at once: valid, at the limits or wrong.
        fc.record(Object.fromEntries(keys.map((k) => [k, this.field(props[k], k)])), { requiredKeys: [] }),
      );
    }
    const json = fc.oneof(
      { arbitrary: fc.oneof(...mutated), weight: 8 },
      { arbitrary: junk, weight: 2 },
    ).map((value) => ({ json: value }));
    const raw = fc.oneof(
      fc.constantFrom('{', '{"a":', '[1,]', '{"a":1}}', 'null', '"', 'NaN', '{"__proto__":{"x":1}}', '{"a":1,"a":2}', '\u0000', '\ufeff{}'),
      // Deeper than any parser recursion, still within the body limit.
      fc.integer({ min: 1_000, max: 200_000 }).map((d) => '['.repeat(d) + ']'.repeat(d)),
      fc.integer({ min: 1_000, max: 100_000 }).map((d) => '{"a":'.repeat(d) + '1' + '}'.repeat(d)),
      // Just past the 1 MiB body limit.
      fc.constantFrom(`{"title":"${'x'.repeat(1024 * 1024)}"}`, JSON.stringify({ summary: 'ö'.repeat(600_000) })),
    ).map((text) => ({ raw: text }));
    return fc.oneof({ arbitrary: json, weight: 8 }, { arbitrary: raw, weight: 2 });
  }

  /** A query string from the operation's query parameters (values valid, odd or missing). */
  query(parameters: Parameter[], validOnly = false): fc.Arbitrary<string> {
    const query = parameters.filter((p) => p.in === 'query');
    const value = (p: Parameter): fc.Arbitrary<unknown> => {
      const s = this.resolve(p.schema);
      if (validOnly) {
        if (p.name === 'city') return fc.constantFrom('tampere', 'helsinki');
        if (p.name === 'cursor' || p.name === 'bbox') return fc.constant(undefined);
        return s.type === 'array' ? fc.array(this.valid(s.items, p.name), { maxLength: 3 }) : this.valid(s, p.name);
      }
      if (s.type === 'array') {
        return fc.oneof(fc.array(this.field(s.items, p.name), { maxLength: 4 }), this.field(s.items, p.name));
      }
      if (p.name === 'city') return fc.oneof(fc.constantFrom('tampere', 'helsinki', 'TAMPERE', 'atlantis'), this.field(s, p.name));
      if (p.name === 'bbox') {
        return fc.oneof(
          fc.tuple(fc.double(), fc.double(), fc.double(), fc.double()).map((n) => n.join(',')),
          fc.constantFrom('23,61,24,62', '24,62,23,61', '-181,-91,181,91', '1,2,3', 'a,b,c,d', ',,,', '1e999,0,0,0'),
        );
      }
      if (p.name === 'cursor') return fc.oneof(fc.base64String({ maxLength: 80 }), fc.string(), fc.constantFrom('eyJ4IjoxfQ', 'bnVsbA', 'W10', 'e30'));
      return this.field(s, p.name);
    };
    const entries = query.map((p) => fc.option(value(p).map((v) => [p.name, v] as const), { freq: 3 }));
    const extra = validOnly ? fc.constant(null) : fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'limit[]', 'a[b]'), junk), { freq: 3 });
    return fc.tuple(fc.tuple(...entries), extra).map(([pairs, more]) => {
      const parts: string[] = [];
      for (const pair of [...pairs, more]) {
        if (!pair || pair[1] === undefined || pair[1] === null) continue;
        const [name, v] = pair;
        const values = Array.isArray(v) ? v : [v];
        for (const item of values) {
          // Long values stay within the request line limit; too long a line is the path's case.
          const text = typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item);
          parts.push(`${encode(String(name))}=${encode(text.slice(0, 2_000))}`);
        }
      }
      return parts.length ? `?${parts.join('&')}` : '';
    });
  }

  pathValue(p: Parameter): fc.Arbitrary<string> {
    const s = this.resolve(p.schema);
    if (p.name === 'slug') return fc.oneof(fc.constantFrom('tampere', 'helsinki', 'atlantis'), this.garbageSegment());
    if (s.type === 'number' || s.type === 'integer' || ['number', 'to'].includes(p.name)) {
      return fc.oneof(
        fc.integer({ min: 0, max: 3 }).map(String),
        fc.constantFrom('-1', '1.5', '1e3', '99999999999999999999', 'NaN', 'abc', '0x1', ' 1'),
        this.garbageSegment(),
      );
    }
    return fc.oneof({ arbitrary: this.uuid(p.name), weight: 4 }, { arbitrary: fc.constantFrom(...malformedUuids).map(encode), weight: 1 }, { arbitrary: this.garbageSegment(), weight: 1 });
  }

  private shortGarbage(): fc.Arbitrary<string> {
    return fc.oneof(
      fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).map(encode),
      fc.constantFrom(...unicodeSamples.filter(Boolean)).map(encode),
      fc.constantFrom('%', '%zz', '%C0%AF', '%ED%A0%80', '..', '%2e%2e', 'a%2Fb', '%00'),
    );
  }

  private garbageSegment(): fc.Arbitrary<string> {
    return fc.oneof(
      { arbitrary: this.shortGarbage(), weight: 6 },
      // Past the router's parameter limit, and past the parser's limit for a request line.
      { arbitrary: fc.integer({ min: 101, max: 2_000 }).map((n) => 'a'.repeat(n)), weight: 1 },
      { arbitrary: fc.integer({ min: 17_000, max: 60_000 }).map((n) => 'a'.repeat(n)), weight: 1 },
    );
  }

  headers(parameters: Parameter[]): fc.Arbitrary<Record<string, string>> {
    const wantsLanguage = parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'accept-language');
    if (!wantsLanguage) return fc.constant({});
    return fc
      .option(
        fc.oneof(
          fc.constantFrom('fi', 'sv', 'en', 'en-GB,en;q=0.9', 'xx', '*', 'fi;q=abc', ';;;', 'en;q=1e999', 'fi;q=0.5,'.repeat(800)),
          fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz-,;=.*0123456789 '), maxLength: 60 }),
        ),
        { freq: 2 },
      )
      .map((v): Record<string, string> => (v === null ? {} : { 'accept-language': v }));
  }

  cases(path: string, operation: Operation): fc.Arbitrary<Omit<Case, 'anonymous'>> {
    const parameters = operation.parameters ?? [];
    const pathParams = [...path.matchAll(/\{(\w+)\}/g)].map((m) => parameters.find((p) => p.in === 'path' && p.name === m[1]) ?? ({ name: m[1], in: 'path' } as Parameter));
    const schema = operation.requestBody?.content?.['application/json']?.schema;
    const fillPath = (values: string[]) => {
      let i = 0;
      return path.replace(/\{(\w+)\}/g, () => values[i++]);
    };
    // Everything well-formed, so that the services behind the validation run too.
    const valid = fc.record({
      path: fc.tuple(...pathParams.map((p) => (/^(number|to)$/.test(p.name) ? fc.integer({ min: 1, max: 3 }).map(String) : p.name === 'slug' ? fc.constantFrom('tampere', 'helsinki') : this.uuid(p.name)))).map(fillPath),
      query: this.query(parameters, true),
      headers: fc.constant({}),
      contentType: fc.constant('application/json'),
      body: schema ? this.valid(schema).map((json): Case['body'] => ({ json })) : fc.constant(undefined),
    });
    const mixed = fc.record({
      path: fc.tuple(...pathParams.map((p) => this.pathValue(p))).map((values) => {
        let i = 0;
        return path.replace(/\{(\w+)\}/g, () => values[i++]);
      }),
      query: this.query(parameters),
      headers: this.headers(parameters),
      contentType: fc.oneof(
        { arbitrary: fc.constant('application/json'), weight: 12 },
        { arbitrary: fc.constantFrom('application/json; charset=latin1', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/merge-patch+json', ';;', 'application/json; charset=utf-16'), weight: 1 },
      ),
      body: schema ? this.body(schema).map((b) => b as Case['body']) : fc.option(fc.constant({ json: {} }), { freq: 4 }).map((b) => b ?? undefined),
    });
    return fc.oneof({ arbitrary: valid, weight: 1 }, { arbitrary: mixed, weight: 2 });
  }
}

/** Percent-encodes text, lone surrogates included (as the bytes of an invalid UTF-8 sequence). */
function encode(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xd800 && code <= 0xdfff) out += `%ED%${(0xa0 | ((code >> 6) & 0x1f)).toString(16).toUpperCase()}%${(0x80 | (code & 0x3f)).toString(16).toUpperCase()}`;
    else out += encodeURIComponent(ch);
  }
  return out;
}

function seedOf(route: string): number {
  return createHash('sha256').update(`${SEED}:${route}`).digest().readInt32LE(0);
}

const STACK_TRACE = /\n\s+at \S|\bat \S+ \(.*:\d+:\d+\)|\/(src|libs|apps|node_modules|dist)\/\S+\.(ts|js|mjs)\b|\.ts:\d+/;

function describeCase(method: string, c: Case): string {
  const body = c.body === undefined ? '' : 'raw' in c.body ? c.body.raw : JSON.stringify(c.body.json) ?? 'undefined';
  const shorten = (s: string) => (s.length > 300 ? `${s.slice(0, 300)}… (${s.length} chars)` : s);
  return `${c.anonymous ? 'anonymous' : 'signed in'} ${method.toUpperCase()} ${shorten(c.path + c.query)} ${JSON.stringify(c.headers)} ${c.contentType} body=${shorten(body)}`;
}

const statuses = new Map<number, number>();

async function send(stack: Stack, token: string, method: string, c: Case): Promise<Failure | null> {
  const route = `${method.toUpperCase()} ${c.path}`;
  let req = (request(stack.http) as unknown as Record<string, (url: string) => request.Test>)[method](c.path + c.query).timeout(REQUEST_TIMEOUT_MS);
  for (const [k, v] of Object.entries(c.headers)) req = req.set(k, v);
  if (!c.anonymous) req = req.set('authorization', `Bearer ${token}`);
  if (c.body !== undefined) {
    req = req.set('content-type', c.contentType);
    req = 'raw' in c.body ? req.send(c.body.raw) : req.send(JSON.stringify(c.body.json) ?? 'null');
  }
  const started = Date.now();
  let response: request.Response;
  try {
    response = await req;
  } catch (error) {
    return { route, input: describeCase(method, c), status: `no answer after ${Date.now() - started} ms`, body: String(error) };
  }
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const text = response.text ?? '';
  const failure = (why: string): Failure => ({ route, input: describeCase(method, c), status: `${response.status} (${why})`, body: text.slice(0, 1_000) });
  if (response.status >= 500) return failure('server error');
  if (response.status < 200 || (response.status >= 300 && response.status < 400)) return failure('neither 2xx nor 4xx');
  if (response.status >= 400) {
    const type = String(response.headers['content-type'] ?? '');
    if (!type.startsWith('application/problem+json')) return failure(`content-type ${type}`);
    let problem: { status?: unknown };
    try {
      problem = JSON.parse(text);
    } catch {
      return failure('problem is not JSON');
    }
    if (problem.status !== response.status) return failure(`problem status ${String(problem.status)}`);
    if (STACK_TRACE.test(text)) return failure('stack trace');
  }
  return null;
}

describe('input fuzzing of the HTTP API', () => {
  let stack: Stack;
  let doc: OpenApi;
  let fixtures: Fixtures;

  beforeAll(async () => {
    stack = await startStack();
    doc = (await request(stack.http).get('/docs-json').expect(200)).body as OpenApi;

    const user = await registerUser(stack);
    const other = await registerUser(stack);
    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    await grantRole(stack, user.id, 'coordinator', 'tampere');
    await grantRole(stack, user.id, 'evaluator');
    await grantRole(stack, user.id, 'decider');
    const organisation = await createOrganisation(stack, user);
    const otherOrganisation = await createOrganisation(stack, other, { homeMunicipality: 'Helsinki' });
    const testbed = await createTestbed(stack, user);
    const auth = { authorization: `Bearer ${user.token}` };
    const call = await request(stack.http)
      .post('/api/v1/calls')
      .set(auth)
      .send(callBody(tampere, { deciderIds: [user.id] }))
      .expect(201);
    await request(stack.http).post(`/api/v1/calls/${call.body.id}/publish`).set(auth).send({ version: call.body.version }).expect(200);
    await request(stack.http).post(`/api/v1/calls/${call.body.id}/evaluators`).set(auth).send({ userId: user.id }).expect(201);
    const application = await request(stack.http)
      .post('/api/v1/applications')
      .set(auth)
      .send({ callId: call.body.id, organisationId: organisation.id, title: 'Robottibussit', testbedIds: [testbed.id] })
      .expect(201);
    const [grant] = await stack.db.query(`SELECT id FROM role_grants WHERE user_id = $1 LIMIT 1`, [user.id]);
    const ids: Record<string, string[]> = {
      organisation: [organisation.id, otherOrganisation.id],
      user: [user.id, other.id],
      grant: [grant.id],
      city: [tampere],
      testbed: [testbed.id],
      call: [call.body.id],
      application: [application.body.id],
    };
    fixtures = { user, ids, all: [...new Set(Object.values(ids).flat())] };
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('answers every generated request with 2xx or a 4xx problem+json, without a stack trace or a hang', async () => {
    const generator = new Generator(doc, fixtures);
    const failures: Failure[] = [];
    const started = Date.now();
    let total = 0;
    let repeated = 0;
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.entries(methods)
        .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
        .map(([method, operation]) => ({ path, method, operation })),
    );
    expect(operations.length).toBeGreaterThan(50);
    for (const { path, method, operation } of operations) {
      const route = `${method.toUpperCase()} ${path}`;
      const samples = fc.sample(generator.cases(path, operation), { seed: seedOf(route), numRuns: RUNS });
      // A GET repeated word for word asks the same of the same state: each is sent once.
      const sent = new Set<string>();
      for (const sample of samples) {
        if (method === 'get') {
          const key = JSON.stringify(sample);
          if (sent.has(key)) {
            repeated += 1;
            continue;
          }
          sent.add(key);
        }
        for (const anonymous of [true, false]) {
          total += 1;
          const failure = await send(stack, fixtures.user.token, method, { ...sample, anonymous });
          if (failure) failures.push({ ...failure, route });
        }
      }
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`fuzz: seed ${SEED}, ${RUNS} runs per route, ${operations.length} routes, ${total} requests (${repeated} repeated GET cases not sent again) in ${seconds} s, ${failures.length} failures; answers by status: ${[...statuses].sort(([a], [b]) => a - b).map(([k, v]) => `${k}×${v}`).join(' ')}`);
    const report = failures.map((f) => `${f.route}\n  input:  ${f.input}\n  status: ${f.status}\n  body:   ${f.body}`).join('\n\n');
    expect(report).toBe('');
  }, Math.max(600_000, RUNS * 20_000));
});
