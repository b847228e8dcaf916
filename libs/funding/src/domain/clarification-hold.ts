/** One clarification of a call, as ranking sees it. */
export interface HeldBy {
  answeredAt: Date | null;
  answerDueAt: Date;
}

export type ClarificationHold = { hold: false } | { hold: true; open: number; until: Date };

/**
 * Ranking waits for the call's open clarifications: each holds it until it is answered or its
 * deadline passes, whichever comes first. So the call ranks once none is open, and at the latest
 * at the last open deadline (`until`), when a job comes back to rank it.
 */
export function clarificationHold(clarifications: readonly HeldBy[], now: Date): ClarificationHold {
  const open = clarifications.filter((c) => !c.answeredAt && c.answerDueAt.getTime() > now.getTime());
  if (!open.length) return { hold: false };
  const until = new Date(Math.max(...open.map((c) => c.answerDueAt.getTime())));
  return { hold: true, open: open.length, until };
}
