import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Notifier } from '@kokeilu/notifications';
import { ApplicationEligibilityPayload, Audit, claimJobOnce, HandlesJob, JobHandler, jobIdOf } from '@kokeilu/platform';
import { findApplication } from './application-record.js';
import { findCall, membersOf } from './call-facts.js';
import { judgeEligibility } from './eligibility-check.js';
import { consortiumIds } from './consortium.js';
import { afterEligibility } from './domain/application.js';
import { isEligible } from './domain/eligibility/evaluate.js';
import type { RevisionSnapshot } from './domain/snapshot.js';

/**
 * Rule 2 on one submitted revision: stores every verdict, moves the application to eligible or
 * ineligible (unless a newer revision has arrived meanwhile) and tells the consortium. The claim,
 * the verdicts and the state change share one transaction, so a retried job changes nothing.
 */
@Injectable()
@HandlesJob('application.eligibility')
export class EvaluateEligibilityJob implements JobHandler<'application.eligibility'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly notifier: Notifier,
  ) {}

  async handle(payload: ApplicationEligibilityPayload, job: Job<ApplicationEligibilityPayload>): Promise<{ evaluated: boolean; eligible?: boolean }> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) return { evaluated: false };
      const [revision]: { id: string; number: number; snapshot: RevisionSnapshot }[] = await tx.query(
        `SELECT id, number, snapshot FROM application_revisions WHERE id = $1 AND application_id = $2`,
        [payload.revisionId, payload.applicationId],
      );
      if (!revision) return { evaluated: false };
      const record = await findApplication(tx, payload.applicationId, true);
      const call = await findCall(tx, record.callId);
      const verdicts = await judgeEligibility(tx, call, revision.snapshot);
      const eligible = isEligible(verdicts);
      if (verdicts.length) {
        await tx.query(
          `INSERT INTO eligibility_results (revision_id, rule, application_id, pass, reason, position)
           SELECT $1, v.rule, $2, v.pass, v.reason::jsonb, v.position - 1
             FROM unnest($3::text[], $4::boolean[], $5::text[]) WITH ORDINALITY AS v(rule, pass, reason, position)
            ORDER BY v.position
           ON CONFLICT (revision_id, rule) DO NOTHING`,
          [revision.id, record.id, verdicts.map((v) => v.rule), verdicts.map((v) => v.pass), verdicts.map((v) => JSON.stringify(v.reason))],
        );
      }
      const next = afterEligibility(record, revision.number, eligible);
      if (next) {
        await tx.query(`UPDATE applications SET state = $2, updated_at = now() WHERE id = $1`, [record.id, next]);
        await this.audit.record(tx, {
          actorId: null,
          action: 'application.eligibility_checked',
          entityType: 'application',
          entityId: record.id,
          organisationId: record.leadOrganisationId,
          cityId: record.cityId,
          callId: record.callId,
          before: { state: record.state },
          after: { state: next, revision: revision.number, failed: verdicts.filter((v) => !v.pass).map((v) => v.rule) },
        });
        await this.notifier.notify(tx, {
          userIds: await membersOf(tx, consortiumIds(revision.snapshot.consortium)),
          kind: 'application.eligibility',
          params: { applicationTitle: revision.snapshot.title, outcome: next === 'eligible' ? 'eligible' : 'ineligible' },
          entity: { type: 'application', id: record.id },
        });
      }
      return { evaluated: true, eligible };
    });
  }
}
