import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Audit, DomainError, messageOf, Outbox } from '@kokeilu/platform';
import { FUNDING_MESSAGES } from './domain/messages.js';
import { queueRankingWhenComplete } from './aggregate-application.job.js';
import { aggregate, AggregationError, applyConsensus, CriterionResult, Divergence, SubmittedReview } from './domain/aggregation.js';
import { aggregationRules, applicationResource, callResource, loadCall } from './funding-facts.js';

export interface RankingEntry {
  applicationId: string;
  title: string;
  leadOrganisationName: string;
  state: string;
  submittedAt: Date;
  total: number;
  pass: boolean;
  criteria: CriterionResult[];
  divergences: Divergence[];
  needsConsensus: boolean;
  consensus: { scores: Record<string, number>; reason: string; at: Date } | null;
  rank: number | null;
  tieBreak: { rule: string; above: string } | null;
}

export interface RankingView {
  callId: string;
  /** ranked (passing) first by rank, then failing and waiting ones by total */
  entries: RankingEntry[];
  /** applications still waiting for reviews */
  awaitingReviews: number;
  /** aggregated but divergent, waiting for the coordinator's consensus */
  awaitingConsensus: number;
}

/** Consensus scores (rule 5) and the ranking as those who run the call and its deciders see it (rule 6). */
@Injectable()
export class ScoringService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
  ) {}

  async recordConsensus(actor: Actor, applicationId: string, scores: Record<string, number>, reason: string): Promise<RankingEntry> {
    return this.dataSource.transaction(async (tx) => {
      // Whoever may not read the application does not learn that it exists (404); the rest may not record one (403).
      const found = await applicationResource(tx, applicationId);
      this.policy.authorize(actor, 'application.read', found, 'Application');
      const call = await loadCall(tx, found.callId, true);
      this.policy.authorize(actor, 'call.evaluators.manage', callResource(call), 'Application');
      if (!reason.trim()) throw DomainError.invalid('reason', 'a consensus needs a reason');
      const [application]: { state: string; leadOrganisationId: string }[] = await tx.query(
        `SELECT state, lead_organisation_id AS "leadOrganisationId" FROM applications WHERE id = $1 FOR UPDATE`,
        [applicationId],
      );
      if (application!.state !== 'reviewed') {
        throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'consensus.not_aggregated'), { state: application!.state });
      }
      const [stored]: { divergences: Divergence[]; consensusScores: Record<string, number> | null }[] = await tx.query(
        `SELECT divergences, consensus_scores AS "consensusScores" FROM application_aggregates WHERE application_id = $1`,
        [applicationId],
      );
      if (!stored || stored.divergences.length === 0) throw DomainError.conflict(messageOf(FUNDING_MESSAGES, 'consensus.not_needed'));
      const reviews: SubmittedReview[] = await tx.query(
        `SELECT evaluator_id AS "evaluatorId", scores FROM reviews WHERE application_id = $1 AND state = 'submitted' ORDER BY submitted_at, evaluator_id`,
        [applicationId],
      );
      const rules = aggregationRules(call);
      let final;
      try {
        final = applyConsensus(rules, aggregate(rules, reviews), scores);
      } catch (error) {
        if (error instanceof AggregationError) throw DomainError.invalid(error.field, error.reason);
        throw error;
      }
      await tx.query(
        `UPDATE application_aggregates SET consensus_scores = $2, consensus_reason = $3, consensus_by = $4, consensus_at = now(),
                criteria = $5, total = $6, pass = $7, needs_consensus = false, updated_at = now()
          WHERE application_id = $1`,
        [applicationId, JSON.stringify(scores), reason.trim(), actor.userId, JSON.stringify(final.criteria), final.total, final.pass],
      );
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'application.consensus_recorded',
        entityType: 'application',
        entityId: applicationId,
        organisationId: application!.leadOrganisationId,
        cityId: call.cityId,
        callId: call.id,
        before: { consensusScores: stored.consensusScores },
        after: { consensusScores: scores, reason: reason.trim(), total: final.total, pass: final.pass },
      });
      await queueRankingWhenComplete(tx, this.outbox, call);
      const view = await this.rankingOf(tx, call.id, applicationId);
      return view.entries[0]!;
    });
  }

  async ranking(actor: Actor, callId: string): Promise<RankingView> {
    const call = await loadCall(this.dataSource.manager, callId);
    this.policy.authorize(actor, 'call.evaluation.read', callResource(call), 'Call');
    return this.rankingOf(this.dataSource.manager, callId);
  }

  private async rankingOf(tx: DataSource['manager'], callId: string, onlyApplicationId?: string): Promise<RankingView> {
    const entries: RankingEntry[] = await tx.query(
      `SELECT a.id AS "applicationId", r.snapshot->>'title' AS title, lo.name AS "leadOrganisationName", a.state, a.submitted_at AS "submittedAt",
              ag.total::float8 AS total, ag.pass, ag.criteria, ag.divergences, ag.needs_consensus AS "needsConsensus",
              CASE WHEN ag.consensus_at IS NULL THEN NULL
                   ELSE json_build_object('scores', ag.consensus_scores, 'reason', ag.consensus_reason, 'at', ag.consensus_at) END AS consensus,
              ag.rank,
              CASE WHEN ag.tie_break_rule IS NULL THEN NULL ELSE json_build_object('rule', ag.tie_break_rule, 'above', ag.tie_break_above) END AS "tieBreak"
         FROM application_aggregates ag
         JOIN applications a ON a.id = ag.application_id
         JOIN organisations lo ON lo.id = a.lead_organisation_id
         JOIN application_revisions r ON r.application_id = a.id AND r.number = a.revision
        WHERE ag.call_id = $1 AND ($2::uuid IS NULL OR a.id = $2)
        ORDER BY ag.rank NULLS LAST, ag.total DESC, a.submitted_at, a.id`,
      [callId, onlyApplicationId ?? null],
    );
    const [counts]: { awaitingReviews: number; awaitingConsensus: number }[] = await tx.query(
      `SELECT count(*) FILTER (WHERE a.state IN ('eligible', 'in_review'))::int AS "awaitingReviews",
              count(*) FILTER (WHERE ag.needs_consensus AND a.state = 'reviewed')::int AS "awaitingConsensus"
         FROM applications a LEFT JOIN application_aggregates ag ON ag.application_id = a.id WHERE a.call_id = $1`,
      [callId],
    );
    return { callId, entries, awaitingReviews: counts?.awaitingReviews ?? 0, awaitingConsensus: counts?.awaitingConsensus ?? 0 };
  }
}
