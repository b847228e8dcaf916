import request from 'supertest';
import { seedDemo } from '../../../apps/cli/src/commands/seed-demo.js';
import { DEMO_TESTBEDS } from '../../../libs/testbeds/src/index.js';
import { callBody, grantRole, registerUser } from '../../support/api.js';
import { eventually, type Stack } from '../../support/stack.js';
import { closeSoon, countInState, EUR, openCallWithApplications, proposalOf, submitAllReviews } from '../../support/workflow.js';

/** Helsinki's traffic lab in Kalasatama: "liikenne" (traffic) is inside its Finnish name, a compound word. */
export const KALASATAMA = DEMO_TESTBEDS.find((bed) => bed.content.name.fi === 'Kalasataman liikennelabra')!;

/** The curated demo test beds (24 in six cities), as `npm run seed:demo` adds them. */
export async function seedTestbeds(stack: Stack): Promise<void> {
  await seedDemo(stack.env.DATABASE_URL);
}

export interface PublicCall {
  id: string;
  title: { fi: string; sv: string; en: string };
  testbedIds: string[];
}

/** An open Tampere call in three languages linking two of Tampere's demo beds, made and published through the API by the city's coordinator. */
export async function publishOpenCall(stack: Stack): Promise<PublicCall> {
  const coordinator = await registerUser(stack, { locale: 'fi' });
  await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
  const [{ id: cityId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
  const beds: { id: string }[] = await stack.db.query(`SELECT id FROM testbeds WHERE city_id = $1 AND state = 'published' ORDER BY id LIMIT 2`, [cityId]);
  const title = { fi: 'Älykkään liikkumisen kokeiluhaku 2027', sv: 'Utlysning för smart mobilitet 2027', en: 'Smart mobility pilot call 2027' };
  const created = await request(stack.http)
    .post('/api/v1/calls')
    .set('authorization', `Bearer ${coordinator.token}`)
    .send(
      callBody(cityId, {
        title,
        summary: {
          fi: 'Rahoitusta yrityksille, jotka kokeilevat liikkumisen palveluja Tampereen testiympäristöissä.',
          sv: 'Finansiering för företag som testar mobilitetstjänster i Tammerfors testmiljöer.',
          en: 'Funding for companies that pilot mobility services in the test beds of Tampere.',
        },
        body: {
          fi: 'Haemme kokeiluja, jotka parantavat kaupunkilaisten arjen liikkumista.\n\nKokeilu tehdään kaupungin testiympäristössä yhdessä kaupungin asiantuntijoiden kanssa.',
          sv: 'Vi söker pilotprojekt som gör vardagens resor smidigare.\n\nPilotprojektet genomförs i en av stadens testmiljöer.',
          en: 'We look for pilots that make everyday travel in the city easier.\n\nThe pilot runs in one of the city’s test beds together with the city’s experts.',
        },
        criteria: [
          { key: 'impact', name: { fi: 'Vaikuttavuus', sv: 'Genomslag', en: 'Impact' }, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2.5 },
          { key: 'feasibility', name: { fi: 'Toteutettavuus', sv: 'Genomförbarhet', en: 'Feasibility' }, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2 },
        ],
        testbedIds: beds.map((bed) => bed.id),
      }),
    )
    .expect(201);
  await request(stack.http).post(`/api/v1/calls/${created.body.id}/publish`).set('authorization', `Bearer ${coordinator.token}`).send({ version: created.body.version }).expect(200);
  return { id: created.body.id, title, testbedIds: beds.map((bed) => bed.id) };
}

/**
 * Funded pilots, the whole way through the API and the worker: a call with three applications
 * closes, two evaluators review each, the ranking and proposal follow, and the decider approves;
 * the two best get their grants (the third waits on the reserve list). Answers the grant titles.
 */
export async function fundPilots(stack: Stack): Promise<string[]> {
  const call = await openCallWithApplications(stack, { applications: 3, evaluators: 2, organisations: 4, requestedCents: 40_000 * EUR, budgetCents: 100_000 * EUR });
  await eventually(async () => (await countInState(stack, call, 'eligible')) === 3, 60_000, 'every application to be eligible');
  await closeSoon(stack, call);
  await eventually(async () => (await countInState(stack, call, 'in_review')) === 3, 60_000, 'every application to be in review');
  await submitAllReviews(stack, call, (i) => ({ impact: 4.5 - i, feasibility: 4 }));
  await proposalOf(stack, call);
  await request(stack.http).post(`/api/v1/calls/${call.id}/decision`).set('authorization', `Bearer ${call.decider.token}`).send({}).expect(200);
  const grants = await eventually(async () => {
    const page = await request(stack.http).get('/api/v1/open-data/grants').expect(200);
    return page.body.items.length === 2 ? (page.body.items as { title: string }[]) : null;
  }, 30_000, 'two awarded grants');
  return grants.map((grant) => grant.title);
}
