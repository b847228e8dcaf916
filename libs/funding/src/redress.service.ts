import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { callRunnerIds, Notifier } from '@kokeilu/notifications';
import { Audit, DomainError, messageOf, Outbox, programmeText } from '@kokeilu/platform';
import {
  appointReviewer,
  changeRedressPolicy,
  checkRequest,
  recordOutcome,
  type RedressOutcome,
  type RedressRemedy,
  type RedressWindow,
  redressWindow,
  REDRESSABLE_STATES,
  reviewerEligibility,
  type ReviewerIneligibility,
} from './domain/redress.js';
import { REDRESS_MESSAGES } from './domain/redress-messages.js';
import { applicationResource, callResource, loadCall, membersOf } from './funding-facts.js';
import { conflictsWith, findRedress, REDRESS_SELECT, type RedressRecord, redressResource, redressSetting } from './redress-facts.js';

/** A redress request as its reader may see it: the consortium never learns who reviews it. */
export interface RedressView {
  id: string;
  applicationId: string;
  applicationTitle: string;
  leadOrganisationName: string;
  callId: string;
  callTitle: Record<string, string>;
  state: RedressRecord['state'];
  grounds: string;
  requestedAt: Date;
  reviewer: { id: string; name: string } | null;
  appointedAt: Date | null;
  outcome: RedressOutcome | null;
  outcomeReasons: string | null;
  outcomeAt: Date | null;
  reEvaluation: {
    deadline: string;
    reviewsAssigned: number;
    reviewsSubmitted: number;
    shortage: number;
    total: number | null;
    pass: boolean | null;
    rank: number | null;
    aboveLine: boolean | null;
  } | null;
  result: RedressRecord['result'];
  resultGrantCents: number | null;
  concludedAt: Date | null;
}

export interface ApplicationRedress {
  applicationId: string;
  /** The 30 days after the decision; null before it. */
  window: (Omit<RedressWindow, 'closesAt'> & { closesAt: Date }) | null;
  /** The caller may ask for redress now (a member of the lead organisation, within the window, not yet asked). */
  canRequest: boolean;
  request: RedressView | null;
}

export interface RedressDesk {
  callId: string;
  remedy: RedressRemedy;
  reserveCents: number;
  reserveCommittedCents: number;
  requests: RedressView[];
}

export interface ReviewerCandidateView {
  userId: string;
  name: string;
  eligible: boolean;
  reasons: ReviewerIneligibility[];
}

function viewOf(record: RedressRecord, internal: boolean): RedressView {
  const re = record.reEvaluation;
  return {
    id: record.id,
    applicationId: record.applicationId,
    applicationTitle: record.applicationTitle,
    leadOrganisationName: record.leadOrganisationName,
    callId: record.callId,
    callTitle: record.callTitle,
    state: record.state,
    grounds: record.grounds,
    requestedAt: record.requestedAt,
    reviewer: internal && record.reviewerId ? { id: record.reviewerId, name: record.reviewerName ?? '' } : null,
    appointedAt: record.appointedAt,
    outcome: record.outcome,
    outcomeReasons: record.outcomeReasons,
    outcomeAt: record.outcomeAt,
    reEvaluation: re
      ? {
          deadline: re.deadline,
          reviewsAssigned: record.reviewsAssigned,
          reviewsSubmitted: record.reviewsSubmitted,
          shortage: re.shortage,
          total: re.total ?? null,
          pass: re.pass ?? null,
          rank: re.rank ?? null,
          aboveLine: re.aboveLine ?? null,
        }
      : null,
    result: record.result,
    resultGrantCents: record.resultGrantCents,
    concludedAt: record.concludedAt,
  };
}

function refused(outcome: { kind: 'invalid'; field: string; code: keyof typeof REDRESS_MESSAGES } | { kind: 'conflict'; code: keyof typeof REDRESS_MESSAGES }): DomainError {
  const message = messageOf(REDRESS_MESSAGES, outcome.code);
  return outcome.kind === 'invalid' ? DomainError.invalid(outcome.field, message) : DomainError.conflict(message);
}

/** Days the new evaluators of an upheld request have. */
export const RE_EVALUATION_DAYS = 14;

/**
 * Redress: the applicant's request within 30 days of the decision, the coordinator's appointment
 * of a reviewer who took no part in the call's evaluation, and the reviewer's outcome. An upheld
 * request goes on in the worker (RedressReEvaluateJob, RedressConcludeJob).
 */
@Injectable()
export class RedressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    private readonly notifier: Notifier,
  ) {}

  /** The window and the request of one application, for its consortium and those who run the call. */
  async forApplication(actor: Actor, applicationId: string, now = new Date()): Promise<ApplicationRedress> {
    const tx = this.dataSource.manager;
    const resource = await applicationResource(tx, applicationId);
    this.policy.authorize(actor, 'application.redress.read', resource, 'Application');
    const [facts]: { state: string; decidedAt: Date | null }[] = await tx.query(
      `SELECT a.state, d.decided_at AS "decidedAt" FROM applications a LEFT JOIN funding_decisions d ON d.call_id = a.call_id WHERE a.id = $1`,
      [applicationId],
    );
    const [record]: RedressRecord[] = await tx.query(`${REDRESS_SELECT} WHERE q.application_id = $1`, [applicationId]);
    const window = facts?.decidedAt ? redressWindow(new Date(facts.decidedAt), now) : null;
    const internal = this.policy.allows(actor, 'call.redress.manage', { kind: 'call', cityId: resource.cityId, state: 'decided', deciderIds: resource.deciderIds });
    return {
      applicationId,
      window,
      canRequest:
        !record && !!window?.open && (REDRESSABLE_STATES as readonly string[]).includes(facts?.state ?? '') && this.policy.allows(actor, 'application.redress.request', resource),
      request: record ? viewOf(record, internal) : null,
    };
  }

  /** A member of the lead organisation asks for redress. Repeating the same request answers the one already made. */
  async request(actor: Actor, applicationId: string, grounds: string, now = new Date()): Promise<RedressView> {
    return this.dataSource.transaction(async (tx) => {
      const resource = await applicationResource(tx, applicationId);
      this.policy.authorize(actor, 'application.redress.request', resource, 'Application');
      const [facts]: { state: string; decidedAt: Date | null; callId: string }[] = await tx.query(
        `SELECT a.state, a.call_id AS "callId", d.decided_at AS "decidedAt"
           FROM applications a LEFT JOIN funding_decisions d ON d.call_id = a.call_id WHERE a.id = $1 FOR UPDATE OF a`,
        [applicationId],
      );
      const [existing]: { id: string; grounds: string; requestedBy: string }[] = await tx.query(
        `SELECT id, grounds, requested_by AS "requestedBy" FROM redress_requests WHERE application_id = $1`,
        [applicationId],
      );
      if (existing) {
        if (existing.requestedBy === actor.userId && existing.grounds === grounds.trim()) return viewOf(await findRedress(tx, existing.id), false);
        throw DomainError.conflict(messageOf(REDRESS_MESSAGES, 'redress.already_requested'));
      }
      const check = checkRequest({ applicationState: facts!.state, decidedAt: facts!.decidedAt ? new Date(facts!.decidedAt) : null, now, grounds });
      if (!check.ok) throw refused(check);
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO redress_requests (application_id, call_id, requested_by, grounds) VALUES ($1, $2, $3, $4) RETURNING id`,
        [applicationId, facts!.callId, actor.userId, check.grounds],
      );
      const record = await findRedress(tx, id);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'application.redress_requested',
        entityType: 'application',
        entityId: applicationId,
        organisationId: record.leadOrganisationId,
        cityId: record.cityId,
        callId: record.callId,
        after: { redressId: id, grounds: check.grounds, lastDay: check.window.lastDay },
      });
      await this.notifier.notify(tx, {
        userIds: await callRunnerIds(tx, record.cityId),
        kind: 'redress.requested',
        params: { applicationTitle: record.applicationTitle, callTitle: programmeText(record.callTitle), organisationName: record.leadOrganisationName },
        entity: { type: 'call', id: record.callId, view: 'redress' },
      });
      return viewOf(record, false);
    });
  }

  async get(actor: Actor, id: string): Promise<RedressView> {
    const record = await findRedress(this.dataSource.manager, id);
    this.policy.authorize(actor, 'redress.read', redressResource(record), 'Redress request');
    return viewOf(record, this.internalReader(actor, record));
  }

  /** The requests the caller was appointed to review, newest first. */
  async assigned(actor: Actor): Promise<RedressView[]> {
    const rows: RedressRecord[] = await this.dataSource.query(`${REDRESS_SELECT} WHERE q.reviewer_id = $1 ORDER BY q.requested_at DESC, q.id`, [actor.userId]);
    return rows.map((r) => viewOf(r, true));
  }

  /** The redress desk of a call: its setting and every request with its progress. */
  async desk(actor: Actor, callId: string): Promise<RedressDesk> {
    const tx = this.dataSource.manager;
    const call = await loadCall(tx, callId);
    this.policy.authorize(actor, 'call.redress.manage', callResource(call), 'Call');
    const setting = await redressSetting(tx, callId);
    const rows: RedressRecord[] = await tx.query(`${REDRESS_SELECT} WHERE q.call_id = $1 ORDER BY q.requested_at, q.id`, [callId]);
    return { callId, ...setting, requests: rows.map((r) => viewOf(r, true)) };
  }

  /** The call's remedy for an upheld redress and the reserve it holds back; fixed once decided. Audited when it changes. */
  async setPolicy(actor: Actor, callId: string, next: { remedy: RedressRemedy; reserveCents: number }): Promise<RedressDesk> {
    await this.dataSource.transaction(async (tx) => {
      const call = await loadCall(tx, callId, true);
      this.policy.authorize(actor, 'call.redress.manage', callResource(call), 'Call');
      const current = await redressSetting(tx, callId);
      const step = changeRedressPolicy(call.state, current, next);
      if (!step.ok) throw DomainError.conflict(messageOf(REDRESS_MESSAGES, step.code), { state: call.state });
      if (!step.changed) return;
      await tx.query(`UPDATE calls SET redress_remedy = $2, redress_reserve_cents = $3, updated_at = now() WHERE id = $1`, [callId, next.remedy, next.reserveCents]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'call.redress_policy_set',
        entityType: 'call',
        entityId: callId,
        cityId: call.cityId,
        callId,
        before: { remedy: current.remedy, reserveCents: current.reserveCents },
        after: next,
      });
    });
    return this.desk(actor, callId);
  }

  /** Evaluators a coordinator may appoint, each with why not when not. */
  async candidates(actor: Actor, id: string): Promise<ReviewerCandidateView[]> {
    const tx = this.dataSource.manager;
    const record = await findRedress(tx, id);
    await this.authorizeDesk(tx, actor, record);
    return this.judgeCandidates(tx, record);
  }

  async appoint(actor: Actor, id: string, reviewerId: string): Promise<RedressView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await findRedress(tx, id, true);
      await this.authorizeDesk(tx, actor, record);
      const step = appointReviewer(record.state, record.reviewerId, reviewerId);
      if (!step.ok) throw DomainError.conflict(messageOf(REDRESS_MESSAGES, step.code), { state: record.state });
      if (!step.changed) return viewOf(record, true);
      const [candidate] = await this.judgeCandidates(tx, record, [reviewerId]);
      if (!candidate) throw DomainError.invalid('reviewerId', messageOf(REDRESS_MESSAGES, 'redress.reviewer_ineligible'));
      if (!candidate.eligible) {
        throw new DomainError('validation_failed', messageOf(REDRESS_MESSAGES, 'redress.reviewer_ineligible'), {
          fields: [{ field: 'reviewerId', message: `not eligible: ${candidate.reasons.join(', ')}` }],
        });
      }
      await tx.query(`UPDATE redress_requests SET state = 'in_review', reviewer_id = $2, appointed_by = $3, appointed_at = now(), updated_at = now() WHERE id = $1`, [
        id,
        reviewerId,
        actor.userId,
      ]);
      // The city's record: the applicant is told the outcome, not who reviews.
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'redress.reviewer_appointed',
        entityType: 'redress',
        entityId: id,
        cityId: record.cityId,
        callId: record.callId,
        before: { state: record.state, reviewerId: record.reviewerId },
        after: { state: 'in_review', reviewerId },
      });
      await this.notifier.notify(tx, {
        userIds: [reviewerId],
        kind: 'redress.appointed',
        params: { applicationTitle: record.applicationTitle, callTitle: programmeText(record.callTitle) },
        entity: { type: 'redress', id },
      });
      return viewOf(await findRedress(tx, id), true);
    });
  }

  /** The appointed reviewer rejects or upholds the request, with reasons; upheld starts the re-evaluation through the outbox. */
  async decide(actor: Actor, id: string, input: { outcome: RedressOutcome; reasons: string }): Promise<RedressView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await findRedress(tx, id, true);
      this.policy.authorize(actor, 'redress.decide', redressResource(record), 'Redress request');
      const step = recordOutcome(record.state, { outcome: record.outcome, reasons: record.outcomeReasons }, input);
      if (!step.ok) throw refused(step);
      if (!step.changed) return viewOf(record, true);
      const deadline = new Date(Date.now() + RE_EVALUATION_DAYS * 86_400_000).toISOString();
      await tx.query(
        `UPDATE redress_requests SET state = $2, outcome = $3, outcome_reasons = $4, outcome_at = now(), re_evaluation = $5, updated_at = now() WHERE id = $1`,
        [id, step.next, input.outcome, step.reasons, input.outcome === 'upheld' ? JSON.stringify({ deadline, shortage: 0 }) : null],
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: `redress.${input.outcome}`,
        entityType: 'application',
        entityId: record.applicationId,
        organisationId: record.leadOrganisationId,
        cityId: record.cityId,
        callId: record.callId,
        before: { redressId: id, state: record.state },
        after: { redressId: id, state: step.next, outcome: input.outcome, reasons: step.reasons },
      });
      const consortium = await membersOf(tx, [record.leadOrganisationId, ...record.partnerOrganisationIds]);
      const runners = await callRunnerIds(tx, record.cityId);
      const params = { applicationTitle: record.applicationTitle, callTitle: programmeText(record.callTitle), outcome: input.outcome, reasons: step.reasons };
      await this.notifier.notifyEach(tx, [
        { userIds: consortium, kind: 'redress.decided', params, entity: { type: 'application', id: record.applicationId, view: 'outcome' } },
        { userIds: runners.filter((u) => !consortium.includes(u)), kind: 'redress.decided', params, entity: { type: 'call', id: record.callId, view: 'redress' } },
      ]);
      if (input.outcome === 'upheld') await this.outbox.add(tx, 'redress.reevaluate', { requestId: id }, { jobId: `redress.reevaluate.${id}` });
      return viewOf(await findRedress(tx, id), true);
    });
  }

  /**
   * Those who run the call ask again for the re-evaluators the pool lacked (after adding
   * evaluators to it). The job fills only what is missing, so asking twice assigns nobody twice.
   */
  async assignAgain(actor: Actor, id: string): Promise<RedressView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await findRedress(tx, id, true);
      await this.authorizeDesk(tx, actor, record);
      if (record.state !== 're_evaluating') throw DomainError.conflict(messageOf(REDRESS_MESSAGES, 'redress.not_re_evaluating'), { state: record.state });
      await this.outbox.add(tx, 'redress.reevaluate', { requestId: id });
      return viewOf(record, true);
    });
  }

  private internalReader(actor: Actor, record: RedressRecord): boolean {
    return this.policy.allows(actor, 'call.redress.manage', { kind: 'call', cityId: record.cityId, state: 'decided', deciderIds: [] }) || record.reviewerId === actor.userId;
  }

  /** The request must exist for the caller (else 404), then the desk is for those who run the call (else 403). */
  private async authorizeDesk(tx: EntityManager, actor: Actor, record: RedressRecord): Promise<void> {
    this.policy.authorize(actor, 'redress.read', redressResource(record), 'Redress request');
    const call = await loadCall(tx, record.callId);
    this.policy.authorize(actor, 'call.redress.manage', callResource(call), 'Call');
  }

  private async judgeCandidates(tx: EntityManager, record: RedressRecord, only?: string[]): Promise<ReviewerCandidateView[]> {
    const rows: { userId: string; name: string; evaluator: boolean; assignedOnCall: boolean }[] = await tx.query(
      `SELECT u.id AS "userId", u.display_name AS name,
              EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND g.role = 'evaluator') AS evaluator,
              EXISTS (SELECT 1 FROM reviews r WHERE r.call_id = $1 AND r.evaluator_id = u.id) AS "assignedOnCall"
         FROM users u
        WHERE ($2::uuid[] IS NULL AND EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND g.role = 'evaluator'))
           OR u.id = ANY($2::uuid[])
        ORDER BY u.display_name, u.id`,
      [record.callId, only ?? null],
    );
    const conflicts = await conflictsWith(
      tx,
      record.applicationId,
      rows.map((r) => r.userId),
    );
    return rows.map((r) => {
      const verdict = reviewerEligibility({ userId: r.userId, evaluator: r.evaluator, assignedOnCall: r.assignedOnCall, conflicts: conflicts.get(r.userId) ?? [] });
      return { userId: r.userId, name: r.name, ...verdict };
    });
  }
}
