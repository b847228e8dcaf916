import { createHash } from 'node:crypto';
import { JOBS, JobName, QueueName } from './registry.js';

export interface OutboxRow {
  id: string;
  queue: QueueName;
  job_name: JobName;
  payload: unknown;
  job_id: string;
  delay_until: Date | null;
}

/** A job for BullMQ: one outbox row's, or several rows' of a coalescing job merged into one. */
export interface RelayedJob {
  rowIds: string[];
  name: JobName;
  payload: unknown;
  jobId: string;
  delayUntil: Date | null;
}

/**
 * The rows as BullMQ jobs, in the rows' order. Rows of a job that coalesces (see `JobDefinition`)
 * and that are due now are merged, up to the job's `max` rows each and, when the job has a
 * `partition`, only with rows of the same partition; the merged job's id is derived from its rows'
 * job ids, so relaying the same rows again gives the same id.
 */
export function relayedJobs(rows: OutboxRow[]): RelayedJob[] {
  type Coalesce = { max: number; accepts(p: unknown): boolean; merge(p: unknown[], jobIds: string[]): unknown; partition?(p: unknown): string };
  const jobs: RelayedJob[] = [];
  const groups: { job: RelayedJob; jobIds: string[]; payloads: unknown[]; merge: Coalesce['merge'] }[] = [];
  const open = new Map<string, (typeof groups)[number]>();
  for (const row of rows) {
    const single: RelayedJob = { rowIds: [row.id], name: row.job_name, payload: row.payload, jobId: row.job_id, delayUntil: row.delay_until };
    const coalesce = JOBS[row.job_name]?.coalesce as Coalesce | undefined;
    if (!coalesce || row.delay_until || !coalesce.accepts(row.payload)) {
      jobs.push(single);
      continue;
    }
    const key = coalesce.partition ? `${row.job_name}\u0000${coalesce.partition(row.payload)}` : row.job_name;
    const group = open.get(key);
    if (group && group.jobIds.length < coalesce.max) {
      group.jobIds.push(row.job_id);
      group.payloads.push(row.payload);
      group.job.rowIds.push(row.id);
      continue;
    }
    const started = { job: single, jobIds: [row.job_id], payloads: [row.payload], merge: coalesce.merge };
    open.set(key, started);
    groups.push(started);
    jobs.push(single);
  }
  // A group of one stays the row's own job; a larger one gets its merged payload and id once, at the end.
  for (const { job, jobIds, payloads, merge } of groups) {
    if (jobIds.length < 2) continue;
    job.payload = merge(payloads, jobIds);
    job.jobId = `${job.name}.merged.${createHash('sha256').update(jobIds.join('\n')).digest('hex').slice(0, 32)}`;
  }
  return jobs;
}

export function optionsOf(job: RelayedJob) {
  const delay = job.delayUntil ? Math.max(0, new Date(job.delayUntil).getTime() - Date.now()) : 0;
  return { ...JOBS[job.name].options, jobId: job.jobId, delay };
}
