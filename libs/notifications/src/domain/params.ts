import type { LocalizedText } from '@kokeilu/platform';

/**
 * The name of something that has one in several languages (a test bed, a city, a call), sent
 * whole so the worker writes it in the recipient's language (`Format.name`). A plain string is a
 * name in one language only (and what jobs queued before names were sent whole carry).
 */
export type Named = LocalizedText | string;

/**
 * Every in-app and e-mail notification, with the facts its text needs. Amounts are euro cents and
 * times ISO 8601 (days `YYYY-MM-DD`, moments with their zone): the text is written in the worker,
 * in the recipient's language, which formats them as that language does.
 */
export interface NotificationParams {
  'booking.requested': { testbedName: Named; organisationName: string; start: string; end: string };
  'booking.approved': { testbedName: Named; start: string; end: string };
  'booking.declined': { testbedName: Named; start: string; end: string; reason: string };
  /** `cancelledBy`: the organisation's name, or the city's names when the city cancelled. */
  'booking.cancelled': { testbedName: Named; start: string; end: string; cancelledBy: Named };
  'booking.confirmation_requested': { testbedName: Named; organisationName: string; applicationTitle: string; callTitle: Named; start: string; end: string };
  'application.submitted': { applicationTitle: string; callTitle: string; submittedAt: string; revision: number };
  'application.eligibility': { applicationTitle: string; outcome: 'eligible' | 'ineligible' };
  'application.partner_invited': { applicationTitle: string; callTitle: string; leadOrganisationName: string; partnerOrganisationName: string };
  'application.partner_accepted': { applicationTitle: string; partnerOrganisationName: string };
  'application.extension_granted': { callTitle: string; organisationName: string; deadline: string; reason: string };
  'review.assigned': { callTitle: string; count: number; reviewDeadline: string };
  'review.reminder': { callTitle: string; count: number; reviewDeadline: string };
  /** To those who run the call: it closed, and what follows. */
  'call.closed': { callTitle: string; closedAt: string; submitted: number };
  /** To those who run the call: reviewers are assigned (by the job at closing, or on request). */
  'evaluation.assigned': { callTitle: string; applications: number; reviews: number; unassignable: number; reviewDeadline: string };
  /** To those who run the call: the ranking is ready, and the proposal is with the deciders. */
  'funding.ranking_ready': { callTitle: string; ranked: number; passing: number };
  /** To the call's deciders: a funding proposal waits for their decision. */
  'funding.proposal_ready': { callTitle: string; funded: number; committedCents: number; budgetCents: number; reserve: number };
  'funding.decided': {
    applicationTitle: string;
    callTitle: string;
    outcome: 'funded' | 'reserve' | 'not_funded' | 'ineligible';
    grantCents: number | null;
    reservePosition: number | null;
    /** The evaluation results; for an ineligible application, why it was not eligible. */
    scoresFi: string;
    scoresSv: string;
    scoresEn: string;
  };
  'funding.promoted': { applicationTitle: string; callTitle: string; grantCents: number };
  /** To those who run the call: an applicant asks for a procedural review of the decision. */
  'redress.requested': { applicationTitle: string; callTitle: string; organisationName: string };
  /** To the reviewer a coordinator appointed to a redress request. */
  'redress.appointed': { applicationTitle: string; callTitle: string };
  /** To the consortium and those who run the call: the reviewer's outcome, with its reasons. */
  'redress.decided': { applicationTitle: string; callTitle: string; outcome: 'rejected' | 'upheld'; reasons: string };
  /** To the consortium and those who run the call: what the re-evaluation of an upheld request changed. */
  'redress.concluded': { applicationTitle: string; callTitle: string; result: 'funded_from_reserve' | 'first_on_reserve_list' | 'unchanged'; grantCents: number | null };
  /** To the consortium of an idea (first stage of a two-stage call): invited to the second stage or not, at once. */
  'funding.stage_outcome': { applicationTitle: string; callTitle: string; outcome: 'invited' | 'not_invited'; rank: number | null; invited: number; secondStageDeadline: string };
  'pilot.report_filed': { applicationTitle: string; organisationName: string; reportKind: 'progress' | 'final'; periodStart: string; periodEnd: string };
  'pilot.report_accepted': { applicationTitle: string; reportKind: 'progress' | 'final'; periodStart: string; periodEnd: string; comment: string; completed: 'yes' | 'no' };
  'pilot.report_returned': { applicationTitle: string; reportKind: 'progress' | 'final'; periodStart: string; periodEnd: string; reason: string };
  /** To coordinators and admins: an organisation gave a business ID another one holds. */
  'organisation.claim_opened': { organisationName: string; businessId: string; holderName: string };
  /** To the owners of the organisation holding a business ID another organisation gave. */
  'organisation.identity_disputed': { organisationName: string; businessId: string };
  /** To the owners of both organisations of a claim: whether theirs holds the business ID now. */
  'organisation.claim_resolved': { organisationName: string; businessId: string; outcome: 'holds' | 'lost'; reason: string };
  /** To the consortium: the call's coordinator asks a question, to be answered by `answerDueAt`. */
  'clarification.asked': { applicationTitle: string; callTitle: string; question: string; answerDueAt: string };
  /** To those who run the call and the assigned evaluators: the consortium answered. */
  'clarification.answered': { applicationTitle: string; callTitle: string };
  /** To those who run the call: an assigned evaluator suggests a question. */
  'clarification.suggested': { applicationTitle: string; callTitle: string };
  /** To the owner of saved searches that a newly published test bed matches: the searches' names. */
  'alert.testbed': { testbedName: Named; searches: string[] };
  /** To the owner of saved searches that a newly published call matches. */
  'alert.call': { callTitle: Named; searches: string[] };
}
export type NotificationKind = keyof NotificationParams;
export const NOTIFICATION_KINDS = [
  'booking.requested',
  'booking.approved',
  'booking.declined',
  'booking.cancelled',
  'booking.confirmation_requested',
  'application.submitted',
  'application.eligibility',
  'application.partner_invited',
  'application.partner_accepted',
  'application.extension_granted',
  'review.assigned',
  'review.reminder',
  'call.closed',
  'evaluation.assigned',
  'funding.ranking_ready',
  'funding.proposal_ready',
  'funding.decided',
  'funding.promoted',
  'redress.requested',
  'redress.appointed',
  'redress.decided',
  'redress.concluded',
  'funding.stage_outcome',
  'pilot.report_filed',
  'pilot.report_accepted',
  'pilot.report_returned',
  'organisation.claim_opened',
  'organisation.identity_disputed',
  'organisation.claim_resolved',
  'clarification.asked',
  'clarification.answered',
  'clarification.suggested',
  'alert.testbed',
  'alert.call',
] as const satisfies readonly NotificationKind[];
// Fails to compile when NotificationParams gains a kind this list lacks.
const _kindsComplete: [Exclude<NotificationKind, (typeof NOTIFICATION_KINDS)[number]>] extends [never] ? true : false = true;
