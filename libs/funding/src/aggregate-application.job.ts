import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { isDeepStrictEqual } from 'node:util';
import { DataSource, EntityManager } from 'typeorm';
import { ApplicationAggregatePayload, Audit, claimJobOnce, HandlesJob, jobIdOf, JobHandler, Outbox } from '@kokeilu/platform';
import { Aggregate, aggregate, AggregationError, applyConsensus, SubmittedReview } from './domain/aggregation.js';
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

/**
 * Rule 5 as soon as an application's last review is in. Two reviews submitted at the same instant
 * give two jobs: the application's row lock serialises them, and the aggregate is upserted, so both
 * end with the same row and the second changes nothing. The call row is only share-locked, so the
 * aggregations of one call run side by side while ranking and decisions (which lock it for update)
 * wait for them. Whether the call is complete is asked after the commit, so the last aggregation to
 * commit always sees every other one and queues the ranking.
 */
@Injectable()
@HandlesJob('application.aggregate')
export class AggregateApplicationJob implements JobHandler<'application.aggregate'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  async handle(payload: ApplicationAggregatePayload, job: Job<ApplicationAggregatePayload>): Promise<{ aggregated: boolean; reason?: string }> {
    const outcome = await this.dataSource.transaction(async (tx): Promise<{ aggregated: boolean; reason?: string; check?: FundingCall }> => {
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) {
        // A run that committed but stopped before asking about the ranking asks now.
        const [known]: { callId: string }[] = await tx.query(`SELECT call_id AS "callId" FROM applications WHERE id = $1`, [payload.applicationId]);
        return { aggregated: false, reason: 'already processed', check: known ? await loadCall(tx, known.callId) : undefined };
      }
      // The call first, then the application: the same order as ranking and decisions take them.
      const [found]: { callId: string }[] = await tx.query(
        `SELECT c.id AS "callId" FROM applications a JOIN calls c ON c.id = a.call_id WHERE a.id = $1 FOR SHARE OF c`,
        [payload.applicationId],
      );
      if (!found) return { aggregated: false, reason: 'no such application' };
      const call = await loadCall(tx, found.callId);
      const [application]: { id: string; state: string; leadOrganisationId: string }[] = await tx.query(
        `SELECT id, state, lead_organisation_id AS "leadOrganisationId" FROM applications WHERE id = $1 FOR UPDATE`,
        [payload.applicationId],
      );
      if (!application || !AGGREGATABLE.includes(application.state)) return { aggregated: false, reason: `application is ${application?.state}` };
      // The submitted reviews and the stored aggregate, in one round trip.
      const [read]: { reviews: SubmittedReview[]; previous: StoredAggregate | null }[] = await tx.query(
        `SELECT coalesce((SELECT json_agg(json_build_object('evaluatorId', r.evaluator_id, 'scores', r.scores) ORDER BY r.submitted_at, r.evaluator_id)
                            FROM reviews r WHERE r.application_id = $1 AND r.state = 'submitted'), '[]') AS reviews,
                (SELECT json_build_object('consensusScores', ag.consensus_scores, 'criteria', ag.criteria, 'total', ag.total::float8, 'pass', ag.pass,
                                          'needsConsensus', ag.needs_consensus)
                   FROM application_aggregates ag WHERE ag.application_id = $1) AS previous`,
        [application.id],
      );
      const { reviews, previous } = read;
      if (reviews.length < call.reviewersPerApplication) return { aggregated: false, reason: `${reviews.length} of ${call.reviewersPerApplication} reviews in` };
      const result = await this.store(tx, call, application, reviews, previous ?? undefined);
      return { aggregated: result, check: result ? call : undefined };
    });
    const { check, ...result } = outcome;
    // Outside the transaction, which has committed: one indexed look-up while others are in review.
    if (check) await queueRankingWhenComplete(this.dataSource.manager, this.outbox, check);
    return result;
  }

  private async store(
    tx: EntityManager,
    call: FundingCall,
    application: { id: string; state: string; leadOrganisationId: string },
    reviews: SubmittedReview[],
    previous: StoredAggregate | undefined,
  ): Promise<boolean> {
    const rules = aggregationRules(call);
    const computed = aggregate(rules, reviews);
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
      application.state === 'reviewed' &&
      isDeepStrictEqual(previous.criteria, final.criteria) &&
      previous.total === final.total &&
      previous.pass === final.pass &&
      previous.needsConsensus === final.needsConsensus;
    if (unchanged) return false;
    await tx.query(
      `WITH moved AS (UPDATE applications SET state = 'reviewed', updated_at = now() WHERE id = $1)
       INSERT INTO application_aggregates (application_id, call_id, review_count, review_criteria, divergences, criteria, total, pass, needs_consensus)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (application_id) DO UPDATE SET
         review_count = EXCLUDED.review_count, review_criteria = EXCLUDED.review_criteria, divergences = EXCLUDED.divergences,
         criteria = EXCLUDED.criteria, total = EXCLUDED.total, pass = EXCLUDED.pass, needs_consensus = EXCLUDED.needs_consensus,
         consensus_scores = CASE WHEN $10 THEN application_aggregates.consensus_scores END,
         consensus_reason = CASE WHEN $10 THEN application_aggregates.consensus_reason END,
         consensus_by = CASE WHEN $10 THEN application_aggregates.consensus_by END,
         consensus_at = CASE WHEN $10 THEN application_aggregates.consensus_at END,
         updated_at = now()`,
      [
        application.id,
        call.id,
        computed.reviewCount,
        JSON.stringify(computed.criteria),
        JSON.stringify(computed.divergences),
        JSON.stringify(final.criteria),
        final.total,
        final.pass,
        final.needsConsensus,
        consensus !== null,
      ],
    );
    await this.audit.record(tx, {
      actorId: null,
      action: 'application.aggregated',
      entityType: 'application',
      entityId: application.id,
      organisationId: application.leadOrganisationId,
      cityId: call.cityId,
      callId: call.id,
      before: previous ? { state: application.state, total: previous.total, pass: previous.pass } : { state: application.state },
      after: { state: 'reviewed', total: final.total, pass: final.pass, needsConsensus: final.needsConsensus, divergences: computed.divergences.map((d) => d.key) },
    });
    return true;
  }
}

/**
 * Once no application of the call waits for a review or a consensus, the ranking runs by itself
 * (once: the job id is the call's). Call after the aggregation's commit (or with the call row
 * locked), so that two aggregations finishing together cannot both miss the moment. Most calls
 * still have applications in review: one indexed look-up says so before anything is counted.
 */
export async function queueRankingWhenComplete(tx: EntityManager, outbox: Outbox, call: FundingCall): Promise<boolean> {
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
  await outbox.add(tx, 'call.rank', { callId: call.id }, { jobId: `call.rank.${call.id}` });
  return true;
}
