import { answerClarification, askClarification, AskFacts, clarificationState, inClarificationPhase, MAX_ANSWER_LENGTH, MAX_QUESTION_LENGTH, settleSuggestion, suggestClarification } from './clarifications.js';

const now = new Date('2027-04-01T12:00:00Z');
const inDays = (days: number) => new Date(now.getTime() + days * 86_400_000);
const ask = (overrides: Partial<AskFacts> = {}): AskFacts => ({ callState: 'in_evaluation', applicationState: 'in_review', question: 'Who operates the shuttles at night?', answerDueAt: inDays(7), now, ...overrides });

describe('asking a clarification', () => {
  it('is allowed while the application is checked for eligibility or evaluated, after its call has closed', () => {
    for (const [callState, applicationState] of [
      ['closed', 'submitted'],
      ['closed', 'eligible'],
      ['in_evaluation', 'in_review'],
      ['in_evaluation', 'reviewed'],
    ]) {
      expect(askClarification(ask({ callState, applicationState }))).toEqual({ ok: true });
    }
  });

  it('is refused with a conflict before the call closes, after ranking, and for an ineligible, withdrawn or draft application', () => {
    for (const [callState, applicationState] of [
      ['open', 'submitted'],
      ['in_evaluation', 'ranked'],
      ['in_evaluation', 'proposed'],
      ['decided', 'funded'],
      ['closed', 'ineligible'],
      ['closed', 'withdrawn'],
      ['closed', 'draft'],
    ]) {
      expect(askClarification(ask({ callState, applicationState }))).toMatchObject({ ok: false, kind: 'conflict', message: { code: 'clarification.not_now' } });
    }
    expect(inClarificationPhase('in_evaluation', 'in_review')).toBe(true);
  });

  it('names the question when it is empty or too long', () => {
    expect(askClarification(ask({ question: '  ' }))).toMatchObject({ ok: false, kind: 'invalid', problems: [{ field: 'question', message: 'must not be empty' }] });
    expect(askClarification(ask({ question: 'x'.repeat(MAX_QUESTION_LENGTH + 1) }))).toMatchObject({ ok: false, problems: [{ field: 'question' }] });
    expect(askClarification(ask({ question: 'x'.repeat(MAX_QUESTION_LENGTH) }))).toEqual({ ok: true });
  });

  it('names the deadline when it is not after now or more than 30 days ahead', () => {
    expect(askClarification(ask({ answerDueAt: now }))).toMatchObject({ ok: false, kind: 'invalid', problems: [{ field: 'answerDueAt', message: 'must be in the future' }] });
    expect(askClarification(ask({ answerDueAt: new Date('nonsense') }))).toMatchObject({ ok: false, problems: [{ field: 'answerDueAt' }] });
    expect(askClarification(ask({ answerDueAt: inDays(30) }))).toEqual({ ok: true });
    expect(askClarification(ask({ answerDueAt: new Date(inDays(30).getTime() + 1) }))).toMatchObject({ ok: false, problems: [{ field: 'answerDueAt', message: 'must be at most 30 days ahead' }] });
  });
});

describe('answering a clarification', () => {
  const due = inDays(2);

  it('is accepted once, before the deadline', () => {
    expect(answerClarification({ answer: 'Our partner Nysse runs them.', given: null, answerDueAt: due, now })).toEqual({ ok: true, repeat: false });
    expect(answerClarification({ answer: 'Late', given: null, answerDueAt: due, now: due })).toMatchObject({ ok: false, kind: 'conflict', message: { code: 'clarification.deadline_passed' } });
  });

  it('takes the same answer again as a repeat (even after the deadline), and refuses a different one', () => {
    expect(answerClarification({ answer: ' Our partner. ', given: 'Our partner.', answerDueAt: due, now: inDays(5) })).toEqual({ ok: true, repeat: true });
    expect(answerClarification({ answer: 'Someone else.', given: 'Our partner.', answerDueAt: due, now })).toMatchObject({ ok: false, kind: 'conflict', message: { code: 'clarification.already_answered' } });
  });

  it('names the answer when it is empty or too long', () => {
    expect(answerClarification({ answer: '', given: null, answerDueAt: due, now })).toMatchObject({ ok: false, kind: 'invalid', problems: [{ field: 'answer' }] });
    expect(answerClarification({ answer: 'x'.repeat(MAX_ANSWER_LENGTH + 1), given: null, answerDueAt: due, now })).toMatchObject({ ok: false, problems: [{ field: 'answer' }] });
  });
});

describe('suggestions', () => {
  it('are made in the same phase as questions, with a question', () => {
    expect(suggestClarification({ callState: 'in_evaluation', applicationState: 'in_review', question: 'Ask about the budget' })).toEqual({ ok: true });
    expect(suggestClarification({ callState: 'in_evaluation', applicationState: 'ranked', question: 'Ask about the budget' })).toMatchObject({ ok: false, kind: 'conflict' });
    expect(suggestClarification({ callState: 'in_evaluation', applicationState: 'in_review', question: ' ' })).toMatchObject({ ok: false, kind: 'invalid', problems: [{ field: 'question' }] });
  });

  it('are settled once, by asking or dismissing', () => {
    expect(settleSuggestion('open')).toEqual({ ok: true });
    expect(settleSuggestion('asked')).toMatchObject({ ok: false, kind: 'conflict', message: { code: 'clarification.suggestion_decided' } });
    expect(settleSuggestion('dismissed', 'Asked already')).toMatchObject({ ok: false, kind: 'conflict' });
    expect(settleSuggestion('open', 'x'.repeat(2001))).toMatchObject({ ok: false, kind: 'invalid', problems: [{ field: 'reason' }] });
  });
});

describe('where a clarification stands', () => {
  it('is answered, open until its deadline, then expired', () => {
    expect(clarificationState({ answeredAt: now, answerDueAt: inDays(-1) }, now)).toBe('answered');
    expect(clarificationState({ answeredAt: null, answerDueAt: inDays(1) }, now)).toBe('open');
    expect(clarificationState({ answeredAt: null, answerDueAt: now }, now)).toBe('expired');
  });
});
