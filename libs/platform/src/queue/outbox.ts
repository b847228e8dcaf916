import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { JOBS, JobName, JobPayloads } from './registry.js';

export interface OutboxOptions {
  /** A semantic id for dedupe (e.g. one per call and transition); defaults to the outbox row id. */
  jobId?: string;
  /** Run no earlier than this. */
  runAt?: Date;
}

/**
 * Writes the jobs that must follow a change with the same transaction as the change: if the
 * change rolls back, no job exists; once it commits, the relay delivers the job to BullMQ.
 */
@Injectable()
export class Outbox {
  async add<N extends JobName>(tx: EntityManager, name: N, payload: JobPayloads[N], options: OutboxOptions = {}): Promise<string> {
    const id = randomUUID();
    // Notified at commit only, so the relay wakes for committed rows and never for rolled-back ones.
    await tx.query(
      `WITH added AS (
         INSERT INTO outbox (id, queue, job_name, payload, job_id, delay_until) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
       )
       SELECT pg_notify('outbox', '') FROM added`,
      [id, JOBS[name].queue, name, JSON.stringify(payload), options.jobId ?? id, options.runAt ?? null],
    );
    return id;
  }
}

/**
 * Marks a job as done inside the handler's own transaction. Returns false when the job already
 * ran, so a handler that runs twice (a retry, a re-delivered job) changes nothing the second time.
 */
export async function claimJobOnce(tx: EntityManager, jobId: string, jobName: string): Promise<boolean> {
  const rows: unknown[] = await tx.query(
    `INSERT INTO processed_jobs (job_id, job_name) VALUES ($1, $2) ON CONFLICT (job_id) DO NOTHING RETURNING job_id`,
    [jobId, jobName],
  );
  return rows.length > 0;
}

/** BullMQ always gives an added job an id; a job without one cannot be deduplicated, so refuse it. */
export function jobIdOf(job: { id?: string; name: string }): string {
  if (!job.id) throw new Error(`job "${job.name}" has no id`);
  return job.id;
}
