import { CALL_LOCALES, CallLocale, CallText } from './call.js';
import type { FieldProblem } from './problems.js';

export const TEXT_LIMITS = {
  title: 200,
  summary: 2_000,
  body: 50_000,
  criterionName: 200,
  criterionGuidance: 5_000,
} as const;

function isLocale(value: string): value is CallLocale {
  return (CALL_LOCALES as readonly string[]).includes(value);
}

/**
 * A localized text `{ fi?, sv?, en? }`: trims each language and drops blank ones, so `{ sv: '' }`
 * means "no Swedish"; then requires at least one language and at most `maxLength` characters each.
 */
export function checkText(field: string, value: unknown, maxLength: number, problems: FieldProblem[]): CallText | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ field, message: 'must be an object with text in fi, sv or en' });
    return null;
  }
  const before = problems.length;
  const text: CallText = {};
  for (const [key, raw] of Object.entries(value)) {
    if (!isLocale(key)) {
      problems.push({ field: `${field}.${key}`, message: 'is not a supported language (fi, sv, en)' });
      continue;
    }
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'string') {
      problems.push({ field: `${field}.${key}`, message: 'must be a string' });
      continue;
    }
    const trimmed = raw.trim();
    if (!trimmed) continue;
    if (trimmed.length > maxLength) {
      problems.push({ field: `${field}.${key}`, message: `must be at most ${maxLength} characters` });
      continue;
    }
    text[key] = trimmed;
  }
  if (problems.length > before) return null;
  if (!Object.keys(text).length) {
    problems.push({ field, message: 'needs text in at least one language (fi, sv, en)' });
    return null;
  }
  return text;
}
