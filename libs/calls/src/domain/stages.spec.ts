import { checkCall } from './validation.js';
import { checkFirstStage, checkInvitation, checkStageSchedule, FirstStageInput, followSecondStage } from './stages.js';
import type { FieldProblem } from './problems.js';

const day = (n: number) => new Date(Date.UTC(2027, 0, 1 + n));
const criteria = [
  { key: 'impact', name: { en: 'Impact' }, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2.5 },
  { key: 'feasibility', name: { en: 'Feasibility' }, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 },
];
const second = checkCall({
  focusArea: 'open_innovation_platforms',
  title: { en: 'Pilot call' },
  summary: { en: 'Pilots' },
  body: { en: 'Body' },
  opensAt: day(30),
  closesAt: day(60),
  reviewDeadline: day(90),
  budgetCents: 1_000_000,
  fundingSources: [{ source: 'city', sharePercent: 100 }],
  fundingRatePercent: 75,
  maxGrantCents: 100_000,
  durationMinMonths: 3,
  durationMaxMonths: 24,
  eligibility: {
    minOperatorsInCities: { count: 2, cities: ['tampere'] },
    leadOrganisationTypes: ['company'],
    maxGrant: true,
    fundingRate: true,
    durationMonths: true,
    testBedsPublished: true,
    requiredFields: ['title', 'summary', 'plan', 'budgetLines'],
  },
  criteria,
  tieBreaks: ['impact'],
  reviewersPerApplication: 3,
}).content!;

const stageInput = {
  opensAt: day(0),
  closesAt: day(14),
  reviewDeadline: day(28),
  criteria: [{ key: 'novelty', name: { en: 'Novelty' }, weight: 1, scale: { min: 0, max: 5, step: 1 }, threshold: 3 }],
  overallThreshold: 3,
  tieBreaks: ['novelty'],
  reviewersPerApplication: 1,
  invitation: { count: 5 },
};

describe('checkStageSchedule', () => {
  const first = { opensAt: day(0), closesAt: day(14), reviewDeadline: day(28) };
  const times = { opensAt: day(30), closesAt: day(60), reviewDeadline: day(90) };

  it('accepts stages one after the other', () => {
    expect(checkStageSchedule(first, times, 'first')).toEqual([]);
    expect(checkStageSchedule(first, { ...times, opensAt: day(14) }, 'second')).toEqual([]);
  });

  it('refuses a second stage opening before the ideas are in, naming the edited stage’s field', () => {
    const early = { ...times, opensAt: day(13) };
    expect(checkStageSchedule(first, early, 'first').map((p) => p.field)).toEqual(['closesAt']);
    expect(checkStageSchedule(first, early, 'second').map((p) => p.field)).toEqual(['opensAt']);
  });

  it('refuses a first-stage review deadline at or after the second stage’s deadline', () => {
    const late = { ...first, reviewDeadline: day(60) };
    expect(checkStageSchedule(late, times, 'first').map((p) => p.field)).toEqual(['reviewDeadline']);
    expect(checkStageSchedule(late, times, 'second').map((p) => p.field)).toEqual(['closesAt']);
  });
});

describe('checkInvitation', () => {
  const check = (value: unknown) => {
    const problems: FieldProblem[] = [];
    return { rule: checkInvitation(value, problems), fields: problems.map((p) => p.field) };
  };

  it('takes a number or a share', () => {
    expect(check({ count: 4 })).toEqual({ rule: { count: 4 }, fields: [] });
    expect(check({ sharePercent: 25 })).toEqual({ rule: { sharePercent: 25 }, fields: [] });
  });

  it('names the field of a bad rule', () => {
    expect(check({ count: 0 }).fields).toEqual(['invitation.count']);
    expect(check({ sharePercent: 101 }).fields).toEqual(['invitation.sharePercent']);
    expect(check({ count: 2.5 }).fields).toEqual(['invitation.count']);
    expect(check({ count: 2, sharePercent: 10 }).fields).toEqual(['invitation']);
    expect(check({ top: 2 }).fields).toEqual(['invitation.top']);
    expect(check({ count: undefined, sharePercent: 10 })).toEqual({ rule: { sharePercent: 10 }, fields: [] });
    expect(check(undefined).fields).toEqual(['invitation']);
  });
});

describe('checkFirstStage', () => {
  it('makes the first stage a call with its own times, criteria, reviewers and an idea’s required fields', () => {
    const checked = checkFirstStage(stageInput, second);
    expect(checked.problems).toEqual([]);
    expect(checked.content!.criteria.map((c) => c.key)).toEqual(['novelty']);
    expect(checked.content!.reviewersPerApplication).toBe(1);
    expect(checked.content!.closesAt).toEqual(day(14));
    expect(checked.content!.eligibility.requiredFields).toEqual(['title', 'summary']);
    expect(checked.content!.budgetCents).toBe(second.budgetCents);
    expect(checked.stage!.invitation).toEqual({ count: 5 });
  });

  it('names each bad field as the first stage’s input has it', () => {
    const checked = checkFirstStage({ ...stageInput, reviewersPerApplication: 0, requiredFields: ['colour'], invitation: { count: -1 }, extra: 1 } as FirstStageInput, second);
    expect(checked.problems.map((p) => p.field).sort()).toEqual(['extra', 'invitation.count', 'requiredFields[0]', 'reviewersPerApplication'].sort());
    const late = checkFirstStage({ ...stageInput, closesAt: day(31), reviewDeadline: day(32) }, second);
    expect(late.problems.map((p) => p.field)).toEqual(['closesAt']);
  });

  it('refuses tie-breaks that are not first-stage criteria', () => {
    expect(checkFirstStage({ ...stageInput, tieBreaks: ['impact'] }, second).problems.map((p) => p.field)).toEqual(['tieBreaks[0]']);
  });
});

describe('followSecondStage', () => {
  it('takes the second stage’s rules and keeps the first stage’s own fields', () => {
    const first = checkFirstStage(stageInput, second).content!;
    const changed = { ...second, budgetCents: 2_000_000, title: { en: 'Renamed' }, eligibility: { ...second.eligibility, maxGrant: false } };
    const followed = followSecondStage(first, changed);
    expect(followed.budgetCents).toBe(2_000_000);
    expect(followed.title).toEqual({ en: 'Renamed' });
    expect(followed.eligibility.maxGrant).toBe(false);
    expect(followed.eligibility.requiredFields).toEqual(['title', 'summary']);
    expect(followed.criteria.map((c) => c.key)).toEqual(['novelty']);
    expect(followed.closesAt).toEqual(day(14));
  });
});
