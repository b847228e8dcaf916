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

/** The eligibility check of the latest submitted revision (rule 2), with every rule's verdict. */
export interface EligibilityFacts {
  revision: number;
  verdicts: { rule: string; pass: boolean; reason: Record<string, string> }[];
}

export interface EligibilityOutcome extends EligibilityFacts {
  status: 'pending' | 'eligible' | 'ineligible';
}

/**
 * What became of the application, and why, once its call is decided: never submitted, withdrawn,
 * ineligible (the rules it failed), below a threshold (which), on the reserve list, funded, its
 * grant declined, or not funded; `pending` until the decision. An idea of a two-stage call is
 * `invited` to the full proposal or `not_invited` (with the thresholds it missed, if any) as soon
 * as its stage is ranked.
 */
export interface ResultOutcome {
  status: 'pending' | 'not_submitted' | 'withdrawn' | 'ineligible' | 'below_threshold' | 'reserve' | 'funded' | 'grant_declined' | 'not_funded' | 'invited' | 'not_invited';
  /** ineligible: the eligibility rules it failed. */
  failedRules: string[];
  /** below_threshold (and not_invited): the criteria whose mean fell below their threshold, and `total` when the weighted total did. */
  failedThresholds: string[];
}

export interface Outcome {
  /** Null for an application never submitted. */
  eligibility: EligibilityOutcome | null;
  result: ResultOutcome;
  /** `not_reviewed`: it never went to review (not submitted, ineligible, withdrawn before, or the call decided without its reviews). */
  scoresStatus: 'aggregated' | 'awaiting_consensus' | 'awaiting_reviews' | 'not_reviewed';
  scores: ScoresOutcome | null;
  rankingStatus: 'ranked' | 'not_ranked' | 'pending';
  /** Why it has no rank; null otherwise. */
  notRankedReason: 'failed_thresholds' | 'ineligible' | 'withdrawn' | 'not_reviewed' | null;
  ranking: RankingOutcome | null;
  budgetLineStatus: 'proposed' | 'decided' | 'no_proposal';
  budgetLine: BudgetLine | null;
  decisionStatus: 'decided' | 'pending';
  decision: DecisionOutcome | null;
}

export interface OutcomeFacts {
  applicationId: string;
  applicationState: string;
  /** Null for an application never submitted. */
  eligibility: EligibilityFacts | null;
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

/** States in which an application without scores is not waiting for any. */
const NOT_UNDER_REVIEW = ['draft', 'ineligible', 'withdrawn'];

export function eligibilityOutcome(facts: EligibilityFacts | null): EligibilityOutcome | null {
  if (!facts) return null;
  const status = !facts.verdicts.length ? 'pending' : facts.verdicts.every((v) => v.pass) ? 'eligible' : 'ineligible';
  return { status, ...facts };
}

/** Why the application ended where it did, once its call is decided (rule 8: every applicant is told). */
export function resultOutcome(facts: OutcomeFacts, eligibility: EligibilityOutcome | null, scores: ScoresOutcome | null, decision: DecisionOutcome | null, line: BudgetLine | null): ResultOutcome {
  const result = (status: ResultOutcome['status'], failedRules: string[] = [], failedThresholds: string[] = []): ResultOutcome => ({ status, failedRules, failedThresholds });
  const failedThresholds = () => (scores && !scores.pass ? [...scores.criteria.filter((c) => !c.pass).map((c) => c.key), ...(scores.totalPass ? [] : ['total'])] : []);
  // An idea of a two-stage call ends with its stage's ranking (rule 8b), not with a funding decision.
  if (facts.applicationState === 'invited') return result('invited');
  if (facts.applicationState === 'not_invited') return result('not_invited', [], failedThresholds());
  if (!facts.decision) return result('pending');
  if (facts.applicationState === 'withdrawn') return result('withdrawn');
  if (!eligibility) return result('not_submitted');
  if (facts.applicationState === 'ineligible' || eligibility.status === 'ineligible') {
    return result('ineligible', eligibility.verdicts.filter((v) => !v.pass).map((v) => v.rule));
  }
  const position = line?.position;
  if (position?.kind === 'grant' && position.state === 'awarded') return result('funded');
  if (position?.kind === 'grant' && position.state === 'declined') return result('grant_declined');
  if (decision?.outcome === 'reserve') return result('reserve');
  if (scores && !scores.pass) return result('below_threshold', [], failedThresholds());
  return result('not_funded');
}

export function explainOutcome(facts: OutcomeFacts, audience: OutcomeAudience): Outcome {
  const aggregate = facts.aggregate;
  const eligibility = eligibilityOutcome(facts.eligibility);
  const scores = aggregate && !aggregate.needsConsensus ? scoresOutcome(facts.criteria, facts.overallThreshold, aggregate) : null;
  const reviewed = !!aggregate || (!facts.decision && !NOT_UNDER_REVIEW.includes(facts.applicationState));
  const scoresStatus = aggregate ? (aggregate.needsConsensus ? 'awaiting_consensus' : 'aggregated') : reviewed ? 'awaiting_reviews' : 'not_reviewed';
  const ranking = aggregate && !aggregate.needsConsensus ? rankingOutcome(aggregate, audience) : null;
  const failing = !!aggregate && !aggregate.needsConsensus && !aggregate.pass;
  const notRankedReason = ranking
    ? null
    : failing
      ? 'failed_thresholds'
      : facts.applicationState === 'ineligible'
        ? 'ineligible'
        : facts.applicationState === 'withdrawn'
          ? 'withdrawn'
          : !reviewed
            ? 'not_reviewed'
            : null;
  const line = facts.proposal ? budgetLine(facts.proposal, facts.applicationId) : null;
  const decision = facts.decision && line ? decisionOutcome(line, facts.decision) : null;
  return {
    eligibility,
    result: resultOutcome(facts, eligibility, scores, decision, line),
    scoresStatus,
    scores,
    rankingStatus: ranking ? 'ranked' : notRankedReason ? 'not_ranked' : 'pending',
    notRankedReason,
    ranking,
    budgetLineStatus: !facts.proposal ? 'no_proposal' : facts.proposal.state,
    budgetLine: line,
    decisionStatus: decision ? 'decided' : 'pending',
    decision,
  };
}
