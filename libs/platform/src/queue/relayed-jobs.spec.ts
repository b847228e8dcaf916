import { randomUUID } from 'node:crypto';
import { aggregationPartition, eligibilityJobId, notificationRequestsOf, revisionsOf } from './registry.js';
import { OutboxRow, relayedJobs } from './relayed-jobs.js';

let n = 0;
function row(job_name: string, payload: unknown, overrides: Partial<OutboxRow> = {}): OutboxRow {
  n += 1;
  return { id: `row-${n}`, queue: 'applications', job_name: job_name as OutboxRow['job_name'], payload, job_id: `${job_name}.${n}`, delay_until: null, ...overrides };
}
const aggregate = (...ids: string[]) => row('application.aggregate', { applicationIds: ids });
/** A random application id whose last hex digit is `digit`. */
const idEnding = (digit: string) => `${randomUUID().slice(0, -1)}${digit}`;

describe('relayedJobs', () => {
  // One aggregation partition, so that their requests merge.
  const [a, b, c] = [idEnding('1'), idEnding('9'), idEnding('1')];

  it('relays each row of a job that does not coalesce as its own job, with its own id', () => {
    const rows = [row('pilot.bookings', { pilotId: a }), row('mail.send', { to: 'x@example.fi' }), row('pilot.bookings', { pilotId: b })];
    expect(relayedJobs(rows)).toEqual([
      { rowIds: [rows[0].id], name: 'pilot.bookings', payload: rows[0].payload, jobId: rows[0].job_id, delayUntil: null },
      { rowIds: [rows[1].id], name: 'mail.send', payload: rows[1].payload, jobId: rows[1].job_id, delayUntil: null },
      { rowIds: [rows[2].id], name: 'pilot.bookings', payload: rows[2].payload, jobId: rows[2].job_id, delayUntil: null },
    ]);
  });

  it('merges eligibility requests that wait together into one job with every revision, and relays a malformed one alone', () => {
    const first = { applicationId: a, revisionId: b };
    const second = { applicationId: c, revisionId: randomUUID() };
    const bad = row('application.eligibility', { applicationId: a, revisionId: 'not-a-uuid' });
    const rows = [row('application.eligibility', first), bad, row('application.eligibility', second)];
    const jobs = relayedJobs(rows);
    expect(jobs.map((j) => j.rowIds)).toEqual([[rows[0].id, rows[2].id], [bad.id]]);
    expect(jobs[0].payload).toEqual({ revisions: [first, second] });
    expect(jobs[0].jobId).toMatch(/^application\.eligibility\.merged\.[0-9a-f]{32}$/);
    expect(revisionsOf(jobs[0].payload)).toEqual([first, second]);
    expect(revisionsOf(first)).toEqual([first]);
    expect(revisionsOf(bad.payload)).toBeNull();
    expect(revisionsOf({ revisions: [] })).toBeNull();
    expect(eligibilityJobId(b)).toBe(`application.eligibility-${b}`);
  });

  it('merges notification requests that wait together into one job that carries each request’s job id, and relays a malformed one alone', () => {
    const first = { userId: a, kind: 'application.eligibility', params: { outcome: 'eligible' }, entityType: 'application', entityId: b };
    const second = { userId: c, kind: 'booking.approved', params: {} };
    const bad = row('notification.send', { userId: 'nobody', kind: 'booking.approved', params: {} });
    const rows = [row('notification.send', first), bad, row('notification.send', second)];
    const jobs = relayedJobs(rows);
    expect(jobs.map((j) => j.rowIds)).toEqual([[rows[0].id, rows[2].id], [bad.id]]);
    expect(jobs[0].payload).toEqual({ requests: [{ ...first, jobId: rows[0].job_id }, { ...second, jobId: rows[2].job_id }] });
    expect(jobs[0].jobId).toMatch(/^notification\.send\.merged\.[0-9a-f]{32}$/);
    expect(notificationRequestsOf(jobs[0].payload, jobs[0].jobId)).toEqual([{ ...first, jobId: rows[0].job_id }, { ...second, jobId: rows[2].job_id }]);
    // One request relayed alone is claimed under its job's own id, as when it is merged.
    expect(notificationRequestsOf(first, rows[0].job_id)).toEqual([{ ...first, jobId: rows[0].job_id }]);
    expect(notificationRequestsOf(bad.payload, bad.job_id)).toBeNull();
    expect(notificationRequestsOf({ requests: [] }, 'x')).toBeNull();
    expect(notificationRequestsOf({ requests: [first] }, 'x')).toBeNull();
    // A merged payload is never merged again: its requests keep their ids.
    expect(relayedJobs([row('notification.send', jobs[0].payload), row('notification.send', second)]).map((j) => j.rowIds.length)).toEqual([1, 1]);
  });

  it('merges aggregation requests that wait together into one job, each application once, in order among the other jobs', () => {
    const rows = [aggregate(a), row('mail.send', {}), aggregate(b), aggregate(a), aggregate(c)];
    const jobs = relayedJobs(rows);
    expect(jobs.map((j) => j.name)).toEqual(['application.aggregate', 'mail.send']);
    expect(jobs[0]).toMatchObject({ rowIds: [rows[0].id, rows[2].id, rows[3].id, rows[4].id], payload: { applicationIds: [a, b, c] } });
    expect(jobs[0].jobId).toMatch(/^application\.aggregate\.merged\.[0-9a-f]{32}$/);
  });

  it('keeps a single request its own job id, and gives the same rows the same merged id when relayed again', () => {
    const alone = aggregate(a);
    expect(relayedJobs([alone])[0]).toMatchObject({ jobId: alone.job_id, payload: { applicationIds: [a] } });
    const rows = [aggregate(a), aggregate(b)];
    expect(relayedJobs(rows)[0].jobId).toBe(relayedJobs(rows.map((r) => ({ ...r })))[0].jobId);
    expect(relayedJobs(rows)[0].jobId).not.toBe(relayedJobs([rows[0], aggregate(b)])[0].jobId);
  });

  it('merges aggregation requests only within their partition of the application id, so that the jobs lock disjoint applications', () => {
    const [d, e, f] = [idEnding('2'), idEnding('a'), idEnding('3')];
    expect([a, b, c].map(aggregationPartition)).toEqual(['1', '1', '1']);
    expect([d, e, f].map(aggregationPartition)).toEqual(['2', '2', '3']);
    const rows = [aggregate(a), aggregate(d), aggregate(f), aggregate(b), aggregate(e), aggregate(d)];
    const jobs = relayedJobs(rows);
    expect(jobs.map((j) => j.payload)).toEqual([{ applicationIds: [a, b] }, { applicationIds: [d, e] }, { applicationIds: [f] }]);
    expect(jobs.map((j) => j.rowIds)).toEqual([[rows[0].id, rows[3].id], [rows[1].id, rows[4].id, rows[5].id], [rows[2].id]]);
  });

  it('starts a new job after the most rows one job takes', () => {
    const rows = Array.from({ length: 2500 }, () => aggregate(idEnding('7')));
    const jobs = relayedJobs(rows);
    expect(jobs.map((j) => j.rowIds.length)).toEqual([1000, 1000, 500]);
    expect(jobs.flatMap((j) => j.rowIds)).toEqual(rows.map((r) => r.id));
  });

  it('relays a malformed request and a delayed one alone, so they cannot take the others down', () => {
    const bad = row('application.aggregate', { applicationId: a });
    const notAnId = row('application.aggregate', { applicationIds: ['1; DROP TABLE'] });
    const later = aggregate(c);
    later.delay_until = new Date(Date.now() + 60_000);
    const jobs = relayedJobs([aggregate(a), bad, notAnId, later, aggregate(b)]);
    expect(jobs.map((j) => j.rowIds.length)).toEqual([2, 1, 1, 1]);
    expect(jobs[0].payload).toEqual({ applicationIds: [a, b] });
    expect(jobs.slice(1).map((j) => j.payload)).toEqual([bad.payload, notAnId.payload, later.payload]);
  });

  it('passes a row of an unknown job through for the relay to refuse', () => {
    const stray = row('report.build', { x: 1 });
    expect(relayedJobs([stray])).toEqual([{ rowIds: [stray.id], name: 'report.build', payload: { x: 1 }, jobId: stray.job_id, delayUntil: null }]);
  });
});
