import { type Message, messageOf } from '@kokeilu/platform';
import { APPLICATION_MESSAGES, APPLICATION_STATE_PHRASES, type ApplicationMessageCode } from './messages.js';

/**
 * The life of an application (DOMAIN: Application). This part of the platform moves it through
 * draft → submitted → eligible | ineligible and to withdrawn; the later states belong to review,
 * ranking and funding, and are listed so that the database accepts them from the start.
 */
export const APPLICATION_STATES = [
  'draft',
  'submitted',
  'eligible',
  'ineligible',
  'in_review',
  'reviewed',
  'ranked',
  'proposed',
  'reserve',
  'rejected',
  'funded',
  'not_funded',
  'withdrawn',
  /** an idea (the first stage of a two-stage call) invited to send its full proposal */
  'invited',
  /** an idea not invited: its outcome, given as soon as the first stage is ranked */
  'not_invited',
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/**
 * Until review starts the lead may keep improving the working copy and submit it again; reviewers
 * and the coordinator read the submitted revisions, never the working copy.
 */
export const EDITABLE: readonly ApplicationState[] = ['draft', 'submitted', 'eligible', 'ineligible'];
/** A decision is final (funded or not funded); anything before it may still be withdrawn. */
const FINAL: readonly ApplicationState[] = ['funded', 'not_funded', 'withdrawn', 'invited', 'not_invited'];

export type Transition = { ok: true; to: ApplicationState } | { ok: false; message: Message };

export function canEdit(state: ApplicationState): boolean {
  return EDITABLE.includes(state);
}

export function submit(state: ApplicationState): Transition {
  if (!EDITABLE.includes(state)) return { ok: false, message: messageOf(APPLICATION_MESSAGES, 'application.submit_refused', { state: APPLICATION_STATE_PHRASES[state] }) };
  return { ok: true, to: 'submitted' };
}

/**
 * A submit of the version that the latest revision already holds, while that revision is still
 * the one in force (submitted, or judged eligible or not), repeats that submit: a client that
 * retried, or sent it twice at once, gets the revision it made, and nothing is written again (no
 * second revision, eligibility check or receipt). `unchanged` says whether a new revision would
 * hold exactly what the latest does: a consortium that changed since (a partner accepted, an
 * organisation renamed) makes a new revision even of the same version.
 */
export function repeatsLatestRevision(
  record: { state: ApplicationState; revision: number; submittedVersion: number | null },
  version: number,
  unchanged: boolean,
): boolean {
  const inForce = record.state === 'submitted' || record.state === 'eligible' || record.state === 'ineligible';
  return inForce && record.revision >= 1 && record.submittedVersion === version && unchanged;
}

export function withdraw(state: ApplicationState): Transition {
  if (FINAL.includes(state)) return { ok: false, message: messageOf(APPLICATION_MESSAGES, `application.withdraw.${state}` as ApplicationMessageCode) };
  return { ok: true, to: 'withdrawn' };
}

/**
 * A proposed application that is withdrawn frees its proposed grant, which goes down the reserve
 * list at once (rule 8), so the proposal the deciders see stays full. A funded one is not
 * withdrawn but declines its grant (funding), with the same effect.
 */
export function withdrawalFreesGrant(state: ApplicationState): boolean {
  return state === 'proposed';
}

/**
 * The eligibility check's result applies only to the revision it judged, and only while that
 * revision is still the one waiting for it: a newer submission waits for its own check.
 */
export function afterEligibility(
  application: { state: ApplicationState; revision: number },
  judgedRevision: number,
  eligible: boolean,
): ApplicationState | null {
  if (application.state !== 'submitted' || application.revision !== judgedRevision) return null;
  return eligible ? 'eligible' : 'ineligible';
}
