import { Param, ParseUUIDPipe } from '@nestjs/common';
import { DomainError } from '../errors/domain-error.js';

/** A path parameter that must be a UUID; anything else is a 400 naming the parameter. */
export function UuidParam(name: string): ParameterDecorator {
  return Param(name, new ParseUUIDPipe({ exceptionFactory: () => DomainError.invalid(name, 'must be a UUID') }));
}
