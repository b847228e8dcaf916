import { ApiError } from './problems';

export interface FieldError<F extends string> {
  field: F;
  /** The message key of the problem: `fieldErrors.<field>` for a bad value, `fieldErrors.<field>Taken` when a conflict names the field. */
  key: string;
}

/**
 * The API's field problems (`errors` of a 400 or 409 problem) on fields the form shows, as
 * message keys: the API words its messages in English, the form shows them in the page's
 * language. A field the form does not have is left to the form's general message.
 */
export function fieldErrorsOf<F extends string>(error: unknown, fields: readonly F[]): FieldError<F>[] {
  if (!(error instanceof ApiError)) return [];
  const taken = error.status === 409;
  const seen = new Set<string>();
  const found: FieldError<F>[] = [];
  for (const problem of error.fieldErrors) {
    const field = fields.find((name) => name === problem.field);
    if (!field || seen.has(field)) continue;
    seen.add(field);
    found.push({ field, key: `fieldErrors.${field}${taken ? 'Taken' : ''}` });
  }
  return found;
}
