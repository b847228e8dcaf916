import request from 'supertest';
import { createOrganisation, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

const DRAFTS = 200;
const ORGANISATIONS = 10;
/** Submits are fired evenly from this long before the deadline to this long after it. */
const SPREAD_MS = 1_000;

interface Answer {
  id: string;
  status: number;
  detail?: string;
  firedAt: number;
}

/**
 * Rule 1 under load: two hundred submissions race the deadline. Each is decided by the database
 * clock in the transaction that stores it, so every answer must match what the database holds:
 * a 200 has exactly one revision (and, soon, its eligibility verdicts); a 409 left its draft as
 * it was; nothing is lost or half-written.
 */
describe('deadline storm', () => {
  let stack: Stack;
  let base: string;
  let callId: string;
  let callVersion: number;
  let coordinator: TestUser;
  const owners: { user: TestUser; organisationId: string }[] = [];
  const drafts: { id: string; owner: TestUser }[] = [];

  beforeAll(async () => {
    // The worker starts after the storm: the API alone answers it, and the outbox must then
    // deliver every eligibility job written meanwhile.
    stack = await startStack();
    await stack.api.listen(0, '127.0.0.1');
    base = await stack.api.getUrl();
    for (let i = 0; i < ORGANISATIONS; i++) {
      const user = await registerUser(stack);
      const org = await createOrganisation(stack, user, { name: `Myrsky ${i} Oy`, homeMunicipality: i % 2 ? 'Oulu' : 'Turku' });
      owners.push({ user, organisationId: org.id });
    }
    // An open call with a distant deadline while the drafts are written; the deadline is moved
    // close just before the storm, through the calls API as a coordinator would.
    coordinator = await registerUser(stack);
    await grantRole(stack, coordinator.id, 'coordinator', 'oulu');
    const [{ id: oulu }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'oulu'`);
    const at = (ms: number) => new Date(Date.now() + ms).toISOString();
    const created = await request(stack.http)
      .post('/api/v1/calls')
      .set('authorization', `Bearer ${coordinator.token}`)
      .send({
        cityId: oulu,
        focusArea: 'open_data_and_interfaces',
        title: { fi: 'Myrskyhaku' },
        summary: { fi: 'Kokeiluja' },
        body: { fi: 'Hae!' },
        opensAt: at(-86_400_000),
        closesAt: at(3_600_000),
        reviewDeadline: at(60 * 86_400_000),
        budgetCents: 100_000_000,
        fundingSources: [{ source: 'ERDF', sharePercent: 100 }],
        fundingRatePercent: 75,
        maxGrantCents: 10_000_000,
        durationMinMonths: 3,
        durationMaxMonths: 24,
        eligibility: { minOperatorsInCities: { count: 1, cities: ['oulu', 'turku'] }, requiredFields: ['title', 'summary', 'budgetLines'] },
        criteria: [{ key: 'impact', name: { fi: 'Vaikuttavuus' }, weight: 1 }],
        overallThreshold: 3,
      })
      .expect(201);
    callId = created.body.id;
    const published = await request(stack.http)
      .post(`/api/v1/calls/${callId}/publish`)
      .set('authorization', `Bearer ${coordinator.token}`)
      .send({ version: created.body.version })
      .expect(200);
    expect(published.body.state).toBe('open');
    callVersion = published.body.version;
    const body = (i: number, organisationId: string) => ({
      callId,
      organisationId,
      title: `Myrskysovellus ${i}`,
      summary: 'Kokeilu, joka jätetään viime hetkellä',
      budgetLines: [{ category: 'personnel', description: 'Työ', amountCents: 2_000_000 + i, eligible: true }],
      requestedGrantCents: 1_000_000,
      pilotPeriod: { start: '2027-03-01', end: '2027-08-31' },
    });
    for (let batch = 0; batch < DRAFTS; batch += 20) {
      const created = await Promise.all(
        Array.from({ length: Math.min(20, DRAFTS - batch) }, (_, k) => {
          const i = batch + k;
          const owner = owners[i % ORGANISATIONS];
          return request(stack.http).post('/api/v1/applications').set('authorization', `Bearer ${owner.user.token}`).send(body(i, owner.organisationId)).expect(201);
        }),
      );
      created.forEach((res, k) => drafts.push({ id: res.body.id, owner: owners[(batch + k) % ORGANISATIONS].user }));
    }
  });
  afterAll(() => stack.close());

  it('answers every submit 200 or 409 across closesAt, exactly as the database recorded it', async () => {
    const moved = await request(stack.http)
      .patch(`/api/v1/calls/${callId}`)
      .set('authorization', `Bearer ${coordinator.token}`)
      .send({ version: callVersion, closesAt: new Date(Date.now() + SPREAD_MS + 100).toISOString() })
      .expect(200);
    const deadline = new Date(moved.body.closesAt).getTime();
    const start = deadline - SPREAD_MS;
    const answers = await Promise.all(
      drafts.map(
        (draft, i) =>
          new Promise<Answer>((resolve, reject) => {
            const fireAt = start + (i * 2 * SPREAD_MS) / (DRAFTS - 1);
            setTimeout(() => {
              const firedAt = Date.now();
              fetch(`${base}/api/v1/applications/${draft.id}/submit`, {
                method: 'POST',
                headers: { authorization: `Bearer ${draft.owner.token}`, 'content-type': 'application/json' },
                body: JSON.stringify({ version: 1 }),
              })
                .then(async (res) => {
                  const body = (await res.json()) as { detail?: string };
                  resolve({ id: draft.id, status: res.status, detail: body.detail, firedAt });
                })
                .catch(reject);
            }, Math.max(0, fireAt - Date.now()));
          }),
      ),
    );

    const accepted = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 409);
    expect(answers.filter((a) => a.status !== 200 && a.status !== 409)).toEqual([]);
    // The storm really straddled the deadline.
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
    for (const answer of refused) expect(answer.detail).toMatch(/^The call closed on \d{1,2} [A-Z][a-z]+ \d{4}, \d{2}:\d{2} \(Finnish time\)\.$/);
    // A request sent after the deadline can only be judged later still, so none of those got in.
    // (One sent just before may wait for a connection past it and be refused: that is the rule.)
    for (const answer of accepted) expect(answer.firedAt).toBeLessThan(deadline + 50);

    const rows: { id: string; state: string; revision: number; revisions: number; submittedAt: Date | null; latest: Date | null }[] = await stack.db.query(
      `SELECT a.id, a.state, a.revision, a.submitted_at AS "submittedAt",
              (SELECT count(*)::int FROM application_revisions r WHERE r.application_id = a.id) AS revisions,
              (SELECT max(r.submitted_at) FROM application_revisions r WHERE r.application_id = a.id) AS latest
         FROM applications a WHERE a.call_id = $1`,
      [callId],
    );
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows).toHaveLength(DRAFTS);
    for (const answer of accepted) {
      const row = byId.get(answer.id)!;
      expect(row).toMatchObject({ revision: 1, revisions: 1 });
      expect(['submitted', 'eligible', 'ineligible']).toContain(row.state);
      // Decided by the database clock: every stored submission is before the deadline.
      expect(new Date(row.latest!).getTime()).toBeLessThan(deadline);
    }
    for (const answer of refused) expect(byId.get(answer.id)).toMatchObject({ state: 'draft', revision: 0, revisions: 0, submittedAt: null });
    const [counts] = await stack.db.query(
      `SELECT (SELECT count(*)::int FROM applications WHERE call_id = $1 AND state <> 'draft') AS submitted,
              (SELECT count(*)::int FROM application_revisions r JOIN applications a ON a.id = r.application_id WHERE a.call_id = $1) AS revisions,
              (SELECT count(*)::int FROM outbox WHERE job_name = 'application.eligibility') AS jobs`,
      [callId],
    );
    expect(counts).toEqual({ submitted: accepted.length, revisions: accepted.length, jobs: accepted.length });

    // Every accepted submission gets its eligibility result once the worker runs.
    await stack.startWorker();
    await eventually(
      async () => {
        const [{ judged, eligible }] = await stack.db.query(
          `SELECT count(DISTINCT e.revision_id)::int AS judged,
                  (SELECT count(*)::int FROM applications WHERE call_id = $1 AND state = 'eligible') AS eligible
             FROM eligibility_results e JOIN applications a ON a.id = e.application_id WHERE a.call_id = $1`,
          [callId],
        );
        return judged === accepted.length && eligible === accepted.length;
      },
      30_000,
      'the eligibility results of every accepted submission',
    );
    console.log(`deadline storm: ${DRAFTS} submits over ±${SPREAD_MS} ms of closesAt → ${accepted.length} accepted (200), ${refused.length} refused (409)`);
  });
});
