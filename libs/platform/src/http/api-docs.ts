import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiProperty, ApiPropertyOptional, ApiResponse, ApiSchema, ApiSchemaOptions, ApiSecurity } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'businessId' }) field: string;
  @ApiProperty({ example: 'not a valid Finnish business ID' }) message: string;
}

/** Any JSON value: a string, number, boolean, object, array or null. */
export const ANY_JSON = {
  anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }, { type: 'object' }, { type: 'array', items: {} }, { type: 'null' }],
};

/**
 * A body that must carry exactly one of `fields` (a business ID or a foreign id, say): the rule
 * the server enforces, as a `oneOf` of the schema.
 */
export function ApiExactlyOneOf(...fields: string[]): ClassDecorator {
  return ApiSchema({ oneOf: fields.map((field) => ({ required: [field] })) } as ApiSchemaOptions);
}

// RFC 9457 lets a problem carry extension members (the current version of a stale object, the state
// that refused a change, when to retry): the schema admits them.
@ApiSchema({ description: 'An RFC 9457 problem; extension members may follow', additionalProperties: true } as ApiSchemaOptions)
export class ProblemDto {
  @ApiProperty({ example: 'urn:kokeilu:problem:validation_failed' }) type: string;
  @ApiProperty({ example: 'Bad Request' }) title: string;
  @ApiProperty({ type: 'integer', example: 400 }) status: number;
  @ApiProperty({ description: "What went wrong, as a sentence; in the caller's language (`Accept-Language`, named by `Content-Language`) when `messageCode` is given" }) detail: string;
  @ApiProperty({ example: 'validation_failed' }) code: string;
  @ApiPropertyOptional({ example: 'booking.not_requested', description: 'The stable code of the sentence in `detail`, for a client that words it itself' }) messageCode?: string;
  @ApiPropertyOptional() instance?: string;
  @ApiPropertyOptional({ pattern: '^[A-Za-z0-9._-]{1,64}$', description: 'The `x-request-id` of the request: the one sent, when well-formed, else a UUID' }) requestId?: string;
  @ApiPropertyOptional({ type: 'integer', minimum: 1, description: 'Seconds to wait before retrying, as the `Retry-After` header says' }) retryAfterSeconds?: number;
  @ApiPropertyOptional({ type: [FieldErrorDto] }) errors?: FieldErrorDto[];
}

/**
 * `exclusiveMinimum` as OpenAPI 3.1 has it (a number), which @nestjs/swagger's types still spell
 * as OpenAPI 3.0's boolean.
 */
export function exclusiveMinimum(value: number): { exclusiveMinimum?: boolean } {
  return { exclusiveMinimum: value as unknown as boolean };
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names each field',
  401: 'Missing, expired or invalid credentials',
  403: 'Authenticated but not allowed',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state',
  413: 'Request body too large',
  422: 'Breaks a domain rule',
  429: 'Rate limit exceeded',
};

/** Documents the problem+json answers a route can give. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      }),
    ),
  );
}

/** A route that needs a signed-in user: documents the bearer scheme and the auth failures. */
export function ApiAuth(...extra: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(ApiBearerAuth(), ApiProblems(401, ...extra));
}

/**
 * A public route that reads a valid access token when one is sent (a coordinator then sees drafts,
 * say): anonymous or bearer. A token that is not valid is ignored, never refused.
 */
export function ApiOptionalAuth(): MethodDecorator & ClassDecorator {
  return applyDecorators(ApiSecurity({}), ApiBearerAuth());
}

/**
 * The optional `Accept-Language` header of the routes that answer localized texts. Named in lower
 * case, as `@Headers('accept-language')` names it, so that the two are one parameter.
 */
export function ApiAcceptLanguage(): MethodDecorator & ClassDecorator {
  return ApiHeader({
    name: 'accept-language',
    required: false,
    description: 'Picks the language of the texts (q-values honoured), falling back to en, fi, sv',
    example: 'fi-FI, sv;q=0.8',
    schema: { type: 'string', maxLength: 500 },
  });
}
