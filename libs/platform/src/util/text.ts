/**
 * A localized text as one string where a single language is needed (a notification's call
 * title, an open-data programme name): Finnish first, as the programme is Finnish, then English,
 * then Swedish, then any language present.
 */
export function programmeText(text: Record<string, string | undefined>): string;
export function programmeText(text: Record<string, string | undefined> | null): string | null;
export function programmeText(text: Record<string, string | undefined> | null): string | null {
  if (!text) return null;
  return text.fi ?? text.en ?? text.sv ?? Object.values(text).find((v) => v !== undefined) ?? '';
}
