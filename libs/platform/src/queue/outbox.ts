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
    const [id] = await this.addMany(tx, [{ name, payload, options } as OutboxJob]);
    return id;
  }

  /** Many jobs in one statement, in the given order; answers their row ids. */
  async addMany(tx: EntityManager, jobs: readonly OutboxJob[]): Promise<string[]> {
    if (!jobs.length) return [];
    const insert = outboxInsert(jobs);
    // Notified at commit only, so the relay wakes for committed rows and never for rolled-back ones.
    await tx.query(`WITH added AS (${insert.sql}) SELECT pg_notify('outbox', '') FROM (SELECT 1 FROM added LIMIT 1) x`, insert.params);
    return insert.ids;
  }
}

/**
 * The INSERT … RETURNING id of `jobs`' outbox rows, in the given order, with its parameters
 * numbered from `$${first}`, for a statement that writes them together with the change they
 * follow (as a `WITH` part). Such a statement selects `pg_notify('outbox', '')` too, so that the
 * relay wakes at commit.
 */
export function outboxInsert(jobs: readonly OutboxJob[], first = 1): { sql: string; params: unknown[]; ids: string[] } {
  const ids = jobs.map(() => randomUUID());
  const $ = (n: number) => `$${first + n}`;
  return {
    sql: `INSERT INTO outbox (id, queue, job_name, payload, job_id, delay_until)
         SELECT j.id, j.queue, j.job_name, j.payload::jsonb, j.job_id, j.delay_until
           FROM unnest(${$(0)}::uuid[], ${$(1)}::text[], ${$(2)}::text[], ${$(3)}::text[], ${$(4)}::text[], ${$(5)}::timestamptz[], ${$(6)}::int[]) AS j(id, queue, job_name, payload, job_id, delay_until, n)
          ORDER BY j.n
         RETURNING id`,
    params: [
      ids,
      jobs.map((job) => JOBS[job.name].queue),
      jobs.map((job) => job.name),
      jobs.map((job) => JSON.stringify(job.payload)),
      jobs.map((job, i) => job.options?.jobId ?? ids[i]),
      jobs.map((job) => job.options?.runAt ?? null),
      jobs.map((_, i) => i),
    ],
    ids,
  };
}

/** One job for `Outbox.addMany`. */
export type OutboxJob = { [N in JobName]: { name: N; payload: JobPayloads[N]; options?: OutboxOptions } }[JobName];

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
