import { formatDateTime, localized, type Message, messageOf, type Sentence } from '@kokeilu/platform';
import { APPLICATION_MESSAGES } from './messages.js';

/**
 * Rule 1, the submission deadline. The caller reads the clock from the database inside the
 * transaction that records the submission, with the call row locked, and passes it in as `now`.
 */
export type CallStateName = 'draft' | 'scheduled' | 'open' | 'closed' | 'in_evaluation' | 'decided';

export interface SubmissionWindow {
  callState: CallStateName;
  opensAt: Date;
  closesAt: Date;
  /** An extension granted to the lead organisation: it may submit until this deadline. */
  extension: { deadline: Date } | null;
}

export type SubmissionCheck =
  | { ok: true; late: boolean }
  | { ok: false; reason: 'not_open' | 'closed'; message: Message; deadline: Date };

/**
 * Open means the call is in state `open` and the clock is before `closesAt` (the closing job may
 * lag a little behind the deadline; the clock decides). An extension lets its organisation submit
 * until its own deadline while the call is open or closed, but not once evaluation has begun.
 */
export function checkSubmission(window: SubmissionWindow, now: Date): SubmissionCheck {
  if (window.callState === 'open' && now < window.closesAt) return { ok: true, late: false };
  const { extension } = window;
  const extendable = window.callState === 'open' || window.callState === 'closed';
  if (extension && extendable && now < extension.deadline) return { ok: true, late: now >= window.closesAt };
  if (window.callState === 'draft' || window.callState === 'scheduled' || now < window.opensAt) {
    return { ok: false, reason: 'not_open', message: messageOf(APPLICATION_MESSAGES, 'submission.not_open', { time: finnishTime(window.opensAt) }), deadline: window.closesAt };
  }
  if (extension && extendable && extension.deadline > window.closesAt) {
    return { ok: false, reason: 'closed', message: messageOf(APPLICATION_MESSAGES, 'submission.extension_ended', { time: finnishTime(extension.deadline) }), deadline: extension.deadline };
  }
  return { ok: false, reason: 'closed', message: messageOf(APPLICATION_MESSAGES, 'submission.closed', { time: finnishTime(window.closesAt) }), deadline: window.closesAt };
}

const HELSINKI = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A moment in Finnish time, as each language writes it (`23.11.2026 klo 16.00 (Suomen aikaa)`). */
export function finnishTime(moment: Date): Sentence {
  return localized((locale) => formatDateTime(moment, locale));
}

/** A moment as Finns read it, with the zone named: `23.11.2026 klo 16.00 (Europe/Helsinki)`. */
export function helsinkiTime(moment: Date): string {
  const parts = Object.fromEntries(HELSINKI.formatToParts(moment).map((p) => [p.type, p.value]));
  return `${Number(parts.day)}.${Number(parts.month)}.${parts.year} klo ${parts.hour}.${parts.minute} (Europe/Helsinki)`;
}

/** An extension must give more time than the call itself. */
export function extensionProblem(closesAt: Date, deadline: Date, now: Date): string | null {
  if (deadline <= closesAt) return `the new deadline must be after the call's own deadline, ${helsinkiTime(closesAt)}`;
  if (deadline <= now) return 'the new deadline must be in the future';
  return null;
}
