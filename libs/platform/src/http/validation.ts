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

/** Deeper than any DTO nests; class-transformer recurses once per level and would overflow the stack. */
export const MAX_INPUT_DEPTH = 32;

/** The path of the first object or array nested deeper than `maxDepth` in `value`, or null. Iterative. */
export function findTooDeep(value: unknown, maxDepth = MAX_INPUT_DEPTH, root = ''): string | null {
  const pending: [unknown, string, number][] = [[value, root, 0]];
  while (pending.length) {
    const [current, path, depth] = pending.pop() as [unknown, string, number];
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return path;
    if (Array.isArray(current)) current.forEach((item, i) => pending.push([item, `${path}[${i}]`, depth + 1]));
    else for (const [key, item] of Object.entries(current)) pending.push([item, path ? `${path}.${key}` : key, depth + 1]);
  }
  return null;
}

class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const deep = findTooDeep(value, MAX_INPUT_DEPTH, metadata.data ?? '');
      if (deep !== null) throw DomainError.invalid(deep.slice(0, 200) || metadata.type, `must not nest deeper than ${MAX_INPUT_DEPTH} levels`);
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
