import request from 'supertest';
import { at, callBody, createOrganisation, DAY, grantRole, registerUser, TestUser, uniqueEmail } from './api.js';
import { eventually, Stack } from './stack.js';

export { at };
export const EUR = 100;

export interface Applicant {
  user: TestUser;
  organisationId: string;
}

export interface WorkflowCall {
  id: string;
  version: number;
  coordinator: TestUser;
  decider: TestUser;
  evaluators: TestUser[];
  applicants: Applicant[];
  /** Application ids in the order they were submitted. */
  applications: string[];
  budgetCents: number;
}

export interface WorkflowOptions {
  applications: number;
  evaluators: number;
  /** Organisations; application i is led by organisation i mod n with the next one as partner. */
  organisations?: number;
  requestedCents: number;
  budgetCents: number;
  /** Evaluator index → the e-mail domain they use (a domain an organisation may share). */
  evaluatorDomains?: Record<number, string>;
  /** Organisation index → its e-mail domain. */
  organisationDomains?: Record<number, string>;
  /** Fields of the call that replace the defaults (its title, linked test beds…). */
  call?: Record<string, unknown>;
}

const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

/**
 * An open Tampere call with its evaluator pool and `applications` submitted applications, each a
 * consortium of two organisations from Tampere and Helsinki, all made through the API.
 * Criteria: impact (weight 2, threshold 2.5) and feasibility (weight 1, threshold 2), overall
 * threshold 8, two reviewers per application, divergence limit 2, policy skip, tie-break impact.
 */
export async function openCallWithApplications(stack: Stack, options: WorkflowOptions): Promise<WorkflowCall> {
  const api = () => request(stack.http);
  const [coordinator, decider] = await Promise.all([registerUser(stack), registerUser(stack)]);
  await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
  await grantRole(stack, decider.id, 'decider');
  const evaluators: TestUser[] = [];
  for (let i = 0; i < options.evaluators; i++) {
    const domain = options.evaluatorDomains?.[i];
    evaluators.push(await registerUser(stack, { email: domain ? uniqueEmail('arvioija', domain) : undefined, locale: 'en' }));
  }
  for (const evaluator of evaluators) await grantRole(stack, evaluator.id, 'evaluator');

  const applicants = await registerApplicants(stack, options.organisations ?? 10, 'Kokeilija', (i) => {
    const domain = options.organisationDomains?.[i];
    return domain ? { emailDomain: domain } : {};
  });

  const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
  const created = await api()
    .post('/api/v1/calls')
    .set(auth(coordinator))
    .send(
      callBody(tampere, {
        title: { fi: 'Syksyn kokeiluhaku', en: 'Autumn pilot call' },
        closesAt: at(DAY),
        reviewDeadline: at(30 * DAY),
        budgetCents: options.budgetCents,
        fundingSources: [
          { source: 'ERDF', sharePercent: 60 },
          { source: 'state', sharePercent: 20 },
          { source: 'city', sharePercent: 20 },
        ],
        maxGrantCents: Math.max(options.requestedCents, 100_000 * EUR),
        eligibility: { ...callBody(tampere).eligibility, testBedsPublished: true },
        reviewersPerApplication: 2,
        deciderIds: [decider.id],
        ...options.call,
      }),
    )
    .expect(201);
  const published = await api().post(`/api/v1/calls/${created.body.id}/publish`).set(auth(coordinator)).send({ version: created.body.version }).expect(200);
  const callId: string = created.body.id;

  for (const [i, evaluator] of evaluators.entries()) {
    await api()
      .post(`/api/v1/calls/${callId}/evaluators`)
      .set(auth(coordinator))
      .send({ userId: evaluator.id, expertise: i % 2 ? ['mobility'] : ['open_innovation_platforms'] })
      .expect(201);
  }

  const applications: string[] = [];
  for (let i = 0; i < options.applications; i++) {
    const lead = applicants[i % applicants.length];
    const partner = applicants[(i + 1) % applicants.length];
    const draft = await api()
      .post('/api/v1/applications')
      .set(auth(lead.user))
      .send({
        callId,
        organisationId: lead.organisationId,
        title: `Pilot ${i}`,
        summary: `Pilot number ${i}`,
        budgetLines: [{ category: 'personnel', description: 'Work', amountCents: 2 * options.requestedCents, eligible: true }],
        requestedGrantCents: options.requestedCents,
        pilotPeriod: { start: '2027-03-01', end: '2027-08-31' },
      })
      .expect(201);
    await api().post(`/api/v1/applications/${draft.body.id}/partners`).set(auth(lead.user)).send({ organisationId: partner.organisationId }).expect(201);
    await api().post(`/api/v1/applications/${draft.body.id}/partners/${partner.organisationId}/accept`).set(auth(partner.user)).send({}).expect(200);
    const current = await api().get(`/api/v1/applications/${draft.body.id}`).set(auth(lead.user)).expect(200);
    await api().post(`/api/v1/applications/${draft.body.id}/submit`).set(auth(lead.user)).send({ version: current.body.version }).expect(200);
    applications.push(draft.body.id);
  }
  return { id: callId, version: published.body.version, coordinator, decider, evaluators, applicants, applications, budgetCents: options.budgetCents };
}

/** The consortium of application `i`: its lead and its partner. */
export function consortiumOf(call: WorkflowCall, i: number): Applicant[] {
  return [call.applicants[i % call.applicants.length], call.applicants[(i + 1) % call.applicants.length]];
}

export async function applicationStates(stack: Stack, call: WorkflowCall): Promise<Map<string, string>> {
  const rows: { id: string; state: string }[] = await stack.db.query(`SELECT id, state FROM applications WHERE call_id = $1`, [call.id]);
  return new Map(rows.map((r) => [r.id, r.state]));
}

export async function countInState(stack: Stack, call: WorkflowCall, state: string): Promise<number> {
  const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM applications WHERE call_id = $1 AND state = $2`, [call.id, state]);
  return n;
}

/**
 * `count` applicants, each the owner of a verified organisation `${prefix} ${i} Oy` at home in
 * Tampere or Helsinki in turn, with `more(i)` added to the organisation.
 */
export async function registerApplicants(stack: Stack, count: number, prefix: string, more: (i: number) => Record<string, unknown> = () => ({})): Promise<Applicant[]> {
  const applicants: Applicant[] = [];
  for (let i = 0; i < count; i++) {
    const user = await registerUser(stack, { locale: 'en' });
    const org = await createOrganisation(stack, user, { name: `${prefix} ${i} Oy`, homeMunicipality: i % 2 ? 'Helsinki' : 'Tampere', ...more(i) });
    applicants.push({ user, organisationId: org.id });
  }
  return applicants;
}

/**
 * Sends idea `i` to a first stage as an applicant would: the lead's draft (a page of text, a
 * budget estimate), the partner invited and accepting, then the submit. Returns the idea's id.
 */
export async function sendIdea(stack: Stack, ideaCallId: string, lead: Applicant, partner: Applicant, i: number, requestedCents: number): Promise<string> {
  const api = () => request(stack.http);
  const draft = await api()
    .post('/api/v1/applications')
    .set(auth(lead.user))
    .send({
      callId: ideaCallId,
      organisationId: lead.organisationId,
      title: `Idea ${i}`,
      summary: `A page about idea ${i}`,
      budgetLines: [{ category: 'personnel', description: 'Estimate', amountCents: 2 * requestedCents, eligible: true }],
      requestedGrantCents: requestedCents,
      pilotPeriod: { start: '2027-06-01', end: '2027-11-30' },
    })
    .expect(201);
  const id = draft.body.id as string;
  await api().post(`/api/v1/applications/${id}/partners`).set(auth(lead.user)).send({ organisationId: partner.organisationId }).expect(201);
  await api().post(`/api/v1/applications/${id}/partners/${partner.organisationId}/accept`).set(auth(partner.user)).send({}).expect(200);
  const current = await api().get(`/api/v1/applications/${id}`).set(auth(lead.user)).expect(200);
  await api().post(`/api/v1/applications/${id}/submit`).set(auth(lead.user)).send({ version: current.body.version }).expect(200);
  return id;
}

/** Moves the deadline a moment ahead through the calls API; the call then closes by itself. */
export async function closeSoon(stack: Stack, call: WorkflowCall): Promise<void> {
  await request(stack.http).patch(`/api/v1/calls/${call.id}`).set(auth(call.coordinator)).send({ version: call.version, closesAt: at(3_000) }).expect(200);
}

export type ScoreOf = (applicationIndex: number, evaluator: TestUser) => { impact: number; feasibility: number };

/**
 * Every evaluator scores and submits each assignment they have, through the API. A request that
 * fails while the worker is being restarted is not the API's problem: every answer must still be
 * 2xx, and the loop runs until nothing is left to submit.
 */
export async function submitAllReviews(stack: Stack, call: WorkflowCall, scoreOf: ScoreOf): Promise<number> {
  const api = () => request(stack.http);
  let submitted = 0;
  for (const evaluator of call.evaluators) {
    const mine = await api().get('/api/v1/reviews').query({ callId: call.id, state: 'assigned', limit: 100 }).set(auth(evaluator)).expect(200);
    for (const item of mine.body.items as { id: string; applicationId: string; version: number }[]) {
      const { impact, feasibility } = scoreOf(call.applications.indexOf(item.applicationId), evaluator);
      const saved = await api()
        .patch(`/api/v1/reviews/${item.id}`)
        .set(auth(evaluator))
        .send({ version: item.version, scores: { impact: { score: impact, comment: 'Impact as argued' }, feasibility: { score: feasibility, comment: 'Doable' } } })
        .expect(200);
      await api().post(`/api/v1/reviews/${item.id}/submit`).set(auth(evaluator)).send({ version: saved.body.version }).expect(200);
      submitted += 1;
    }
  }
  return submitted;
}

/** Waits until the call's funding proposal exists, as its decider sees it. */
export async function proposalOf(stack: Stack, call: WorkflowCall, timeoutMs = 60_000) {
  return eventually(async () => {
    const res = await request(stack.http).get(`/api/v1/calls/${call.id}/funding-proposal`).set(auth(call.decider));
    return res.status === 200 ? res.body : null;
  }, timeoutMs, 'the funding proposal');
}
