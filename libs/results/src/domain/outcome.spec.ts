import type { Actor } from '@kokeilu/access';
import type { ProposalFacts } from './budget-line.js';
import { AggregateFacts, explainOutcome, OutcomeFacts, outcomeAudience } from './outcome.js';

const actor = (overrides: Partial<Actor> = {}): Actor => ({
  userId: 'u1',
  email: 'u1@example.fi',
  admin: false,
  coordinatorCityIds: [],
  evaluator: false,
  decider: false,
  memberships: [],
  ...overrides,
});

const aggregate = (overrides: Partial<AggregateFacts> = {}): AggregateFacts => ({
  reviewCount: 3,
  reviewCriteria: [
    { key: 'impact', mean: 4, count: 3, threshold: 3, pass: true },
    { key: 'feasibility', mean: 2, count: 3, threshold: 2.5, pass: false },
  ],
  criteria: [
    { key: 'impact', mean: 4, count: 3, threshold: 3, pass: true },
    { key: 'feasibility', mean: 3, count: 3, threshold: 2.5, pass: true },
  ],
  total: 3.6,
  pass: true,
  needsConsensus: false,
  divergentKeys: ['feasibility'],
  consensusScores: { feasibility: 3 },
  consensusReason: 'The panel agreed the plan is feasible',
  consensusAt: new Date('2027-01-10T10:00:00Z'),
  rank: 2,
  tieBreakRule: 'criterion:impact',
  tieBreakAbove: { applicationId: 'other', title: 'Other pilot', rank: 1 },
  ...overrides,
});

const proposal = (state: 'proposed' | 'decided'): ProposalFacts & { state: 'proposed' | 'decided' } => ({
  state,
  policy: 'strict',
  budgetCents: 100_000,
  committedCents: 100_000,
  grants: [
    { applicationId: 'other', rank: 1, grantCents: 60_000, capCents: 60_000, state: state === 'decided' ? 'awarded' : 'proposed' },
    { applicationId: 'app', rank: 2, grantCents: 40_000, capCents: 50_000, state: state === 'decided' ? 'awarded' : 'proposed' },
  ],
  reserve: [{ applicationId: 'third', position: 1, rank: 3, capCents: 10_000 }],
  rejections: [],
  ranks: [1, 2, 3],
});

const facts = (overrides: Partial<OutcomeFacts> = {}): OutcomeFacts => ({
  applicationId: 'app',
  applicationState: 'funded',
  eligibility: { revision: 1, verdicts: [{ rule: 'minOperatorsInCities', pass: true, reason: { en: '2 operators' } }] },
  criteria: [
    { key: 'impact', name: { fi: 'Vaikuttavuus' }, weight: 0.6, threshold: 3 },
    { key: 'feasibility', name: { fi: 'Toteutettavuus' }, weight: 0.4, threshold: 2.5 },
  ],
  overallThreshold: 3,
  aggregate: aggregate(),
  proposal: proposal('decided'),
  decision: { decidedAt: new Date('2027-02-01T08:00:00Z'), deciderName: 'Päättäjä Pirkko', amendmentCount: 0 },
  ...overrides,
});

describe('outcomeAudience', () => {
  const call = { cityId: 'tampere', deciderIds: ['d1'] };
  it('the city, the deciders and admins read it as insiders; everyone else as the consortium', () => {
    expect(outcomeAudience(actor({ admin: true }), call)).toBe('internal');
    expect(outcomeAudience(actor({ coordinatorCityIds: ['tampere'] }), call)).toBe('internal');
    expect(outcomeAudience(actor({ userId: 'd1' }), call)).toBe('internal');
    expect(outcomeAudience(actor({ coordinatorCityIds: ['oulu'], decider: true }), call)).toBe('consortium');
    expect(outcomeAudience(actor({ coordinatorCityIds: ['oulu'] }), { cityId: null, deciderIds: [] })).toBe('consortium');
  });
});

describe('explainOutcome', () => {
  it('explains each criterion with its mean, threshold, weight and whether consensus replaced the reviews', () => {
    const outcome = explainOutcome(facts(), 'consortium');
    expect(outcome.scoresStatus).toBe('aggregated');
    expect(outcome.scores).toMatchObject({ reviewCount: 3, total: 3.6, overallThreshold: 3, totalPass: true, pass: true });
    expect(outcome.scores!.criteria).toEqual([
      { key: 'impact', name: { fi: 'Vaikuttavuus' }, weight: 0.6, mean: 4, reviewMean: 4, reviewCount: 3, threshold: 3, pass: true, consensus: false },
      { key: 'feasibility', name: { fi: 'Toteutettavuus' }, weight: 0.4, mean: 3, reviewMean: 2, reviewCount: 3, threshold: 2.5, pass: true, consensus: true },
    ]);
    expect(outcome.scores!.consensus).toEqual({
      used: true,
      reason: 'The panel agreed the plan is feasible',
      criteria: ['feasibility'],
      recordedAt: '2027-01-10T10:00:00.000Z',
      divergentCriteria: ['feasibility'],
    });
  });

  it('names the application that won a tie only to insiders; the consortium learns its rank', () => {
    expect(explainOutcome(facts(), 'consortium').ranking).toEqual({ rank: 2, tieBreak: { rule: 'criterion:impact', againstRank: 1 } });
    expect(explainOutcome(facts(), 'internal').ranking).toEqual({
      rank: 2,
      tieBreak: { rule: 'criterion:impact', againstRank: 1, againstApplicationId: 'other', againstTitle: 'Other pilot' },
    });
  });

  it('gives the decision with the grant and who approved it', () => {
    const outcome = explainOutcome(facts(), 'consortium');
    expect(outcome.budgetLineStatus).toBe('decided');
    expect(outcome.budgetLine).toMatchObject({ lastFundedRank: 2, firstUnfundedRank: 3, position: { kind: 'grant', grantCents: 40_000 } });
    expect(outcome.decision).toEqual({
      outcome: 'funded',
      grantCents: 40_000,
      reservePosition: null,
      approvedBy: 'Päättäjä Pirkko',
      approvedAt: '2027-02-01T08:00:00.000Z',
      amended: false,
    });
  });

  it('a reserve application is told its reserve position', () => {
    const outcome = explainOutcome(
      facts({ applicationId: 'third', aggregate: aggregate({ rank: 3, tieBreakRule: null, tieBreakAbove: null }), decision: { decidedAt: new Date(), deciderName: 'D', amendmentCount: 2 } }),
      'consortium',
    );
    expect(outcome.decision).toMatchObject({ outcome: 'reserve', reservePosition: 1, grantCents: null, amended: true });
    expect(outcome.ranking).toEqual({ rank: 3, tieBreak: null });
  });

  it('a failing application has no rank, for a reason', () => {
    const outcome = explainOutcome(facts({ aggregate: aggregate({ pass: false, rank: null, tieBreakRule: null, tieBreakAbove: null }) }), 'internal');
    expect(outcome).toMatchObject({ rankingStatus: 'not_ranked', notRankedReason: 'failed_thresholds', ranking: null });
  });

  it('parts without data yet are null with their state, not errors', () => {
    expect(explainOutcome(facts({ aggregate: null, proposal: null, decision: null }), 'internal')).toEqual({
      eligibility: { status: 'eligible', revision: 1, verdicts: [{ rule: 'minOperatorsInCities', pass: true, reason: { en: '2 operators' } }] },
      result: { status: 'pending', failedRules: [], failedThresholds: [] },
      scoresStatus: 'awaiting_reviews',
      scores: null,
      rankingStatus: 'pending',
      notRankedReason: null,
      ranking: null,
      budgetLineStatus: 'no_proposal',
      budgetLine: null,
      decisionStatus: 'pending',
      decision: null,
    });
    const divergent = explainOutcome(facts({ aggregate: aggregate({ needsConsensus: true, consensusScores: null, rank: null, tieBreakRule: null, tieBreakAbove: null }), proposal: null, decision: null }), 'internal');
    expect(divergent).toMatchObject({ scoresStatus: 'awaiting_consensus', scores: null, rankingStatus: 'pending' });
    const proposed = explainOutcome(facts({ proposal: proposal('proposed'), decision: null }), 'internal');
    expect(proposed).toMatchObject({ budgetLineStatus: 'proposed', decisionStatus: 'pending', decision: null, budgetLine: { position: { kind: 'grant', state: 'proposed' } } });
  });

  it('says why, once the call is decided: funded, reserve, below which thresholds', () => {
    expect(explainOutcome(facts(), 'consortium').result).toEqual({ status: 'funded', failedRules: [], failedThresholds: [] });
    expect(explainOutcome(facts({ applicationId: 'third', applicationState: 'not_funded' }), 'consortium').result.status).toBe('reserve');
    const failing = aggregate({
      pass: false,
      total: 2.4,
      criteria: [
        { key: 'impact', mean: 2, count: 3, threshold: 3, pass: false },
        { key: 'feasibility', mean: 3, count: 3, threshold: 2.5, pass: true },
      ],
      rank: null,
      tieBreakRule: null,
      tieBreakAbove: null,
    });
    expect(explainOutcome(facts({ applicationId: 'fourth', applicationState: 'not_funded', aggregate: failing }), 'consortium').result).toEqual({
      status: 'below_threshold',
      failedRules: [],
      failedThresholds: ['impact', 'total'],
    });
    expect(explainOutcome(facts({ proposal: proposal('proposed'), decision: null }), 'internal').result.status).toBe('pending');
  });

  it('an ineligible application is told so with the rules it failed, never that it awaits reviews', () => {
    const ineligible = {
      applicationId: 'alone',
      applicationState: 'ineligible',
      aggregate: null,
      eligibility: {
        revision: 2,
        verdicts: [
          { rule: 'minOperatorsInCities', pass: false, reason: { en: '1 operator of 2' } },
          { rule: 'maxGrant', pass: true, reason: { en: 'within' } },
        ],
      },
    };
    const before = explainOutcome(facts({ ...ineligible, proposal: proposal('proposed'), decision: null }), 'internal');
    expect(before).toMatchObject({ scoresStatus: 'not_reviewed', rankingStatus: 'not_ranked', notRankedReason: 'ineligible', decisionStatus: 'pending', result: { status: 'pending' } });
    expect(before.eligibility).toMatchObject({ status: 'ineligible', revision: 2 });
    const after = explainOutcome(facts(ineligible), 'consortium');
    expect(after).toMatchObject({ scoresStatus: 'not_reviewed', scores: null, notRankedReason: 'ineligible', decisionStatus: 'decided', decision: { outcome: 'not_funded', grantCents: null } });
    expect(after.result).toEqual({ status: 'ineligible', failedRules: ['minOperatorsInCities'], failedThresholds: [] });
  });

  it('a withdrawn application and a draft never submitted are told so after the decision', () => {
    expect(explainOutcome(facts({ applicationId: 'gone', applicationState: 'withdrawn', aggregate: null }), 'consortium')).toMatchObject({
      result: { status: 'withdrawn' },
      notRankedReason: 'withdrawn',
      scoresStatus: 'not_reviewed',
    });
    const draft = explainOutcome(facts({ applicationId: 'draft', applicationState: 'draft', aggregate: null, eligibility: null }), 'consortium');
    expect(draft).toMatchObject({ eligibility: null, result: { status: 'not_submitted' }, scoresStatus: 'not_reviewed' });
  });

  it('an idea of a two-stage call is told at its stage’s ranking whether it was invited, and which thresholds it missed', () => {
    expect(explainOutcome(facts({ applicationState: 'invited', decision: null, proposal: null }), 'consortium').result).toEqual({ status: 'invited', failedRules: [], failedThresholds: [] });
    const failing = aggregate({
      pass: false,
      total: 2.4,
      criteria: [
        { key: 'impact', mean: 2, count: 1, threshold: 3, pass: false },
        { key: 'feasibility', mean: 3, count: 1, threshold: 2.5, pass: true },
      ],
      rank: null,
      tieBreakRule: null,
      tieBreakAbove: null,
    });
    expect(explainOutcome(facts({ applicationState: 'not_invited', decision: null, proposal: null, aggregate: failing }), 'consortium').result).toEqual({
      status: 'not_invited',
      failedRules: [],
      failedThresholds: ['impact', 'total'],
    });
    expect(explainOutcome(facts({ applicationState: 'not_invited', decision: null, proposal: null }), 'consortium').result).toEqual({ status: 'not_invited', failedRules: [], failedThresholds: [] });
  });

  it('holds no reviewer in any part', () => {
    const text = JSON.stringify(explainOutcome(facts(), 'internal'));
    expect(text).not.toMatch(/evaluator|reviewer/i);
  });
});
