/**
 * An application's outcome explained (rules 5–8): how it scored against each criterion, where it
 * ranked and why, where the budget line fell, and the decision. Reviewers are never named, not
 * even counted per person: only how many reviews scored each criterion.
 */
import type { Actor } from '@kokeilu/access';
import { BudgetLine, budgetLine, ProposalFacts } from './budget-line.js';

/**
 * Who is reading: `internal` (those who run the call, its deciders, admins) may learn which
 * application broke a tie; `consortium` learns only that application's rank.
 */
export type OutcomeAudience = 'internal' | 'consortium';

export function outcomeAudience(actor: Actor, call: { cityId: string | null; deciderIds: readonly string[] }): OutcomeAudience {
  if (actor.admin) return 'internal';
  if (call.cityId !== null && actor.coordinatorCityIds.includes(call.cityId)) return 'internal';
  if (call.deciderIds.includes(actor.userId)) return 'internal';
  return 'consortium';
}

export interface CallCriterionFacts {
  key: string;
  name: Record<string, string>;
  weight: number;
  threshold: number;
}

export interface CriterionFacts {
  key: string;
  mean: number;
  count: number;
  threshold: number;
  pass: boolean;
}

export interface AggregateFacts {
  reviewCount: number;
  /** The means from the reviews alone, before any consensus. */
  reviewCriteria: CriterionFacts[];
  /** What counts: the means with the consensus applied. */
  criteria: CriterionFacts[];
  total: number;
  pass: boolean;
  needsConsensus: boolean;
  divergentKeys: string[];
  consensusScores: Record<string, number> | null;
  consensusReason: string | null;
  consensusAt: Date | null;
  rank: number | null;
  tieBreakRule: string | null;
  tieBreakAbove: { applicationId: string; title: string; rank: number | null } | null;
}

export interface CriterionOutcome {
  key: string;
  name: Record<string, string>;
  weight: number;
  /** The mean that counts (the consensus score where one was recorded). */
  mean: number;
  /** The mean of the reviews alone. */
  reviewMean: number | null;
  /** How many reviews scored it. */
  reviewCount: number;
  threshold: number;
  pass: boolean;
  consensus: boolean;
}

export interface ScoresOutcome {
  reviewCount: number;
  criteria: CriterionOutcome[];
  total: number;
  overallThreshold: number;
  totalPass: boolean;
  pass: boolean;
  consensus: { used: boolean; reason: string | null; criteria: string[]; recordedAt: string | null; divergentCriteria: string[] };
}

export interface TieBreakOutcome {
  /** criterion:<key>, submitted_at or application_id */
  rule: string;
  /** The application with the same total ranked just above: its rank for everyone, which one only for those who run the call. */
  againstRank: number | null;
  againstApplicationId?: string;
  againstTitle?: string;
}

export interface RankingOutcome {
  rank: number;
  tieBreak: TieBreakOutcome | null;
}

export type DecisionOutcomeName = 'funded' | 'not_funded' | 'reserve';

export interface DecisionFacts {
  decidedAt: Date;
  deciderName: string;
  amendmentCount: number;
}

export interface DecisionOutcome {
  outcome: DecisionOutcomeName;
  grantCents: number | null;
  reservePosition: number | null;
  approvedBy: string;
  approvedAt: string;
  /** The decider amended the proposal (with reasons) before approving it. */
  amended: boolean;
}

export interface Outcome {
  scoresStatus: 'aggregated' | 'awaiting_consensus' | 'awaiting_reviews';
  scores: ScoresOutcome | null;
  rankingStatus: 'ranked' | 'not_ranked' | 'pending';
  /** Why it has no rank: failing a threshold; null otherwise. */
  notRankedReason: 'failed_thresholds' | null;
  ranking: RankingOutcome | null;
  budgetLineStatus: 'proposed' | 'decided' | 'no_proposal';
  budgetLine: BudgetLine | null;
  decisionStatus: 'decided' | 'pending';
  decision: DecisionOutcome | null;
}

export interface OutcomeFacts {
  applicationId: string;
  applicationState: string;
  criteria: CallCriterionFacts[];
  overallThreshold: number;
  aggregate: AggregateFacts | null;
  proposal: (ProposalFacts & { state: 'proposed' | 'decided' }) | null;
  decision: DecisionFacts | null;
}

export function scoresOutcome(criteria: readonly CallCriterionFacts[], overallThreshold: number, aggregate: AggregateFacts): ScoresOutcome {
  const consensusKeys = Object.keys(aggregate.consensusScores ?? {});
  const rows = criteria.map((criterion): CriterionOutcome => {
    const counted = aggregate.criteria.find((c) => c.key === criterion.key);
    const reviewed = aggregate.reviewCriteria.find((c) => c.key === criterion.key);
    const mean = counted?.mean ?? reviewed?.mean ?? 0;
    return {
      key: criterion.key,
      name: criterion.name,
      weight: criterion.weight,
      mean,
      reviewMean: reviewed?.mean ?? null,
      reviewCount: reviewed?.count ?? counted?.count ?? 0,
      threshold: counted?.threshold ?? criterion.threshold,
      pass: counted?.pass ?? mean >= criterion.threshold,
      consensus: consensusKeys.includes(criterion.key),
    };
  });
  return {
    reviewCount: aggregate.reviewCount,
    criteria: rows,
    total: aggregate.total,
    overallThreshold,
    totalPass: aggregate.total >= overallThreshold,
    pass: aggregate.pass,
    consensus: {
      used: consensusKeys.length > 0,
      reason: consensusKeys.length ? aggregate.consensusReason : null,
      criteria: consensusKeys.sort(),
      recordedAt: aggregate.consensusAt ? aggregate.consensusAt.toISOString() : null,
      divergentCriteria: [...aggregate.divergentKeys].sort(),
    },
  };
}

export function rankingOutcome(aggregate: AggregateFacts, audience: OutcomeAudience): RankingOutcome | null {
  if (aggregate.rank === null) return null;
  const above = aggregate.tieBreakAbove;
  const tieBreak: TieBreakOutcome | null =
    aggregate.tieBreakRule && above
      ? {
          rule: aggregate.tieBreakRule,
          againstRank: above.rank,
          ...(audience === 'internal' ? { againstApplicationId: above.applicationId, againstTitle: above.title } : {}),
        }
      : null;
  return { rank: aggregate.rank, tieBreak };
}

/** The decision as it bears on this application: funded with its grant, on the reserve list, or not funded. */
export function decisionOutcome(line: BudgetLine, decision: DecisionFacts): DecisionOutcome {
  const position = line.position;
  const funded = position.kind === 'grant' && position.state === 'awarded';
  const reserve = position.kind === 'reserve';
  return {
    outcome: funded ? 'funded' : reserve ? 'reserve' : 'not_funded',
    grantCents: funded ? position.grantCents : null,
    reservePosition: reserve ? position.position : null,
    approvedBy: decision.deciderName,
    approvedAt: decision.decidedAt.toISOString(),
    amended: decision.amendmentCount > 0,
  };
}

export function explainOutcome(facts: OutcomeFacts, audience: OutcomeAudience): Outcome {
  const aggregate = facts.aggregate;
  const scores = aggregate && !aggregate.needsConsensus ? scoresOutcome(facts.criteria, facts.overallThreshold, aggregate) : null;
  const scoresStatus = !aggregate ? 'awaiting_reviews' : aggregate.needsConsensus ? 'awaiting_consensus' : 'aggregated';
  const ranking = aggregate && !aggregate.needsConsensus ? rankingOutcome(aggregate, audience) : null;
  const failing = !!aggregate && !aggregate.needsConsensus && !aggregate.pass;
  const line = facts.proposal ? budgetLine(facts.proposal, facts.applicationId) : null;
  return {
    scoresStatus,
    scores,
    rankingStatus: ranking ? 'ranked' : failing ? 'not_ranked' : 'pending',
    notRankedReason: failing ? 'failed_thresholds' : null,
    ranking,
    budgetLineStatus: !facts.proposal ? 'no_proposal' : facts.proposal.state,
    budgetLine: line,
    decisionStatus: facts.decision && line ? 'decided' : 'pending',
    decision: facts.decision && line ? decisionOutcome(line, facts.decision) : null,
  };
}
