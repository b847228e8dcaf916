/**
 * Who reads which audit event. The permission table of DOMAIN.md gives the audit log to applicants
 * for their organisations, to coordinators for their cities, to deciders for their calls and to
 * admins for all; within that, an event is shown to exactly those who may read its object in the
 * state the object was in when the event happened. So a draft's edits stay its consortium's even
 * after it is submitted (the city reads the submitted revision, never the working copy), scores,
 * ranks and consensus reach the consortium only once its call's decision is public, an assigned
 * review's drafts are its evaluator's alone, and a call's deciders learn of it when it is published.
 */
import type { Actor } from './policy.js';

/**
 * - `organisation`: members of the event's organisation;
 * - `consortium`: members of the lead and the accepted partners of the event's application (for
 *   events of an application, its pilot and its pilot's reports);
 * - `city`: coordinators of the event's city;
 * - `deciders`: the deciders named on the event's call.
 */
export type AuditReaderKind = 'organisation' | 'consortium' | 'city' | 'deciders';

/**
 * When the reader may see the event:
 * - `always`;
 * - `submitted`: the application had been submitted before the event;
 * - `published`: the call had been published when the event happened;
 * - `decided`: the call's funding decision is public (now).
 */
export type AuditCondition = 'always' | 'submitted' | 'published' | 'decided';

export interface AuditReader {
  who: AuditReaderKind;
  when: AuditCondition;
}

const reader = (who: AuditReaderKind, when: AuditCondition = 'always'): AuditReader => ({ who, when });
const ORGANISATION = reader('organisation');
const CONSORTIUM = reader('consortium');
const CONSORTIUM_ONCE_DECIDED = reader('consortium', 'decided');
const CITY = reader('city');
const CITY_ONCE_SUBMITTED = reader('city', 'submitted');
const DECIDERS = reader('deciders');
const DECIDERS_ONCE_SUBMITTED = reader('deciders', 'submitted');
const DECIDERS_ONCE_PUBLISHED = reader('deciders', 'published');

/** Nobody but admins: accounts, an evaluator's own declarations, an assigned review's drafts. */
const ADMINS_ONLY: readonly AuditReader[] = [];
/** A submitted application's life: its consortium, the call's city and its deciders. */
const SUBMITTED_APPLICATION = [CONSORTIUM, CITY, DECIDERS];
/** How an application fared in review: the city and the deciders; its consortium once the decision is public. */
const REVIEW_RESULT = [CONSORTIUM_ONCE_DECIDED, CITY, DECIDERS];
/** A published call's events: the city that runs it, and its deciders (a draft call is the city's alone). */
const CALL = [CITY, DECIDERS_ONCE_PUBLISHED];
/** The evaluation of a call: the city and the deciders, who both see who reviews what; never the consortium. */
const EVALUATION = [CITY, DECIDERS];

/** Every action the platform audits, with its readers. */
export const AUDIT_READERS: Readonly<Record<string, readonly AuditReader[]>> = {
  'user.registered': ADMINS_ONLY,
  'user.created': ADMINS_ONLY,
  'user.sign_in_locked': ADMINS_ONLY,
  'user.email_verification_sent': ADMINS_ONLY,
  'user.email_verified': ADMINS_ONLY,
  'user.email_released': ADMINS_ONLY,
  'user.email_parked': ADMINS_ONLY,
  'user.taken_over': ADMINS_ONLY,
  'user.notification_preference_changed': ADMINS_ONLY,
  'user.notification_unsubscribed': ADMINS_ONLY,
  // A saved search is its owner's own business (the owner manages it on the account page).
  'alert.created': ADMINS_ONLY,
  'alert.saved_again': ADMINS_ONLY,
  'alert.updated': ADMINS_ONLY,
  'alert.deleted': ADMINS_ONLY,
  'alert.feed_replaced': ADMINS_ONLY,
  // People's data rights: the person's own business, and the admins' who answer for the platform.
  'user.data_export_requested': ADMINS_ONLY,
  'user.data_export_built': ADMINS_ONLY,
  'user.erasure_requested': ADMINS_ONLY,
  'user.erasure_cancelled': ADMINS_ONLY,
  'user.erasure_blocked': ADMINS_ONLY,
  'user.erased': ADMINS_ONLY,
  'user.removed_unverified': ADMINS_ONLY,
  'retention.completed': ADMINS_ONLY,
  // A coordinator grant names its city; its coordinators see who runs it with them.
  'role.granted': [CITY],
  'role.revoked': [CITY],
  'city.created': [CITY],

  'organisation.created': [ORGANISATION],
  'organisation.updated': [ORGANISATION],
  // Who an organisation is: its own people read how its identity was checked and its claims went.
  'organisation.verified': [ORGANISATION],
  'organisation.claimed': [ORGANISATION],
  'organisation.identity_disputed': [ORGANISATION],
  'organisation.claim_resolved': [ORGANISATION],
  'organisation.claim_withdrawn': [ORGANISATION],
  'invitation.created': [ORGANISATION],
  'invitation.revoked': [ORGANISATION],
  'membership.created': [ORGANISATION],
  'membership.removed': [ORGANISATION],

  'testbed.created': [CITY],
  'testbed.seeded': [CITY],
  'testbed.updated': [CITY],
  'testbed.published': [CITY],
  'testbed.archived': [CITY],

  // A booking is its organisation's and its bed's city's, also when a funding decision confirmed it.
  'booking.requested': [ORGANISATION, CITY],
  'booking.approved': [ORGANISATION, CITY],
  'booking.declined': [ORGANISATION, CITY],
  'booking.cancelled': [ORGANISATION, CITY],
  'booking.confirmation_requested': [ORGANISATION, CITY],

  'call.created': CALL,
  'call.updated': CALL,
  'call.published': CALL,
  'call.opened': CALL,
  'call.closed': CALL,
  'call.extension_granted': [ORGANISATION, ...CALL],
  'call.evaluator_added': CALL,
  'call.evaluator_removed': CALL,
  'call.assignment_requested': CALL,
  'call.evaluation_started': CALL,
  'call.ranking_requested': CALL,
  'call.ranked': CALL,
  'call.ranked_again': CALL,
  'funding.proposal_amended': CALL,
  'call.funding_decided': CALL,
  // A two-stage call: its first stage set while a draft, and the ideas invited to the second stage.
  'call.first_stage_added': CALL,
  'call.first_stage_changed': CALL,
  'call.ideas_invited': CALL,

  // The working copy: its consortium's alone, before and after submissions.
  'application.created': [CONSORTIUM],
  'application.updated': [CONSORTIUM],
  'application.draft_removed': [CONSORTIUM],
  'application.partner_invited': [CONSORTIUM],
  // The partner concerned keeps the record of its own joining and leaving.
  'application.partner_accepted': [CONSORTIUM, ORGANISATION],
  'application.partner_removed': [CONSORTIUM, ORGANISATION],
  'application.submitted': SUBMITTED_APPLICATION,
  'application.withdrawn': [CONSORTIUM, CITY_ONCE_SUBMITTED, DECIDERS_ONCE_SUBMITTED],
  'application.eligibility_checked': SUBMITTED_APPLICATION,
  'application.review_started': SUBMITTED_APPLICATION,
  'application.consortium_domain_changed': SUBMITTED_APPLICATION,
  'application.aggregated': REVIEW_RESULT,
  'application.consensus_recorded': REVIEW_RESULT,
  'application.proposed': REVIEW_RESULT,
  'application.reserve': REVIEW_RESULT,
  'application.rejected': REVIEW_RESULT,
  'application.promoted_from_reserve': REVIEW_RESULT,
  'grant.released': REVIEW_RESULT,
  'application.funded': SUBMITTED_APPLICATION,
  'application.not_funded': SUBMITTED_APPLICATION,
  'application.grant_declined': SUBMITTED_APPLICATION,
  // An idea's outcome is its consortium's at once, as a decision is.
  'application.invited': SUBMITTED_APPLICATION,
  'application.not_invited': SUBMITTED_APPLICATION,
  // The full proposal started from an invited idea is a working copy, the consortium's alone.
  'application.carried_over': [CONSORTIUM],

  // Clarifications: between the call's city and the consortium (never the deciders); the
  // evaluators' suggestions stay with the city.
  'clarification.asked': [CONSORTIUM, CITY],
  'clarification.answered': [CONSORTIUM, CITY],
  'clarification.suggested': [CITY],
  'clarification.suggestion_dismissed': [CITY],

  'review.assigned': EVALUATION,
  'review.saved': ADMINS_ONLY,
  'review.submitted': EVALUATION,
  'review.declined': EVALUATION,
  'review.withdrawn': EVALUATION,
  'conflict.declared': ADMINS_ONLY,
  'conflict.withdrawn': ADMINS_ONLY,

  'pilot_report.filed': SUBMITTED_APPLICATION,
  'pilot_report.accepted': SUBMITTED_APPLICATION,
  'pilot_report.returned': SUBMITTED_APPLICATION,
  'pilot.completed': SUBMITTED_APPLICATION,

  // Redress: the request and its grounds, outcome and result are the consortium's and the city's;
  // who reviews it and who re-evaluates are the city's alone. Never the call's deciders or evaluators.
  'call.redress_policy_set': CALL,
  'application.redress_requested': [CONSORTIUM, CITY],
  'redress.reviewer_appointed': [CITY],
  'redress.upheld': [CONSORTIUM, CITY],
  'redress.rejected': [CONSORTIUM, CITY],
  'redress.re_evaluation_assigned': [CITY],
  'redress.concluded': [CONSORTIUM, CITY],
};

/**
 * Readers of an action not in the table, by its object: only objects whose readers do not depend
 * on their state. Any other unknown event is for admins alone until it has its row above.
 */
export const AUDIT_READERS_BY_ENTITY: Readonly<Record<string, readonly AuditReader[]>> = {
  organisation: [ORGANISATION],
  membership: [ORGANISATION],
  invitation: [ORGANISATION],
  testbed: [CITY],
  booking: [ORGANISATION, CITY],
};

export function auditReaders(action: string, entityType: string): readonly AuditReader[] {
  return AUDIT_READERS[action] ?? AUDIT_READERS_BY_ENTITY[entityType] ?? ADMINS_ONLY;
}

/** One way to read events: a reader, and the actions (and, for unknown actions, the objects) it reads. */
export interface AuditRule {
  reader: AuditReader;
  actions: string[];
  entityTypes: string[];
}

/** The tables above grouped by reader, for a query that asks once per reader. */
export function auditRules(): AuditRule[] {
  const rules = new Map<string, AuditRule>();
  const ruleOf = (r: AuditReader) => {
    const key = `${r.who}:${r.when}`;
    if (!rules.has(key)) rules.set(key, { reader: r, actions: [], entityTypes: [] });
    return rules.get(key) as AuditRule;
  };
  for (const [action, readers] of Object.entries(AUDIT_READERS)) for (const r of readers) ruleOf(r).actions.push(action);
  for (const [entityType, readers] of Object.entries(AUDIT_READERS_BY_ENTITY)) for (const r of readers) ruleOf(r).entityTypes.push(entityType);
  return [...rules.values()];
}

export type AuditScope =
  | { all: true }
  | {
      all: false;
      /** The actor's organisations: as `organisation`, and through their applications as `consortium`. */
      organisationIds: string[];
      /** The cities the actor coordinates, as `city`. */
      cityIds: string[];
      /** As `deciders`: of the calls that name this user. */
      userId: string;
    };

/** The actor's side of the audit log: admins read all; everyone else through the readers above. */
export function auditScope(actor: Actor): AuditScope {
  if (actor.admin) return { all: true };
  return { all: false, organisationIds: actor.memberships.map((m) => m.organisationId), cityIds: actor.coordinatorCityIds, userId: actor.userId };
}
