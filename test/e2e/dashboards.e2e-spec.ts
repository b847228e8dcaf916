import request from 'supertest';
import { registerUser, grantRole, TestUser } from '../support/api.js';
import { DecidedCall, decidedCallWithBooking } from '../support/dashboards.js';
import { Stack, startStack } from '../support/stack.js';

/**
 * The dashboards of a call and of a city, and a decided call's public results, through HTTP on
 * a call the real worker took from submissions to a decision.
 */
describe('dashboards and public results', () => {
  let stack: Stack;
  let call: DecidedCall;
  let helsinkiCoordinator: TestUser;
  let tampereId: string;
  let resultsBefore: number;
  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    helsinkiCoordinator = await registerUser(stack);
    await grantRole(stack, helsinkiCoordinator.id, 'coordinator', 'helsinki');
    [{ id: tampereId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    call = await decidedCallWithBooking(stack, {
      beforeDecision: async (c) => {
        resultsBefore = (await api().get(`/api/v1/calls/${c.id}/results`)).status;
      },
    });
  }, 180_000);
  afterAll(() => stack?.close());

  it("shows the call's dashboard to its city's coordinator: submissions by day, verdicts by rule, scores per criterion and evaluator, progress and budget", async () => {
    const res = await api().get(`/api/v1/calls/${call.id}/dashboard`).set(auth(call.coordinator)).expect(200);
    const body = res.body;
    expect(body.submissions.at(-1).cumulative).toBe(3);
    expect(body.eligibility.length).toBeGreaterThan(0);
    expect(body.eligibility.every((rule: { passed: number; failed: number }) => rule.passed === 3 && rule.failed === 0)).toBe(true);
    const impact = body.scores.find((c: { key: string }) => c.key === 'impact');
    expect(impact.count).toBe(6);
    expect(impact.bins.reduce((sum: number, bin: { count: number }) => sum + bin.count, 0)).toBe(6);
    const [first, second] = call.evaluators.map((e) => body.evaluators.find((row: { evaluatorId: string }) => row.evaluatorId === e.id));
    expect(first.leniency).toBeGreaterThan(0);
    expect(second.leniency).toBeLessThan(0);
    expect(body.progress).toHaveLength(2);
    for (const row of body.progress) expect(row).toMatchObject({ assigned: 3, submitted: 3, declined: 0 });
    expect(body.budget).toMatchObject({ budgetCents: call.budgetCents, committedCents: 80_000_00, remainingCents: call.budgetCents - 80_000_00 });
    expect(body.budget.bySource.reduce((sum: number, s: { cents: number }) => sum + s.cents, 0)).toBe(80_000_00);
  });

  it("refuses the call's dashboard to another city's coordinator, its decider and its evaluators (403), and to the signed-out (401)", async () => {
    for (const user of [helsinkiCoordinator, call.decider, call.evaluators[0], call.applicants[0].user]) {
      const res = await api().get(`/api/v1/calls/${call.id}/dashboard`).set(auth(user)).expect(403);
      expect(res.body).toMatchObject({ code: 'forbidden', messageCode: 'forbidden.call.dashboard.read' });
    }
    await api().get(`/api/v1/calls/${call.id}/dashboard`).expect(401);
    await api().get(`/api/v1/calls/00000000-0000-4000-8000-000000000000/dashboard`).set(auth(call.coordinator)).expect(404);
  });

  it("shows the city's dashboard: the approved booking per month and the bed's use against its capacity, to its coordinators only", async () => {
    const res = await api().get(`/api/v1/cities/${tampereId}/dashboard`).set(auth(call.coordinator)).expect(200);
    expect(res.body.window.months).toHaveLength(12);
    const bed = res.body.bookings.find((row: { testbedId: string }) => row.testbedId === call.bedId);
    expect(bed.months.reduce((sum: number, m: { bookings: number }) => sum + m.bookings, 0)).toBeGreaterThanOrEqual(1);
    const use = res.body.use.find((row: { testbedId: string }) => row.testbedId === call.bedId);
    expect(use).toMatchObject({ capacity: 2, bookedDays: 16 });
    expect(use.capacityDays).toBeGreaterThan(700);
    await api().get(`/api/v1/cities/${tampereId}/dashboard`).set(auth(helsinkiCoordinator)).expect(403);
    await api().get(`/api/v1/cities/${tampereId}/dashboard`).set(auth(call.decider)).expect(403);
    await api().get(`/api/v1/cities/${tampereId}/dashboard`).expect(401);
  });

  it('publishes the results only after the decision: the funded projects, where the money goes and who pays, no scores or people', async () => {
    expect(resultsBefore).toBe(404);
    const res = await api().get(`/api/v1/calls/${call.id}/results`).expect(200);
    expect(res.body.projects).toHaveLength(2);
    expect(res.body.totalCents).toBe(80_000_00);
    expect(res.body.byMunicipality.reduce((sum: number, m: { cents: number }) => sum + m.cents, 0)).toBe(80_000_00);
    expect(res.body.bySource.reduce((sum: number, s: { cents: number }) => sum + s.cents, 0)).toBe(80_000_00);
    expect(res.body.decidedAt).toEqual(expect.any(String));
    const text = JSON.stringify(res.body);
    for (const user of [...call.evaluators, call.decider, call.coordinator]) {
      expect(text).not.toContain(user.id);
      expect(text).not.toContain(user.email);
    }
    expect(text).not.toMatch(/score|evaluator/i);
    await api().get(`/api/v1/calls/00000000-0000-4000-8000-000000000000/results`).expect(404);
  });
});
