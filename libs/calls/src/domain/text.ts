import { normaliseLocalized } from '@kokeilu/platform';
import type { CallText } from './call.js';
import type { FieldProblem } from './problems.js';

export const TEXT_LIMITS = {
  title: 200,
  summary: 2_000,
  body: 50_000,
  criterionName: 200,
  criterionGuidance: 5_000,
} as const;

/**
 * A localized text `{ fi?, sv?, en? }`, checked by the same rule as test beds' texts: blank
 * languages dropped, at least one language, at most `maxLength` characters each.
 */
export function checkText(field: string, value: unknown, maxLength: number, problems: FieldProblem[]): CallText | null {
  const { text, problems: found } = normaliseLocalized(field, value, maxLength);
  problems.push(...found);
  return text;
}
