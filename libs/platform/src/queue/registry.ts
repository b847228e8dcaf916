import { isUuid, isUuidList } from '../util/uuid.js';
import type { JobsOptions } from 'bullmq';
import type { Locale } from '../i18n/locales.js';

/**
 * The one registry of queues and jobs: every job name, its payload type, its queue and its
 * options. The worker refuses to start unless each job here has exactly one handler.
 */
export const QUEUE_NAMES = ['notifications', 'calls', 'applications', 'privacy'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];


/** A mail rendered from its parameters, which the outbox and the queue keep: never a secret among them (invitations go by `invitation.send`). */
export interface MailSendPayload {
  to: string;
  locale: Locale;
  template: 'invitation';
  params: Record<string, string>;
}

/**
 * Sends one e-mail verification. Only its id travels: the job derives the link and the code from
 * it with the server key, so the secret is in neither the outbox nor the queue.
 */
export interface EmailVerificationPayload {
  verificationId: string;
}

/**
 * Sends one organisation invitation. Only its id travels: the job derives the invitation code from
 * it with the server key, so the code is in neither the outbox nor the queue.
 */
export interface InvitationSendPayload {
  invitationId: string;
}

/**
 * One notification to one user about one object; the text and the link are made in the worker,
 * in the user's language. The params are the facts the text needs (amounts in cents, times ISO).
 */
export interface NotificationSendPayload {
  userId: string;
  kind: string;
  params: Record<string, unknown>;
  entityType?: string;
  entityId?: string;
  /** The part of the object the notification is about (a call's ranking), when not the object itself. */
  view?: string;
  /** How this notification asks to be delivered (a saved search's frequency), over the recipient's choice for the kind. */
  delivery?: 'immediate' | 'digest';
}

/** One notification request of a merged job, with the job id it was requested under (its claim). */
export type NotificationRequest = NotificationSendPayload & { jobId: string };

/**
 * Delivers notifications: one as its change requested it, or the requests that waited together in
 * the outbox, merged by the relay into `requests`, each with its own job id.
 */
export type NotificationDeliveryPayload = NotificationSendPayload | { requests: NotificationRequest[] };

/** The most notification requests one job delivers. */
const NOTIFICATION_BATCH = 500;

function isNotificationRequest(payload: unknown): payload is NotificationSendPayload {
  if (typeof payload !== 'object' || payload === null || 'requests' in payload || 'jobId' in payload) return false;
  const { userId, kind, params } = payload as Partial<NotificationSendPayload>;
  return isUuid(userId) && typeof kind === 'string' && typeof params === 'object' && params !== null;
}

/**
 * The requests a payload asks for, each with its job id (`jobId`, the job's own, for a payload of
 * one request), or null when it is not a payload of this job.
 */
export function notificationRequestsOf(payload: unknown, jobId: string): NotificationRequest[] | null {
  if (isNotificationRequest(payload)) return [{ ...payload, jobId }];
  const requests = (payload as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests) || !requests.length || requests.length > NOTIFICATION_BATCH) return null;
  const valid = requests.every((request) => {
    const { jobId: id, ...rest } = (request ?? {}) as Partial<NotificationRequest>;
    return typeof id === 'string' && id.length > 0 && isNotificationRequest(rest);
  });
  return valid ? (requests as NotificationRequest[]) : null;
}

/** Matches a newly published test bed or call against the saved searches, and tells their owners. */
export interface AlertMatchPayload {
  entityType: 'testbed' | 'call';
  entityId: string;
}

/**
 * Sends the daily digests: one e-mail per user with every notification that waits for it. Run by
 * a job scheduler at DIGEST_TIME; a run that finds nothing waiting sends nothing.
 */
export type NotificationDigestPayload = Record<string, never>;

/** Opens or closes one call at `at` (ISO 8601), the call's time when the job was planned. */
export interface CallTransitionPayload {
  callId: string;
  at: string;
}

/** One submitted revision to judge against its call's eligibility rules. */
export interface RevisionRef {
  applicationId: string;
  revisionId: string;
}

/**
 * Judges submitted revisions against their calls' eligibility rules (rule 2). A submission asks
 * for its revision; the relay runs the requests that wait together as one job, with `revisions`.
 */
export type ApplicationEligibilityPayload = RevisionRef | { revisions: RevisionRef[] };

/** The job id of one revision's eligibility request: its outbox row's, and its claim in whatever job judges it. */
export function eligibilityJobId(revisionId: string): string {
  return `application.eligibility-${revisionId}`;
}

/** The most aggregation requests one job merges. */
const AGGREGATION_BATCH = 1000;

/**
 * Aggregation requests are merged by partitions of the application id (the last hex digit of a
 * random UUID, modulo 8): the merged jobs of one relay batch lock disjoint applications, so the
 * queue's concurrent jobs aggregate side by side instead of queueing behind each other's row locks.
 */
const AGGREGATION_PARTITIONS = 8;
export function aggregationPartition(applicationId: string): string {
  return String(Number.parseInt(applicationId.slice(-1), 16) % AGGREGATION_PARTITIONS);
}

/** The most revisions one eligibility job judges. */
const ELIGIBILITY_BATCH = 200;

/** The revisions a payload asks for, or null when it is not a payload of this job. */
export function revisionsOf(payload: unknown): RevisionRef[] | null {
  const value = payload as Partial<RevisionRef> & { revisions?: unknown };
  const refs: unknown[] = Array.isArray(value?.revisions) ? value.revisions : [value];
  if (!refs.length || refs.length > ELIGIBILITY_BATCH) return null;
  const valid = refs.every((ref) => {
    const { applicationId, revisionId } = (ref ?? {}) as Partial<RevisionRef>;
    return isUuid(applicationId) && isUuid(revisionId);
  });
  return valid ? (refs as RevisionRef[]) : null;
}

/**
 * Aggregates applications' submitted reviews once the last of them is in (rule 5). The review
 * submit that completes an application's reviews, and any later one, asks for its application; the
 * relay runs the requests that wait together as one job.
 */
export interface ApplicationAggregatePayload {
  applicationIds: string[];
}

/**
 * Ranks a call's aggregated applications and writes its funding proposal (rules 6 and 7). Without
 * `requestedBy` it runs once, when every application is aggregated; a coordinator's request ranks
 * again what is ready.
 */
export interface CallRankPayload {
  callId: string;
  requestedBy?: string;
}

/** Assigns reviewers to a call's eligible applications (DOMAIN rule 3); fills only what is missing. */
export interface EvaluationAssignPayload {
  callId: string;
}

/** Replaces one declined review with another evaluator. */
export interface EvaluationReassignPayload {
  reviewId: string;
}

/** Reminds a call's evaluators who have not submitted, `daysBefore` days before the review deadline. */
export interface ReviewRemindPayload {
  callId: string;
  daysBefore: number;
}

/** Moves reserve applications up into budget that a declined or withdrawn grant freed (rule 8). */
export interface FundingPromotePayload {
  callId: string;
}

/** Starts the full proposal of an idea invited to the second stage of a two-stage call. */
export interface ApplicationCarryOverPayload {
  ideaApplicationId: string;
}

/** Confirms a new pilot's requested test-bed bookings in its pilot period, within capacity. */
export interface PilotBookingsPayload {
  pilotId: string;
}

/**
 * A clarification stopped holding its call's ranking: it was answered, or its answer deadline came
 * (then the job was delayed until it). The ranking starts if nothing else holds it.
 */
export interface ClarificationSettlePayload {
  callId: string;
  clarificationId: string;
}

/**
 * An upheld redress request: `redress.reevaluate` gives the application new evaluators up to the
 * call's reviewers per application (again after one declines); `redress.conclude` ranks it again
 * against the decision's budget line once their reviews are in.
 */
export interface RedressPayload {
  requestId: string;
}

/** Builds one requested download of a user's data. */
export interface PrivacyExportPayload {
  exportId: string;
}

/** Carries out one request to be forgotten once its grace period is over (delayed until then). */
export interface PrivacyErasePayload {
  requestId: string;
}

/**
 * Removes what is kept no longer (never-submitted drafts, unverified accounts, old notifications,
 * expired tokens and downloads) and carries out erasures that are due. Run daily at RETENTION_TIME.
 */
export type PrivacyRetentionPayload = Record<string, never>;

export interface JobPayloads {
  'mail.send': MailSendPayload;
  'email.verification': EmailVerificationPayload;
  'invitation.send': InvitationSendPayload;
  'notification.send': NotificationDeliveryPayload;
  'notification.digest': NotificationDigestPayload;
  'application.eligibility': ApplicationEligibilityPayload;
  'call.open': CallTransitionPayload;
  'call.close': CallTransitionPayload;
  'evaluation.assign': EvaluationAssignPayload;
  'evaluation.reassign': EvaluationReassignPayload;
  'review.remind': ReviewRemindPayload;
  'application.aggregate': ApplicationAggregatePayload;
  'call.rank': CallRankPayload;
  'funding.promote': FundingPromotePayload;
  'pilot.bookings': PilotBookingsPayload;
  'clarification.settle': ClarificationSettlePayload;
  'redress.reevaluate': RedressPayload;
  'redress.conclude': RedressPayload;
  'alert.match': AlertMatchPayload;
  'privacy.export': PrivacyExportPayload;
  'privacy.erase': PrivacyErasePayload;
  'privacy.retention': PrivacyRetentionPayload;
  'application.carry_over': ApplicationCarryOverPayload;
}
export type JobName = keyof JobPayloads;

export interface JobDefinition<N extends JobName = JobName> {
  queue: QueueName;
  options: JobsOptions;
  /**
   * Requests of this job that wait in the outbox together are relayed as one job (up to `max`
   * outbox rows), with their payloads merged. Only for handlers that do the same work for the
   * merged payload as for each request on its own. A payload that `accepts` refuses goes alone,
   * so that its handler refuses it without taking the others down with it.
   */
  coalesce?: {
    max: number;
    accepts(payload: unknown): payload is JobPayloads[N];
    /** The payloads in the rows' order, with the rows' job ids beside them. */
    merge(payloads: JobPayloads[N][], jobIds: string[]): JobPayloads[N];
    /**
     * Requests merge only with requests of the same partition. Jobs that lock what their payload
     * names can then run side by side without waiting for each other's locks, as long as a
     * payload's partition follows from what it locks.
     */
    partition?(payload: JobPayloads[N]): string;
  };
}

const WEEK_SECONDS = 7 * 24 * 3600;


/**
 * Completed jobs are kept a week so that a re-relayed outbox row (same jobId) is recognised as a
 * duplicate by BullMQ; failed jobs are kept for inspection until someone removes them.
 */
const defaults: JobsOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: WEEK_SECONDS },
  removeOnFail: false,
};

export const JOBS: { [N in JobName]: JobDefinition<N> } = {
  'mail.send': { queue: 'notifications', options: { ...defaults, attempts: 10 } },
  'email.verification': { queue: 'notifications', options: { ...defaults, attempts: 10 } },
  'invitation.send': { queue: 'notifications', options: { ...defaults, attempts: 10 } },
  // Each request keeps its job id in the merged payload: its claim and its e-mail's Message-ID.
  'notification.send': {
    queue: 'notifications',
    options: { ...defaults, attempts: 10 },
    coalesce: {
      max: NOTIFICATION_BATCH,
      accepts: isNotificationRequest,
      merge: (payloads, jobIds) => ({ requests: payloads.map((payload, i) => ({ ...(payload as NotificationSendPayload), jobId: jobIds[i] })) }),
    },
  },
  // Added by its job scheduler (DigestSchedule), not the outbox: completed runs are kept a day.
  'notification.digest': { queue: 'notifications', options: { ...defaults, attempts: 10, removeOnComplete: { age: 24 * 3600 } } },
  'application.eligibility': {
    queue: 'applications',
    options: defaults,
    coalesce: {
      max: ELIGIBILITY_BATCH,
      accepts: (payload): payload is ApplicationEligibilityPayload => revisionsOf(payload) !== null,
      merge: (payloads) => ({ revisions: payloads.flatMap((p) => revisionsOf(p) ?? []) }),
    },
  },
  // Delayed until the call's time by the outbox row (runAt); jobId per call, transition and time.
  'call.open': { queue: 'calls', options: { ...defaults, attempts: 12 } },
  'call.close': { queue: 'calls', options: { ...defaults, attempts: 12 } },
  // Retried while eligibility checks of the closed call are still running (about an hour in all).
  'evaluation.assign': { queue: 'calls', options: { ...defaults, attempts: 12 } },
  'evaluation.reassign': { queue: 'calls', options: defaults },
  // Delayed until 3 and 1 days before the review deadline; jobId per call, reminder and day.
  'review.remind': { queue: 'calls', options: defaults },
  'application.aggregate': {
    queue: 'applications',
    options: defaults,
    coalesce: {
      max: AGGREGATION_BATCH,
      accepts: (payload): payload is ApplicationAggregatePayload => isUuidList((payload as Partial<ApplicationAggregatePayload> | null)?.applicationIds),
      merge: (payloads) => ({ applicationIds: [...new Set(payloads.flatMap((p) => p.applicationIds))] }),
      partition: (payload) => aggregationPartition(payload.applicationIds[0]),
    },
  },
  'call.rank': { queue: 'calls', options: defaults },
  'funding.promote': { queue: 'calls', options: defaults },
  'pilot.bookings': { queue: 'applications', options: defaults },
  // Delayed until the answer deadline (or sent at the answer); jobId per clarification and cause.
  'clarification.settle': { queue: 'calls', options: defaults },
  'redress.reevaluate': { queue: 'applications', options: defaults },
  'redress.conclude': { queue: 'applications', options: defaults },
  // jobId per object: a publication is matched once (saved_search_hits keeps a rerun quiet too).
  'alert.match': { queue: 'notifications', options: defaults },
  'privacy.export': { queue: 'privacy', options: defaults },
  // Delayed until the end of the grace period by the outbox row (runAt); jobId per request.
  'privacy.erase': { queue: 'privacy', options: { ...defaults, attempts: 12 } },
  // Added by its job scheduler (RetentionSchedule), not the outbox: completed runs are kept a day.
  'privacy.retention': { queue: 'privacy', options: { ...defaults, removeOnComplete: { age: 24 * 3600 } } },
  // jobId per idea: an invitation starts one full proposal, however often it is relayed.
  'application.carry_over': { queue: 'applications', options: defaults },
};

export const JOB_NAMES = Object.keys(JOBS) as JobName[];
