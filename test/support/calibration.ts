import request from 'supertest';
import { callBody, createOrganisation, grantRole, registerUser, type TestUser } from './api.js';
import type { Stack } from './stack.js';

/** One evaluator's review of an application: both criteria (impact ×2, feasibility ×1) get `score`, so the review's total is 3 × score. */
export type CraftedReview = [evaluatorId: string, score: number];

/**
 * A reviewed application written in SQL as the evaluation tables hold it (revision, submitted
 * reviews, aggregate), for calls whose criteria are impact (weight 2) and feasibility (weight 1),
 * threshold 2 each. Calibration stands on these tables' contract rather than on the review flow.
 */
export async function insertReviewedApplication(
  stack: Stack,
  input: { callId: string; organisationId: string; applicantId: string; title: string; minutesAgo: number; reviews: CraftedReview[] },
): Promise<string> {
  const { callId, organisationId, applicantId, title, minutesAgo, reviews } = input;
  const [{ id }] = await stack.db.query(
    `INSERT INTO applications (call_id, lead_organisation_id, created_by, state, title, summary, requested_grant_cents, revision, submitted_version, submitted_at)
     VALUES ($1, $2, $3, 'reviewed', $4, 'Summary', 1000000, 1, 1, now() - make_interval(mins => $5)) RETURNING id`,
    [callId, organisationId, applicantId, title, minutesAgo],
  );
  const [{ id: revisionId }] = await stack.db.query(
    `INSERT INTO application_revisions (application_id, call_id, number, snapshot, submitted_by, submitted_at) VALUES ($1, $2, 1, $3, $4, now()) RETURNING id`,
    [id, callId, JSON.stringify({ callId, title, summary: 'Summary', requestedGrantCents: 1_000_000, testbedIds: [] }), applicantId],
  );
  for (const [evaluatorId, score] of reviews) {
    await stack.db.query(
      `INSERT INTO reviews (call_id, application_id, revision_id, evaluator_id, state, scores, submitted_at) VALUES ($1, $2, $3, $4, 'submitted', $5, now())`,
      [callId, id, revisionId, evaluatorId, JSON.stringify({ impact: { score, comment: 'ok' }, feasibility: { score, comment: 'ok' } })],
    );
  }
  const mean = reviews.reduce((sum, [, score]) => sum + score, 0) / reviews.length;
  const criteria = ['impact', 'feasibility'].map((key) => ({ key, mean, count: reviews.length, threshold: 2, pass: true }));
  await stack.db.query(
    `INSERT INTO application_aggregates (application_id, call_id, review_count, review_criteria, divergences, criteria, total, pass, needs_consensus)
     VALUES ($1, $2, $3, $4, '[]', $4, $5, true, false)`,
    [id, callId, reviews.length, JSON.stringify(criteria), 3 * mean],
  );
  return id;
}

export interface CalibratedCall {
  id: string;
  /** The reviewed applications by letter (D was submitted first, then A, B, C). */
  applications: Record<'A' | 'B' | 'C' | 'D', string>;
}

/**
 * A Tampere call in evaluation whose reviews lean: Dora Ankara marks every application one step
 * (three total points) below Anna and Ben, so calibration lifts B (which she reviewed) above D
 * (which she did not), and D, first by the raw tie-break, falls from second to fourth.
 */
export async function callWithHarshEvaluator(stack: Stack, coordinator: TestUser): Promise<CalibratedCall> {
  const [applicant, anna, ben, dora] = await Promise.all(Array.from({ length: 4 }, () => registerUser(stack)));
  const names: [TestUser, string][] = [[anna, 'Anna Aaltonen'], [ben, 'Ben Berg'], [dora, 'Dora Ankara']];
  for (const [user, name] of names) {
    await grantRole(stack, user.id, 'evaluator');
    await stack.db.query(`UPDATE users SET display_name = $2 WHERE id = $1`, [user.id, name]);
  }
  const organisationId = (await createOrganisation(stack, applicant, { name: 'Kalibrointi Oy' })).id;
  const [{ id: tampereId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
  const created = await request(stack.http)
    .post('/api/v1/calls')
    .set('authorization', `Bearer ${coordinator.token}`)
    .send(callBody(tampereId, { title: { fi: 'Kevään kokeiluhaku', sv: 'Vårens utlysning', en: 'Spring pilot call' }, overallThreshold: 6, criteria: [
      { key: 'impact', name: { fi: 'Vaikuttavuus', sv: 'Genomslag', en: 'Impact' }, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 },
      { key: 'feasibility', name: { fi: 'Toteutettavuus', sv: 'Genomförbarhet', en: 'Feasibility' }, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 },
    ] }))
    .expect(201);
  const callId: string = created.body.id;
  await request(stack.http).post(`/api/v1/calls/${callId}/publish`).set('authorization', `Bearer ${coordinator.token}`).send({ version: created.body.version }).expect(200);
  await stack.db.query(`UPDATE calls SET state = 'in_evaluation', closed_at = now() WHERE id = $1`, [callId]);
  const reviews: Record<'A' | 'B' | 'C' | 'D', CraftedReview[]> = {
    D: [[anna.id, 3.5], [ben.id, 3.5]],
    A: [[anna.id, 4.5], [ben.id, 4.5]],
    B: [[anna.id, 4], [dora.id, 3]],
    C: [[ben.id, 4], [dora.id, 3]],
  };
  const applications = { A: '', B: '', C: '', D: '' };
  let minutesAgo = 50;
  for (const letter of ['D', 'A', 'B', 'C'] as const) {
    applications[letter] = await insertReviewedApplication(stack, { callId, organisationId, applicantId: applicant.id, title: `Pilot ${letter}`, minutesAgo, reviews: reviews[letter] });
    minutesAgo -= 10;
  }
  return { id: callId, applications };
}
