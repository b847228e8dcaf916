import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { Notifier } from '@kokeilu/notifications';
import { ApplicationEligibilityPayload, Audit, claimJobOnce, HandlesJob, jobIdOf, JobHandler } from '@kokeilu/platform';
import { findApplication } from './application-record.js';
import { findCall, membersOf } from './call-facts.js';
import { consortiumIds } from './consortium.js';
import { afterEligibility } from './domain/application.js';
import { evaluateEligibility, isEligible, rulesOfCall } from './domain/eligibility/evaluate.js';
import type { CityRef } from './domain/eligibility/min-operators-in-cities.js';
import type { ChosenTestbed } from './domain/eligibility/test-beds-published.js';
import type { RevisionSnapshot } from './domain/snapshot.js';

function nameOf(name: Record<string, string> | null): string | null {
  if (!name) return null;
  return name.fi ?? name.en ?? name.sv ?? Object.values(name)[0] ?? null;
}

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
      const cities: CityRef[] = await tx.query(`SELECT slug, name FROM cities`);
      const snapshot = revision.snapshot;
      // A draft bed's name is the city's unpublished work: the verdict names it by id only.
      const beds: { id: string; state: ChosenTestbed['state']; name: Record<string, string> | null }[] = await tx.query(
        `SELECT id, state, CASE WHEN state <> 'draft' THEN name END AS name FROM testbeds WHERE id = ANY($1::uuid[])`,
        [snapshot.testbedIds],
      );
      const testbeds: ChosenTestbed[] = snapshot.testbedIds.map((id) => {
        const bed = beds.find((b) => b.id === id);
        const offeredByCall = !call.testbedIds.length || call.testbedIds.includes(id);
        return bed ? { id, state: bed.state, name: nameOf(bed.name), offeredByCall } : { id, state: null, name: null, offeredByCall };
      });
      const verdicts = evaluateEligibility(rulesOfCall(call, cities), {
        content: snapshot,
        lead: snapshot.consortium.lead,
        partners: snapshot.consortium.partners,
        eligibleCostsCents: snapshot.totals.eligibleTotalCents,
        testbeds,
      });
      const eligible = isEligible(verdicts);
      for (const [position, verdict] of verdicts.entries()) {
        await tx.query(
          `INSERT INTO eligibility_results (revision_id, rule, application_id, pass, reason, position) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (revision_id, rule) DO NOTHING`,
          [revision.id, verdict.rule, record.id, verdict.pass, JSON.stringify(verdict.reason), position],
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
          userIds: await membersOf(tx, consortiumIds(snapshot.consortium)),
          kind: 'application.eligibility',
          params: { applicationTitle: snapshot.title, outcome: next === 'eligible' ? 'eligible' : 'ineligible' },
          entity: { type: 'application', id: record.id },
        });
      }
      return { evaluated: true, eligible };
    });
  }
}
