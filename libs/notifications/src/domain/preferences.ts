import type { NotificationKind } from './params.js';

/**
 * How a kind of notification reaches its recipient: an e-mail at once, gathered into the day's
 * digest e-mail, or in the app only. Every notification is in the app whatever the choice.
 */
export const DELIVERIES = ['immediate', 'digest', 'in_app'] as const;
export type Delivery = (typeof DELIVERIES)[number];
export const DEFAULT_DELIVERY: Delivery = 'immediate';

/** Why a kind of message always goes out at once: it is a receipt, a decision or a deadline. */
export type MandatoryReason = 'receipt' | 'decision' | 'deadline';

/**
 * The kinds nobody can turn off or postpone: the receipt of a submission (proof of meeting the
 * deadline), the decisions about an application or an organisation, and a changed deadline.
 */
export const MANDATORY_KINDS: Partial<Record<NotificationKind, MandatoryReason>> = {
  'application.submitted': 'receipt',
  'application.eligibility': 'decision',
  'application.extension_granted': 'deadline',
  'funding.decided': 'decision',
  'funding.promoted': 'decision',
  'redress.decided': 'decision',
  'redress.concluded': 'decision',
  'funding.stage_outcome': 'decision',
  'organisation.claim_resolved': 'decision',
  // A question with an answer deadline: missing it leaves the evaluation without the answer.
  'clarification.asked': 'deadline',
};

export function mandatoryReason(kind: NotificationKind): MandatoryReason | null {
  return MANDATORY_KINDS[kind] ?? null;
}

/**
 * How a notification of `kind` is delivered, given the recipient's choice for the kind (none: the
 * default) and what the notification itself asks for (a saved search's own frequency): a
 * mandatory kind goes at once; a kind turned off (in the app only, as an unsubscribe leaves it)
 * stays off; otherwise the notification's own request wins over the kind's choice.
 */
export function deliveryOf(kind: NotificationKind, chosen: Delivery | null | undefined, requested?: Exclude<Delivery, 'in_app'>): Delivery {
  if (mandatoryReason(kind)) return 'immediate';
  if (chosen === 'in_app') return 'in_app';
  return requested ?? chosen ?? DEFAULT_DELIVERY;
}

export type PreferenceProblem = { code: 'notification_mandatory'; reason: MandatoryReason } | null;

/** Whether a recipient may choose `delivery` for `kind`: a mandatory kind stays immediate. */
export function preferenceProblem(kind: NotificationKind, delivery: Delivery): PreferenceProblem {
  const reason = mandatoryReason(kind);
  return reason && delivery !== 'immediate' ? { code: 'notification_mandatory', reason } : null;
}
