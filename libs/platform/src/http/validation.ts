import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
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

/**
 * The path of the first string (or key) in `value` that holds a NUL character, or null. PostgreSQL
 * cannot store NUL in text or jsonb, so such input would otherwise end as a 500. Iterative, since
 * a 1 MiB body can nest deeper than the call stack.
 */
export function findNulCharacter(value: unknown, root = ''): string | null {
  const pending: [unknown, string][] = [[value, root]];
  while (pending.length) {
    const [current, path] = pending.pop() as [unknown, string];
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
    } else if (Array.isArray(current)) {
      current.forEach((item, i) => pending.push([item, `${path}[${i}]`]));
    } else if (current !== null && typeof current === 'object') {
      for (const [key, item] of Object.entries(current)) {
        const child = path ? `${path}.${key}` : key;
        if (key.includes('\u0000')) return child;
        pending.push([item, child]);
      }
    }
  }
  return null;
}

class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const field = findNulCharacter(value, metadata.data ?? '');
      if (field !== null) throw DomainError.invalid(field || metadata.type, 'must not contain NUL characters');
    }
    return super.transform(value, metadata);
  }
}

/** Whitelists DTO fields, refuses unknown ones and reports every bad field by name. */
export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
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
