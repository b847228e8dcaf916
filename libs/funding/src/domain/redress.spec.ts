import { messageTableProblems } from '@kokeilu/platform';
import {
  appointReviewer,
  changeRedressPolicy,
  checkRequest,
  pickReEvaluators,
  placeAgainstLine,
  recordOutcome,
  redressWindow,
  remedyOf,
  reviewerEligibility,
  startOfHelsinkiDay,
} from './redress.js';
import { REDRESS_MESSAGES } from './redress-messages.js';

const GROUNDS = 'The second criterion was scored against a rule the call text does not have.';

describe('the redress window', () => {
  it('takes requests until the end of the 30th Finnish day after the decision', () => {
    // 22:30 UTC on 31 Dec is already 1 Jan in Finland.
    const decidedAt = new Date('2026-12-31T22:30:00Z');
    const window = redressWindow(decidedAt, decidedAt);
    expect(window).toMatchObject({ decidedOn: '2027-01-01', lastDay: '2027-01-31', open: true, daysLeft: 30 });
    expect(window.closesAt.toISOString()).toBe('2027-01-31T22:00:00.000Z');
    expect(redressWindow(decidedAt, new Date('2027-01-31T21:59:59.999Z'))).toMatchObject({ open: true, daysLeft: 0 });
    expect(redressWindow(decidedAt, new Date('2027-01-31T22:00:00.000Z'))).toMatchObject({ open: false, daysLeft: 0 });
  });

  it('ends at Finnish midnight in summer time too', () => {
    const window = redressWindow(new Date('2027-06-01T09:00:00Z'), new Date('2027-06-10T09:00:00Z'));
    expect(window).toMatchObject({ lastDay: '2027-07-01', daysLeft: 21, open: true });
    expect(window.closesAt.toISOString()).toBe('2027-07-01T21:00:00.000Z');
  });

  it('finds midnight on the days the clocks change', () => {
    expect(startOfHelsinkiDay('2027-03-28').toISOString()).toBe('2027-03-27T22:00:00.000Z');
    expect(startOfHelsinkiDay('2027-03-29').toISOString()).toBe('2027-03-28T21:00:00.000Z');
    expect(startOfHelsinkiDay('2027-10-31').toISOString()).toBe('2027-10-30T21:00:00.000Z');
    expect(startOfHelsinkiDay('2027-11-01').toISOString()).toBe('2027-10-31T22:00:00.000Z');
  });
});

describe('a redress request', () => {
  const decidedAt = new Date('2027-05-01T10:00:00Z');
  const now = new Date('2027-05-20T10:00:00Z');

  it('is taken for an unfunded application within the window, with grounds', () => {
    expect(checkRequest({ applicationState: 'not_funded', decidedAt, now, grounds: `  ${GROUNDS} ` })).toMatchObject({ ok: true, grounds: GROUNDS });
  });

  it('is refused before the decision, for a funded or ineligible application, and late', () => {
    expect(checkRequest({ applicationState: 'not_funded', decidedAt: null, now, grounds: GROUNDS })).toMatchObject({ ok: false, code: 'redress.not_decided' });
    expect(checkRequest({ applicationState: 'funded', decidedAt, now, grounds: GROUNDS })).toMatchObject({ ok: false, code: 'redress.not_redressable' });
    expect(checkRequest({ applicationState: 'ineligible', decidedAt, now, grounds: GROUNDS })).toMatchObject({ ok: false, code: 'redress.not_redressable' });
    expect(checkRequest({ applicationState: 'not_funded', decidedAt, now: new Date('2027-05-31T21:00:00Z'), grounds: GROUNDS })).toMatchObject({ ok: false, kind: 'conflict', code: 'redress.window_closed' });
  });

  it('names the grounds field when they are too short or too long', () => {
    expect(checkRequest({ applicationState: 'not_funded', decidedAt, now, grounds: ' unfair ' })).toEqual({ ok: false, kind: 'invalid', field: 'grounds', code: 'redress.grounds_short' });
    expect(checkRequest({ applicationState: 'not_funded', decidedAt, now, grounds: 'x'.repeat(5001) })).toMatchObject({ field: 'grounds', code: 'redress.grounds_long' });
  });
});

describe('the redress reviewer', () => {
  const conflict = { kind: 'membership' as const, organisationId: 'o1', detail: 'member of Acme Oy' };

  it('is an evaluator who took no part in the call and has no conflict with the application', () => {
    expect(reviewerEligibility({ userId: 'u', evaluator: true, assignedOnCall: false, conflicts: [] })).toEqual({ eligible: true, reasons: [] });
    expect(reviewerEligibility({ userId: 'u', evaluator: true, assignedOnCall: true, conflicts: [] })).toEqual({ eligible: false, reasons: ['assigned_on_call'] });
    expect(reviewerEligibility({ userId: 'u', evaluator: true, assignedOnCall: false, conflicts: [conflict] })).toEqual({ eligible: false, reasons: ['conflict'] });
    expect(reviewerEligibility({ userId: 'u', evaluator: false, assignedOnCall: true, conflicts: [conflict] }).reasons).toEqual(['not_evaluator', 'assigned_on_call', 'conflict']);
  });

  it('is appointed or replaced until the outcome is recorded', () => {
    expect(appointReviewer('requested', null, 'r1')).toEqual({ ok: true, changed: true });
    expect(appointReviewer('in_review', 'r1', 'r1')).toEqual({ ok: true, changed: false });
    expect(appointReviewer('in_review', 'r1', 'r2')).toEqual({ ok: true, changed: true });
    for (const state of ['rejected', 're_evaluating', 'concluded'] as const) expect(appointReviewer(state, 'r1', 'r2')).toMatchObject({ ok: false });
  });
});

describe('the outcome of a redress', () => {
  const none = { outcome: null, reasons: null };

  it('rejects or upholds, with reasons, once', () => {
    expect(recordOutcome('in_review', none, { outcome: 'rejected', reasons: ' Handled by the rules. ' })).toEqual({ ok: true, changed: true, next: 'rejected', reasons: 'Handled by the rules.' });
    expect(recordOutcome('in_review', none, { outcome: 'upheld', reasons: 'Criterion misread.' })).toMatchObject({ ok: true, next: 're_evaluating' });
    expect(recordOutcome('requested', none, { outcome: 'upheld', reasons: 'Criterion misread.' })).toMatchObject({ ok: false, code: 'redress.not_in_review' });
    expect(recordOutcome('in_review', none, { outcome: 'upheld', reasons: '  ' })).toMatchObject({ ok: false, field: 'reasons' });
  });

  it('repeats quietly, and refuses a different second outcome', () => {
    const recorded = { outcome: 'upheld' as const, reasons: 'Criterion misread.' };
    expect(recordOutcome('re_evaluating', recorded, { outcome: 'upheld', reasons: 'Criterion misread.' })).toMatchObject({ ok: true, changed: false, next: 're_evaluating' });
    expect(recordOutcome('concluded', recorded, { outcome: 'rejected', reasons: 'Criterion misread.' })).toMatchObject({ ok: false, code: 'redress.outcome_recorded' });
  });
});

describe('the re-evaluators', () => {
  const pool = [
    { userId: 'a', load: 3 },
    { userId: 'b', load: 1 },
    { userId: 'c', load: 1 },
    { userId: 'd', load: 0 },
  ];

  it('never include one who reviewed the application or has a conflict, least loaded first', () => {
    expect(pickReEvaluators(pool, new Set(['d']), 2)).toEqual({ ok: true, evaluatorIds: ['b', 'c'] });
  });

  it('report how many are free when the pool is short', () => {
    expect(pickReEvaluators(pool, new Set(['a', 'b', 'c']), 2)).toEqual({ ok: false, available: 1 });
  });
});

describe('ranking again against the budget line', () => {
  const at = new Date('2027-03-01T10:00:00Z');
  const entry = (applicationId: string, total: number) => ({ applicationId, total, means: {}, submittedAt: at });
  const others = [entry('f1', 4.5), entry('f2', 4.0), entry('r1', 3.5), entry('x', 3.0)];

  it('is above the line when it outranks the lowest funded application', () => {
    expect(placeAgainstLine({ application: { ...entry('x', 4.2), pass: true }, others, fundedIds: ['f1', 'f2'], tieBreaks: [] })).toEqual({ rank: 2, aboveLine: true });
  });

  it('is below when it does not, and nowhere when it fails', () => {
    expect(placeAgainstLine({ application: { ...entry('x', 3.8), pass: true }, others, fundedIds: ['f1', 'f2'], tieBreaks: [] })).toEqual({ rank: 3, aboveLine: false });
    expect(placeAgainstLine({ application: { ...entry('x', 4.9), pass: false }, others, fundedIds: ['f1', 'f2'], tieBreaks: [] })).toEqual({ rank: null, aboveLine: false });
  });

  it('breaks a tie with the lowest funded one by the call’s rules', () => {
    const tied = { ...entry('x', 4.0), means: { impact: 5 }, pass: true };
    const withMeans = others.map((o) => (o.applicationId === 'f2' ? { ...o, means: { impact: 3 } } : o));
    expect(placeAgainstLine({ application: tied, others: withMeans, fundedIds: ['f1', 'f2'], tieBreaks: ['impact'] })).toEqual({ rank: 2, aboveLine: true });
  });
});

describe('the remedy', () => {
  it('funds from the reserve budget while it covers the grant, else puts it first on the reserve list', () => {
    expect(remedyOf({ remedy: 'reserve_budget', aboveLine: true, grantCents: 50_000, reserveCents: 100_000, reserveUsedCents: 50_000 })).toEqual({ kind: 'funded_from_reserve', grantCents: 50_000 });
    expect(remedyOf({ remedy: 'reserve_budget', aboveLine: true, grantCents: 50_000, reserveCents: 100_000, reserveUsedCents: 60_000 })).toEqual({ kind: 'first_on_reserve_list' });
    expect(remedyOf({ remedy: 'reserve_list', aboveLine: true, grantCents: 50_000, reserveCents: 100_000, reserveUsedCents: 0 })).toEqual({ kind: 'first_on_reserve_list' });
  });

  it('changes nothing below the line', () => {
    expect(remedyOf({ remedy: 'reserve_budget', aboveLine: false, grantCents: 50_000, reserveCents: 100_000, reserveUsedCents: 0 })).toEqual({ kind: 'unchanged' });
  });

  it('is the call’s to choose until the decision', () => {
    const current = { remedy: 'reserve_list' as const, reserveCents: 0 };
    expect(changeRedressPolicy('in_evaluation', current, { remedy: 'reserve_budget', reserveCents: 100 })).toEqual({ ok: true, changed: true });
    expect(changeRedressPolicy('decided', current, { remedy: 'reserve_budget', reserveCents: 100 })).toEqual({ ok: false, code: 'redress.policy_fixed' });
    expect(changeRedressPolicy('decided', current, current)).toEqual({ ok: true, changed: false });
  });
});

describe('the messages of redress', () => {
  it('are proper sentences in fi, sv and en', () => {
    expect(messageTableProblems(REDRESS_MESSAGES)).toEqual([]);
  });
});
