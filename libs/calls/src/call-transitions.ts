import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { callRunnerIds, Notifier } from '@kokeilu/notifications';
import { Audit, changedRows, JobName, JobPayloads, Outbox, programmeText } from '@kokeilu/platform';
import type { CallState } from './domain/call.js';
import { CallTiming, dueTransitions, judgeTransitionJob, JobVerdict, stateAfter, TimedTransition } from './domain/lifecycle.js';
import { PlannedJob, transitionJobId } from './domain/schedule.js';

/** Writes the delayed transition jobs with the caller's transaction, so they exist exactly when the change does. */
export async function writeTransitionJobs(outbox: Outbox, tx: EntityManager, callId: string, jobs: readonly PlannedJob[]): Promise<void> {
  for (const job of jobs) {
    await outbox.add(tx, job.transition === 'open' ? 'call.open' : 'call.close', { callId, at: job.at.toISOString() }, {
      jobId: transitionJobId(job.transition, callId, job.at),
      runAt: job.at,
    });
  }
}

type FollowUpJob = { [N in JobName]: { name: N; payload: JobPayloads[N]; jobId: string } }[JobName];

/**
 * The jobs that must follow a call's closing: reviewer assignment (DOMAIN.md rule 3). It waits by
 * itself for eligibility checks still running; one job per call, so a repeated close adds none.
 */
export function jobsAfterClose(callId: string): FollowUpJob[] {
  return [{ name: 'evaluation.assign', payload: { callId }, jobId: `evaluation.assign.${callId}` }];
}

interface LockedTiming extends CallTiming {
  id: string;
  cityId: string | null;
  /** The database clock, which judges every transition. */
  now: Date;
}

/**
 * Opens and closes calls at their times, for the transition jobs and the catch-up sweep. Each
 * transition locks the call, checks its state and stored time by the database clock and only then
 * changes it, so any number of jobs, retries and sweeps for the same moment change it once.
 */
@Injectable()
export class CallTransitions {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    private readonly notifier: Notifier,
  ) {}

  /** Runs the job planned for `at`; returns what it found, for the job's log. */
  runJob(transition: TimedTransition, callId: string, at: Date): Promise<JobVerdict> {
    return this.dataSource.transaction(async (tx) => {
      const call = await this.lock(tx, callId);
      if (!call) return { action: 'skip', reason: 'the call no longer exists' };
      const verdict = judgeTransitionJob(transition, at, call, call.now);
      if (verdict.action === 'apply') await this.apply(tx, call, verdict.steps);
      return verdict;
    });
  }

  /**
   * The calls whose times passed while no transition ran (the worker was down, a job was lost) are
   * moved on now. Returns the transitions made.
   */
  async catchUp(): Promise<number> {
    const due: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM calls
        WHERE (state = 'scheduled' AND opens_at <= now()) OR (state IN ('scheduled', 'open') AND closes_at <= now())
        ORDER BY closes_at, id`,
    );
    let made = 0;
    for (const { id } of due) {
      made += await this.dataSource.transaction(async (tx) => {
        const call = await this.lock(tx, id);
        if (!call) return 0;
        const steps = dueTransitions(call, call.now);
        await this.apply(tx, call, steps);
        return steps.length;
      });
    }
    return made;
  }

  private async apply(tx: EntityManager, call: LockedTiming, steps: readonly TimedTransition[]): Promise<void> {
    let state: CallState = call.state;
    for (const step of steps) {
      const to = stateAfter(step);
      const stamp = step === 'open' ? 'opened_at' : 'closed_at';
      const [after] = await changedRows<{ version: number; at: Date }>(
        tx,
        `UPDATE calls SET state = $2, ${stamp} = now(), version = version + 1, updated_at = now() WHERE id = $1 RETURNING version, ${stamp} AS at`,
        [call.id, to],
      );
      await this.audit.record(tx, {
        actorId: null,
        action: step === 'open' ? 'call.opened' : 'call.closed',
        entityType: 'call',
        entityId: call.id,
        cityId: call.cityId,
        callId: call.id,
        before: { state },
        after: { state: to, version: after.version, [step === 'open' ? 'openedAt' : 'closedAt']: after.at },
      });
      state = to;
      if (step === 'close') await this.afterClose(tx, call, after.at);
    }
  }

  /**
   * Writes the jobs that follow a closing (see `jobsAfterClose`) with the closing's transaction,
   * and tells those who run the call that it closed.
   */
  private async afterClose(tx: EntityManager, call: LockedTiming, closedAt: Date): Promise<void> {
    for (const job of jobsAfterClose(call.id)) await this.outbox.add(tx, job.name, job.payload, { jobId: job.jobId });
    const [facts]: { title: Record<string, string>; submitted: number }[] = await tx.query(
      `SELECT c.title, (SELECT count(*)::int FROM applications a WHERE a.call_id = c.id AND a.revision >= 1 AND a.state <> 'withdrawn') AS submitted
         FROM calls c WHERE c.id = $1`,
      [call.id],
    );
    await this.notifier.notify(tx, {
      userIds: await callRunnerIds(tx, call.cityId),
      kind: 'call.closed',
      params: { callTitle: programmeText(facts.title), closedAt: new Date(closedAt).toISOString(), submitted: facts.submitted },
      entity: { type: 'call', id: call.id, view: 'applications' },
    });
  }

  private async lock(tx: EntityManager, id: string): Promise<LockedTiming | null> {
    const rows: LockedTiming[] = await tx.query(
      `SELECT id, city_id AS "cityId", state, opens_at AS "opensAt", closes_at AS "closesAt", now() AS now FROM calls WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }
}
