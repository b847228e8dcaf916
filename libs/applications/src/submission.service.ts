import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, type Caller, Policy, sendAsCaller } from '@kokeilu/access';
import { notificationJobs } from '@kokeilu/notifications';
import { Audit, auditInsert, DomainError, eligibilityJobId, messageOf, Outbox, outboxInsert, PipelinedTransaction, programmeText } from '@kokeilu/platform';
import { ApplicationView, findApplication, foundApplication, LOCKED_APPLICATION_SQL, resourceOf, shownTo, workingCopyView } from './application-record.js';
import { ApplicationService } from './application.service.js';
import { SUBMISSION_MOMENT_SQL, submissionMomentOf } from './call-facts.js';
import { repeatsLatestRevision, submit, withdraw, withdrawalFreesGrant } from './domain/application.js';
import { checkSubmission } from './domain/deadline.js';
import { APPLICATION_MESSAGES } from './domain/messages.js';
import { Change, diffSnapshots, Json } from './domain/diff.js';
import type { Localized, RuleName } from './domain/eligibility/verdict.js';
import { RevisionSnapshot, snapshotOf } from './domain/snapshot.js';

export interface RevisionSummary {
  number: number;
  submittedAt: Date;
  submittedBy: string;
  /** Submitted after the call closed, under the organisation's extension. */
  late: boolean;
  /** null while the eligibility check has not run. */
  eligible: boolean | null;
}

export interface Revision extends RevisionSummary {
  snapshot: RevisionSnapshot;
}

export interface EligibilityReport {
  revision: number;
  status: 'pending' | 'eligible' | 'ineligible';
  evaluatedAt: Date | null;
  verdicts: { rule: RuleName; pass: boolean; reason: Localized }[];
}

/** The snapshot of revision `$2` of the application `$1`. */
const LATEST_SNAPSHOT_SQL = `SELECT snapshot FROM application_revisions WHERE application_id = $1 AND number = $2`;

const REVISION_COLUMNS = `
  r.number, r.submitted_at AS "submittedAt", r.submitted_by AS "submittedBy", r.extension_id IS NOT NULL AS late,
  (SELECT bool_and(e.pass) FROM eligibility_results e WHERE e.revision_id = r.id) AS eligible`;

/**
 * Submitting (rule 1), withdrawing and reading what was submitted. A submission is judged by the
 * database clock in the transaction that stores its revision, with the call row share-locked, so
 * it either happened before the deadline together with its revision, its state and its
 * eligibility job, or not at all.
 */
@Injectable()
export class SubmissionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    private readonly applications: ApplicationService,
  ) {}

  /**
   * Two round trips to the database: the caller's sign-in checked (when pending), the application
   * locked and the call's moment read (with `BEGIN`), then the write (with `COMMIT`). A deadline
   * rush is made of these.
   */
  async submit(caller: Caller, id: string, version: number): Promise<ApplicationView> {
    const tx = await PipelinedTransaction.start(this.dataSource);
    try {
      // The moment is read by the statement after the lock, so it sees the consortium as the
      // locked row knows it. When the application is not the actor's, it is read and thrown away.
      const [actor, [applicationRows, momentRows]] = await sendAsCaller(caller, (statements) => tx.send(statements), [
        { name: 'submission.application', text: LOCKED_APPLICATION_SQL, values: [id] },
        { name: 'submission.moment', text: SUBMISSION_MOMENT_SQL, values: [id] },
      ]);
      const record = foundApplication(applicationRows);
      this.policy.authorize(actor, 'application.update', resourceOf(record), 'Application');
      const transition = submit(record.state);
      if (!transition.ok) throw DomainError.conflict(transition.message, { state: record.state });
      if (record.version !== version) {
        throw new DomainError('stale_version', messageOf(APPLICATION_MESSAGES, 'application.stale_version', { version, current: record.version }), {
          currentVersion: record.version,
          current: workingCopyView(shownTo(actor, record)),
        });
      }
      const { call, extension, now, consortium } = submissionMomentOf(momentRows, id, record.leadOrganisationId);
      const snapshot = snapshotOf(record.callId, record, consortium.lead, consortium.partners);
      // The row lock above makes parallel submits of one version wait for each other; the later
      // ones find the revision the first made.
      if (record.submittedVersion === version) {
        const [[latest]] = (await tx.send([{ name: 'submission.latest', text: LATEST_SNAPSHOT_SQL, values: [id, record.revision] }])) as { snapshot: Json }[][];
        const unchanged = !!latest && diffSnapshots(latest.snapshot, snapshot as unknown as Json).length === 0;
        if (repeatsLatestRevision(record, version, unchanged)) {
          await tx.commit();
          return workingCopyView(record);
        }
      }
      const check = checkSubmission({ callState: call.state, opensAt: call.opensAt, closesAt: call.closesAt, extension }, now);
      if (!check.ok) {
        throw DomainError.conflict(check.message, { reason: check.reason === 'closed' ? 'call_closed' : 'call_not_open', deadline: check.deadline, callState: call.state });
      }
      const number = record.revision + 1;
      const revisionId = randomUUID();
      // The revision, the state change, the audit event, the eligibility job and the consortium's
      // notices in one statement: a submit is a short transaction, and a deadline rush is made of them.
      const audit = auditInsert(
        {
          actorId: actor.userId,
          action: 'application.submitted',
          entityType: 'application',
          entityId: id,
          organisationId: record.leadOrganisationId,
          cityId: record.cityId,
          callId: record.callId,
          before: { state: record.state, revision: record.revision },
          after: { state: 'submitted', revision: number, revisionId, submittedAt: now, late: check.late },
        },
        10,
      );
      const jobs = outboxInsert(
        [
          { name: 'application.eligibility', payload: { applicationId: id, revisionId }, options: { jobId: eligibilityJobId(revisionId) } },
          ...notificationJobs([
            {
              userIds: consortium.memberIds,
              kind: 'application.submitted',
              params: { applicationTitle: record.title, callTitle: programmeText(call.title), submittedAt: now.toISOString(), revision: number },
              entity: { type: 'application', id },
            },
          ]),
        ],
        10 + audit.params.length,
      );
      await tx.commit([
        {
          name: 'submission.write',
          text: `WITH revision AS (
           INSERT INTO application_revisions (id, application_id, call_id, number, snapshot, submitted_by, submitted_at, extension_id, email_domains)
           VALUES ($9, $1, $7, $2, $3, $4, $5, $6, $8)
         ), submitted AS (
           UPDATE applications SET state = 'submitted', revision = $2, submitted_version = version, submitted_at = $5, updated_at = $5 WHERE id = $1
         ), audited AS (${audit.sql}
         ), queued AS (${jobs.sql}
         )
         SELECT pg_notify('outbox', '')`,
          values: [
            id,
            number,
            JSON.stringify(snapshot),
            actor.userId,
            now,
            check.late && extension ? extension.id : null,
            record.callId,
            JSON.stringify(consortium.emailDomains),
            revisionId,
            ...audit.params,
            ...jobs.params,
          ],
        },
      ]);
      return workingCopyView(shownTo(actor, { ...record, state: 'submitted', revision: number, submittedVersion: record.version, submittedAt: now, updatedAt: now }));
    } finally {
      await tx.rollback();
    }
  }

  /** Possible until a decision exists; the call's coordinators see the state. */
  async withdraw(actor: Actor, id: string, reason: string | null): Promise<ApplicationView> {
    return this.dataSource.transaction(async (tx) => {
      const record = await findApplication(tx, id, true);
      this.policy.authorize(actor, 'application.update', resourceOf(record), 'Application');
      const transition = withdraw(record.state);
      if (!transition.ok) throw DomainError.conflict(transition.message, { state: record.state });
      await tx.query(`UPDATE applications SET state = 'withdrawn', withdrawn_at = now(), withdraw_reason = $2, updated_at = now() WHERE id = $1`, [id, reason]);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'application.withdrawn',
        entityType: 'application',
        entityId: id,
        organisationId: record.leadOrganisationId,
        cityId: record.cityId,
        callId: record.callId,
        before: { state: record.state },
        after: { state: 'withdrawn', reason },
      });
      if (withdrawalFreesGrant(record.state)) await this.outbox.add(tx, 'funding.promote', { callId: record.callId }, { jobId: `funding.promote.withdrawn.${id}` });
      return this.applications.viewFor(actor, await findApplication(tx, id), tx);
    });
  }

  async revisions(actor: Actor, id: string): Promise<RevisionSummary[]> {
    await this.readable(actor, id);
    return this.dataSource.query(`SELECT ${REVISION_COLUMNS} FROM application_revisions r WHERE r.application_id = $1 ORDER BY r.number`, [id]);
  }

  async revision(actor: Actor, id: string, number: number): Promise<Revision> {
    await this.readable(actor, id);
    return this.findRevision(id, number);
  }

  /** What changed from revision `from` to revision `to` (either order). */
  async diff(actor: Actor, id: string, from: number, to: number): Promise<{ from: number; to: number; changes: Change[] }> {
    await this.readable(actor, id);
    const [a, b] = await Promise.all([this.findRevision(id, from), this.findRevision(id, to)]);
    return { from, to, changes: diffSnapshots(a.snapshot as unknown as Json, b.snapshot as unknown as Json) };
  }

  /** The verdicts on a revision (the latest by default), with their reasons in every language. */
  async eligibility(actor: Actor, id: string, number?: number): Promise<EligibilityReport> {
    const record = await this.readable(actor, id);
    const wanted = number ?? record.revision;
    if (wanted === 0) throw DomainError.notFound('Revision (the application has not been submitted)');
    await this.findRevision(id, wanted);
    const verdicts: { rule: RuleName; pass: boolean; reason: Localized; evaluatedAt: Date }[] = await this.dataSource.query(
      `SELECT e.rule, e.pass, e.reason, e.evaluated_at AS "evaluatedAt"
         FROM eligibility_results e JOIN application_revisions r ON r.id = e.revision_id
        WHERE r.application_id = $1 AND r.number = $2 ORDER BY e.position`,
      [id, wanted],
    );
    return {
      revision: wanted,
      status: !verdicts.length ? 'pending' : verdicts.every((v) => v.pass) ? 'eligible' : 'ineligible',
      evaluatedAt: verdicts[0]?.evaluatedAt ?? null,
      verdicts: verdicts.map(({ rule, pass, reason }) => ({ rule, pass, reason })),
    };
  }

  private async readable(actor: Actor, id: string) {
    const record = await findApplication(this.dataSource.manager, id);
    this.policy.authorize(actor, 'application.read', resourceOf(record), 'Application');
    return record;
  }

  private async findRevision(id: string, number: number): Promise<Revision> {
    const [revision]: Revision[] = await this.dataSource.query(
      `SELECT ${REVISION_COLUMNS}, r.snapshot FROM application_revisions r WHERE r.application_id = $1 AND r.number = $2`,
      [id, number],
    );
    if (!revision) throw DomainError.notFound(`Revision ${number}`);
    return revision;
  }
}
