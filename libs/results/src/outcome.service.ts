import type { RankingBasis } from './domain/three-sixty-giving.js';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { findApplication, resourceOf } from '@kokeilu/applications';
import type { ProposalFacts } from './domain/budget-line.js';
import { AggregateFacts, CallCriterionFacts, CriterionFacts, DecisionFacts, EligibilityFacts, explainOutcome, Outcome, outcomeAudience, OutcomeAudience } from './domain/outcome.js';

export interface OutcomeView extends Outcome {
  /** Which totals the call ranks by. */
  rankingBasis: RankingBasis;
  applicationId: string;
  callId: string;
  title: string;
  applicationState: string;
  /** `internal` for those who run the call, its deciders and admins; `consortium` otherwise. */
  audience: OutcomeAudience;
}

interface CallRow {
  cityId: string | null;
  criteria: (CallCriterionFacts & Record<string, unknown>)[];
  overallThreshold: number;
  deciderIds: string[];
  rankingBasis: RankingBasis;
}

interface AggregateRow {
  reviewCount: number;
  reviewCriteria: CriterionFacts[];
  criteria: CriterionFacts[];
  divergences: { key: string }[];
  total: number;
  pass: boolean;
  needsConsensus: boolean;
  consensusScores: Record<string, number> | null;
  consensusReason: string | null;
  consensusAt: Date | null;
  rank: number | null;
  tieBreakRule: string | null;
  aboveId: string | null;
  aboveTitle: string | null;
  aboveRank: number | null;
}

/** Rule 8: an application's outcome explained to those who may read it; never who reviewed it. */
@Injectable()
export class OutcomeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
  ) {}

  async outcome(actor: Actor, applicationId: string): Promise<OutcomeView> {
    // One snapshot, so the parts agree with each other even while a promotion runs.
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      const record = await findApplication(tx, applicationId);
      this.policy.authorize(actor, 'application.outcome.read', resourceOf(record), 'Application');
      const [call]: CallRow[] = await tx.query(
        `SELECT city_id AS "cityId", criteria, overall_threshold::float8 AS "overallThreshold", decider_ids::text[] AS "deciderIds", ranking_basis AS "rankingBasis" FROM calls WHERE id = $1`,
        [record.callId],
      );
      // One connection runs one query at a time: these go in turn.
      const aggregate = await this.aggregate(tx, applicationId);
      const proposal = await this.proposal(tx, record.callId);
      const decision = await this.decision(tx, record.callId);
      const title = await this.submittedTitle(tx, applicationId, record.revision, record.title);
      const eligibility = await this.eligibility(tx, applicationId, record.revision);
      const audience = outcomeAudience(actor, call!);
      const outcome = explainOutcome(
        {
          applicationId,
          applicationState: record.state,
          eligibility,
          criteria: call!.criteria.map((c) => ({ key: c.key, name: c.name, weight: c.weight, threshold: c.threshold })),
          overallThreshold: call!.overallThreshold,
          aggregate,
          proposal,
          decision,
        },
        audience,
      );
      return { applicationId, callId: record.callId, title, applicationState: record.state, audience, rankingBasis: call!.rankingBasis, ...outcome };
    });
  }

  /** The verdicts on the latest submitted revision; null when it was never submitted. */
  private async eligibility(tx: EntityManager, applicationId: string, revision: number): Promise<EligibilityFacts | null> {
    if (revision === 0) return null;
    const verdicts: EligibilityFacts['verdicts'] = await tx.query(
      `SELECT e.rule, e.pass, e.reason FROM eligibility_results e JOIN application_revisions r ON r.id = e.revision_id
        WHERE r.application_id = $1 AND r.number = $2 ORDER BY e.position`,
      [applicationId, revision],
    );
    return { revision, verdicts };
  }

  private async submittedTitle(tx: EntityManager, applicationId: string, revision: number, fallback: string): Promise<string> {
    const [row]: { title: string | null }[] = await tx.query(`SELECT snapshot->>'title' AS title FROM application_revisions WHERE application_id = $1 AND number = $2`, [
      applicationId,
      revision,
    ]);
    return row?.title ?? fallback;
  }

  private async aggregate(tx: EntityManager, applicationId: string): Promise<AggregateFacts | null> {
    const [row]: AggregateRow[] = await tx.query(
      `SELECT g.review_count AS "reviewCount", g.review_criteria AS "reviewCriteria", g.criteria, g.divergences,
              g.total::float8 AS total, g.pass, g.needs_consensus AS "needsConsensus",
              g.consensus_scores AS "consensusScores", g.consensus_reason AS "consensusReason", g.consensus_at AS "consensusAt",
              g.rank, g.tie_break_rule AS "tieBreakRule", g.tie_break_above AS "aboveId",
              coalesce(ar.snapshot->>'title', a.title) AS "aboveTitle", ag.rank AS "aboveRank"
         FROM application_aggregates g
         LEFT JOIN applications a ON a.id = g.tie_break_above
         LEFT JOIN application_revisions ar ON ar.application_id = a.id AND ar.number = a.revision
         LEFT JOIN application_aggregates ag ON ag.application_id = g.tie_break_above
        WHERE g.application_id = $1`,
      [applicationId],
    );
    if (!row) return null;
    return {
      reviewCount: row.reviewCount,
      reviewCriteria: row.reviewCriteria,
      criteria: row.criteria,
      total: row.total,
      pass: row.pass,
      needsConsensus: row.needsConsensus,
      divergentKeys: row.divergences.map((d) => d.key),
      consensusScores: row.consensusScores,
      consensusReason: row.consensusReason,
      consensusAt: row.consensusAt,
      rank: row.rank,
      tieBreakRule: row.tieBreakRule,
      tieBreakAbove: row.aboveId ? { applicationId: row.aboveId, title: row.aboveTitle ?? '', rank: row.aboveRank } : null,
    };
  }

  private async proposal(tx: EntityManager, callId: string): Promise<(ProposalFacts & { state: 'proposed' | 'decided' }) | null> {
    const [head]: { policy: 'strict' | 'skip'; state: 'proposed' | 'decided'; budgetCents: number; committedCents: number | null }[] = await tx.query(
      `SELECT p.policy, p.state, coalesce(b.budget_cents, p.budget_cents)::float8 AS "budgetCents", b.committed_cents::float8 AS "committedCents"
         FROM funding_proposals p LEFT JOIN call_budgets b ON b.call_id = p.call_id WHERE p.call_id = $1`,
      [callId],
    );
    if (!head) return null;
    const grants: ProposalFacts['grants'] = await tx.query(
      `SELECT application_id AS "applicationId", rank, grant_cents::float8 AS "grantCents", cap_cents::float8 AS "capCents", state FROM grants WHERE call_id = $1 ORDER BY rank`,
      [callId],
    );
    const reserve: ProposalFacts['reserve'] = await tx.query(
      `SELECT application_id AS "applicationId", position, rank, cap_cents::float8 AS "capCents" FROM funding_reserve WHERE call_id = $1 ORDER BY position`,
      [callId],
    );
    const rejections: ProposalFacts['rejections'] = await tx.query(`SELECT application_id AS "applicationId", reason FROM funding_rejections WHERE call_id = $1`, [callId]);
    const ranks: { rank: number }[] = await tx.query(`SELECT rank FROM application_aggregates WHERE call_id = $1 AND rank IS NOT NULL ORDER BY rank`, [callId]);
    const live = grants.filter((g) => g.state === 'proposed' || g.state === 'awarded').reduce((sum, g) => sum + g.grantCents, 0);
    return {
      state: head.state,
      policy: head.policy,
      budgetCents: head.budgetCents,
      committedCents: head.committedCents ?? live,
      grants,
      reserve,
      rejections,
      ranks: ranks.map((r) => r.rank),
    };
  }

  private async decision(tx: EntityManager, callId: string): Promise<DecisionFacts | null> {
    const [row]: { decidedAt: Date; deciderName: string; amendmentCount: number }[] = await tx.query(
      `SELECT d.decided_at AS "decidedAt", u.display_name AS "deciderName",
              (SELECT count(*)::int FROM funding_amendments m WHERE m.call_id = d.call_id) AS "amendmentCount"
         FROM funding_decisions d JOIN users u ON u.id = d.decided_by WHERE d.call_id = $1`,
      [callId],
    );
    return row ?? null;
  }
}
