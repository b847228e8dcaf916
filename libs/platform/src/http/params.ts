import { applyDecorators, Body, Param, ParseUUIDPipe, PipeTransform } from '@nestjs/common';
import { ApiBody, ApiHideProperty, ApiParam, ApiParamOptions, ApiSchema, ApiSchemaOptions } from '@nestjs/swagger';
import { IsIn, ValidateIf } from 'class-validator';
import { DomainError } from '../errors/domain-error.js';
import { ApiProblems } from './api-docs.js';

/** A parameter decorator that also documents its method, so that the two cannot part. */
function documented(param: ParameterDecorator, document: MethodDecorator): ParameterDecorator {
  return (target, key, index) => {
    param(target, key, index);
    if (key === undefined) return;
    const descriptor = Object.getOwnPropertyDescriptor(target, key);
    if (descriptor) document(target, key, descriptor);
  };
}

const pathParam = (options: ApiParamOptions) => ApiParam(options);

/** The body of a route that takes none: nothing, or `{}`. Any field is refused, by its name. */
@ApiSchema({ description: 'No fields: send no body, or `{}`', additionalProperties: false } as ApiSchemaOptions)
export class EmptyBody {
  // class-validator validates only classes it knows by a decorated property; this one is refused whenever sent.
  @ApiHideProperty()
  @ValidateIf((body: EmptyBody) => body.none !== undefined)
  @IsIn([], { message: 'none is not an accepted field' })
  readonly none?: never;
}

/**
 * The body of a state-changing route that takes no input: validated as an `EmptyBody` (so that
 * `{"foo": 1}` is a 400 naming `foo`), documented as optional. Declare the parameter as `EmptyBody`.
 */
export function NoBody(): ParameterDecorator {
  return documented(Body(), applyDecorators(ApiBody({ type: EmptyBody, required: false }), ApiProblems(400)));
}

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function UuidParam(name: string): ParameterDecorator {
  return documented(
    Param(name, new ParseUUIDPipe({ exceptionFactory: () => DomainError.invalid(name, 'must be a UUID') })),
    pathParam({ name, schema: { type: 'string', format: 'uuid' } }),
  );
}

/** Up to PostgreSQL's `integer`, so that a long number is a 400 rather than a query that fails. */
const MAX_PARAM_INT = 2_147_483_647;

class PositiveIntPipe implements PipeTransform<string, number> {
  constructor(
    private readonly name: string,
    private readonly message: string,
  ) {}

  transform(value: string): number {
    const number = /^[1-9][0-9]{0,9}$/.test(value) ? Number(value) : NaN;
    if (!(number <= MAX_PARAM_INT)) throw DomainError.invalid(this.name, this.message);
    return number;
  }
}

/** A path parameter that must be a whole number from 1 up; anything else is a 400 naming it. */
export function PositiveIntParam(name: string, message = 'must be a whole number of at least 1'): ParameterDecorator {
  return documented(Param(name, new PositiveIntPipe(name, message)), pathParam({ name, schema: { type: 'integer', minimum: 1, maximum: MAX_PARAM_INT } }));
}
