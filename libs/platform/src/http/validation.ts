import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldError } from '../errors/domain-error.js';

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? (/^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`) : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      message: e.constraints?.whitelistValidation === message ? `${field} is not an accepted field` : message,
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** Whitelists DTO fields, refuses unknown ones and reports every bad field by name. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flatten(errors);
      return new DomainError(
        'validation_failed',
        `Invalid input: ${fields.map((f) => f.field).filter((v, i, a) => a.indexOf(v) === i).join(', ')}`,
        { fields },
      );
    },
  });
}
