import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { ApplicationRecord, findApplication, resourceOf } from '@kokeilu/applications';
import { callRunnerIds, Notifier } from '@kokeilu/notifications';
import { Audit, DomainError, Outbox, programmeText } from '@kokeilu/platform';
import {
  answerClarification,
  askClarification,
  ClarificationState,
  clarificationState,
  ClarificationStep,
  settleSuggestion,
  suggestClarification,
  SuggestionState,
} from './domain/clarifications.js';

/** A question to the consortium and its answer, beside the revision it was asked about. */
export interface ClarificationView {
  id: string;
  applicationId: string;
  /** The revision pinned when the question was asked: the answer belongs to it and never changes it. */
  revisionNumber: number;
  question: string;
  askedAt: Date;
  answerDueAt: Date;
  state: ClarificationState;
  answer: string | null;
  answeredAt: Date | null;
  /** Asked from an evaluator's suggestion. */
  suggested: boolean;
}

/** An evaluator's suggested question, for the coordinators (and the evaluator who made it). */
export interface SuggestionView {
  id: string;
  applicationId: string;
  question: string;
  state: SuggestionState;
  evaluatorId: string;
  evaluatorName: string;
  createdAt: Date;
  decidedAt: Date | null;
  dismissReason: string | null;
  /** The clarification it became, once asked. */
  clarificationId: string | null;
}

export interface AskInput {
  question: string;
  answerDueAt: Date;
  /** The evaluator's suggestion this question asks (edited or not). */
  suggestionId?: string;
}

interface ClarificationRow {
  id: string;
  applicationId: string;
  revisionNumber: number;
  question: string;
  askedBy: string;
  askedAt: Date;
  answerDueAt: Date;
  answer: string | null;
  answeredAt: Date | null;
  suggestionId: string | null;
}

const CLARIFICATION_SELECT = `
  SELECT c.id, c.application_id AS "applicationId", v.number AS "revisionNumber", c.question, c.asked_by AS "askedBy", c.asked_at AS "askedAt",
         c.answer_due_at AS "answerDueAt", c.answer, c.answered_at AS "answeredAt", c.suggestion_id AS "suggestionId"
    FROM clarifications c JOIN application_revisions v ON v.id = c.revision_id`;

const SUGGESTION_SELECT = `
  SELECT s.id, s.application_id AS "applicationId", s.question, s.state, s.evaluator_id AS "evaluatorId", u.display_name AS "evaluatorName",
         s.created_at AS "createdAt", s.decided_at AS "decidedAt", s.dismiss_reason AS "dismissReason",
         (SELECT c.id FROM clarifications c WHERE c.suggestion_id = s.id) AS "clarificationId"
    FROM clarification_suggestions s JOIN users u ON u.id = s.evaluator_id`;

function viewOf(row: ClarificationRow, now: Date): ClarificationView {
  return {
    id: row.id,
    applicationId: row.applicationId,
    revisionNumber: row.revisionNumber,
    question: row.question,
    askedAt: row.askedAt,
    answerDueAt: row.answerDueAt,
    state: clarificationState(row, now),
    answer: row.answer,
    answeredAt: row.answeredAt,
    suggested: row.suggestionId !== null,
  };
}

function refuse(step: Extract<ClarificationStep, { ok: false }>): never {
  if (step.kind === 'invalid') throw new DomainError('validation_failed', step.message, { fields: step.problems });
  throw DomainError.conflict(step.message);
}

async function databaseNow(tx: EntityManager): Promise<Date> {
  const [{ now }]: { now: Date }[] = await tx.query(`SELECT clock_timestamp() AS now`);
  return now;
}

/**
 * Clarifications during eligibility checking and evaluation: the call's coordinators ask the
 * consortium (from an evaluator's suggestion or not), the consortium answers before the deadline,
 * the assigned evaluators read both. Every change is audited and notified in its transaction; an
 * answer, and each deadline (a delayed job), tell the ranking to look again whether it may start.
 */
@Injectable()
export class ClarificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    private readonly notifier: Notifier,
  ) {}

  async list(actor: Actor, applicationId: string): Promise<ClarificationView[]> {
    const tx = this.dataSource.manager;
    await this.application(tx, actor, applicationId, 'clarification.read');
    const rows: ClarificationRow[] = await tx.query(`${CLARIFICATION_SELECT} WHERE c.application_id = $1 ORDER BY c.asked_at, c.id`, [applicationId]);
    const now = await databaseNow(tx);
    return rows.map((row) => viewOf(row, now));
  }

  /** Asks the consortium. The same question to the same deadline, asked again while open, is the same clarification (a retried request). */
  async ask(actor: Actor, applicationId: string, input: AskInput): Promise<{ clarification: ClarificationView; created: boolean }> {
    return this.dataSource.transaction(async (tx) => {
      // The call row first, as ranking takes it: a question asked meanwhile is either seen by ranking or refused by the state.
      await tx.query(`SELECT 1 FROM calls WHERE id = (SELECT call_id FROM applications WHERE id = $1) FOR SHARE`, [applicationId]);
      const record = await this.application(tx, actor, applicationId, 'clarification.ask', true);
      const question = input.question.trim();
      const now = await databaseNow(tx);
      const [repeat]: ClarificationRow[] = await tx.query(
        `${CLARIFICATION_SELECT} WHERE c.application_id = $1 AND c.asked_by = $2 AND c.question = $3 AND c.answer_due_at = $4 AND c.answered_at IS NULL
            AND c.suggestion_id IS NOT DISTINCT FROM $5`,
        [applicationId, actor.userId, question, input.answerDueAt, input.suggestionId ?? null],
      );
      if (repeat) return { clarification: viewOf(repeat, now), created: false };

      const step = askClarification({ callState: record.callState, applicationState: record.state, question: input.question, answerDueAt: input.answerDueAt, now });
      if (!step.ok) refuse(step);
      if (input.suggestionId) {
        const [suggestion]: { state: SuggestionState }[] = await tx.query(`SELECT state FROM clarification_suggestions WHERE id = $1 AND application_id = $2 FOR UPDATE`, [
          input.suggestionId,
          applicationId,
        ]);
        if (!suggestion) throw DomainError.invalid('suggestionId', 'is not a suggestion for this application');
        const settled = settleSuggestion(suggestion.state);
        if (!settled.ok) refuse(settled);
        await tx.query(`UPDATE clarification_suggestions SET state = 'asked', decided_by = $2, decided_at = now() WHERE id = $1`, [input.suggestionId, actor.userId]);
      }
      const [created]: { id: string }[] = await tx.query(
        `INSERT INTO clarifications (application_id, call_id, revision_id, question, asked_by, asked_at, answer_due_at, suggestion_id)
         SELECT $1, $2, v.id, $4, $5, $6, $7, $8 FROM application_revisions v WHERE v.application_id = $1 AND v.number = $3
         RETURNING id`,
        [applicationId, record.callId, record.revision, question, actor.userId, now, input.answerDueAt, input.suggestionId ?? null],
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'clarification.asked',
        entityType: 'application',
        entityId: applicationId,
        organisationId: record.leadOrganisationId,
        cityId: record.cityId,
        callId: record.callId,
        after: { clarificationId: created.id, revision: record.revision, question, answerDueAt: input.answerDueAt.toISOString(), suggested: !!input.suggestionId },
      });
      const callTitle = await this.callTitle(tx, record.callId);
      await this.notifier.notify(tx, {
        userIds: await this.consortiumMembers(tx, record),
        kind: 'clarification.asked',
        params: { applicationTitle: record.title, callTitle, question, answerDueAt: input.answerDueAt.toISOString() },
        entity: { type: 'application', id: applicationId },
      });
      // At the deadline the ranking looks again, whether or not an answer came: nothing polls.
      await this.outbox.add(tx, 'clarification.settle', { callId: record.callId, clarificationId: created.id }, { jobId: `clarification.due.${created.id}`, runAt: input.answerDueAt });
      const [row]: ClarificationRow[] = await tx.query(`${CLARIFICATION_SELECT} WHERE c.id = $1`, [created.id]);
      return { clarification: viewOf(row, now), created: true };
    });
  }

  /** The consortium answers, once and before the deadline; the same answer again changes nothing. */
  async answer(actor: Actor, applicationId: string, clarificationId: string, answer: string): Promise<ClarificationView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await this.application(tx, actor, applicationId, 'clarification.answer');
      const [row]: ClarificationRow[] = await tx.query(`${CLARIFICATION_SELECT} WHERE c.id = $1 AND c.application_id = $2 FOR UPDATE OF c`, [clarificationId, applicationId]);
      if (!row) throw DomainError.notFound('Clarification');
      const now = await databaseNow(tx);
      const step = answerClarification({ answer, given: row.answer, answerDueAt: row.answerDueAt, now });
      if (!step.ok) refuse(step);
      if (step.repeat) return viewOf(row, now);
      const text = answer.trim();
      await tx.query(`UPDATE clarifications SET answer = $2, answered_by = $3, answered_at = $4 WHERE id = $1`, [clarificationId, text, actor.userId, now]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'clarification.answered',
        entityType: 'application',
        entityId: applicationId,
        organisationId: record.leadOrganisationId,
        cityId: record.cityId,
        callId: record.callId,
        before: { clarificationId, answer: null },
        after: { clarificationId, revision: row.revisionNumber, answer: text },
      });
      const callTitle = await this.callTitle(tx, record.callId);
      const params = { applicationTitle: record.title, callTitle };
      const reviews: { id: string; evaluatorId: string }[] = await tx.query(
        `SELECT id, evaluator_id AS "evaluatorId" FROM reviews WHERE application_id = $1 AND state IN ('assigned', 'submitted')`,
        [applicationId],
      );
      await this.notifier.notifyEach(tx, [
        { userIds: await callRunnerIds(tx, record.cityId), kind: 'clarification.answered', params, entity: { type: 'desk-application', id: applicationId } },
        ...reviews.map((review) => ({ userIds: [review.evaluatorId], kind: 'clarification.answered' as const, params, entity: { type: 'review', id: review.id } })),
      ]);
      // An answer may be the last thing the ranking waits for.
      await this.outbox.add(tx, 'clarification.settle', { callId: record.callId, clarificationId }, { jobId: `clarification.answered.${clarificationId}` });
      return viewOf({ ...row, answer: text, answeredAt: now }, now);
    });
  }

  /** Every suggestion to those who run the call; an evaluator's own to the evaluator. */
  async suggestions(actor: Actor, applicationId: string): Promise<SuggestionView[]> {
    const tx = this.dataSource.manager;
    const record = await this.application(tx, actor, applicationId, 'clarification.suggestions.read');
    const all = this.policy.allows(actor, 'clarification.ask', resourceOf(record));
    return tx.query(`${SUGGESTION_SELECT} WHERE s.application_id = $1 AND ($2 OR s.evaluator_id = $3) ORDER BY s.created_at, s.id`, [applicationId, all, actor.userId]);
  }

  /** An assigned evaluator suggests a question; the same open suggestion again is the same one. */
  async suggest(actor: Actor, applicationId: string, question: string): Promise<{ suggestion: SuggestionView; created: boolean }> {
    return this.dataSource.transaction(async (tx) => {
      const record = await this.application(tx, actor, applicationId, 'clarification.suggest', true);
      const text = question.trim();
      const [repeat]: SuggestionView[] = await tx.query(`${SUGGESTION_SELECT} WHERE s.application_id = $1 AND s.evaluator_id = $2 AND s.question = $3 AND s.state = 'open'`, [
        applicationId,
        actor.userId,
        text,
      ]);
      if (repeat) return { suggestion: repeat, created: false };
      const step = suggestClarification({ callState: record.callState, applicationState: record.state, question });
      if (!step.ok) refuse(step);
      const [created]: { id: string }[] = await tx.query(
        `INSERT INTO clarification_suggestions (application_id, call_id, evaluator_id, question) VALUES ($1, $2, $3, $4) RETURNING id`,
        [applicationId, record.callId, actor.userId, text],
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'clarification.suggested',
        entityType: 'application',
        entityId: applicationId,
        cityId: record.cityId,
        callId: record.callId,
        after: { suggestionId: created.id, question: text },
      });
      await this.notifier.notify(tx, {
        userIds: await callRunnerIds(tx, record.cityId),
        kind: 'clarification.suggested',
        params: { applicationTitle: record.title, callTitle: await this.callTitle(tx, record.callId) },
        entity: { type: 'desk-application', id: applicationId },
      });
      const [row]: SuggestionView[] = await tx.query(`${SUGGESTION_SELECT} WHERE s.id = $1`, [created.id]);
      return { suggestion: row, created: true };
    });
  }

  /** The coordinator dismisses a suggestion (with an optional reason); dismissing it again changes nothing. */
  async dismiss(actor: Actor, applicationId: string, suggestionId: string, reason: string | null): Promise<SuggestionView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await this.application(tx, actor, applicationId, 'clarification.ask');
      const [suggestion]: SuggestionView[] = await tx.query(`${SUGGESTION_SELECT} WHERE s.id = $1 AND s.application_id = $2 FOR UPDATE OF s`, [suggestionId, applicationId]);
      if (!suggestion) throw DomainError.notFound('Suggestion');
      if (suggestion.state === 'dismissed') return suggestion;
      const text = reason?.trim() || null;
      const step = settleSuggestion(suggestion.state, text);
      if (!step.ok) refuse(step);
      await tx.query(`UPDATE clarification_suggestions SET state = 'dismissed', dismiss_reason = $2, decided_by = $3, decided_at = now() WHERE id = $1`, [
        suggestionId,
        text,
        actor.userId,
      ]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'clarification.suggestion_dismissed',
        entityType: 'application',
        entityId: applicationId,
        cityId: record.cityId,
        callId: record.callId,
        before: { suggestionId, state: 'open' },
        after: { suggestionId, state: 'dismissed', reason: text },
      });
      const [row]: SuggestionView[] = await tx.query(`${SUGGESTION_SELECT} WHERE s.id = $1`, [suggestionId]);
      return row;
    });
  }

  private async application(
    tx: EntityManager,
    actor: Actor,
    id: string,
    action: 'clarification.read' | 'clarification.ask' | 'clarification.answer' | 'clarification.suggest' | 'clarification.suggestions.read',
    lock = false,
  ): Promise<ApplicationRecord> {
    const record = await findApplication(tx, id, lock);
    this.policy.authorize(actor, action, resourceOf(record), 'Application');
    return record;
  }

  private async callTitle(tx: EntityManager, callId: string): Promise<string> {
    const [call]: { title: Record<string, string> }[] = await tx.query(`SELECT title FROM calls WHERE id = $1`, [callId]);
    return programmeText(call.title);
  }

  private async consortiumMembers(tx: EntityManager, record: ApplicationRecord): Promise<string[]> {
    const organisationIds = [record.leadOrganisationId, ...record.partners.filter((p) => p.state === 'accepted').map((p) => p.organisationId)];
    const rows: { userId: string }[] = await tx.query(`SELECT DISTINCT user_id AS "userId" FROM memberships WHERE organisation_id = ANY($1::uuid[])`, [organisationIds]);
    return rows.map((r) => r.userId);
  }
}
