import type { TestbedContent } from './content.js';
import { LOCALES, type Message, messageOf } from '@kokeilu/platform';
import { TESTBED_MESSAGES, type TestbedMessageCode } from './messages.js';
import type { FieldProblem } from './problems.js';

export const TESTBED_STATES = ['draft', 'published', 'archived'] as const;
export type TestbedState = (typeof TESTBED_STATES)[number];
export type TestbedCommand = 'publish' | 'archive';

export type TransitionResult =
  | { ok: true; to: TestbedState }
  | { ok: false; reason: 'illegal'; message: Message }
  | { ok: false; reason: 'incomplete'; problems: FieldProblem[] };

const TRANSITIONS: Record<TestbedCommand, { from: TestbedState[]; to: TestbedState }> = {
  publish: { from: ['draft'], to: 'published' },
  archive: { from: ['draft', 'published'], to: 'archived' },
};

/**
 * What the public needs before a bed is shown: a name and a summary in a common language (so
 * there is at least one language in which the bed reads whole), a place on the map, a theme to
 * find it by and a window in which it can be booked.
 */
export function completenessProblems(content: TestbedContent): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!content.summary) problems.push({ field: 'summary', message: 'is required to publish' });
  else if (!LOCALES.some((l) => content.name[l] && content.summary?.[l])) {
    problems.push({ field: 'summary', message: 'needs text in at least one language the name also has' });
  }
  if (!content.location) problems.push({ field: 'location', message: 'is required to publish' });
  if (!content.themes.length) problems.push({ field: 'themes', message: 'needs at least one theme to publish' });
  if (!content.availability.length) problems.push({ field: 'availability', message: 'needs at least one window to publish' });
  return problems;
}

/** draft → published → archived; a draft may also be archived directly. Nothing leaves archived. */
export function transition(state: TestbedState, command: TestbedCommand, content: TestbedContent): TransitionResult {
  const rule = TRANSITIONS[command];
  if (!rule.from.includes(state)) {
    return { ok: false, reason: 'illegal', message: messageOf(TESTBED_MESSAGES, `testbed.${command}.${state}` as TestbedMessageCode) };
  }
  if (command === 'publish') {
    const problems = completenessProblems(content);
    if (problems.length) return { ok: false, reason: 'incomplete', problems };
  }
  return { ok: true, to: rule.to };
}

/** Archived beds are kept as they were for the record; drafts and published beds can be edited. */
export function editProblem(state: TestbedState): Message | null {
  return state === 'archived' ? messageOf(TESTBED_MESSAGES, 'testbed.archived') : null;
}
