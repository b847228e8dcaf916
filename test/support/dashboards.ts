import request from 'supertest';
import { createTestbed, dayFromToday, TestUser } from './api.js';
import { eventually, Stack } from './stack.js';
import { closeSoon, countInState, EUR, openCallWithApplications, proposalOf, submitAllReviews, WorkflowCall } from './workflow.js';

export interface DecidedCall extends WorkflowCall {
  /** A published Tampere bed with one approved booking in the coming weeks. */
  bedId: string;
}

const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

/**
 * A decided Tampere call through the API and the real worker, for the dashboards and the results
 * page: three applications of four organisations, two evaluators (the second scores lower), a
 * budget of two grants; the decider approves the proposal. Beside it, a published bed of the city
 * with one approved booking from the fifth to the twentieth day from today.
 */
export async function decidedCallWithBooking(stack: Stack, options: { call?: Record<string, unknown>; beforeDecision?: (call: WorkflowCall) => Promise<void> } = {}): Promise<DecidedCall> {
  const api = () => request(stack.http);
  const call = await openCallWithApplications(stack, { applications: 3, evaluators: 2, organisations: 4, requestedCents: 40_000 * EUR, budgetCents: 100_000 * EUR, call: options.call });
  const bed = await createTestbed(stack, call.coordinator, { capacity: 2, availability: [{ start: dayFromToday(0), end: dayFromToday(120) }] });
  const booking = await api()
    .post(`/api/v1/testbeds/${bed.id}/bookings`)
    .set(auth(call.applicants[0].user))
    .send({ organisationId: call.applicants[0].organisationId, start: dayFromToday(5), end: dayFromToday(20), purpose: 'Robottibussin kokeilu', participants: 4 })
    .expect(201);
  await api().post(`/api/v1/bookings/${booking.body.id}/approve`).set(auth(call.coordinator)).expect(200);
  await eventually(async () => (await countInState(stack, call, 'eligible')) === 3, 60_000, 'every application to be eligible');
  await closeSoon(stack, call);
  await eventually(async () => (await countInState(stack, call, 'in_review')) === 3, 60_000, 'every application to be in review');
  await submitAllReviews(stack, call, (i, evaluator) => (evaluator.id === call.evaluators[0].id ? { impact: 4.5 - i, feasibility: 4 } : { impact: 4 - i, feasibility: 3 }));
  await proposalOf(stack, call);
  if (options.beforeDecision) await options.beforeDecision(call);
  await api().post(`/api/v1/calls/${call.id}/decision`).set(auth(call.decider)).send({}).expect(200);
  return { ...call, bedId: bed.id };
}
