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

/** Line breaks of every kind (CR, LF, vertical tab, form feed, NEL, line and paragraph separators) and the other control characters. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const BREAKS_AND_CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * A text as one line, for where a line break would start something new: an iCalendar property,
 * a mail header, a log line. Each run of line breaks and control characters becomes one space.
 */
export function oneLine(text: string): string {
  return text.replace(BREAKS_AND_CONTROLS, ' ').trim();
}
