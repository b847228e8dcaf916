import { ArgumentMetadata, ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError, FieldError } from '../errors/domain-error.js';

/** Constraints that say what kind of value a field takes; the first that failed is the message. */
const TYPE_CONSTRAINTS = [
  'isString', 'isInt', 'isNumber', 'isBoolean', 'isObject', 'isArray', 'isDate', 'isDateString', 'isIso8601', 'isISO8601',
  'isUuid', 'isUUID', 'isEmail', 'isUrl', 'isIn', 'isEnum', 'matches', 'isLatLong', 'isLocale',
];

/**
 * One message for one field: `x is not an accepted field` for a field a DTO does not have;
 * `x is required` when a required field is missing (or null where null is not allowed); else the
 * first of its type checks that failed; else the first range or length check that failed.
 */
export function fieldMessage(property: string, value: unknown, constraints: Record<string, string>): string {
  if (constraints.whitelistValidation) return `${property} is not an accepted field`;
  if (value === undefined || value === null) return `${property} is required`;
  const type = TYPE_CONSTRAINTS.find((name) => constraints[name]);
  return constraints[type ?? Object.keys(constraints)[0]];
}

function flatten(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((e) => {
    const field = parent ? (/^\d+$/.test(e.property) ? `${parent}[${e.property}]` : `${parent}.${e.property}`) : e.property;
    const own = e.constraints && Object.keys(e.constraints).length ? [{ field, message: fieldMessage(e.property, e.value, e.constraints) }] : [];
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
    // The value tells a missing field from a wrong one; it never reaches the answer.
    validationError: { target: false, value: true },
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
