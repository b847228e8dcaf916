import { type Message, messageOf } from '@kokeilu/platform';
import { EVALUATION_MESSAGES } from './messages.js';
import type { Criterion } from '@kokeilu/calls';
import { missingScores, ScoreProblem, ScoreSheet } from './scores.js';

/**
 * A review's life (DOMAIN: Review): `assigned → submitted`, or `assigned → declined` with a reason
 * (then the application is handed to another evaluator). Submitted and declined reviews are final.
 */
export const REVIEW_STATES = ['assigned', 'submitted', 'declined'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

export type ReviewStep<T = ReviewState> = { ok: true; to: T } | { ok: false; message: Message; problems?: ScoreProblem[] };

export const MAX_DECLINE_REASON_LENGTH = 2000;

function final(state: ReviewState): Message | null {
  if (state === 'submitted') return messageOf(EVALUATION_MESSAGES, 'review.submitted');
  if (state === 'declined') return messageOf(EVALUATION_MESSAGES, 'review.declined');
  return null;
}

/** Drafts are saved while the review is assigned. */
export function saveDraft(state: ReviewState): ReviewStep<'assigned'> {
  const refused = final(state);
  return refused ? { ok: false, message: refused } : { ok: true, to: 'assigned' };
}

/** Submitting needs every criterion scored on its scale; the review is then immutable. */
export function submitReview(state: ReviewState, criteria: readonly Criterion[], scores: ScoreSheet): ReviewStep<'submitted'> {
  const refused = final(state);
  if (refused) return { ok: false, message: refused };
  const problems = missingScores(criteria, scores);
  if (problems.length) return { ok: false, message: messageOf(EVALUATION_MESSAGES, 'review.scores_missing'), problems };
  return { ok: true, to: 'submitted' };
}

/** An evaluator declines an assignment, with a reason, only before submitting. */
export function declineReview(state: ReviewState, reason: string): ReviewStep<'declined'> {
  if (state === 'submitted') return { ok: false, message: messageOf(EVALUATION_MESSAGES, 'review.decline.submitted') };
  if (state === 'declined') return { ok: false, message: messageOf(EVALUATION_MESSAGES, 'review.decline.declined') };
  if (!reason.trim()) return { ok: false, message: messageOf(EVALUATION_MESSAGES, 'review.reason_required'), problems: [{ field: 'reason', message: 'must not be empty' }] };
  if (reason.length > MAX_DECLINE_REASON_LENGTH) {
    return { ok: false, message: messageOf(EVALUATION_MESSAGES, 'review.reason_too_long', { max: MAX_DECLINE_REASON_LENGTH }), problems: [{ field: 'reason', message: `must be at most ${MAX_DECLINE_REASON_LENGTH} characters` }] };
  }
  return { ok: true, to: 'declined' };
}

/**
 * Rule 5 aggregates an application once its required reviews are all submitted. The submit that
 * completes them asks for the aggregate, and so does every later one (a replacement's, a late one,
 * a redress re-evaluation's); one that leaves reviews still to come does not.
 */
export function reviewsComplete(submitted: number, reviewersPerApplication: number): boolean {
  return submitted >= reviewersPerApplication;
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
