import { stringify } from 'csv-stringify/sync';
import type { CallApplicationSummary } from './call-applications.service.js';

/** The columns of both exports, in order: a heading and how to read each value. */
export const EXPORT_COLUMNS = [
  'id',
  'state',
  'eligible',
  'lead_organisation',
  'lead_business_id',
  'partners',
  'title',
  'requested_grant_cents',
  'total_cents',
  'eligible_total_cents',
  'pilot_start',
  'pilot_end',
  'revision',
  'submitted_at',
  'late',
  'created_at',
] as const;

/** A spreadsheet runs a cell starting with one of these as a formula: an applicant could plant one. */
const FORMULA_START = /^[=+\-@\t\r]/;

function safe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

function eligibleText(value: boolean | null): string {
  return value === null ? '' : value ? 'yes' : 'no';
}

function cells(row: CallApplicationSummary): (string | number | null)[] {
  return [
    row.id,
    row.state,
    eligibleText(row.eligible),
    safe(row.leadOrganisationName),
    row.leadBusinessId,
    safe(row.partners.join('; ')),
    safe(row.title),
    row.requestedGrantCents,
    row.totalCents,
    row.eligibleTotalCents,
    row.pilotStart,
    row.pilotEnd,
    row.revision,
    row.submittedAt ? new Date(row.submittedAt).toISOString() : null,
    row.late ? 'yes' : 'no',
    new Date(row.createdAt).toISOString(),
  ];
}

/** RFC 4180 CSV, UTF-8, CRLF, with a header row; money in cents and times in UTC as elsewhere in the API. */
export function applicationsCsv(rows: CallApplicationSummary[]): string {
  return stringify([[...EXPORT_COLUMNS], ...rows.map(cells)], { record_delimiter: 'windows' });
}

/**
 * The same rows as a workbook for people: euros as numbers in a currency format, times in
 * Helsinki local time (a spreadsheet has no time zones), the header frozen and filterable.
 */
export async function applicationsXlsx(rows: CallApplicationSummary[]): Promise<Buffer> {
  // Loaded on the first export rather than at every start: exceljs is the heaviest module the API has.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet('Applications', { views: [{ state: 'frozen', ySplit: 1 }] });
  const euro = '#,##0.00 "€"';
  const time = 'd.m.yyyy hh:mm';
  sheet.columns = [
    { header: 'ID', key: 'id', width: 38 },
    { header: 'State', key: 'state', width: 12 },
    { header: 'Eligible', key: 'eligible', width: 9 },
    { header: 'Lead organisation', key: 'lead', width: 30 },
    { header: 'Business ID', key: 'businessId', width: 12 },
    { header: 'Partners', key: 'partners', width: 40 },
    { header: 'Title', key: 'title', width: 40 },
    { header: 'Requested grant (€)', key: 'requested', width: 16, style: { numFmt: euro } },
    { header: 'Total costs (€)', key: 'total', width: 16, style: { numFmt: euro } },
    { header: 'Eligible costs (€)', key: 'eligibleTotal', width: 16, style: { numFmt: euro } },
    { header: 'Pilot start', key: 'pilotStart', width: 12 },
    { header: 'Pilot end', key: 'pilotEnd', width: 12 },
    { header: 'Revision', key: 'revision', width: 9 },
    { header: 'Submitted (Europe/Helsinki)', key: 'submittedAt', width: 20, style: { numFmt: time } },
    { header: 'Late (extension)', key: 'late', width: 9 },
    { header: 'Created (Europe/Helsinki)', key: 'createdAt', width: 20, style: { numFmt: time } },
  ];
  for (const row of rows) {
    sheet.addRow({
      id: row.id,
      state: row.state,
      eligible: eligibleText(row.eligible),
      lead: safe(row.leadOrganisationName),
      businessId: row.leadBusinessId,
      partners: safe(row.partners.join('; ')),
      title: safe(row.title),
      requested: row.requestedGrantCents === null ? null : row.requestedGrantCents / 100,
      total: row.totalCents / 100,
      eligibleTotal: row.eligibleTotalCents / 100,
      pilotStart: row.pilotStart,
      pilotEnd: row.pilotEnd,
      revision: row.revision,
      submittedAt: row.submittedAt ? helsinkiWallClock(new Date(row.submittedAt)) : null,
      late: row.late ? 'yes' : 'no',
      createdAt: helsinkiWallClock(new Date(row.createdAt)),
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const HELSINKI_PARTS = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The Helsinki wall-clock time as a zone-less Date, which is how a spreadsheet stores a time. */
function helsinkiWallClock(moment: Date): Date {
  const parts = Object.fromEntries(HELSINKI_PARTS.formatToParts(moment).map((p) => [p.type, p.value]));
  return new Date(Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second));
}
