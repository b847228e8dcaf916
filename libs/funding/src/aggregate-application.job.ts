import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, EntityManager } from 'typeorm';
import { reviewsComplete } from '@kokeilu/evaluation';
import { ApplicationAggregatePayload, Audit, claimJobOnce, HandlesJob, isUuidList, jobIdOf, JobHandler, Outbox } from '@kokeilu/platform';
import { Aggregate, aggregate, AggregationError, applyConsensus, SubmittedReview } from './domain/aggregation.js';
import { ClarificationHold, clarificationHold } from './domain/clarification-hold.js';
import { aggregationRules, FundingCall, loadCall } from './funding-facts.js';

/** States in which an application's scores may still change. */
const AGGREGATABLE = ['in_review', 'reviewed'];

interface StoredAggregate {
  consensusScores: Record<string, number> | null;
  criteria: unknown;
  total: number;
  pass: boolean;
  needsConsensus: boolean;
}

interface Target {
  id: string;
  callId: string;
  state: string;
  leadOrganisationId: string;
  reviews: SubmittedReview[];
  previous: StoredAggregate | null;
}

interface Stored {
  target: Target;
  computed: Aggregate;
  final: Aggregate;
  keepConsensus: boolean;
}

/**
 * Rule 5 as soon as an application's last review is in. The review submit that completes an
 * application's reviews asks for it (and every later one, see `reviewsComplete`); requests that wait together arrive as one job (the relay merges them), which
 * aggregates all of its applications in one transaction with a few set-based statements. Two
 * requests for the same application in two jobs: the application's row lock serialises them, and
 * the aggregate is upserted, so both end with the same row and the second changes nothing. The
 * calls' rows are only share-locked, so the aggregations of one call run side by side while
 * ranking and decisions (which lock it for update) wait for them; calls are locked before
 * applications and both in id order, as everywhere. Whether a call is complete is asked after the
 * commit, so the last aggregation to commit always sees every other one and queues the ranking.
 */
@Injectable()
@HandlesJob('application.aggregate')
export class AggregateApplicationJob implements JobHandler<'application.aggregate'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  async handle(payload: ApplicationAggregatePayload, job: Job<ApplicationAggregatePayload>): Promise<{ aggregated: number; skipped: Record<string, string> }> {
    const ids = payload?.applicationIds;
    if (!isUuidList(ids)) throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)}`);
    const outcome = await this.dataSource.transaction(async (tx): Promise<{ aggregated: number; skipped: Record<string, string>; check: FundingCall[] }> => {
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) {
        // A run that committed but stopped before asking about the ranking asks now.
        const callIds: { callId: string }[] = await tx.query(`SELECT DISTINCT call_id AS "callId" FROM applications WHERE id = ANY($1::uuid[])`, [ids]);
        return { aggregated: 0, skipped: { job: 'already processed' }, check: await Promise.all(callIds.map((c) => loadCall(tx, c.callId))) };
      }
      const callIds: { id: string }[] = await tx.query(
        `SELECT id FROM calls WHERE id IN (SELECT call_id FROM applications WHERE id = ANY($1::uuid[])) ORDER BY id FOR SHARE`,
        [ids],
      );
      const calls = new Map<string, FundingCall>();
      for (const { id } of callIds) calls.set(id, await loadCall(tx, id));
      // The applications locked, with their submitted reviews and stored aggregates, in one round trip.
      const targets: Target[] = await tx.query(
        `WITH locked AS (
           SELECT id, call_id, state, lead_organisation_id FROM applications WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE
         )
         SELECT l.id, l.call_id AS "callId", l.state, l.lead_organisation_id AS "leadOrganisationId",
                -- The state is filtered in the aggregate, not in the scan: with it in the scan, the planner may add a scan of
                -- the whole reviews_call_idx (the state is its second column) for every application: 0.5 ms each with 20,000 reviews.
                coalesce((SELECT json_agg(json_build_object('evaluatorId', r.evaluator_id, 'scores', r.scores) ORDER BY r.submitted_at, r.evaluator_id)
                                   FILTER (WHERE r.state = 'submitted')
                            FROM reviews r WHERE r.application_id = l.id), '[]') AS reviews,
                (SELECT json_build_object('consensusScores', ag.consensus_scores, 'criteria', ag.criteria, 'total', ag.total::float8, 'pass', ag.pass,
                                          'needsConsensus', ag.needs_consensus)
                   FROM application_aggregates ag WHERE ag.application_id = l.id) AS previous
           FROM locked l ORDER BY l.id`,
        [ids],
      );
      const skipped: Record<string, string> = {};
      const found = new Set(targets.map((t) => t.id));
      for (const id of ids) if (!found.has(id)) skipped[id] = 'no such application';
      const stored: Stored[] = [];
      for (const target of targets) {
        const call = calls.get(target.callId) as FundingCall;
        if (!AGGREGATABLE.includes(target.state)) skipped[target.id] = `application is ${target.state}`;
        else if (!reviewsComplete(target.reviews.length, call.reviewersPerApplication)) skipped[target.id] = `${target.reviews.length} of ${call.reviewersPerApplication} reviews in`;
        else {
          const result = aggregationOf(call, target);
          if (result) stored.push(result);
          else skipped[target.id] = 'unchanged';
        }
      }
      await this.store(tx, calls, stored);
      return { aggregated: stored.length, skipped, check: [...new Set(stored.map((s) => s.target.callId))].map((id) => calls.get(id) as FundingCall) };
    });
    const { check, ...result } = outcome;
    // Outside the transaction, which has committed: one indexed look-up while others are in review.
    for (const call of check) await queueRankingWhenComplete(this.dataSource.manager, this.outbox, call);
    return result;
  }

  /** The aggregates upserted, the applications moved to `reviewed` and the audit written: three statements for the lot. */
  private async store(tx: EntityManager, calls: Map<string, FundingCall>, stored: Stored[]): Promise<void> {
    if (!stored.length) return;
    const ids = stored.map((s) => s.target.id);
    await tx.query(
      `WITH moved AS (UPDATE applications SET state = 'reviewed', updated_at = now() WHERE id = ANY($1::uuid[]) AND state <> 'reviewed')
       INSERT INTO application_aggregates (application_id, call_id, review_count, review_criteria, divergences, criteria, total, pass, needs_consensus)
       SELECT x.application_id, x.call_id, x.review_count, x.review_criteria::jsonb, x.divergences::jsonb, x.criteria::jsonb, x.total, x.pass, x.needs_consensus
         FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::text[], $6::text[], $7::float8[], $8::bool[], $9::bool[])
              AS x(application_id, call_id, review_count, review_criteria, divergences, criteria, total, pass, needs_consensus)
       ON CONFLICT (application_id) DO UPDATE SET
         review_count = EXCLUDED.review_count, review_criteria = EXCLUDED.review_criteria, divergences = EXCLUDED.divergences,
         criteria = EXCLUDED.criteria, total = EXCLUDED.total, pass = EXCLUDED.pass, needs_consensus = EXCLUDED.needs_consensus,
         consensus_scores = CASE WHEN EXCLUDED.application_id = ANY($10::uuid[]) THEN application_aggregates.consensus_scores END,
         consensus_reason = CASE WHEN EXCLUDED.application_id = ANY($10::uuid[]) THEN application_aggregates.consensus_reason END,
         consensus_by = CASE WHEN EXCLUDED.application_id = ANY($10::uuid[]) THEN application_aggregates.consensus_by END,
         consensus_at = CASE WHEN EXCLUDED.application_id = ANY($10::uuid[]) THEN application_aggregates.consensus_at END,
         updated_at = now()`,
      [
        ids,
        stored.map((s) => s.target.callId),
        stored.map((s) => s.computed.reviewCount),
        stored.map((s) => JSON.stringify(s.computed.criteria)),
        stored.map((s) => JSON.stringify(s.computed.divergences)),
        stored.map((s) => JSON.stringify(s.final.criteria)),
        stored.map((s) => s.final.total),
        stored.map((s) => s.final.pass),
        stored.map((s) => s.final.needsConsensus),
        stored.filter((s) => s.keepConsensus).map((s) => s.target.id),
      ],
    );
    await this.audit.recordMany(
      tx,
      stored.map(({ target, computed, final }) => ({
        actorId: null,
        action: 'application.aggregated',
        entityType: 'application',
        entityId: target.id,
        organisationId: target.leadOrganisationId,
        cityId: (calls.get(target.callId) as FundingCall).cityId,
        callId: target.callId,
        before: target.previous ? { state: target.state, total: target.previous.total, pass: target.previous.pass } : { state: target.state },
        after: { state: 'reviewed', total: final.total, pass: final.pass, needsConsensus: final.needsConsensus, divergences: computed.divergences.map((d) => d.key) },
      })),
    );
  }
}

/** The application's aggregate by rule 5, or null when it is what is already stored. */
function aggregationOf(call: FundingCall, target: Target): Stored | null {
  const rules = aggregationRules(call);
  const computed = aggregate(rules, target.reviews);
  const previous = target.previous;
  // A consensus recorded before a late review stays if it still settles every divergence.
  let final: Aggregate = computed;
  let consensus = previous?.consensusScores ?? null;
  if (consensus) {
    try {
      final = applyConsensus(rules, computed, consensus);
    } catch (error) {
      if (!(error instanceof AggregationError)) throw error;
      consensus = null;
    }
  }
  // jsonb keeps object keys in its own order, so the stored criteria are compared by value.
  const unchanged =
    previous &&
    target.state === 'reviewed' &&
    isDeepStrictEqual(previous.criteria, final.criteria) &&
    previous.total === final.total &&
    previous.pass === final.pass &&
    previous.needsConsensus === final.needsConsensus;
  return unchanged ? null : { target, computed, final, keepConsensus: consensus !== null };
}

/** Whether the call's open clarifications hold its ranking (by the database's clock). */
export async function clarificationHoldOf(tx: EntityManager, callId: string): Promise<ClarificationHold> {
  const rows: { answeredAt: Date | null; answerDueAt: Date; now: Date }[] = await tx.query(
    `SELECT c.answered_at AS "answeredAt", c.answer_due_at AS "answerDueAt", clock_timestamp() AS now
       FROM clarifications c WHERE c.call_id = $1 AND c.answered_at IS NULL`,
    [callId],
  );
  return clarificationHold(rows, rows[0]?.now ?? new Date());
}

/**
 * Once no application of the call waits for a review or a consensus, the ranking runs by itself
 * (once: the job id is the call's). Call after the aggregation's commit (or with the call row
 * locked), so that two aggregations finishing together cannot both miss the moment. Most calls
 * still have applications in review: one indexed look-up says so before anything is counted.
 */
export async function queueRankingWhenComplete(tx: EntityManager, outbox: Outbox, call: FundingCall, jobId = `call.rank.${call.id}`): Promise<boolean> {
  if (call.state !== 'in_evaluation') return false;
  const [waiting]: { any: boolean }[] = await tx.query(
    `SELECT EXISTS (SELECT 1 FROM applications WHERE call_id = $1 AND state IN ('submitted', 'eligible', 'in_review')) AS any`,
    [call.id],
  );
  if (waiting?.any) return false;
  const [pending]: { waiting: number; consensus: number; reviewed: number }[] = await tx.query(
    `SELECT count(*) FILTER (WHERE a.state IN ('submitted', 'eligible', 'in_review'))::int AS waiting,
            count(*) FILTER (WHERE a.state = 'reviewed' AND ag.needs_consensus)::int AS consensus,
            count(*) FILTER (WHERE a.state = 'reviewed')::int AS reviewed
       FROM applications a LEFT JOIN application_aggregates ag ON ag.application_id = a.id
      WHERE a.call_id = $1`,
    [call.id],
  );
  if (!pending || pending.waiting > 0 || pending.consensus > 0 || pending.reviewed === 0) return false;
  // Open clarifications hold the ranking; the last one's answer or deadline comes back here (clarification.settle).
  if ((await clarificationHoldOf(tx, call.id)).hold) return false;
  await outbox.add(tx, 'call.rank', { callId: call.id }, { jobId });
  return true;
}
