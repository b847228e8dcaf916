import type { ApplicationField, CallContent } from './call.js';
import type { FieldProblem } from './problems.js';
import { CallInput, checkCall } from './validation.js';

/**
 * A two-stage call (idea → full proposal). The first stage is a short idea (a page of text, a
 * budget estimate, the consortium), evaluated by its own criteria, threshold and number of
 * reviewers; the best ideas are invited to the second stage, the call itself, which has its own
 * deadline. The first stage is stored as a call of its own linked to the second, so that the
 * deadline rule, extensions, eligibility, assignment, aggregation and ranking apply to each stage
 * as they do to any call.
 */

/** How many ideas go on: the best `count`, or the best `sharePercent` % of the ideas evaluated. */
export type InvitationRule = { count: number } | { sharePercent: number };

export const INVITATION_LIMITS = { count: 1_000 } as const;

/** What an idea must contain unless the call says otherwise: a title and a page of text. */
export const IDEA_REQUIRED_FIELDS: readonly ApplicationField[] = ['title', 'summary'];

/** What a coordinator writes about the first stage; the rest of it follows the call. */
export interface FirstStage {
  opensAt: Date;
  closesAt: Date;
  reviewDeadline: Date;
  criteria: CallContent['criteria'];
  overallThreshold: number;
  tieBreaks: string[];
  reviewersPerApplication: number;
  divergenceLimit: number;
  requiredFields: ApplicationField[];
  invitation: InvitationRule;
}

export type FirstStageInput = { [K in keyof FirstStage]?: unknown };

export interface StageTimes {
  opensAt: Date;
  closesAt: Date;
  reviewDeadline: Date;
}

/**
 * The two stages one after the other: the second stage opens only once the ideas are in (its
 * opensAt at or after the first stage's closesAt), and the ideas are reviewed before the second
 * stage's deadline, so that an invited consortium has time to write. `edited` says which stage's
 * fields the problems name (the one the caller changed).
 */
export function checkStageSchedule(first: StageTimes, second: StageTimes, edited: 'first' | 'second'): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (second.opensAt.getTime() < first.closesAt.getTime()) {
    problems.push(
      edited === 'first'
        ? { field: 'closesAt', message: `must be no later than the second stage's opensAt (${second.opensAt.toISOString()})` }
        : { field: 'opensAt', message: `must be no earlier than the first stage's closesAt (${first.closesAt.toISOString()})` },
    );
  }
  if (first.reviewDeadline.getTime() >= second.closesAt.getTime()) {
    problems.push(
      edited === 'first'
        ? { field: 'reviewDeadline', message: `must be before the second stage's closesAt (${second.closesAt.toISOString()})` }
        : { field: 'closesAt', message: `must be after the first stage's reviewDeadline (${first.reviewDeadline.toISOString()})` },
    );
  }
  return problems;
}

export function checkInvitation(value: unknown, problems: FieldProblem[]): InvitationRule | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ field: 'invitation', message: 'must be an object with count or sharePercent' });
    return null;
  }
  const rule = value as Record<string, unknown>;
  // A DTO may carry the key it was not given as undefined.
  const keys = Object.keys(rule).filter((k) => rule[k] !== undefined);
  const unknown = keys.filter((k) => k !== 'count' && k !== 'sharePercent');
  for (const key of unknown) problems.push({ field: `invitation.${key}`, message: 'is not a known field' });
  if (unknown.length) return null;
  if (keys.length !== 1) {
    problems.push({ field: 'invitation', message: 'must give exactly one of count or sharePercent' });
    return null;
  }
  const [key] = keys as ('count' | 'sharePercent')[];
  const max = key === 'count' ? INVITATION_LIMITS.count : 100;
  const n = rule[key];
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > max) {
    problems.push({ field: `invitation.${key}`, message: `must be a whole number from 1 to ${max}` });
    return null;
  }
  return key === 'count' ? { count: n } : { sharePercent: n };
}

/**
 * The first stage as a call of its own: the second stage's rules (focus area, texts, budget,
 * eligibility, deciders, test beds) with the first stage's times, criteria, threshold, reviewers
 * and required fields. Returns the first stage and that content, or every problem with the name
 * of its field in the first stage's input.
 */
export function checkFirstStage(
  input: FirstStageInput,
  second: CallContent,
): { stage: FirstStage; content: CallContent; problems: [] } | { stage: null; content: null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  for (const key of Object.keys(input)) {
    if (input[key as keyof FirstStageInput] === undefined) continue;
    if (!FIRST_STAGE_KEYS.includes(key as keyof FirstStage)) problems.push({ field: key, message: 'is not a known field' });
  }
  const requiredFields = input.requiredFields === undefined ? [...IDEA_REQUIRED_FIELDS] : input.requiredFields;
  const callInput: CallInput = {
    ...second,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    reviewDeadline: input.reviewDeadline,
    criteria: input.criteria,
    overallThreshold: input.overallThreshold,
    tieBreaks: input.tieBreaks,
    reviewersPerApplication: input.reviewersPerApplication,
    divergenceLimit: input.divergenceLimit,
    eligibility: { ...second.eligibility, requiredFields },
  };
  const checked = checkCall(callInput);
  // Problems of the second stage's own fields cannot arise from this input; name the eligibility's required fields as given.
  problems.push(...checked.problems.map((p) => (p.field.startsWith('eligibility.requiredFields') ? { ...p, field: p.field.replace('eligibility.', '') } : p)));
  const invitation = checkInvitation(input.invitation, problems);
  if (checked.content) problems.push(...checkStageSchedule(checked.content, second, 'first'));
  if (problems.length || !checked.content || !invitation) return { stage: null, content: null, problems };
  const c = checked.content;
  return {
    stage: {
      opensAt: c.opensAt,
      closesAt: c.closesAt,
      reviewDeadline: c.reviewDeadline,
      criteria: c.criteria,
      overallThreshold: c.overallThreshold,
      tieBreaks: c.tieBreaks,
      reviewersPerApplication: c.reviewersPerApplication,
      divergenceLimit: c.divergenceLimit,
      requiredFields: c.eligibility.requiredFields,
      invitation,
    },
    content: c,
    problems: [],
  };
}

const FIRST_STAGE_KEYS: readonly (keyof FirstStage)[] = [
  'opensAt',
  'closesAt',
  'reviewDeadline',
  'criteria',
  'overallThreshold',
  'tieBreaks',
  'reviewersPerApplication',
  'divergenceLimit',
  'requiredFields',
  'invitation',
];

/**
 * The first stage follows what the second stage's rules say once they change in a draft: its
 * texts, budget, eligibility (but its own required fields), deciders and test beds.
 */
export function followSecondStage(first: CallContent, second: CallContent): CallContent {
  return {
    ...second,
    opensAt: first.opensAt,
    closesAt: first.closesAt,
    reviewDeadline: first.reviewDeadline,
    criteria: first.criteria,
    overallThreshold: first.overallThreshold,
    tieBreaks: first.tieBreaks,
    reviewersPerApplication: first.reviewersPerApplication,
    divergenceLimit: first.divergenceLimit,
    eligibility: { ...second.eligibility, requiredFields: first.eligibility.requiredFields },
  };
}
