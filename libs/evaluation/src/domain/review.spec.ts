import type { Criterion } from '@kokeilu/calls';
import { messageTableProblems } from '@kokeilu/platform';
import { EVALUATION_MESSAGES } from './messages.js';
import { declineReview, reviewsComplete, saveDraft, submitReview, visibleReviews } from './review.js';

const criteria: Criterion[] = [{ key: 'impact', name: { en: 'Impact' }, guidance: null, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 }];

describe('review life', () => {
  it('saves drafts only while assigned', () => {
    expect(saveDraft('assigned')).toEqual({ ok: true, to: 'assigned' });
    expect(saveDraft('submitted')).toEqual({ ok: false, message: { code: 'review.submitted', text: EVALUATION_MESSAGES['review.submitted'] } });
    expect(saveDraft('declined')).toMatchObject({ ok: false, message: { text: { en: 'A declined review can no longer be changed.' } } });
  });

  it('submits once every criterion is scored, and only once', () => {
    expect(submitReview('assigned', criteria, { impact: { score: 3, comment: '' } })).toEqual({ ok: true, to: 'submitted' });
    expect(submitReview('assigned', criteria, {})).toEqual({
      ok: false,
      message: { code: 'review.scores_missing', text: EVALUATION_MESSAGES['review.scores_missing'] },
      problems: [{ field: 'scores.impact.score', message: 'is required to submit' }],
    });
    expect(submitReview('submitted', criteria, { impact: { score: 3, comment: '' } })).toMatchObject({ ok: false, message: { code: 'review.submitted' } });
  });

  it('declines with a reason, only before submitting', () => {
    expect(declineReview('assigned', 'I know the team')).toEqual({ ok: true, to: 'declined' });
    expect(declineReview('assigned', '  ')).toEqual({
      ok: false,
      message: { code: 'review.reason_required', text: EVALUATION_MESSAGES['review.reason_required'] },
      problems: [{ field: 'reason', message: 'must not be empty' }],
    });
    expect(declineReview('assigned', 'x'.repeat(2001))).toMatchObject({ ok: false, problems: [{ field: 'reason' }] });
    expect(declineReview('submitted', 'late')).toMatchObject({ ok: false, message: { text: { en: 'A submitted review can no longer be declined.' } } });
    expect(declineReview('declined', 'again')).toMatchObject({ ok: false, message: { text: { fi: 'Arviosta on jo kieltäydytty.' } } });
  });

  it('asks for the aggregate once the required reviews are all submitted, and at every later submit', () => {
    expect(reviewsComplete(1, 2)).toBe(false);
    expect(reviewsComplete(2, 2)).toBe(true);
    expect(reviewsComplete(3, 2)).toBe(true);
    expect(reviewsComplete(1, 1)).toBe(true);
    expect(reviewsComplete(2, 3)).toBe(false);
  });

  describe('who sees which reviews of an application', () => {
    const reviews = [
      { id: 'r1', evaluatorId: 'ann', state: 'assigned' as const },
      { id: 'r2', evaluatorId: 'bob', state: 'submitted' as const },
      { id: 'r3', evaluatorId: 'cid', state: 'declined' as const },
      { id: 'r4', evaluatorId: 'dan', state: 'submitted' as const },
    ];
    const ids = (list: { id: string }[]) => list.map((r) => r.id);

    it('an evaluator sees only their own before submitting it', () => {
      expect(ids(visibleReviews({ userId: 'ann', runsOrDecides: false }, reviews))).toEqual(['r1']);
    });
    it('an evaluator who submitted sees the other submitted ones', () => {
      expect(ids(visibleReviews({ userId: 'bob', runsOrDecides: false }, reviews))).toEqual(['r2', 'r4']);
    });
    it('those who run the call and deciders see the submitted ones', () => {
      expect(ids(visibleReviews({ userId: 'coordinator', runsOrDecides: true }, reviews))).toEqual(['r2', 'r4']);
    });
    it('an evaluator who declined sees nothing', () => {
      expect(ids(visibleReviews({ userId: 'cid', runsOrDecides: false }, reviews))).toEqual([]);
    });
  });
});

describe('the messages of evaluation', () => {
  it('are proper sentences in fi, sv and en', () => {
    expect(messageTableProblems(EVALUATION_MESSAGES)).toEqual([]);
  });
});
