import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { helsinkiTime } from '@kokeilu/applications';
import { Notifier } from '@kokeilu/notifications';
import { Audit, changedRows, Outbox, programmeText } from '@kokeilu/platform';
import { ConflictPair, ExistingReview, planAssignment, Unassignable } from './domain/assignment.js';
import { ConflictReason, ConsortiumOrganisation, DeclaredConflict, detectConflicts, emailDomainOf, EvaluatorFacts, PastConsortium } from './domain/conflicts.js';
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

export interface AssignmentRunResult {
  ran: boolean;
  reason?: string;
  assigned: number;
  /** Assigned reviews withdrawn because a conflict of interest appeared after assignment. */
  withdrawn: number;
  unassignable: number;
}

interface TargetRow {
  id: string;
  state: string;
  leadOrganisationId: string;
  revisionId: string;
  /** The consortium as the revision states it: its lead, then its partners. */
  revisionOrganisationIds: string[];
  /** The test beds the revision chose. */
  testbedIds: string[];
  acceptedPartnerIds: string[];
}

interface PoolRow {
  userId: string;
  email: string;
  expertise: string[];
  organisationIds: string[];
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
    const pool = await this.pool(tx, callId);
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
    const targets = await this.targets(tx, callId, options.applicationIds);
    const conflicts = await this.detect(tx, call, targets, pool);
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

    const deadline = helsinkiTime(call.reviewDeadline);
    await this.notifier.notifyEach(
      tx,
      [...perEvaluator].map(([evaluatorId, count]) => ({
        userIds: [evaluatorId],
        kind: 'review.assigned' as const,
        params: { callTitle: programmeText(call.title), count: String(count), reviewDeadline: deadline },
        entity: { type: 'call', id: call.id },
      })),
    );
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
      [call.id, reviews.map((r) => r.applicationId), reviews.map((r) => r.revisionId), reviews.map((r) => r.evaluatorId)],
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

  /**
   * The applications to cover: eligible or already in review, each with its latest revision. One
   * JSON document of arrays rather than rows: thousands of rows with arrays in them parse much
   * slower, and keys repeated ten thousand times cost more than the values.
   */
  private async targets(tx: EntityManager, callId: string, only?: string[]): Promise<TargetRow[]> {
    const [{ targets }]: { targets: [string, string, string, string, string[], string[], string[]][] }[] = await tx.query(
      `SELECT coalesce(json_agg(json_build_array(
                a.id, a.state, a.lead_organisation_id, v.id,
                jsonb_path_query_array(v.snapshot, '$.consortium.lead.organisationId')
                  || jsonb_path_query_array(v.snapshot, '$.consortium.partners[*].organisationId'),
                coalesce(v.snapshot->'testbedIds', '[]'),
                ARRAY(SELECT p.organisation_id FROM application_partners p WHERE p.application_id = a.id AND p.state = 'accepted')
              ) ORDER BY a.submitted_at, a.id), '[]') AS targets
         FROM applications a
         JOIN application_revisions v ON v.application_id = a.id AND v.number = a.revision
        WHERE a.call_id = $1 AND a.state IN ('eligible', 'in_review') AND ($2::uuid[] IS NULL OR a.id = ANY($2::uuid[]))`,
      [callId, only ?? null],
    );
    return targets.map(([id, state, leadOrganisationId, revisionId, revisionOrganisationIds, testbedIds, acceptedPartnerIds]) => ({
      id,
      state,
      leadOrganisationId,
      revisionId,
      revisionOrganisationIds,
      testbedIds,
      acceptedPartnerIds,
    }));
  }

  /** The pool: users added to the call who still hold the evaluator role. */
  private async pool(tx: EntityManager, callId: string): Promise<PoolRow[]> {
    return tx.query(
      `SELECT ce.evaluator_id AS "userId", u.email, ce.expertise,
              coalesce((SELECT array_agg(m.organisation_id::text) FROM memberships m WHERE m.user_id = ce.evaluator_id), '{}') AS "organisationIds"
         FROM call_evaluators ce
         JOIN users u ON u.id = ce.evaluator_id
        WHERE ce.call_id = $1 AND EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = ce.evaluator_id AND g.role = 'evaluator')
        ORDER BY ce.evaluator_id`,
      [callId],
    );
  }

  private async detect(tx: EntityManager, call: EvaluationCall, targets: TargetRow[], pool: PoolRow[]): Promise<(ConflictPair & { reasons: ConflictReason[] })[]> {
    if (!targets.length || !pool.length) return [];
    const consortia = new Map(
      targets.map((t) => [
        t.id,
        [...new Set([t.leadOrganisationId, ...t.revisionOrganisationIds, ...t.acceptedPartnerIds])],
      ]),
    );
    const organisations: ConsortiumOrganisation[] = await tx.query(`SELECT id, name, email_domain AS "emailDomain" FROM organisations WHERE id = ANY($1::uuid[])`, [
      [...new Set([...consortia.values()].flat())],
    ]);
    const orgById = new Map(organisations.map((o) => [o.id, o]));
    const declared: (DeclaredConflict & { evaluatorId: string })[] = await tx.query(
      `SELECT evaluator_id AS "evaluatorId", organisation_id AS "organisationId", application_id AS "applicationId", reason
         FROM declared_conflicts WHERE evaluator_id = ANY($1::uuid[])`,
      [pool.map((p) => p.userId)],
    );
    const history = await this.history(tx, call.id, [...new Set(pool.flatMap((p) => p.organisationIds))]);
    const declaredBy = new Map<string, DeclaredConflict[]>();
    for (const d of declared) declaredBy.set(d.evaluatorId, [...(declaredBy.get(d.evaluatorId) ?? []), d]);

    // Indexes that find the pairs where a conflict is possible, so the rules run on those alone
    // rather than on every evaluator with every application.
    const order = new Map(targets.map((t, i) => [t.id, i]));
    const applicationsOf = new Map<string, string[]>();
    for (const [applicationId, organisationIds] of consortia) {
      for (const organisationId of organisationIds) applicationsOf.set(organisationId, [...(applicationsOf.get(organisationId) ?? []), applicationId]);
    }
    const byDomain = new Map<string, string[]>();
    for (const organisation of organisations) {
      // The normalisation of sharesEmailDomain: an evaluator at x.acme.fi matches acme.fi.
      const domain = organisation.emailDomain?.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
      if (domain) byDomain.set(domain, [...(byDomain.get(domain) ?? []), organisation.id]);
    }

    const found: (ConflictPair & { reasons: ConflictReason[] })[] = [];
    for (const evaluator of pool) {
      const facts: EvaluatorFacts = {
        userId: evaluator.userId,
        email: evaluator.email,
        organisationIds: evaluator.organisationIds,
        declared: declaredBy.get(evaluator.userId) ?? [],
      };
      const own = new Set(evaluator.organisationIds);
      const relevant = history.filter((h) => h.organisationIds.some((id) => own.has(id)));
      const organisationsToCheck = new Set<string>([...evaluator.organisationIds, ...relevant.flatMap((h) => h.organisationIds)]);
      const domain = emailDomainOf(evaluator.email);
      if (domain) {
        const labels = domain.split('.');
        for (let i = 0; i < labels.length; i++) for (const id of byDomain.get(labels.slice(i).join('.')) ?? []) organisationsToCheck.add(id);
      }
      const possible = new Set<string>();
      for (const d of facts.declared) {
        if (d.organisationId) organisationsToCheck.add(d.organisationId);
        if (d.applicationId && order.has(d.applicationId)) possible.add(d.applicationId);
      }
      for (const organisationId of organisationsToCheck) for (const applicationId of applicationsOf.get(organisationId) ?? []) possible.add(applicationId);
      for (const applicationId of [...possible].sort((a, b) => (order.get(a) as number) - (order.get(b) as number))) {
        const orgs = (consortia.get(applicationId) ?? []).map((id) => orgById.get(id)).filter((o): o is ConsortiumOrganisation => !!o);
        const reasons = detectConflicts(facts, { id: applicationId, callId: call.id, organisations: orgs }, relevant);
        if (reasons.length) found.push({ applicationId, evaluatorId: evaluator.userId, kinds: reasons.map((r) => r.kind), reasons });
      }
    }
    return found;
  }

  /** Consortia of other calls that include one of the given organisations (submitted at least once). */
  private async history(tx: EntityManager, callId: string, organisationIds: string[]): Promise<PastConsortium[]> {
    if (!organisationIds.length) return [];
    return tx.query(
      `SELECT a.id AS "applicationId", a.call_id AS "callId", coalesce(c.title->>'fi', c.title->>'en', c.title->>'sv') AS "callTitle",
              array_append(coalesce((SELECT array_agg(p.organisation_id::text) FROM application_partners p WHERE p.application_id = a.id AND p.state = 'accepted'), '{}'),
                           a.lead_organisation_id::text) AS "organisationIds"
         FROM applications a
         JOIN calls c ON c.id = a.call_id
        WHERE a.call_id <> $1 AND a.revision >= 1
          AND (a.lead_organisation_id = ANY($2::uuid[])
               OR EXISTS (SELECT 1 FROM application_partners q WHERE q.application_id = a.id AND q.state = 'accepted' AND q.organisation_id = ANY($2::uuid[])))`,
      [callId, organisationIds],
    );
  }

  /** The conflicts as this run found them replace what earlier runs stored for the same applications. */
  private async storeConflicts(tx: EntityManager, callId: string, targets: TargetRow[], conflicts: (ConflictPair & { reasons: ConflictReason[] })[], whole: boolean) {
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
  private async withdrawConflicted(tx: EntityManager, call: EvaluationCall, conflicts: (ConflictPair & { reasons: ConflictReason[] })[]): Promise<number> {
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
      [reviewed.map((t) => t.id)],
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
