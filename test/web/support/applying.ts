import request from 'supertest';
import { businessId, createOrganisation, registerUser, type TestUser } from '../../support/api.js';
import type { Stack } from '../../support/stack.js';
import { EUR, openCallWithApplications, type WorkflowCall } from '../../support/workflow.js';

export interface Company {
  user: TestUser;
  organisationId: string;
  name: string;
  businessId: string;
}

export const CALL_TITLE = { fi: 'Kokeiluhaku: älykäs liikkuminen', sv: 'Utlysning: smart mobilitet', en: 'Pilot call: smart mobility' };

/**
 * An open Tampere call with two of Tampere's demo test beds, two evaluators, a decider and one
 * application already submitted through the API (so that the call has a ranking to place ours in).
 * The funding rate is 75 % and the maximum grant 50 000 €; pilots last 3–24 months.
 */
export async function openCallForApplicants(stack: Stack): Promise<WorkflowCall & { testbedIds: string[] }> {
  const [{ id: cityId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
  const beds: { id: string }[] = await stack.db.query(`SELECT id FROM testbeds WHERE city_id = $1 AND state = 'published' ORDER BY id LIMIT 2`, [cityId]);
  const call = await openCallWithApplications(stack, {
    applications: 1,
    evaluators: 2,
    organisations: 2,
    requestedCents: 20_000 * EUR,
    budgetCents: 200_000 * EUR,
    call: { title: CALL_TITLE, testbedIds: beds.map((bed) => bed.id), maxGrantCents: 50_000 * EUR },
  });
  return { ...call, testbedIds: beds.map((bed) => bed.id) };
}

/** A verified user who owns a company (a member of nothing else), made through the API as the account pages would. */
export async function company(stack: Stack, name: string, homeMunicipality: string, locale: 'fi' | 'en'): Promise<Company> {
  const user = await registerUser(stack, { locale });
  const id = businessId();
  const org = await createOrganisation(stack, user, { name, homeMunicipality, businessId: id });
  return { user, organisationId: org.id, name, businessId: id };
}

/** The application as the server has it, read by its lead through the API. */
export async function applicationOf(stack: Stack, lead: TestUser, id: string): Promise<{ version: number; summary: string | null; state: string; revision: number }> {
  const res = await request(stack.http).get(`/api/v1/applications/${id}`).set('authorization', `Bearer ${lead.token}`).expect(200);
  return res.body;
}
