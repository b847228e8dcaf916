import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { type AlertMatchPayload, HandlesJob, isUuid, JobHandler, type LocalizedText } from '@kokeilu/platform';
import { Notifier } from '@kokeilu/notifications';
import { type Hit, noticesFor } from './domain/notices.js';
import { MATCH_CALL_SQL, MATCH_TESTBED_SQL } from './match-query.js';

/**
 * Matches a newly published test bed or call against every saved search in one statement (see
 * `match-query.ts`) and tells each owner once, in one transaction with the hits it records: the
 * hits make a rerun (a retry, a second publication of the same object) tell nobody again, and the
 * notifications leave through the outbox only if the hits commit.
 */
@Injectable()
@HandlesJob('alert.match')
export class MatchAlertsJob implements JobHandler<'alert.match'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
  ) {}

  async handle(payload: AlertMatchPayload, _job?: Job<AlertMatchPayload>): Promise<{ notified: number }> {
    if (!['testbed', 'call'].includes(payload?.entityType) || !isUuid(payload.entityId)) throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)}`);
    return this.dataSource.transaction(async (tx) => {
      // The bed's substrings make the plan look costly; compiling it (JIT) takes longer than running it.
      await tx.query(`SET LOCAL jit = off`);
      const testbed = payload.entityType === 'testbed';
      const hits: Hit[] = await tx.query(testbed ? MATCH_TESTBED_SQL : MATCH_CALL_SQL, [payload.entityId]);
      if (!hits.length) return { notified: 0 };
      const [object]: { name: LocalizedText }[] = await tx.query(testbed ? `SELECT name FROM testbeds WHERE id = $1` : `SELECT title AS name FROM calls WHERE id = $1`, [payload.entityId]);
      const notices = noticesFor(hits);
      const entity = { type: payload.entityType, id: payload.entityId };
      await this.notifier.notifyEach(
        tx,
        notices.map((n) =>
          testbed
            ? { userIds: [n.userId], kind: 'alert.testbed' as const, params: { testbedName: object.name, searches: n.searches }, entity, delivery: n.frequency }
            : { userIds: [n.userId], kind: 'alert.call' as const, params: { callTitle: object.name, searches: n.searches }, entity, delivery: n.frequency },
        ),
      );
      return { notified: notices.length };
    });
  }
}
