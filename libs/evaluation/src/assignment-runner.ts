import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { callRunnerIds, Notifier } from '@kokeilu/notifications';
import { Audit, changedRows, Outbox, programmeText } from '@kokeilu/platform';
import { findConflicts, FoundConflict, readPool, readTargets, TargetRow } from './assignment-reads.js';
import { ExistingReview, planAssignment, Unassignable } from './domain/assignment.js';
import { topicsOf } from './domain/expertise.js';
import { assignmentReadiness } from './domain/readiness.js';
import { plannedReminders } from './domain/reminders.js';
import { EvaluationCall, findEvaluationCall } from './evaluation-facts.js';

/** Thrown while applications of a closed call still wait for their eligibility check: the job retries later. */
export class EligibilityPendingError extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'EligibilityPendingError';
  }
}

/** Thrown while organisations may still submit under an extension: the job comes back at `until`. */
export class AssignmentNotYetError extends Error {
  constructor(
    readonly until: Date,
    reason: string,
  ) {
    super(reason);
    this.name = 'AssignmentNotYetError';
  }
}

/**
 * Ids read from the database as one array literal: the driver's escaping of each element of tens
 * of thousands of them costs more than the statement's planning.
 */
function uuidArray(ids: readonly string[]): string {
  return `{${ids.join(',')}}`;
}

export interface AssignmentRunResult {
  ran: boolean;
  reason?: string;
  assigned: number;
  /** Assigned reviews withdrawn because a conflict of interest appeared after assignment. */
  withdrawn: number;
  unassignable: number;
}


/**
 * Runs rule 3 for a call, or for some of its applications: detects conflicts of interest, withdraws
 * assignments a new conflict forbids, plans the missing reviews as a min-cost flow, stores them
 * with the revision they pin, records what the pool cannot cover and notifies the evaluators. The
 * first run moves the call to `in_evaluation` and plans the review reminders. All of it happens in
 * the caller's transaction, with the call's row locked, so runs never interleave.
 */
@Injectable()
export class AssignmentRunner {
  constructor(
    private readonly audit: Audit,
    private readonly notifier: Notifier,
    private readonly outbox: Outbox,
  ) {}

  async run(tx: EntityManager, callId: string, options: { applicationIds?: string[]; actorId?: string | null } = {}): Promise<AssignmentRunResult> {
    const call = await findEvaluationCall(tx, callId, true);
    const pool = await readPool(tx, callId);
    const [facts]: { pending: number; latestExtension: Date | null; now: Date }[] = await tx.query(
      `SELECT (SELECT count(*)::int FROM applications WHERE call_id = $1 AND state = 'submitted') AS pending,
              (SELECT max(deadline) FROM call_extensions WHERE call_id = $1) AS "latestExtension", clock_timestamp() AS now`,
      [callId],
    );
    const readiness = assignmentReadiness({ callState: call.state, pendingEligibility: facts.pending, latestExtension: facts.latestExtension, poolSize: pool.length, now: facts.now });
    if (readiness.action === 'skip') return { ran: false, reason: readiness.reason, assigned: 0, withdrawn: 0, unassignable: 0 };
    if (readiness.action === 'retry') throw new EligibilityPendingError(readiness.reason);
    if (readiness.action === 'wait') throw new AssignmentNotYetError(readiness.until, readiness.reason);

    const whole = !options.applicationIds;
    const targets = await readTargets(tx, callId, options.applicationIds);
    const conflicts = await findConflicts(tx, call, targets, pool);
    await this.storeConflicts(tx, call.id, targets, conflicts, whole);
    const withdrawn = await this.withdrawConflicted(tx, call, conflicts);

    const existing: (ExistingReview & { id: string })[] = await tx.query(
      `SELECT id, application_id AS "applicationId", evaluator_id AS "evaluatorId", state FROM reviews WHERE call_id = $1`,
      [callId],
    );
    const topics = await this.topics(tx, call, targets);
    const plan = planAssignment({
      applications: targets.map((t) => ({ id: t.id, required: call.reviewersPerApplication })),
      evaluatorIds: pool.map((p) => p.userId),
      existing,
      conflicts: conflicts.map((c) => ({ applicationId: c.applicationId, evaluatorId: c.evaluatorId, kinds: c.reasons.map((r) => r.kind) })),
      expertise: { evaluators: new Map(pool.map((p) => [p.userId, p.expertise])), topics },
    });

    const byId = new Map(targets.map((t) => [t.id, t]));
    const inserted = await this.insertReviews(
      tx,
      call,
      plan.assignments.map((a) => ({ ...a, revisionId: (byId.get(a.applicationId) as TargetRow).revisionId })),
      options.actorId ?? null,
    );
    const perEvaluator = new Map(inserted.map((row) => [row.evaluatorId, row.count]));
    const reviewed = new Set([...existing.filter((r) => r.state !== 'declined').map((r) => r.applicationId), ...plan.assignments.map((a) => a.applicationId)]);
    await this.startReview(tx, call, targets.filter((t) => t.state === 'eligible' && reviewed.has(t.id)), options.actorId ?? null);
    await this.storeGaps(tx, call.id, targets, plan.unassignable, whole);
    if (call.state === 'closed') await this.startEvaluation(tx, call, options.actorId ?? null);

    await this.notifier.notifyEach(
      tx,
      [...perEvaluator].map(([evaluatorId, count]) => ({
        userIds: [evaluatorId],
        kind: 'review.assigned' as const,
        params: { callTitle: programmeText(call.title), count, reviewDeadline: call.reviewDeadline.toISOString() },
        entity: { type: 'call', id: call.id, view: 'reviews' },
      })),
    );
    // At the first run (the call closing) and whenever a run for the whole call assigns more.
    if (whole && (inserted.length > 0 || call.state === 'closed')) {
      await this.notifier.notify(tx, {
        userIds: await callRunnerIds(tx, call.cityId),
        kind: 'evaluation.assigned',
        params: {
          callTitle: programmeText(call.title),
          applications: reviewed.size,
          reviews: [...perEvaluator.values()].reduce((s, n) => s + n, 0),
          unassignable: plan.unassignable.length,
          reviewDeadline: call.reviewDeadline.toISOString(),
        },
        entity: { type: 'call', id: call.id, view: 'evaluation' },
      });
    }
    return { ran: true, assigned: [...perEvaluator.values()].reduce((s, n) => s + n, 0), withdrawn, unassignable: plan.unassignable.length };
  }

  /** Stores the planned reviews and their audit events in one statement; answers how many each evaluator got. */
  private async insertReviews(
    tx: EntityManager,
    call: EvaluationCall,
    reviews: { applicationId: string; evaluatorId: string; revisionId: string }[],
    actorId: string | null,
  ): Promise<{ evaluatorId: string; count: number }[]> {
    if (!reviews.length) return [];
    // The plan leaves out every pair that has a review, and the call's row lock keeps other runs out.
    return this.audit.recordChanged(
      tx,
      `INSERT INTO reviews (call_id, application_id, revision_id, evaluator_id)
       SELECT $1, x.application_id, x.revision_id, x.evaluator_id
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[]) WITH ORDINALITY AS x(application_id, revision_id, evaluator_id, n)
        ORDER BY x.n
       RETURNING id, application_id, revision_id, evaluator_id`,
      [call.id, uuidArray(reviews.map((r) => r.applicationId)), uuidArray(reviews.map((r) => r.revisionId)), uuidArray(reviews.map((r) => r.evaluatorId))],
      {
        actorId,
        action: 'review.assigned',
        entityType: 'review',
        entityId: 'changed.id',
        cityId: call.cityId,
        callId: call.id,
        after: `jsonb_build_object('state', 'assigned', 'applicationId', changed.application_id, 'evaluatorId', changed.evaluator_id, 'revisionId', changed.revision_id)`,
      },
      `SELECT evaluator_id AS "evaluatorId", count(*)::int AS count FROM changed GROUP BY evaluator_id ORDER BY evaluator_id`,
    );
  }

  /** The conflicts as this run found them replace what earlier runs stored for the same applications. */
  private async storeConflicts(tx: EntityManager, callId: string, targets: TargetRow[], conflicts: FoundConflict[], whole: boolean) {
    if (whole) await tx.query(`DELETE FROM detected_conflicts WHERE call_id = $1`, [callId]);
    else await tx.query(`DELETE FROM detected_conflicts WHERE application_id = ANY($1::uuid[])`, [targets.map((t) => t.id)]);
    if (!conflicts.length) return;
    await tx.query(
      `INSERT INTO detected_conflicts (application_id, evaluator_id, call_id, reasons)
       SELECT c.application_id, c.evaluator_id, $1, c.reasons::jsonb FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS c(application_id, evaluator_id, reasons)`,
      [callId, conflicts.map((c) => c.applicationId), conflicts.map((c) => c.evaluatorId), conflicts.map((c) => JSON.stringify(c.reasons))],
    );
  }

  /** An assignment that a conflict now forbids (declared or joined after assignment) is withdrawn and filled again. */
  private async withdrawConflicted(tx: EntityManager, call: EvaluationCall, conflicts: FoundConflict[]): Promise<number> {
    if (!conflicts.length) return 0;
    const rows = await changedRows<{ id: string; reason: string }>(tx,
      `UPDATE reviews r SET state = 'declined', decline_reason = c.reason, declined_at = now(), version = r.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS c(application_id, evaluator_id, reason)
        WHERE r.application_id = c.application_id AND r.evaluator_id = c.evaluator_id AND r.state = 'assigned'
        RETURNING r.id, c.reason`,
      [
        conflicts.map((c) => c.applicationId),
        conflicts.map((c) => c.evaluatorId),
        conflicts.map((c) => `conflict of interest: ${c.reasons.map((r) => r.detail).join('; ')}`),
      ],
    );
    await this.audit.recordMany(
      tx,
      rows.map((row) => ({
        actorId: null,
        action: 'review.withdrawn',
        entityType: 'review',
        entityId: row.id,
        cityId: call.cityId,
        callId: call.id,
        before: { state: 'assigned' },
        after: { state: 'declined', reason: row.reason },
      })),
    );
    return rows.length;
  }

  /** Each application's topics: its chosen beds' themes (as submitted) and the call's focus area. */
  private async topics(tx: EntityManager, call: EvaluationCall, targets: TargetRow[]): Promise<Map<string, string[]>> {
    const bedIds = [...new Set(targets.flatMap((t) => t.testbedIds))];
    const beds: { id: string; themes: string[] }[] = bedIds.length ? await tx.query(`SELECT id, themes FROM testbeds WHERE id = ANY($1::uuid[])`, [bedIds]) : [];
    const themes = new Map(beds.map((b) => [b.id, b.themes]));
    return new Map(targets.map((t) => [t.id, topicsOf(t.testbedIds.map((id) => themes.get(id) ?? []), call.focusArea)]));
  }

  /** Eligible applications that now have a reviewer move into review. */
  private async startReview(tx: EntityManager, call: EvaluationCall, reviewed: TargetRow[], actorId: string | null): Promise<void> {
    if (!reviewed.length) return;
    await this.audit.recordChanged(
      tx,
      `UPDATE applications a SET state = 'in_review', updated_at = now()
        WHERE a.id = ANY($1::uuid[]) AND a.state = 'eligible'
        RETURNING a.id, a.lead_organisation_id`,
      [uuidArray(reviewed.map((t) => t.id))],
      {
        actorId,
        action: 'application.review_started',
        entityType: 'application',
        entityId: 'changed.id',
        organisationId: 'changed.lead_organisation_id',
        cityId: call.cityId,
        callId: call.id,
        before: `'{"state": "eligible"}'`,
        after: `'{"state": "in_review"}'`,
      },
      `SELECT count(*) FROM changed`,
    );
  }

  private async storeGaps(tx: EntityManager, callId: string, targets: TargetRow[], unassignable: Unassignable[], whole: boolean): Promise<void> {
    if (whole) await tx.query(`DELETE FROM assignment_gaps WHERE call_id = $1`, [callId]);
    else await tx.query(`DELETE FROM assignment_gaps WHERE application_id = ANY($1::uuid[])`, [targets.map((t) => t.id)]);
    if (!unassignable.length) return;
    await tx.query(
      `INSERT INTO assignment_gaps (application_id, call_id, required, covered, missing, reason)
       SELECT g.application_id, $1, g.required, g.covered, g.missing, g.reason::jsonb
         FROM unnest($2::uuid[], $3::int[], $4::int[], $5::int[], $6::text[]) AS g(application_id, required, covered, missing, reason)`,
      [
        callId,
        unassignable.map((g) => g.applicationId),
        unassignable.map((g) => g.required),
        unassignable.map((g) => g.covered),
        unassignable.map((g) => g.missing),
        unassignable.map((g) => JSON.stringify(g.reason)),
      ],
    );
  }

  /** The first run: the call enters evaluation and the review reminders are planned. */
  private async startEvaluation(tx: EntityManager, call: EvaluationCall, actorId: string | null): Promise<void> {
    const [after] = await changedRows<{ version: number; now: Date }>(tx,
      `UPDATE calls SET state = 'in_evaluation', version = version + 1, updated_at = now() WHERE id = $1 RETURNING version, now() AS now`,
      [call.id],
    );
    await this.audit.record(tx, {
      actorId,
      action: 'call.evaluation_started',
      entityType: 'call',
      entityId: call.id,
      cityId: call.cityId,
      callId: call.id,
      before: { state: 'closed' },
      after: { state: 'in_evaluation', version: after.version },
    });
    for (const reminder of plannedReminders(call.id, call.reviewDeadline, after.now)) {
      await this.outbox.add(tx, 'review.remind', { callId: call.id, daysBefore: reminder.daysBefore }, { jobId: reminder.jobId, runAt: reminder.at });
    }
  }
}
