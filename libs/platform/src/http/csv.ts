import { stringify } from 'csv-stringify';
import { pipeline, Readable, Transform } from 'node:stream';

/** Separates the values of a multi-valued cell. */
export const CSV_LIST_SEPARATOR = ';';

/**
 * Joins a list into one cell. A value that itself holds `;` or `\` gets it escaped with `\`, so
 * the cell splits back into exactly the values it came from.
 */
export function joinList(values: readonly string[]): string {
  return values.map((v) => v.replace(/\\/g, '\\\\').replace(/;/g, '\\;')).join(CSV_LIST_SEPARATOR);
}

/**
 * Free text that a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice on
 * CSV injection); the text is typed by people, the file opened by anyone.
 */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The CSV text of the items as they come, one record each: RFC 4180 (CRLF line ends, a header
 * row, quotes only where a cell needs them), UTF-8 without a byte-order mark. A failing source ends
 * the stream with its error. csv-stringify quotes a cell holding the record delimiter (CRLF) but
 * not a lone LF; RFC 4180 wants any line break quoted, and free texts have them.
 */
export function csvStream<T>(items: AsyncIterable<T>, columns: readonly string[], recordOf: (item: T) => Record<string, unknown>): Readable {
  const toRecords = new Transform({
    objectMode: true,
    transform(item: T, _encoding, done) {
      done(null, recordOf(item));
    },
  });
  const csv = stringify({ header: true, columns: [...columns], record_delimiter: 'windows', quoted_match: /[\r\n]/, bom: false });
  return pipeline(Readable.from(items), toRecords, csv, () => undefined);
}
