import { randomUUID } from 'node:crypto';
import { auditInsert } from '../audit/audit.js';
import { outboxInsert } from './outbox.js';
import { eligibilityJobId } from './registry.js';

/** The parameter numbers an SQL text refers to, in order of first appearance. */
const numbers = (sql: string) => [...new Set([...sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))];

describe('statement parts written with a change', () => {
  const applicationId = randomUUID();
  const revisionId = randomUUID();

  it("numbers the outbox rows' parameters from the given one, in the order of the parameters answered", () => {
    const insert = outboxInsert(
      [
        { name: 'application.eligibility', payload: { applicationId, revisionId }, options: { jobId: eligibilityJobId(revisionId) } },
        { name: 'notification.send', payload: { userId: randomUUID(), kind: 'application.submitted', params: {} } },
      ],
      20,
    );
    expect(numbers(insert.sql)).toEqual([20, 21, 22, 23, 24, 25, 26]);
    expect(insert.params).toHaveLength(7);
    const [ids, queues, names, payloads, jobIds, runAt, order] = insert.params as unknown[][];
    expect(ids).toEqual(insert.ids);
    expect(queues).toEqual(['applications', 'notifications']);
    expect(names).toEqual(['application.eligibility', 'notification.send']);
    expect(JSON.parse(payloads[0] as string)).toEqual({ applicationId, revisionId });
    // A job without its own id is deduplicated by its row's.
    expect(jobIds).toEqual([eligibilityJobId(revisionId), insert.ids[1]]);
    expect(runAt).toEqual([null, null]);
    expect(order).toEqual([0, 1]);
  });

  it("numbers an audit event's parameters from the given one, with absent fields as NULL and the states as JSON", () => {
    const insert = auditInsert({ actorId: null, action: 'application.submitted', entityType: 'application', entityId: applicationId, after: { state: 'submitted' } }, 5);
    expect(numbers(insert.sql)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
    expect(insert.params).toEqual([null, 'application.submitted', 'application', applicationId, null, null, null, null, '{"state":"submitted"}', null]);
  });

  it('writes an audit event only for a row of the part it names, when it names one', () => {
    const event = { actorId: null, action: 'application.updated', entityType: 'application', entityId: applicationId };
    expect(auditInsert(event, 3).sql).toMatch(/VALUES \(\$3, .*\$12\)$/);
    const insert = auditInsert(event, 3, 'changed');
    expect(insert.sql).not.toContain('VALUES');
    expect(insert.sql).toMatch(/SELECT \$3, .*\$12 FROM changed$/);
    expect(numbers(insert.sql)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
