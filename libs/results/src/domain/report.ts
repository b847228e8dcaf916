/**
 * A pilot's reports: the consortium files progress reports and a final report with KPI values
 * keyed by the KPIs of the submitted application; the call's city accepts each one (with an
 * optional comment) or returns it for changes (with a reason). Accepting the final report
 * completes the pilot, and nothing changes after that.
 */
import { DomainError, FieldError, messageOf } from '@kokeilu/platform';
import { RESULTS_MESSAGES } from './messages.js';

export const REPORT_KINDS = ['progress', 'final'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];
export type ReportState = 'submitted' | 'accepted' | 'returned';
export type PilotState = 'active' | 'completed' | 'cancelled';

export const MAX_REPORT_TEXT = 20_000;
export const MAX_KPI_VALUE = 500;
export const MAX_REVIEW_TEXT = 5_000;

export interface ReportInput {
  kind: string;
  periodStart: string;
  periodEnd: string;
  text: string;
  kpiValues: Record<string, unknown>;
}

export interface ValidReport {
  kind: ReportKind;
  periodStart: string;
  periodEnd: string;
  text: string;
  kpiValues: Record<string, string>;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/**
 * Checks a report against the pilot's KPIs, naming every bad field at once. A value may be given
 * for any of the KPIs; the final report must give one for each.
 */
export function validateReport(input: ReportInput, kpiIds: readonly string[]): ValidReport {
  const problems: FieldError[] = [];
  if (!(REPORT_KINDS as readonly string[]).includes(input.kind)) problems.push({ field: 'kind', message: `must be one of ${REPORT_KINDS.join(', ')}` });
  const startOk = typeof input.periodStart === 'string' && isIsoDate(input.periodStart);
  const endOk = typeof input.periodEnd === 'string' && isIsoDate(input.periodEnd);
  if (!startOk) problems.push({ field: 'periodStart', message: 'must be a date (YYYY-MM-DD)' });
  if (!endOk) problems.push({ field: 'periodEnd', message: 'must be a date (YYYY-MM-DD)' });
  if (startOk && endOk && input.periodEnd < input.periodStart) problems.push({ field: 'periodEnd', message: 'must not be before periodStart' });
  const text = typeof input.text === 'string' ? input.text.trim() : '';
  if (!text) problems.push({ field: 'text', message: 'must not be blank' });
  else if (text.length > MAX_REPORT_TEXT) problems.push({ field: 'text', message: `must be at most ${MAX_REPORT_TEXT} characters` });

  const kpiValues: Record<string, string> = {};
  const values = input.kpiValues ?? {};
  if (typeof values !== 'object' || Array.isArray(values)) {
    problems.push({ field: 'kpiValues', message: 'must be an object keyed by KPI id' });
  } else {
    for (const [id, raw] of Object.entries(values)) {
      const field = `kpiValues.${id}`;
      if (!kpiIds.includes(id)) {
        problems.push({ field, message: 'is not a KPI of this pilot' });
        continue;
      }
      const value = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : typeof raw === 'string' ? raw.trim() : null;
      if (value === null) problems.push({ field, message: 'must be a string or a number' });
      else if (!value) problems.push({ field, message: 'must not be blank' });
      else if (value.length > MAX_KPI_VALUE) problems.push({ field, message: `must be at most ${MAX_KPI_VALUE} characters` });
      else kpiValues[id] = value;
    }
    if (input.kind === 'final') {
      for (const id of kpiIds) if (!(id in values)) problems.push({ field: `kpiValues.${id}`, message: 'the final report gives a value for every KPI' });
    }
  }
  if (problems.length) {
    throw new DomainError('validation_failed', `Invalid input: ${[...new Set(problems.map((p) => p.field))].join(', ')}`, { fields: problems });
  }
  return { kind: input.kind as ReportKind, periodStart: input.periodStart, periodEnd: input.periodEnd, text, kpiValues };
}

/** The pilot's period as its submitted application planned it (days, both ends included). */
export interface PilotPeriod {
  start: string;
  end: string;
}

/** The first day of a pilot's last month: the first of the calendar month it ends in (or its first day, if later). */
export function lastMonthStart(period: PilotPeriod): string {
  const from = `${period.end.slice(0, 7)}-01`;
  return from < period.start ? period.start : from;
}

/**
 * A report tells what happened in a stretch of the pilot: its period lies within the pilot's
 * period and has begun by `today` (Finnish time). The final report comes at the end: not filed
 * before the pilot's last month, and its period reaches into that month. Anything else is refused
 * (422) with every field named, since accepting a final report completes the pilot.
 */
export function assertReportTimely(report: Pick<ValidReport, 'kind' | 'periodStart' | 'periodEnd'>, period: PilotPeriod | null, today: string): void {
  const problems: FieldError[] = [];
  if (period && report.periodStart < period.start) problems.push({ field: 'periodStart', message: `must not be before the pilot begins on ${period.start}` });
  if (period && report.periodEnd > period.end) problems.push({ field: 'periodEnd', message: `must not be after the pilot ends on ${period.end}` });
  if (report.periodStart > today) problems.push({ field: 'periodStart', message: `must not be after today, ${today}: a report tells of a period that has begun` });
  if (report.kind === 'final' && period) {
    const from = lastMonthStart(period);
    if (today < from) problems.push({ field: 'kind', message: `a final report can be filed from the pilot's last month, which begins on ${from}` });
    if (report.periodEnd < from) problems.push({ field: 'periodEnd', message: `of a final report must reach the pilot's last month, which begins on ${from}` });
  }
  if (problems.length) {
    throw new DomainError('rule_violation', `The report's period does not fit the pilot: ${[...new Set(problems.map((p) => p.field))].join(', ')}`, { fields: problems });
  }
}

export function assertOpen(pilot: { state: PilotState }): void {
  if (pilot.state !== 'active') throw DomainError.conflict(messageOf(RESULTS_MESSAGES, pilot.state === 'completed' ? 'pilot.completed' : 'pilot.cancelled'), { pilotState: pilot.state });
}

/** A final report may be filed while no other final report awaits review and none was accepted. */
export function assertCanFile(pilot: { state: PilotState }, report: { kind: ReportKind }, reports: readonly { kind: ReportKind; state: ReportState }[]): void {
  assertOpen(pilot);
  if (report.kind === 'final' && reports.some((r) => r.kind === 'final' && r.state === 'submitted')) {
    throw DomainError.conflict(messageOf(RESULTS_MESSAGES, 'report.final_pending'));
  }
}

export type ReviewDecision = { verdict: 'accept'; comment: string | null } | { verdict: 'return'; reason: string };

export interface ReviewResult {
  state: 'accepted' | 'returned';
  /** The pilot completes with this acceptance. */
  completesPilot: boolean;
}

/**
 * The city's verdict on a submitted report. Accepting the final one completes the pilot, so every
 * other report must have been answered first: nothing is left open on a completed pilot.
 */
export function reviewReport(
  pilot: { state: PilotState },
  report: { id: string; kind: ReportKind; state: ReportState },
  others: readonly { id: string; state: ReportState }[],
  decision: ReviewDecision,
): ReviewResult {
  assertOpen(pilot);
  if (report.state !== 'submitted') throw DomainError.conflict(messageOf(RESULTS_MESSAGES, report.state === 'accepted' ? 'report.accepted' : 'report.returned'), { reportState: report.state });
  if (decision.verdict === 'return') {
    const reason = decision.reason.trim();
    if (!reason) throw DomainError.invalid('reason', 'say what is to be changed');
    if (reason.length > MAX_REVIEW_TEXT) throw DomainError.invalid('reason', `must be at most ${MAX_REVIEW_TEXT} characters`);
    return { state: 'returned', completesPilot: false };
  }
  if (decision.comment !== null && decision.comment.length > MAX_REVIEW_TEXT) throw DomainError.invalid('comment', `must be at most ${MAX_REVIEW_TEXT} characters`);
  const completesPilot = report.kind === 'final';
  if (completesPilot && others.some((r) => r.id !== report.id && r.state === 'submitted')) {
    throw DomainError.conflict(messageOf(RESULTS_MESSAGES, 'report.others_pending'));
  }
  return { state: 'accepted', completesPilot };
}
