import type { Criterion } from '@kokeilu/calls';
import { missingScores, ScoreProblem, ScoreSheet } from './scores.js';

/**
 * A review's life (DOMAIN: Review): `assigned → submitted`, or `assigned → declined` with a reason
 * (then the application is handed to another evaluator). Submitted and declined reviews are final.
 */
export const REVIEW_STATES = ['assigned', 'submitted', 'declined'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export type ReviewStep<T = ReviewState> = { ok: true; to: T } | { ok: false; reason: string; problems?: ScoreProblem[] };

export const MAX_DECLINE_REASON_LENGTH = 2000;

function final(state: ReviewState): string | null {
  if (state === 'submitted') return 'a submitted review cannot be changed';
  if (state === 'declined') return 'a declined review cannot be changed';
  return null;
}

/** Drafts are saved while the review is assigned. */
export function saveDraft(state: ReviewState): ReviewStep<'assigned'> {
  const refused = final(state);
  return refused ? { ok: false, reason: refused } : { ok: true, to: 'assigned' };
}

/** Submitting needs every criterion scored on its scale; the review is then immutable. */
export function submitReview(state: ReviewState, criteria: readonly Criterion[], scores: ScoreSheet): ReviewStep<'submitted'> {
  const refused = final(state);
  if (refused) return { ok: false, reason: refused };
  const problems = missingScores(criteria, scores);
  if (problems.length) return { ok: false, reason: 'every criterion needs a score before the review is submitted', problems };
  return { ok: true, to: 'submitted' };
}

/** An evaluator declines an assignment, with a reason, only before submitting. */
export function declineReview(state: ReviewState, reason: string): ReviewStep<'declined'> {
  if (state === 'submitted') return { ok: false, reason: 'a submitted review cannot be declined' };
  if (state === 'declined') return { ok: false, reason: 'the review is already declined' };
  if (!reason.trim()) return { ok: false, reason: 'a reason is required', problems: [{ field: 'reason', message: 'must not be empty' }] };
  if (reason.length > MAX_DECLINE_REASON_LENGTH) {
    return { ok: false, reason: 'the reason is too long', problems: [{ field: 'reason', message: `must be at most ${MAX_DECLINE_REASON_LENGTH} characters` }] };
  }
  return { ok: true, to: 'declined' };
}

export interface ReviewSeen {
  evaluatorId: string;
  state: ReviewState;
}

/**
 * Which reviews of one application a reader sees (rule 4). Those who run the call and its deciders
 * see the submitted ones. An evaluator sees their own, and the other submitted ones only once their
 * own is submitted, so that nobody scores with another's scores in view. Anybody else sees none.
 */
export function visibleReviews<R extends ReviewSeen>(reader: { userId: string; runsOrDecides: boolean }, reviews: readonly R[]): R[] {
  const own = reviews.find((r) => r.evaluatorId === reader.userId && r.state !== 'declined');
  return reviews.filter((r) => {
    if (r === own) return true;
    if (r.state !== 'submitted') return false;
    return reader.runsOrDecides || own?.state === 'submitted';
  });
}
