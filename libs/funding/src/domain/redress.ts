import type { ConflictReason } from '@kokeilu/evaluation';
import { rank, type Rankable } from './ranking.js';

/**
 * Redress: after the decision an applicant may ask for a procedural review of how its application
 * was handled (EU practice: within 30 days), stating its grounds. A coordinator appoints a
 * reviewer who took no part in the call's evaluation; the reviewer rejects the request or upholds
 * it, with reasons. An upheld request has the application re-evaluated by evaluators who never
 * reviewed it and ranked again against the budget line as it stood at the decision; a result
 * above the line is remedied as the call says: a grant from the reserve budget the call holds
 * back, or the first place on the reserve list.
 */

export const REDRESS_WINDOW_DAYS = 30;
export const REDRESS_TIME_ZONE = 'Europe/Helsinki';
export const GROUNDS_MIN = 20;
export const GROUNDS_MAX = 5000;
export const REASONS_MAX = 5000;

/** Only an application the decision left unfunded has something to redress. */
export const REDRESSABLE_STATES = ['not_funded'] as const;

export const REDRESS_STATES = ['requested', 'in_review', 'rejected', 're_evaluating', 'concluded'] as const;
export type RedressState = (typeof REDRESS_STATES)[number];
export const REDRESS_OUTCOMES = ['rejected', 'upheld'] as const;
export type RedressOutcome = (typeof REDRESS_OUTCOMES)[number];
export const REDRESS_REMEDIES = ['reserve_budget', 'reserve_list'] as const;
export type RedressRemedy = (typeof REDRESS_REMEDIES)[number];
export const REDRESS_RESULTS = ['funded_from_reserve', 'first_on_reserve_list', 'unchanged'] as const;
export type RedressResult = (typeof REDRESS_RESULTS)[number];

const dayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: REDRESS_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD) of an instant in Finland. */
export function helsinkiDay(instant: Date): string {
  return dayFormat.format(instant);
}

function dayNumber(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / 86_400_000);
}

function dayOf(number: number): string {
  return new Date(number * 86_400_000).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return dayOf(dayNumber(day) + days);
}

/** The first instant of a Finnish calendar day (UTC+2 in winter, UTC+3 in summer). */
export function startOfHelsinkiDay(day: string): Date {
  const midnightUtc = dayNumber(day) * 86_400_000;
  for (const hours of [2, 3]) {
    const candidate = new Date(midnightUtc - hours * 3_600_000);
    if (helsinkiDay(candidate) === day && helsinkiDay(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  throw new Error(`no midnight found for ${day} in ${REDRESS_TIME_ZONE}`);
}

export interface RedressWindow {
  /** The day of the decision in Finland. */
  decidedOn: string;
  /** The last day a request is taken: the 30th day after the decision's, Finnish time. */
  lastDay: string;
  /** The first instant after the last day (midnight in Finland). */
  closesAt: Date;
  open: boolean;
  /** Whole days after today up to the last day: 0 on the last day itself, and once closed. */
  daysLeft: number;
}

/** The 30 days in which a request is taken, counted in Finnish calendar days from the decision's. */
export function redressWindow(decidedAt: Date, now: Date): RedressWindow {
  const decidedOn = helsinkiDay(decidedAt);
  const lastDay = addDays(decidedOn, REDRESS_WINDOW_DAYS);
  const left = dayNumber(lastDay) - dayNumber(helsinkiDay(now));
  return { decidedOn, lastDay, closesAt: startOfHelsinkiDay(addDays(lastDay, 1)), open: left >= 0, daysLeft: Math.max(0, left) };
}

export type RedressRefusal =
  | { kind: 'invalid'; field: 'grounds'; code: 'redress.grounds_short' | 'redress.grounds_long' }
  | { kind: 'conflict'; code: 'redress.not_decided' | 'redress.not_redressable' | 'redress.window_closed' };

/** Whether an application's consortium may ask for redress now, with these grounds. */
export function checkRequest(input: { applicationState: string; decidedAt: Date | null; now: Date; grounds: string }): { ok: true; grounds: string; window: RedressWindow } | ({ ok: false } & RedressRefusal) {
  if (!input.decidedAt) return { ok: false, kind: 'conflict', code: 'redress.not_decided' };
  if (!(REDRESSABLE_STATES as readonly string[]).includes(input.applicationState)) return { ok: false, kind: 'conflict', code: 'redress.not_redressable' };
  const window = redressWindow(input.decidedAt, input.now);
  if (!window.open) return { ok: false, kind: 'conflict', code: 'redress.window_closed' };
  const grounds = input.grounds.trim();
  if (grounds.length < GROUNDS_MIN) return { ok: false, kind: 'invalid', field: 'grounds', code: 'redress.grounds_short' };
  if (grounds.length > GROUNDS_MAX) return { ok: false, kind: 'invalid', field: 'grounds', code: 'redress.grounds_long' };
  return { ok: true, grounds, window };
}

export type ReviewerIneligibility = 'not_evaluator' | 'assigned_on_call' | 'conflict';

export interface ReviewerCandidate {
  userId: string;
  /** Holds the evaluator role. */
  evaluator: boolean;
  /** Holds (or held) a review of any application of the call: took part in its evaluation. */
  assignedOnCall: boolean;
  /** Conflicts of interest with the application (rule 3's reasons). */
  conflicts: readonly ConflictReason[];
}

/** Who may review a redress request: an evaluator who took no part in the call's evaluation and has no conflict with the application. */
export function reviewerEligibility(candidate: ReviewerCandidate): { eligible: boolean; reasons: ReviewerIneligibility[] } {
  const reasons: ReviewerIneligibility[] = [];
  if (!candidate.evaluator) reasons.push('not_evaluator');
  if (candidate.assignedOnCall) reasons.push('assigned_on_call');
  if (candidate.conflicts.length) reasons.push('conflict');
  return { eligible: reasons.length === 0, reasons };
}

export type Step = { ok: true; changed: boolean } | { ok: false; code: 'redress.closed_for_appointment' | 'redress.not_in_review' | 'redress.outcome_recorded' };

/** A reviewer is appointed (or replaced) until the outcome is recorded; naming the same one again changes nothing. */
export function appointReviewer(state: RedressState, currentReviewerId: string | null, reviewerId: string): Step {
  if (state !== 'requested' && state !== 'in_review') return { ok: false, code: 'redress.closed_for_appointment' };
  return { ok: true, changed: currentReviewerId !== reviewerId };
}

export interface OutcomeInput {
  outcome: RedressOutcome;
  reasons: string;
}

/**
 * The appointed reviewer's outcome, once: rejected ends the request; upheld starts the
 * re-evaluation. Recording the same outcome with the same reasons again changes nothing.
 */
export function recordOutcome(
  state: RedressState,
  recorded: { outcome: RedressOutcome | null; reasons: string | null },
  input: OutcomeInput,
): { ok: true; changed: boolean; next: RedressState; reasons: string } | { ok: false; kind: 'invalid'; field: 'reasons'; code: 'redress.reasons_missing' | 'redress.reasons_long' } | { ok: false; kind: 'conflict'; code: 'redress.not_in_review' | 'redress.outcome_recorded' } {
  const reasons = input.reasons.trim();
  if (!reasons) return { ok: false, kind: 'invalid', field: 'reasons', code: 'redress.reasons_missing' };
  if (reasons.length > REASONS_MAX) return { ok: false, kind: 'invalid', field: 'reasons', code: 'redress.reasons_long' };
  const next: RedressState = input.outcome === 'rejected' ? 'rejected' : 're_evaluating';
  if (recorded.outcome) {
    if (recorded.outcome === input.outcome && recorded.reasons === reasons) return { ok: true, changed: false, next: state, reasons };
    return { ok: false, kind: 'conflict', code: 'redress.outcome_recorded' };
  }
  if (state !== 'in_review') return { ok: false, kind: 'conflict', code: 'redress.not_in_review' };
  return { ok: true, changed: true, next, reasons };
}

/**
 * The new evaluators of an upheld request: from the call's pool, never one who reviewed (or was
 * assigned) the application before nor one with a conflict, the least loaded first.
 */
export function pickReEvaluators(
  pool: readonly { userId: string; load: number }[],
  excluded: ReadonlySet<string>,
  count: number,
): { ok: true; evaluatorIds: string[] } | { ok: false; available: number } {
  const free = pool.filter((p) => !excluded.has(p.userId)).sort((a, b) => a.load - b.load || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
  if (free.length < count) return { ok: false, available: free.length };
  return { ok: true, evaluatorIds: free.slice(0, count).map((p) => p.userId) };
}

export interface LinePlacement {
  /** Its place among the call's passing applications as they stood; null when it fails a threshold. */
  rank: number | null;
  /** Ranked above the lowest funded application of the decision. */
  aboveLine: boolean;
}

/**
 * The re-evaluated application ranked again among the passing applications as they stood at the
 * decision (rule 6, their totals unchanged), against the budget line of the decision: it is above
 * the line when it now outranks the lowest-ranked application the decision funded.
 */
export function placeAgainstLine(input: {
  application: Rankable & { pass: boolean };
  others: readonly Rankable[];
  fundedIds: readonly string[];
  tieBreaks: readonly string[];
}): LinePlacement {
  if (!input.application.pass) return { rank: null, aboveLine: false };
  const others = input.others.filter((o) => o.applicationId !== input.application.applicationId);
  const ranking = rank([...others, input.application], input.tieBreaks);
  const placeOf = new Map(ranking.map((r) => [r.applicationId, r.rank]));
  const own = placeOf.get(input.application.applicationId)!;
  const funded = input.fundedIds.map((id) => placeOf.get(id)).filter((p): p is number => p !== undefined);
  const line = funded.length ? Math.max(...funded) : 0;
  return { rank: own, aboveLine: own < line };
}

export type Remedy = { kind: 'funded_from_reserve'; grantCents: number } | { kind: 'first_on_reserve_list' } | { kind: 'unchanged' };

/**
 * What a re-evaluation above the line brings, as the call says: a grant from the reserve budget
 * it holds back (while what is left of that budget covers the grant; otherwise the first place on
 * the reserve list, so the applicant is next when funding is freed), or the first place on the
 * reserve list. Below the line nothing changes.
 */
export function remedyOf(input: { remedy: RedressRemedy; aboveLine: boolean; grantCents: number; reserveCents: number; reserveUsedCents: number }): Remedy {
  if (!input.aboveLine || input.grantCents <= 0) return { kind: 'unchanged' };
  if (input.remedy === 'reserve_budget' && input.reserveUsedCents + input.grantCents <= input.reserveCents) return { kind: 'funded_from_reserve', grantCents: input.grantCents };
  return { kind: 'first_on_reserve_list' };
}

/** The call's redress setting, fixed once the decision is made (the reserve must be known before). */
export function changeRedressPolicy(
  callState: string,
  current: { remedy: RedressRemedy; reserveCents: number },
  next: { remedy: RedressRemedy; reserveCents: number },
): { ok: true; changed: boolean } | { ok: false; code: 'redress.policy_fixed' } {
  const changed = current.remedy !== next.remedy || current.reserveCents !== next.reserveCents;
  if (callState === 'decided' && changed) return { ok: false, code: 'redress.policy_fixed' };
  return { ok: true, changed };
}
