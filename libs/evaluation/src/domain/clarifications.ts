import { type FieldError, type Message, messageOf } from '@kokeilu/platform';
import { EVALUATION_MESSAGES } from './messages.js';

/**
 * Clarifications: during eligibility checking and evaluation the call's coordinator asks an
 * application's consortium a question with an answer deadline; the consortium answers once, before
 * the deadline; the answer belongs to the revision pinned when the question was asked and never
 * changes it. Evaluators assigned to the application suggest questions to the coordinator, who
 * asks them (edited, if need be) or dismisses them.
 */
export const MAX_QUESTION_LENGTH = 4000;
export const MAX_ANSWER_LENGTH = 10_000;
export const MAX_DISMISS_REASON_LENGTH = 2000;
/** How far ahead an answer deadline may be: a clarification must not hold evaluation for long. */
export const MAX_ANSWER_DAYS = 30;
const DAY_MS = 86_400_000;

/** The call has closed and is being evaluated: eligibility checks and reviews run. */
const CALL_STATES = ['closed', 'in_evaluation'];
/** The application waits for or is in eligibility checking or review; a ranked or ineligible one is past it. */
const APPLICATION_STATES = ['submitted', 'eligible', 'in_review', 'reviewed'];

export type ClarificationStep = { ok: true } | { ok: false; kind: 'invalid' | 'conflict'; message: Message; problems?: FieldError[] };

const invalid = (field: string, message: Message, fragment: string): ClarificationStep => ({ ok: false, kind: 'invalid', message, problems: [{ field, message: fragment }] });
const conflict = (message: Message): ClarificationStep => ({ ok: false, kind: 'conflict', message });

/** Whether the application is in the phase where questions are asked (and suggested). */
export function inClarificationPhase(callState: string, applicationState: string): boolean {
  return CALL_STATES.includes(callState) && APPLICATION_STATES.includes(applicationState);
}

function textProblem(field: 'question' | 'answer', text: string, max: number): ClarificationStep | null {
  if (!text.trim()) return invalid(field, messageOf(EVALUATION_MESSAGES, field === 'question' ? 'clarification.question_required' : 'clarification.answer_required'), 'must not be empty');
  if (text.length > max) {
    return invalid(field, messageOf(EVALUATION_MESSAGES, field === 'question' ? 'clarification.question_too_long' : 'clarification.answer_too_long', { max }), `must be at most ${max} characters`);
  }
  return null;
}

export interface AskFacts {
  callState: string;
  applicationState: string;
  question: string;
  answerDueAt: Date;
  now: Date;
}

/** The coordinator asks: in the phase, a question, and a deadline after now and at most MAX_ANSWER_DAYS ahead. */
export function askClarification(facts: AskFacts): ClarificationStep {
  const text = textProblem('question', facts.question, MAX_QUESTION_LENGTH);
  if (text) return text;
  const due = facts.answerDueAt.getTime();
  if (Number.isNaN(due) || due <= facts.now.getTime()) return invalid('answerDueAt', messageOf(EVALUATION_MESSAGES, 'clarification.due_in_past'), 'must be in the future');
  if (due > facts.now.getTime() + MAX_ANSWER_DAYS * DAY_MS) {
    return invalid('answerDueAt', messageOf(EVALUATION_MESSAGES, 'clarification.due_too_far', { days: MAX_ANSWER_DAYS }), `must be at most ${MAX_ANSWER_DAYS} days ahead`);
  }
  if (!inClarificationPhase(facts.callState, facts.applicationState)) return conflict(messageOf(EVALUATION_MESSAGES, 'clarification.not_now'));
  return { ok: true };
}

export interface AnswerFacts {
  answer: string;
  /** The answer already given, if any. */
  given: string | null;
  answerDueAt: Date;
  now: Date;
}

/**
 * The consortium answers once, before the deadline. Sending the answer already given again is a
 * repeat (a retried request) and changes nothing; a different one is refused, as is any answer
 * after the deadline.
 */
export function answerClarification(facts: AnswerFacts): ClarificationStep & { repeat?: boolean } {
  const text = textProblem('answer', facts.answer, MAX_ANSWER_LENGTH);
  if (text) return text;
  if (facts.given !== null) {
    if (facts.given === facts.answer.trim()) return { ok: true, repeat: true };
    return conflict(messageOf(EVALUATION_MESSAGES, 'clarification.already_answered'));
  }
  if (facts.now.getTime() >= facts.answerDueAt.getTime()) return conflict(messageOf(EVALUATION_MESSAGES, 'clarification.deadline_passed'));
  return { ok: true, repeat: false };
}

/** An assigned evaluator suggests a question while the application is in the phase. */
export function suggestClarification(facts: { callState: string; applicationState: string; question: string }): ClarificationStep {
  const text = textProblem('question', facts.question, MAX_QUESTION_LENGTH);
  if (text) return text;
  if (!inClarificationPhase(facts.callState, facts.applicationState)) return conflict(messageOf(EVALUATION_MESSAGES, 'clarification.not_now'));
  return { ok: true };
}

export type SuggestionState = 'open' | 'asked' | 'dismissed';

/** The coordinator settles an open suggestion once: by asking it (a clarification) or by dismissing it. */
export function settleSuggestion(state: SuggestionState, reason: string | null = null): ClarificationStep {
  if (reason !== null && reason.length > MAX_DISMISS_REASON_LENGTH) {
    return invalid('reason', messageOf(EVALUATION_MESSAGES, 'clarification.reason_too_long', { max: MAX_DISMISS_REASON_LENGTH }), `must be at most ${MAX_DISMISS_REASON_LENGTH} characters`);
  }
  return state === 'open' ? { ok: true } : conflict(messageOf(EVALUATION_MESSAGES, 'clarification.suggestion_decided'));
}

export type ClarificationState = 'open' | 'answered' | 'expired';

/** Where a clarification stands: answered, still open, or expired unanswered at its deadline. */
export function clarificationState(c: { answeredAt: Date | null; answerDueAt: Date }, now: Date): ClarificationState {
  if (c.answeredAt) return 'answered';
  return now.getTime() < c.answerDueAt.getTime() ? 'open' : 'expired';
}
