import { appendFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** The JSON Schema formats the document uses, checked as ajv-formats checks them. */
const FORMATS: Record<string, (value: string) => boolean> = Object.fromEntries(
  Object.entries(fullFormats).map(([name, format]) => {
    const check = typeof format === 'object' && format !== null && 'validate' in format ? format.validate : format;
    if (check instanceof RegExp) return [name, (value: string) => check.test(value)];
    if (typeof check === 'function') return [name, (value: string) => (check as (v: string) => boolean)(value)];
    return [name, () => true];
  }),
);

/** The document's references, pointed at the copy of its components that the contract's Ajv holds. */
function pointAtComponents(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const schema = node as Record<string, unknown>;
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/')) schema.$ref = `openapi.json${schema.$ref}`;
  for (const value of Object.values(schema)) pointAtComponents(value);
}

/**
 * A response schema as JSON Schema: OpenAPI 3.0's `nullable` as a null type, and writeOnly
 * properties not required in an answer.
 */
function asJsonSchema(node: unknown): void {
  if (node === null || typeof node !== 'object') return;
  const schema = node as Record<string, unknown> & { properties?: Record<string, { writeOnly?: boolean }>; required?: string[] };
  if (schema.nullable === true) {
    if (schema.enum) {
      schema.oneOf = [{ type: 'null' }, { type: schema.type, enum: schema.enum }];
      delete schema.type;
      delete schema.enum;
    } else if (schema.type) {
      schema.type = [schema.type, 'null'];
    } else if (schema.allOf) {
      schema.anyOf = [{ allOf: schema.allOf }, { type: 'null' }];
      delete schema.allOf;
    } else if (Array.isArray(schema.oneOf ?? schema.anyOf)) {
      ((schema.oneOf ?? schema.anyOf) as unknown[]).push({ type: 'null' });
    }
    delete schema.nullable;
  }
  if (schema.properties && Array.isArray(schema.required)) {
    const properties = schema.properties;
    schema.required = schema.required.filter((name) => !properties[name]?.writeOnly);
  }
  for (const value of Object.values(schema)) asJsonSchema(value);
}

/** What is wrong, named: the field not documented, the value not allowed. */
function describeError(error: ErrorObject): string {
  const path = error.instancePath.replace(/^\/response/, '') || '/';
  const params = error.params as Record<string, unknown>;
  const message = `${error.message ?? ''}${params.additionalProperty ? ` (${String(params.additionalProperty)})` : ''}${params.allowedValues ? ` (${JSON.stringify(params.allowedValues)})` : ''}`;
  return `${path} ${message}`.trim();
}

/**
 * Every response the API gives in the e2e tests is checked against the OpenAPI document it serves
 * at /docs-json: its status must be documented for its operation, its media type for that status,
 * and its body must satisfy that media type's schema (Ajv, one instance per document). Objects the
 * document describes may carry no field it does not name. A response that does not match is a
 * drift: it fails the request in supertest (test/support/contract-hooks.ts), and whatever no
 * request claimed fails the test after which it is found.
 */

interface Operation {
  id: string;
  /** The schema of each documented media type, per status. */
  content: Record<string, Record<string, { schema?: unknown }>>;
  method: string;
  pattern: RegExp;
  /** Literal segments first: `/calls/open` wins over `/calls/{id}`. */
  literals: number;
}

export interface Drift {
  requestId: string;
  request: string;
  status: number;
  problem: string;
}

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } };

/**
 * The addresses the document describes: the API under /api, /health and /metrics. The web app's
 * pages and assets, the docs and the queue board are served beside it and are no part of it.
 */
const IN_THE_API = /^\/(api(\/|$)|health$|metrics$)/;

const drifts: Drift[] = [];
let validated = 0;

/** The drift of the response with this request id, taken so that it is reported once. */
export function takeDrift(requestId: string | undefined): Drift | undefined {
  const index = drifts.findIndex((d) => d.requestId === requestId);
  return index < 0 ? undefined : drifts.splice(index, 1)[0];
}

/** Every drift not yet reported, emptied. */
export function takeAllDrifts(): Drift[] {
  return drifts.splice(0, drifts.length);
}

export function describeDrifts(found: Drift[]): string {
  return `The response does not match the OpenAPI document:\n${found.map((d) => `  ${d.request} → ${d.status}: ${d.problem}`).join('\n')}`;
}

/** Adds this test file's counts to the run's tally, which the global teardown prints. */
export function recordContractCounts(): void {
  const run = process.env.KOKEILU_TEST_RUN;
  if (!run || validated === 0) return;
  const dir = contractTallyDir(run);
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${process.pid}.jsonl`), JSON.stringify({ validated, drifts: driftsFound }) + '\n');
  validated = 0;
  driftsFound = 0;
}

let driftsFound = 0;

export function contractTallyDir(run: string): string {
  return join(tmpdir(), `kokeilu-contract-${run}`);
}

/** Where the first app of a test run keeps the document it served, for the run's other apps. */
export function runDocumentFile(run: string): string {
  return join(contractTallyDir(run), 'openapi.json');
}

/** The document that `api` serves at /docs-json, as text. */
export async function fetchServedDocument(api: NestFastifyApplication): Promise<string> {
  const served = await api.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
  if (served.statusCode !== 200) throw new Error(`GET /docs-json answered ${served.statusCode}`);
  return served.body;
}

/**
 * The document `api` serves. Every app of a test run is built from the same sources and serves
 * the same document (ApiModule's controllers and DTOs do not depend on the configuration), so the
 * run's first app to be asked builds it and keeps it for the rest: building it takes about a
 * second of CPU per app. test/e2e/contract.e2e-spec.ts checks that an app serves what is kept.
 */
async function servedDocument(api: NestFastifyApplication): Promise<string> {
  const run = process.env.KOKEILU_TEST_RUN;
  if (!run) return fetchServedDocument(api);
  const file = runDocumentFile(run);
  try {
    return readFileSync(file, 'utf8');
  } catch {
    const document = await fetchServedDocument(api);
    mkdirSync(contractTallyDir(run), { recursive: true });
    // Written whole under another name first: a file of the run reading it meanwhile never sees half of it.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, document);
    renameSync(partial, file);
    return document;
  }
}

/** Makes every object schema closed: a field the document does not name is a drift. */
function closeObjects(schema: unknown, seen = new Set<unknown>()): void {
  if (schema === null || typeof schema !== 'object' || seen.has(schema)) return;
  seen.add(schema);
  const node = schema as Record<string, unknown>;
  if (node.properties && typeof node.properties === 'object' && node.additionalProperties === undefined) node.additionalProperties = false;
  for (const value of Object.values(node)) closeObjects(value, seen);
}

type Responses = Record<string, { content?: Record<string, { schema?: unknown }> }>;

function compileOperations(document: { paths: Record<string, Record<string, { operationId?: string; responses?: Responses }>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    const segments = path.split('/');
    const pattern = new RegExp(
      '^' + segments.map((s) => (/^\{[^}]+\}/.test(s) ? s.replace(/\{[^}]+\}/g, '[^/]+').replace(/\./g, '\\.') : s.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/') + '$',
    );
    const literals = segments.filter((s) => !s.includes('{')).length;
    for (const [method, operation] of Object.entries(item)) {
      if (!operation.operationId) continue;
      const content = Object.fromEntries(Object.entries(operation.responses ?? {}).map(([status, r]) => [status, r.content ?? {}]));
      operations.push({ id: operation.operationId, content, method: method.toUpperCase(), pattern, literals });
    }
  }
  return operations.sort((a, b) => b.literals - a.literals);
}

function bodyOf(contentType: string, raw: Buffer): unknown {
  if (!raw.length) return undefined;
  if (/[/+]json\b/.test(contentType)) {
    try {
      return JSON.parse(raw.toString('utf8'));
    } catch {
      return raw.toString('utf8');
    }
  }
  if (contentType.startsWith('text/')) return raw.toString('utf8');
  // A binary body (a spreadsheet) is documented as a string of bytes.
  return '<binary>';
}

export class Contract {
  /** One Ajv for the whole document: each component's schema compiles once, however many operations use it. */
  private readonly ajv: Ajv;
  /** The validator of each operation's status and media type, compiled when it first answers. */
  private readonly validators = new Map<string, ValidateFunction>();

  private constructor(
    private readonly operations: Operation[],
    components: unknown,
  ) {
    this.ajv = new Ajv({ useDefaults: true, allErrors: true, strict: false, logger: false });
    for (const [name, check] of Object.entries(FORMATS)) this.ajv.addFormat(name, check);
    this.ajv.addSchema({ components }, 'openapi.json');
  }

  /** The contracts already compiled in this test file, by the document they check. */
  private static readonly compiled = new Map<string, Contract>();

  /**
   * The validator of the document that `api` serves. Apps of one test file that serve the same
   * document share one contract, and with it the validators compiled so far.
   */
  static async of(api: NestFastifyApplication): Promise<Contract> {
    const served = await servedDocument(api);
    const known = Contract.compiled.get(served);
    if (known) return known;
    const document = JSON.parse(served);
    const components = structuredClone(document.components);
    closeObjects(components);
    const contract = new Contract(compileOperations(document), components);
    Contract.compiled.set(served, contract);
    return contract;
  }

  /** Checks one answer against its operation (or, for a path no operation has, against a problem); throws what is wrong. */
  private validate(operation: Operation | undefined, status: number, contentType: string, body: unknown, head: boolean): void {
    // A path no operation has is answered by the router: a problem, as for any refusal.
    const content: Operation['content'] = operation?.content ?? (status >= 400 && status < 500 ? { '4XX': PROBLEM } : {});
    const documentedStatus = [String(status), `${String(status)[0]}XX`, 'default'].find((key) => content[key]);
    if (!documentedStatus) throw new Error(`status ${status} is not documented${operation ? '' : ' for a path no operation has'}`);
    const documented = content[documentedStatus];
    const mediaTypes = Object.keys(documented);
    if (!contentType) {
      if (mediaTypes.length && !head) throw new Error(`an empty answer where ${mediaTypes.join(' or ')} is documented`);
      return;
    }
    if (!mediaTypes.includes(contentType)) throw new Error(`media type ${contentType} is not documented (${mediaTypes.join(', ') || 'no body'} is)`);
    if (head) return;
    const validator = this.validatorOf(`${operation?.id ?? ''} ${documentedStatus} ${contentType}`, documented[contentType].schema);
    if (!validator({ response: body === undefined ? null : body })) throw new Error((validator.errors ?? []).slice(0, 5).map(describeError).join('; '));
  }

  /** The validator of one documented answer (a body that is absent is checked as null). */
  private validatorOf(key: string, schema: unknown): ValidateFunction {
    let validator = this.validators.get(key);
    if (!validator) {
      const response = schema === undefined ? { type: 'null' } : structuredClone(schema);
      pointAtComponents(response);
      asJsonSchema(response);
      validator = this.ajv.compile({ type: 'object', properties: { response } });
      this.validators.set(key, validator);
    }
    return validator;
  }

  /** Checks every response `server` sends from now on. */
  watch(server: Server): void {
    const listeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
    server.removeAllListeners('request');
    for (const listener of listeners) {
      server.on('request', (req: IncomingMessage, res: ServerResponse) => {
        this.capture(req, res);
        listener(req, res);
      });
    }
  }

  private capture(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    let headers: Record<string, unknown> = {};
    const toBuffer = (chunk: unknown, encoding?: unknown) =>
      Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
    res.writeHead = ((...args: unknown[]) => {
      const given = args.find((a, i) => i > 0 && a && typeof a === 'object') as Record<string, unknown> | undefined;
      if (given) headers = { ...headers, ...given };
      return writeHead(...args);
    }) as typeof res.writeHead;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]));
      return write(chunk, ...rest);
    }) as typeof res.write;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk !== undefined && chunk !== null && typeof chunk !== 'function') chunks.push(toBuffer(chunk, rest[0]));
      const all = { ...headers, ...res.getHeaders() };
      const lower = Object.fromEntries(Object.entries(all).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : String(v)]));
      this.check(req, res.statusCode, lower, Buffer.concat(chunks));
      return end(chunk, ...rest);
    }) as typeof res.end;
  }

  /**
   * Checks one answer as the server sent it; a drift is kept for the test that made the request.
   * Returns whether the answer was one to check (the docs and the queue board are not).
   */
  checkResponse(method: string, url: string, status: number, headers: Record<string, string>, raw: Buffer, preflight = false): boolean {
    const path = new URL(url, 'http://localhost').pathname;
    method = method.toUpperCase();
    if (!IN_THE_API.test(path)) return false;
    // A CORS preflight is the browser's protocol, answered before any route.
    if (method === 'OPTIONS' && preflight) return false;
    const lookup = method === 'HEAD' ? 'GET' : method;
    const operation = this.operations.find((o) => o.method === lookup && o.pattern.test(path));
    const contentType = (headers['content-type'] ?? '').split(';')[0].trim();
    try {
      this.validate(operation, status, contentType, method === 'HEAD' ? undefined : bodyOf(contentType, raw), method === 'HEAD');
    } catch (error) {
      const problem = (error as Error).message + (contentType.endsWith('json') ? ` — body ${raw.toString('utf8').slice(0, 300)}` : '');
      drifts.push({ requestId: headers['x-request-id'] ?? '', request: `${method} ${path}${operation ? '' : ' (no documented operation)'}`, status, problem });
    }
    return true;
  }

  private check(req: IncomingMessage, status: number, headers: Record<string, string>, raw: Buffer): void {
    const before = drifts.length;
    if (!this.checkResponse(req.method ?? 'GET', req.url ?? '/', status, headers, raw, Boolean(req.headers['access-control-request-method']))) return;
    validated += 1;
    if (drifts.length > before) driftsFound += 1;
  }
}
