import { Injectable } from '@nestjs/common';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { Notifier, type NotifyInput } from '@kokeilu/notifications';
import { ApplicationEligibilityPayload, Audit, type AuditInput, eligibilityJobId, HandlesJob, JobHandler, revisionsOf } from '@kokeilu/platform';
import { type ApplicationRecord, queryApplications } from './application-record.js';
import { CallFacts, findCall } from './call-facts.js';
import { judgeEligibilityOfMany } from './eligibility-check.js';
import { consortiumIds } from './consortium.js';
import { afterEligibility } from './domain/application.js';
import { isEligible } from './domain/eligibility/evaluate.js';
import type { Verdict } from './domain/eligibility/verdict.js';
import type { RevisionSnapshot } from './domain/snapshot.js';

interface Revision {
  id: string;
  applicationId: string;
  number: number;
  snapshot: RevisionSnapshot;
}

interface Judged {
  revision: Revision;
  record: ApplicationRecord;
  verdicts: Verdict[];
  next: ReturnType<typeof afterEligibility>;
}

/**
 * Rule 2 on submitted revisions: stores every verdict, moves each application to eligible or
 * ineligible (unless a newer revision has arrived meanwhile) and tells the consortium. Every
 * submission asks for its revision; the requests that wait together arrive as one job (the relay
 * merges them), judged in one transaction with set-based reads and writes: the facts the rules
 * need (cities, chosen beds, the consortiums' organisations) for the whole batch in one round
 * trip, each call read once, and a statement each for the verdicts, the state changes, the audit
 * events and the notifications. Each revision is claimed under its own request's job id,
 * whichever job judges it, so a revision is judged once however the requests were grouped (a
 * retry, a redelivery after Redis lost its data); the claims, verdicts, state changes, audit
 * events and notifications commit together.
 */
@Injectable()
@HandlesJob('application.eligibility')
export class EvaluateEligibilityJob implements JobHandler<'application.eligibility'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  async handle(payload: ApplicationEligibilityPayload, job: Job<ApplicationEligibilityPayload>): Promise<{ evaluated: number; eligible: number }> {
    const refs = revisionsOf(payload);
    if (!refs) throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)} of job ${job.id}`);
    return this.dataSource.transaction(async (tx) => {
      const claimed: { jobId: string }[] = await tx.query(
        `INSERT INTO processed_jobs (job_id, job_name) SELECT DISTINCT unnest($1::text[]), $2 ON CONFLICT (job_id) DO NOTHING RETURNING job_id AS "jobId"`,
        [refs.map((ref) => eligibilityJobId(ref.revisionId)), job.name],
      );
      const fresh = new Set(claimed.map((c) => c.jobId));
      const wanted = refs.filter((ref) => fresh.has(eligibilityJobId(ref.revisionId)));
      if (!wanted.length) return { evaluated: 0, eligible: 0 };
      const revisions: Revision[] = await tx.query(
        `SELECT r.id, r.application_id AS "applicationId", r.number, r.snapshot
           FROM application_revisions r JOIN unnest($1::uuid[], $2::uuid[]) AS w(revision_id, application_id)
             ON r.id = w.revision_id AND r.application_id = w.application_id`,
        [wanted.map((ref) => ref.revisionId), wanted.map((ref) => ref.applicationId)],
      );
      if (!revisions.length) return { evaluated: 0, eligible: 0 };
      // Locked in id order, as everywhere, so that two jobs never wait for each other.
      const records = new Map(
        (await queryApplications(tx, 'a.id = ANY($1::uuid[])', [[...new Set(revisions.map((r) => r.applicationId))]], 'ORDER BY a.id FOR UPDATE OF a')).map((r) => [r.id, r]),
      );
      const calls = new Map<string, CallFacts>();
      for (const callId of new Set([...records.values()].map((r) => r.callId))) calls.set(callId, await findCall(tx, callId));
      const cases = revisions.map((revision) => ({ revision, record: records.get(revision.applicationId)! }));
      const verdicts = await judgeEligibilityOfMany(
        tx,
        cases.map(({ revision, record }) => ({ call: calls.get(record.callId)!, snapshot: revision.snapshot })),
      );
      const judged: Judged[] = cases.map(({ revision, record }, i) => ({
        revision,
        record,
        verdicts: verdicts[i],
        next: afterEligibility(record, revision.number, isEligible(verdicts[i])),
      }));
      await this.store(tx, judged);
      return { evaluated: judged.length, eligible: judged.filter((j) => isEligible(j.verdicts)).length };
    });
  }

  /** Every verdict, state change, audit event and notification of the judged revisions, a statement each. */
  private async store(tx: EntityManager, judged: Judged[]): Promise<void> {
    const verdicts = judged.flatMap(({ revision, verdicts }) => verdicts.map((v, position) => ({ revision, v, position })));
    if (verdicts.length) {
      // One JSON document rather than arrays of texts: the reasons are long, and an array's
      // elements are escaped one by one on the way to the database.
      await tx.query(
        `INSERT INTO eligibility_results (revision_id, rule, application_id, pass, reason, position)
         SELECT v.revision_id, v.rule, v.application_id, v.pass, v.reason, v.position
           FROM jsonb_to_recordset($1::jsonb) AS v(revision_id uuid, rule text, application_id uuid, pass boolean, reason jsonb, position int)
          ORDER BY v.revision_id, v.position
         ON CONFLICT (revision_id, rule) DO NOTHING`,
        [
          JSON.stringify(
            verdicts.map(({ revision, v, position }) => ({ revision_id: revision.id, rule: v.rule, application_id: revision.applicationId, pass: v.pass, reason: v.reason, position })),
          ),
        ],
      );
    }
    const moved = judged.filter((j): j is Judged & { next: NonNullable<Judged['next']> } => j.next !== null);
    if (!moved.length) return;
    await tx.query(
      `UPDATE applications a SET state = m.state, updated_at = now() FROM unnest($1::uuid[], $2::text[]) AS m(id, state) WHERE a.id = m.id`,
      [moved.map((j) => j.record.id), moved.map((j) => j.next)],
    );
    await this.audit.recordMany(
      tx,
      moved.map(
        ({ record, revision, verdicts, next }): AuditInput => ({
          actorId: null,
          action: 'application.eligibility_checked',
          entityType: 'application',
          entityId: record.id,
          organisationId: record.leadOrganisationId,
          cityId: record.cityId,
          callId: record.callId,
          before: { state: record.state },
          after: { state: next, revision: revision.number, failed: verdicts.filter((v) => !v.pass).map((v) => v.rule) },
        }),
      ),
    );
    // Every consortium's members, in one round trip.
    const organisationIds = [...new Set(moved.flatMap((j) => consortiumIds(j.revision.snapshot.consortium)))];
    const members: { organisationId: string; userId: string }[] = await tx.query(
      `SELECT organisation_id AS "organisationId", user_id AS "userId" FROM memberships WHERE organisation_id = ANY($1::uuid[])`,
      [organisationIds],
    );
    const membersOf = new Map<string, string[]>();
    for (const { organisationId, userId } of members) membersOf.set(organisationId, [...(membersOf.get(organisationId) ?? []), userId]);
    await this.notifier.notifyEach(
      tx,
      moved.map(({ record, revision, next }): NotifyInput<'application.eligibility'> => {
        return {
          userIds: [...new Set(consortiumIds(revision.snapshot.consortium))].flatMap((organisationId) => membersOf.get(organisationId) ?? []),
          kind: 'application.eligibility',
          params: { applicationTitle: revision.snapshot.title, outcome: next === 'eligible' ? 'eligible' : 'ineligible' },
          entity: { type: 'application', id: record.id },
        };
      }),
    );
  }
}
