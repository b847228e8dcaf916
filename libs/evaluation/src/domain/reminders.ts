/**
 * Review reminders (DOMAIN.md rule 9): evaluators who have not submitted hear from the platform
 * 3 days and 1 day before the call's review deadline, by delayed jobs planned when assignment
 * first runs.
 */
export const REMINDER_DAYS = [3, 1] as const;

const DAY_MS = 86_400_000;
/** A queue may wake a delayed job a little early; that still counts as on time. */
const EARLY_SLACK_MS = 60_000;

export function reminderTime(reviewDeadline: Date, daysBefore: number): Date {
  return new Date(reviewDeadline.getTime() - daysBefore * DAY_MS);
}

/**
 * The queue's id of a reminder: one per call, reminder and day, so planning again, relaying twice
 * or retrying never sends a second reminder that day. (Dots, not colons: BullMQ refuses colons.)
 */
export function reminderJobId(callId: string, daysBefore: number, at: Date): string {
  return `review.remind.${callId}.${daysBefore}.${at.toISOString().slice(0, 10)}`;
}

export interface PlannedReminder {
  daysBefore: number;
  at: Date;
  jobId: string;
}

/** The reminders still ahead of `now`; one whose moment has passed is not sent late. */
export function plannedReminders(callId: string, reviewDeadline: Date, now: Date): PlannedReminder[] {
  return REMINDER_DAYS.map((daysBefore) => ({ daysBefore, at: reminderTime(reviewDeadline, daysBefore) }))
    .filter((r) => r.at.getTime() > now.getTime())
    .map((r) => ({ ...r, jobId: reminderJobId(callId, r.daysBefore, r.at) }));
}

export type ReminderVerdict = { action: 'send'; jobId: string } | { action: 'replan'; at: Date; jobId: string } | { action: 'skip'; reason: string };

/**
 * What a reminder job does when it runs, judged against the deadline stored now (a coordinator may
 * have moved it since the job was planned): send; plan itself again for a later deadline; or
 * nothing once the deadline has passed or the call's evaluation is over.
 */
export function judgeReminder(callId: string, callState: string, reviewDeadline: Date, daysBefore: number, now: Date): ReminderVerdict {
  if (callState !== 'in_evaluation') return { action: 'skip', reason: `the call is ${callState.replace(/_/g, ' ')}` };
  if (now.getTime() >= reviewDeadline.getTime()) return { action: 'skip', reason: 'the review deadline has passed' };
  const at = reminderTime(reviewDeadline, daysBefore);
  if (now.getTime() < at.getTime() - EARLY_SLACK_MS) return { action: 'replan', at, jobId: reminderJobId(callId, daysBefore, at) };
  return { action: 'send', jobId: reminderJobId(callId, daysBefore, at) };
}
