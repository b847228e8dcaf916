import type { INestApplication } from '@nestjs/common';
import { DECORATORS, DocumentBuilder, OpenAPIObject, OperationObject, SchemaObject, SwaggerModule } from '@nestjs/swagger';
import { getMetadataStorage } from 'class-validator';
import { ProblemDto } from '@kokeilu/platform';

/** The top-level tags, in the order the docs show them; every operation carries one of them. */
export const API_TAGS: Record<string, string> = {
  auth: 'Registration, sign-in and tokens',
  organisations: 'Organisations, their members and invitations',
  admin: 'Platform roles, granted by admins',
  cities: 'The cities of the platform',
  audit: 'The audit log, within each caller’s scope',
  testbeds: 'Test beds: the public search and the cities’ editing',
  bookings: 'Booking requests for test beds',
  notifications: 'In-app notifications of the signed-in user',
  calendar: 'Public iCalendar feeds of bookings and calls',
  'open-data': 'Open data: published test beds, calls and awarded grants (JSON and CSV)',
  calls: 'Open calls for pilot funding',
  applications: 'Applications, their revisions and consortium partners',
  reviews: 'Evaluators, conflicts of interest, assignments and reviews',
  funding: 'Consensus, ranking, the funding proposal and the decision',
  pilots: 'Outcomes of applications and the pilots of funded ones',
  operations: 'Health and metrics for operators',
};

const DESCRIPTION = [
  'Open-innovation pilot marketplace: test beds, open calls, applications, evaluation and funding.',
  '',
  'Errors are `application/problem+json` (RFC 9457) with a `code`, and `errors` naming each bad field.',
  'Request bodies are JSON (`application/json`, at most 1 MiB); fields that a body does not document are refused.',
  'Lists page by an opaque `cursor` (from `nextCursor`) or by `offset`, with `limit` at most 100.',
].join('\n');

/** A class the document builder made a schema of. */
type DtoClass = abstract new (...args: never[]) => unknown;

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } };

/** Methods whose body Fastify reads (and so may find too large, or of a media type it does not take). */
const BODY_METHODS = new Set(['post', 'put', 'patch', 'delete']);

/**
 * What the HTTP layer answers for every route, before or around its handler, written into each
 * operation so that the document lists every status a client can meet: no credentials needed
 * where no bearer scheme is named (`security: []`), 414 for an overlong path parameter, 413 and
 * 415 where a body is read, 500 for an unexpected failure, and 503
 * when the database cannot be reached.
 */
function addFrameworkAnswers(document: OpenAPIObject): void {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item) as [string, OperationObject][]) {
      if (!operation || typeof operation !== 'object' || !('responses' in operation)) continue;
      operation.security ??= [];
      const responses = operation.responses;
      if (path.includes('{')) responses['414'] ??= { description: 'A path parameter is longer than the router takes (100 characters)', content: PROBLEM };
      if (BODY_METHODS.has(method)) {
        responses['413'] ??= { description: 'The body is larger than 1 MiB', content: PROBLEM };
        responses['415'] ??= { description: 'The body is not `application/json`', content: PROBLEM };
      }
      responses['500'] ??= { description: 'An unexpected failure, logged with the request id; the problem says no more', content: PROBLEM };
      responses['503'] ??= { description: 'The database cannot be reached; retry after `Retry-After` seconds', content: PROBLEM };
    }
  }
}

/**
 * What a DTO's class-validator decorators enforce, written into its schema where the decorators
 * of @nestjs/swagger left it unsaid: lengths, bounds, list sizes, e-mail and UUID formats, and
 * integers. A value given in `@ApiProperty` wins, so a schema can only grow stricter to match.
 */
function addValidationRules(document: OpenAPIObject, classes: Map<string, DtoClass>): void {
  for (const [name, type] of classes) {
    const schema = document.components?.schemas?.[name] as SchemaObject | undefined;
    if (!schema?.properties) continue;
    for (const rule of getMetadataStorage().getTargetValidationMetadatas(type, '', true, false)) {
      const property = schema.properties[rule.propertyName] as SchemaObject | undefined;
      if (!property || '$ref' in property) continue;
      const target = rule.each && property.type === 'array' && property.items && !('$ref' in property.items) ? (property.items as SchemaObject) : property;
      const [first, second] = (rule.constraints ?? []) as unknown[];
      const set = (key: keyof SchemaObject, value: unknown) => {
        if (target[key] === undefined && value !== undefined) (target as Record<string, unknown>)[key] = value;
      };
      switch (rule.name) {
        case 'isEmail': set('format', 'email'); break;
        case 'isUuid': set('format', 'uuid'); break;
        case 'minLength': set('minLength', first); break;
        case 'maxLength': set('maxLength', first); break;
        case 'isLength': set('minLength', first); set('maxLength', second); break;
        case 'min': set('minimum', first); break;
        case 'max': set('maximum', first); break;
        case 'arrayMinSize': set('minItems', first); break;
        case 'arrayMaxSize': set('maxItems', first); break;
        case 'isInt':
          if (target.type === 'number') target.type = 'integer';
          else if (Array.isArray(target.type) && target.type.includes('number')) target.type = target.type.map((t) => (t === 'number' ? 'integer' : t)) as never;
          break;
      }
    }
  }
}

/**
 * Runs `build` while noting each class the document builder names a schema after. Nest keys
 * schemas by class name and takes the first class of a name it meets, so a second class of that
 * name would silently be documented as the first: such names are returned as clashes.
 */
function watchSchemaNames<T>(build: () => T): { result: T; clashes: string[]; classes: Map<string, DtoClass> } {
  const classesByName = new Map<string, Set<unknown>>();
  const getOwnMetadata = Reflect.getOwnMetadata;
  Reflect.getOwnMetadata = function watched(key: unknown, target: object, property?: string | symbol) {
    const value = property === undefined ? getOwnMetadata(key, target) : getOwnMetadata(key, target, property);
    // The builder reads `@ApiSchema` metadata of every class it names a schema after.
    if (key === DECORATORS.API_SCHEMA && typeof target === 'function') {
      const named = (value as { name?: string }[] | undefined)?.at(-1)?.name ?? target.name;
      classesByName.set(named, (classesByName.get(named) ?? new Set()).add(target));
    }
    return value;
  } as typeof Reflect.getOwnMetadata;
  try {
    const result = build();
    const clashes = [...classesByName].filter(([, classes]) => classes.size > 1).map(([name]) => name);
    const classes = new Map([...classesByName].map(([name, set]) => [name, [...set][0] as DtoClass]));
    return { result, clashes, classes };
  } finally {
    Reflect.getOwnMetadata = getOwnMetadata;
  }
}

/**
 * The OpenAPI document of the API as the app serves it at `/docs-json`. OpenAPI 3.1, so that a
 * field that may be null is `type: [..., 'null']` (or `anyOf` with `{ type: 'null' }` beside a
 * reference), which JSON Schema validators and type generators read as meant.
 */
export function buildApiDocument(app: INestApplication, schemaNameClashes: string[] = []): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Kokeilu API')
    .setDescription(DESCRIPTION)
    .setVersion('1')
    .setLicense('MIT', 'https://opensource.org/license/mit')
    .addServer('/', 'The server that serves this document')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The access token from `POST /api/v1/auth/login`' }, 'bearer');
  for (const [name, description] of Object.entries(API_TAGS)) config.addTag(name, description);
  const { result, clashes, classes } = watchSchemaNames(() => SwaggerModule.createDocument(app, config.build(), { extraModels: [ProblemDto] }));
  schemaNameClashes.push(...clashes);
  addValidationRules(result, classes);
  addFrameworkAnswers(result);
  return result;
}
