/** A problem with one field of a localized text; the caller turns a list of them into a 400. */
export interface TextProblem {
  field: string;
  message: string;
}

/** The languages of the programme: Finnish, Swedish and English. */
export const LOCALES = ['fi', 'sv', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export type LocalizedText = Partial<Record<Locale, string>>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Trims every language and drops blank ones, so `{ fi: 'x', sv: '' }` means "no Swedish"; then
 * requires at least one language and at most `maxLength` characters in each.
 */
export function normaliseLocalized(
  field: string,
  value: unknown,
  maxLength: number,
): { text: LocalizedText | null; problems: TextProblem[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { text: null, problems: [{ field, message: 'must be an object with fi, sv or en' }] };
  }
  const problems: TextProblem[] = [];
  const text: LocalizedText = {};
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
  if (!problems.length && !Object.keys(text).length) {
    problems.push({ field, message: 'needs text in at least one language (fi, sv, en)' });
  }
  return { text: problems.length ? null : text, problems };
}
