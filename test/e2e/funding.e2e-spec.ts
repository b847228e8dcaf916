import pg from 'pg';
import request from 'supertest';
import { Outbox } from '../../libs/platform/src/index.js';
import { at, createOrganisation, createTestbed, DAY, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

const EUR = 100;

interface Scores {
  impact: number;
  feasibility: number;
}

/**
 * Rules 5–8 through HTTP and the real worker. Applications arrive in review as the evaluation
 * side leaves them: submitted revisions and submitted reviews, written here with SQL.
 */
describe('funding', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let decider: TestUser;
  let otherDecider: TestUser;
  let stranger: TestUser;
  let evaluators: TestUser[];
  const leads: Record<string, TestUser> = {};
  const apps: Record<string, string> = {};
  let callId: string;
  let bedId: string;
  let otherOrgId: string;
  let helsinkiCoordinator: TestUser;
  let helsinkiBedId: string;

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);

  async function addApplication(name: string, requestedEur: number, minutesAgo: number, reviews: [Scores, Scores], otherBeds: string[] = []) {
    const lead = await registerUser(stack, { locale: 'en' });
    const org = await createOrganisation(stack, lead, { name: `${name} Oy`, homeMunicipality: 'Tampere' });
    const snapshot = {
      callId,
      title: `Pilot ${name}`,
      requestedGrantCents: requestedEur * EUR,
      totals: { totalCents: requestedEur * 2 * EUR, eligibleTotalCents: requestedEur * 2 * EUR },
      pilotPeriod: { start: '2027-03-01', end: '2027-08-31' },
      testbedIds: [bedId, ...otherBeds],
      consortium: { lead: { organisationId: org.id, name: `${name} Oy`, type: 'company', homeMunicipality: 'Tampere' }, partners: [] },
    };
    const submittedAt = new Date(Date.now() - minutesAgo * 60_000);
    const [{ id }] = await stack.db.query(
      `INSERT INTO applications (call_id, lead_organisation_id, created_by, state, title, requested_grant_cents, revision, submitted_version, submitted_at, testbed_ids)
       VALUES ($1, $2, $3, 'in_review', $4, $5, 1, 1, $6, ARRAY[$7]::uuid[]) RETURNING id`,
      [callId, org.id, lead.id, snapshot.title, requestedEur * EUR, submittedAt, bedId],
    );
    const [{ id: revisionId }] = await stack.db.query(
      `INSERT INTO application_revisions (application_id, call_id, number, snapshot, submitted_by, submitted_at) VALUES ($1, $5, 1, $2, $3, $4) RETURNING id`,
      [id, JSON.stringify(snapshot), lead.id, submittedAt, callId],
    );
    for (const [i, s] of reviews.entries()) {
      await stack.db.query(
        `INSERT INTO reviews (call_id, application_id, revision_id, evaluator_id, state, scores, submitted_at) VALUES ($1, $2, $3, $4, 'submitted', $5, now())`,
        [callId, id, revisionId, evaluators[i]!.id, JSON.stringify({ impact: { score: s.impact, comment: 'ok' }, feasibility: { score: s.feasibility, comment: 'ok' } })],
      );
    }
    leads[name] = lead;
    apps[name] = id;
    return { id, org };
  }

  /** Asks for an aggregation as a review's submit does; each submit's job has its own id. */
  async function aggregate(id: string, jobId = `application.aggregate.test.${id}`) {
    const outbox = stack.api.get(Outbox);
    await stack.db.transaction((tx) => outbox.add(tx, 'application.aggregate', { applicationIds: [id] }, { jobId }));
  }

  const stateOf = async (id: string) => (await stack.db.query(`SELECT state FROM applications WHERE id = $1`, [id]))[0].state as string;
  const proposal = async () => (await api().get(`/api/v1/calls/${callId}/funding-proposal`).set(auth(coordinator)).expect(200)).body;

  beforeAll(async () => {
    stack = await startStack({ worker: true, smtp: true });
    [coordinator, decider, otherDecider, stranger] = await Promise.all([
      registerUser(stack, { locale: 'en' }),
      registerUser(stack, { locale: 'en' }),
      registerUser(stack, { locale: 'en' }),
      registerUser(stack, { locale: 'en' }),
    ]);
    evaluators = await Promise.all([registerUser(stack, { locale: 'en' }), registerUser(stack, { locale: 'en' })]);
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, decider.id, 'decider');
    await grantRole(stack, otherDecider.id, 'decider');
    const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    bedId = (await createTestbed(stack, coordinator, { capacity: 1 }, { publish: false })).id;
    const created = await api()
      .post('/api/v1/calls')
      .set(auth(coordinator))
      .send({
        cityId: tampere,
        focusArea: 'open_innovation_platforms',
        title: { fi: 'Syksyn 2027 haku', en: 'Autumn 2027 call' },
        summary: { fi: 'Kokeiluja' },
        body: { fi: 'Hakuteksti' },
        opensAt: at(DAY),
        closesAt: at(2 * DAY),
        reviewDeadline: at(30 * DAY),
        budgetCents: 100_000 * EUR,
        fundingSources: [
          { source: 'ERDF', sharePercent: 60 },
          { source: 'state', sharePercent: 25 },
          { source: 'city', sharePercent: 15 },
        ],
        fundingRatePercent: 75,
        maxGrantCents: 50_000 * EUR,
        durationMinMonths: 3,
        durationMaxMonths: 24,
        criteria: [
          { key: 'impact', name: { fi: 'Vaikuttavuus', en: 'Impact' }, weight: 2, scale: { min: 0, max: 5, step: 0.5 }, threshold: 3 },
          { key: 'feasibility', name: { fi: 'Toteutettavuus', en: 'Feasibility' }, weight: 1, scale: { min: 0, max: 5, step: 0.5 }, threshold: 2.5 },
        ],
        overallThreshold: 9,
        tieBreaks: ['impact'],
        fundingPolicy: 'strict',
        reviewersPerApplication: 2,
        divergenceLimit: 2,
        deciderIds: [decider.id, otherDecider.id],
      });
    expect(created.status).toBe(201);
    callId = created.body.id;
    // The call as the evaluation side leaves it: closed and in evaluation.
    await stack.db.query(
      `UPDATE calls SET state = 'in_evaluation', published_at = now() - interval '3 days', opened_at = now() - interval '2 days', closed_at = now() - interval '1 day' WHERE id = $1`,
      [callId],
    );
    const other = await registerUser(stack);
    otherOrgId = (await createOrganisation(stack, other, { name: 'Toinen Oy' })).id;
    helsinkiCoordinator = await registerUser(stack, { locale: 'en' });
    await grantRole(stack, helsinkiCoordinator.id, 'coordinator', 'helsinki');
    helsinkiBedId = (await createTestbed(stack, helsinkiCoordinator, { name: { fi: 'Kalasataman alusta' } }, { city: 'helsinki' })).id;
  });

  afterAll(async () => {
    await stack?.close();
  });

  it('aggregates each application once its reviews are in, flags divergence and waits for consensus', async () => {
    await addApplication('A', 40_000, 50, [{ impact: 4, feasibility: 4 }, { impact: 4, feasibility: 4 }], [helsinkiBedId]); // 12
    await addApplication('B', 30_000, 40, [{ impact: 4, feasibility: 3 }, { impact: 4, feasibility: 3 }]); // 11
    await addApplication('C', 20_000, 30, [{ impact: 3.5, feasibility: 4 }, { impact: 3.5, feasibility: 4 }]); // 11, lower impact
    await addApplication('D', 20_000, 20, [{ impact: 2, feasibility: 3 }, { impact: 5, feasibility: 3 }]); // diverges on impact
    await addApplication('E', 10_000, 10, [{ impact: 2, feasibility: 2 }, { impact: 2.5, feasibility: 2 }]); // fails
    // A bed booking of A's lead inside its pilot period, and one that capacity will refuse.
    const [{ id: leadOrg }] = await stack.db.query(`SELECT lead_organisation_id AS id FROM applications WHERE id = $1`, [apps.A]);
    await stack.db.query(
      `INSERT INTO bookings (testbed_id, organisation_id, requested_by, state, start_date, end_date, purpose, participants, decided_at)
       VALUES ($1, $2, $3, 'approved', '2027-06-01', '2027-06-30', 'other pilot', 1, now())`,
      [bedId, otherOrgId, coordinator.id],
    );
    await stack.db.query(
      `INSERT INTO bookings (testbed_id, organisation_id, requested_by, start_date, end_date, purpose, participants)
       VALUES ($1, $2, $3, '2027-03-01', '2027-04-30', 'spring trials', 2), ($1, $2, $3, '2027-06-10', '2027-06-20', 'summer trials', 2)`,
      [bedId, leadOrg, leads.A!.id],
    );
    // One that Tampere approved before the decision, and one on Helsinki's bed that nobody in Helsinki has decided.
    await stack.db.query(
      `INSERT INTO bookings (testbed_id, organisation_id, requested_by, state, start_date, end_date, purpose, participants, decided_by, decided_at)
       VALUES ($1, $2, $3, 'approved', '2027-08-01', '2027-08-20', 'autumn trials', 2, $4, now())`,
      [bedId, leadOrg, leads.A!.id, coordinator.id],
    );
    await stack.db.query(
      `INSERT INTO bookings (testbed_id, organisation_id, requested_by, start_date, end_date, purpose, participants)
       VALUES ($1, $2, $3, '2027-04-01', '2027-04-10', 'harbour trials', 2)`,
      [helsinkiBedId, leadOrg, leads.A!.id],
    );

    for (const name of ['A', 'B', 'C', 'D', 'E']) await aggregate(apps[name]!);
    await eventually(async () => (await Promise.all(Object.values(apps).map(stateOf))).every((s) => s === 'reviewed'), 20_000, 'aggregation');
    // A second job for the same reviews (each review's submit asks for one) changes nothing and audits nothing.
    const events = async () => (await stack.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'application.aggregated' AND entity_id = $1`, [apps.A]))[0].n;
    expect(await events()).toBe(1);
    await aggregate(apps.A!, `application.aggregate.again.${apps.A}`);
    await eventually(async () => (await stack.db.query(`SELECT 1 FROM processed_jobs WHERE job_id = $1`, [`application.aggregate.again.${apps.A}`])).length === 1, 20_000, 'the second job');
    expect(await events()).toBe(1);

    const ranking = (await api().get(`/api/v1/calls/${callId}/ranking`).set(auth(coordinator)).expect(200)).body;
    expect(ranking.awaitingConsensus).toBe(1);
    const d = ranking.entries.find((e: { applicationId: string }) => e.applicationId === apps.D);
    expect(d).toMatchObject({ needsConsensus: true, rank: null, divergences: [{ key: 'impact', min: 2, max: 5 }] });
    const a = ranking.entries.find((e: { applicationId: string }) => e.applicationId === apps.A);
    expect(a).toMatchObject({ total: 12, pass: true, needsConsensus: false });
    // Nothing is ranked while D waits.
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM funding_proposals WHERE call_id = $1`, [callId]))[0].n).toBe(0);

    // Aggregating again changes nothing (two reviews submitted at once give two jobs).
    await aggregate(apps.A!);
    await new Promise((r) => setTimeout(r, 300));
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE action = 'application.aggregated' AND entity_id = $1`, [apps.A]))[0].n).toBe(1);
  });

  it('takes a consensus only from those who run the call, with a reason and a score for each divergent criterion', async () => {
    await api().post(`/api/v1/applications/${apps.D}/consensus`).set(auth(stranger)).send({ scores: { impact: 4 }, reason: 'panel' }).expect(404);
    const missing = await api().post(`/api/v1/applications/${apps.D}/consensus`).set(auth(coordinator)).send({ scores: { feasibility: 3 }, reason: 'panel' }).expect(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'scores.impact' })]);
    await api().post(`/api/v1/applications/${apps.D}/consensus`).set(auth(coordinator)).send({ scores: { impact: 4.2 }, reason: 'panel' }).expect(400);
    await api().post(`/api/v1/applications/${apps.A}/consensus`).set(auth(coordinator)).send({ scores: { impact: 4 }, reason: 'panel' }).expect(409);
    const done = await api().post(`/api/v1/applications/${apps.D}/consensus`).set(auth(coordinator)).send({ scores: { impact: 4 }, reason: 'Agreed in the panel' }).expect(200);
    expect(done.body).toMatchObject({ total: 11, pass: true, needsConsensus: false, consensus: { scores: { impact: 4 }, reason: 'Agreed in the panel' } });
  });

  it('ranks by itself once everything is aggregated, with the tie-break chain, and proposes within the budget', async () => {
    const proposed = await eventually(async () => {
      const res = await api().get(`/api/v1/calls/${callId}/funding-proposal`).set(auth(decider));
      return res.status === 200 ? res.body : null;
    }, 20_000, 'the proposal');
    const ranking = (await api().get(`/api/v1/calls/${callId}/ranking`).set(auth(decider)).expect(200)).body;
    const ranked = ranking.entries.filter((e: { rank: number | null }) => e.rank !== null).map((e: { applicationId: string; rank: number; tieBreak: { rule: string } | null }) => [e.applicationId, e.rank, e.tieBreak?.rule ?? null]);
    // B and D tie on total and impact: B was submitted earlier; C has the lower impact.
    expect(ranked).toEqual([
      [apps.A, 1, null],
      [apps.B, 2, null],
      [apps.D, 3, 'submitted_at'],
      [apps.C, 4, 'criterion:impact'],
    ]);
    // strict, 100k: A 40k + B 30k + D 20k = 90k; C (20k) does not fit and waits on the reserve.
    expect(proposed.lines.map((l: { applicationId: string; grantCents: number }) => [l.applicationId, l.grantCents])).toEqual([
      [apps.A, 40_000 * EUR],
      [apps.B, 30_000 * EUR],
      [apps.D, 20_000 * EUR],
    ]);
    expect(proposed.reserve).toEqual([expect.objectContaining({ applicationId: apps.C, position: 1, grantCents: 20_000 * EUR })]);
    expect(proposed.rejected).toEqual([expect.objectContaining({ applicationId: apps.E, reason: 'failed_thresholds' })]);
    expect(proposed).toMatchObject({ budgetCents: 100_000 * EUR, committedCents: 90_000 * EUR, remainingCents: 10_000 * EUR });
    expect(proposed.lines[0].shares).toEqual([
      { source: 'ERDF', sharePercent: 60, cents: 24_000 * EUR },
      { source: 'state', sharePercent: 25, cents: 10_000 * EUR },
      { source: 'city', sharePercent: 15, cents: 6_000 * EUR },
    ]);
    expect(proposed.totalsBySource.reduce((s: number, t: { cents: number }) => s + t.cents, 0)).toBe(90_000 * EUR);
    expect(await stateOf(apps.C!)).toBe('reserve');
    expect(await stateOf(apps.E!)).toBe('rejected');
    await api().get(`/api/v1/calls/${callId}/funding-proposal`).set(auth(stranger)).expect(403);
  });

  it('keeps to the budget with two ranking requests at once, and the database refuses racing grants over it', async () => {
    const [one, two] = await Promise.all([
      api().post(`/api/v1/calls/${callId}/ranking`).set(auth(coordinator)).send({}),
      api().post(`/api/v1/calls/${callId}/ranking`).set(auth(coordinator)).send({}),
    ]);
    expect([one.status, two.status]).toEqual([202, 202]);
    await eventually(async () => (await proposal()).version >= 3, 20_000, 'both rankings');
    const after = await proposal();
    expect(after.committedCents).toBe(90_000 * EUR);
    const [budget] = await stack.db.query(`SELECT committed_cents::float8 AS c FROM call_budgets WHERE call_id = $1`, [callId]);
    expect(budget.c).toBe(90_000 * EUR);

    // Two writers each add a 10k grant into the last 10k: one commits, the other is refused by the CHECK.
    const clients = [new pg.Client({ connectionString: stack.env.DATABASE_URL }), new pg.Client({ connectionString: stack.env.DATABASE_URL })];
    await Promise.all(clients.map((c) => c.connect()));
    try {
      const write = async (client: pg.Client, applicationId: string) => {
        await client.query('BEGIN');
        try {
          const [{ id }] = (
            await client.query(`INSERT INTO grants (call_id, application_id, rank, cap_cents, grant_cents) VALUES ($1, $2, 9, $3, $3) RETURNING id`, [callId, applicationId, 10_000 * EUR])
          ).rows;
          await client.query(`INSERT INTO grant_shares (grant_id, source, position, share_percent, cents) VALUES ($1, 'ERDF', 1, 100, $2)`, [id, 10_000 * EUR]);
          await new Promise((r) => setTimeout(r, 100));
          await client.query('COMMIT');
          return 'committed';
        } catch (error) {
          await client.query('ROLLBACK');
          return (error as { constraint?: string }).constraint ?? String(error);
        }
      };
      const results = await Promise.all([write(clients[0]!, apps.C!), write(clients[1]!, apps.E!)]);
      expect(results.sort()).toEqual(['call_budgets_committed_within_budget', 'committed']);
      const [full] = await stack.db.query(`SELECT committed_cents::float8 AS c FROM call_budgets WHERE call_id = $1`, [callId]);
      expect(full.c).toBe(100_000 * EUR);
      await stack.db.query(`DELETE FROM grants WHERE call_id = $1 AND rank = 9`, [callId]);
      // The shares of a grant always sum to it.
      await expect(
        clients[0]!.query(
          `WITH g AS (INSERT INTO grants (call_id, application_id, rank, cap_cents, grant_cents) VALUES ($1, $2, 9, 100, 100) RETURNING id)
           INSERT INTO grant_shares (grant_id, source, position, share_percent, cents) SELECT id, 'ERDF', 1, 100, 99 FROM g`,
          [callId, apps.E],
        ),
      ).rejects.toThrow(/sum to 99 cents, not 100/);
      // A statement that releases several grants takes their sum off the budget row; none moves to another budget.
      await clients[0]!.query('BEGIN');
      try {
        const released = await clients[0]!.query(`UPDATE grants SET state = 'withdrawn', released_at = now(), release_reason = 'x' WHERE call_id = $1 AND state = 'proposed'`, [callId]);
        expect(released.rowCount).toBeGreaterThan(1);
        const [{ c }] = (await clients[0]!.query(`SELECT committed_cents::float8 AS c FROM call_budgets WHERE call_id = $1`, [callId])).rows;
        expect(c).toBe(0);
        await expect(clients[0]!.query(`UPDATE grants SET funded_from = 'redress_reserve' WHERE call_id = $1`, [callId])).rejects.toThrow(/cannot move to another call or budget/);
      } finally {
        await clients[0]!.query('ROLLBACK');
      }
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
    expect((await proposal()).committedCents).toBe(90_000 * EUR);
  });

  it('lets only a decider of the call amend, with a reason, within the budget, auditing before and after', async () => {
    const amend = (user: TestUser, body: Record<string, unknown>) => api().post(`/api/v1/calls/${callId}/funding-proposal/amendments`).set(auth(user)).send(body);
    await amend(coordinator, { op: 'set_grant', applicationId: apps.D, grantCents: 10_000 * EUR, reason: 'x' }).expect(403);
    await amend(decider, { op: 'set_grant', applicationId: apps.D, grantCents: 10_000 * EUR }).expect(400);
    await amend(decider, { op: 'set_grant', applicationId: apps.D, reason: 'x' }).expect(400);
    await amend(decider, { op: 'set_grant', applicationId: apps.D, grantCents: 25_000 * EUR, reason: 'more' }).expect(400); // above what D asked
    let res = await amend(decider, { op: 'set_grant', applicationId: apps.D, grantCents: 10_000 * EUR, reason: 'Half of the equipment is already owned' }).expect(201);
    expect(res.body.committedCents).toBe(80_000 * EUR);
    res = await amend(otherDecider, { op: 'fund', applicationId: apps.C, reason: 'Regional balance' }).expect(201);
    expect(res.body).toMatchObject({ committedCents: 100_000 * EUR, remainingCents: 0, reserve: [] });
    const over = await amend(decider, { op: 'set_grant', applicationId: apps.D, grantCents: 20_000 * EUR, reason: 'back to the request' }).expect(422);
    expect(over.body.detail).toMatch(/over the budget/);
    res = await amend(decider, { op: 'remove', applicationId: apps.C, to: 'reserve', reason: 'The board wants a reserve' }).expect(201);
    expect(res.body.reserve).toEqual([expect.objectContaining({ applicationId: apps.C, position: 1 })]);
    expect(res.body.committedCents).toBe(80_000 * EUR);
    expect(res.body.amendments).toBe(3);
    const audited = await stack.db.query(`SELECT before, after FROM audit_events WHERE action = 'funding.proposal_amended' AND entity_id = $1 ORDER BY id`, [callId]);
    expect(audited).toHaveLength(3);
    expect(audited[0].before.committedCents).toBe(90_000 * EUR);
    expect(audited[0].after).toMatchObject({ committedCents: 80_000 * EUR, reason: 'Half of the equipment is already owned' });
    // Ranking again would undo the decider's work.
    await api().post(`/api/v1/calls/${callId}/ranking`).set(auth(coordinator)).send({}).expect(409);
  });

  it('approves once: decisions final, applicants told with their scores, pilots started and bookings confirmed within capacity', async () => {
    await api().post(`/api/v1/calls/${callId}/decision`).set(auth(coordinator)).send({}).expect(403);
    const [first, second] = await Promise.all([
      api().post(`/api/v1/calls/${callId}/decision`).set(auth(decider)).send({}),
      api().post(`/api/v1/calls/${callId}/decision`).set(auth(otherDecider)).send({}),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM funding_decisions WHERE call_id = $1`, [callId]))[0].n).toBe(1);
    expect((await stack.db.query(`SELECT state FROM calls WHERE id = $1`, [callId]))[0].state).toBe('decided');
    expect(await Promise.all(['A', 'B', 'C', 'D', 'E'].map((n) => stateOf(apps[n]!)))).toEqual(['funded', 'funded', 'not_funded', 'funded', 'not_funded']);
    const pilots = await stack.db.query(`SELECT application_id AS "applicationId", grant_cents::float8 AS "grantCents", state FROM pilots WHERE call_id = $1 ORDER BY grant_cents DESC`, [callId]);
    expect(pilots).toEqual([
      { applicationId: apps.A, grantCents: 40_000 * EUR, state: 'active' },
      { applicationId: apps.B, grantCents: 30_000 * EUR, state: 'active' },
      { applicationId: apps.D, grantCents: 10_000 * EUR, state: 'active' },
    ]);
    await api().post(`/api/v1/calls/${callId}/funding-proposal/amendments`).set(auth(decider)).send({ op: 'move', applicationId: apps.C, position: 1, reason: 'x' }).expect(409);

    const funded = await stack.smtp!.waitFor((m) => m.to.includes(leads.A!.email) && m.subject === 'Funding decision: Pilot A');
    expect(funded.raw).toMatch(/granted/);
    expect(funded.raw).not.toContain(evaluators[0]!.email.split('@')[0]);
    const reserve = await stack.smtp!.waitFor((m) => m.to.includes(leads.C!.email) && m.subject === 'Funding decision: Pilot C');
    expect(reserve.raw).toMatch(/reserve/);
    await stack.smtp!.waitFor((m) => m.to.includes(leads.E!.email) && m.subject === 'Funding decision: Pilot E');

    const confirmations = await eventually(async () => {
      const rows = await stack.db.query(
        `SELECT b.purpose, c.step, c.confirmed, b.state FROM pilot_booking_confirmations c JOIN bookings b ON b.id = c.booking_id ORDER BY b.start_date`,
      );
      return rows.length === 4 ? rows : null;
    }, 20_000, 'booking confirmations');
    expect(confirmations).toEqual([
      { purpose: 'spring trials', step: 'approve', confirmed: true, state: 'approved' },
      { purpose: 'harbour trials', step: 'ask', confirmed: false, state: 'requested' },
      { purpose: 'summer trials', step: 'approve', confirmed: false, state: 'requested' },
      { purpose: 'autumn trials', step: 'link', confirmed: true, state: 'approved' },
    ]);
  });

  it("shows the lead's approved booking in its pilot, and leaves another city's bed to that city's coordinators", async () => {
    const [{ id: pilotId }] = await stack.db.query(`SELECT id FROM pilots WHERE application_id = $1`, [apps.A]);
    const [{ id: harbour }] = await stack.db.query(`SELECT id FROM bookings WHERE purpose = 'harbour trials'`);
    const shown = async () => {
      const pilot = (await api().get(`/api/v1/pilots/${pilotId}`).set(auth(leads.A!)).expect(200)).body;
      return Object.fromEntries(pilot.bookings.map((b: { bookingId: string; status: string; confirmed: boolean }) => [b.bookingId, [b.status, b.confirmed]]));
    };
    const [{ id: autumn }] = await stack.db.query(`SELECT id FROM bookings WHERE purpose = 'autumn trials'`);
    expect((await shown())[autumn]).toEqual(['confirmed', true]);
    expect((await shown())[harbour]).toEqual(['awaiting_city', false]);

    // Helsinki's coordinators are asked; Tampere's may not decide it.
    const asked = await stack.db.query(
      `SELECT payload->>'userId' AS "userId" FROM outbox WHERE job_name = 'notification.send' AND payload->>'kind' = 'booking.confirmation_requested' AND payload->>'entityId' = $1`,
      [harbour],
    );
    expect(asked.map((r: { userId: string }) => r.userId)).toEqual([helsinkiCoordinator.id]);
    await stack.smtp!.waitFor((m) => m.to.includes(helsinkiCoordinator.email) && /A funded pilot asks for the test bed/.test(m.subject));
    await api().post(`/api/v1/bookings/${harbour}/approve`).set(auth(coordinator)).expect(404);
    const audit = await api().get('/api/v1/audit').query({ entityId: harbour }).set(auth(helsinkiCoordinator)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toContain('booking.confirmation_requested');

    await api().post(`/api/v1/bookings/${harbour}/approve`).set(auth(helsinkiCoordinator)).expect(200);
    expect((await shown())[harbour]).toEqual(['confirmed', true]);
  });

  it('moves the next on the reserve list up when a funded applicant declines', async () => {
    await api().post(`/api/v1/applications/${apps.B}/decline-grant`).set(auth(leads.A!)).send({ reason: 'x' }).expect(404);
    await api().post(`/api/v1/applications/${apps.B}/decline-grant`).set(auth(leads.B!)).send({}).expect(400);
    const declined = await api().post(`/api/v1/applications/${apps.B}/decline-grant`).set(auth(leads.B!)).send({ reason: 'The partner left' }).expect(200);
    expect(declined.body).toEqual({ applicationId: apps.B, state: 'not_funded', releasedCents: 30_000 * EUR });
    await api().post(`/api/v1/applications/${apps.B}/decline-grant`).set(auth(leads.B!)).send({ reason: 'again' }).expect(409);
    await eventually(async () => (await stateOf(apps.C!)) === 'funded', 20_000, 'the promotion');
    const after = await proposal();
    expect(after.lines.map((l: { applicationId: string }) => l.applicationId).sort()).toEqual([apps.A, apps.C, apps.D].sort());
    expect(after).toMatchObject({ committedCents: 70_000 * EUR, reserve: [] });
    expect(after.released).toEqual([expect.objectContaining({ applicationId: apps.B, state: 'declined', grantCents: 30_000 * EUR })]);
    expect((await stack.db.query(`SELECT count(*)::int AS n FROM pilots WHERE application_id = $1`, [apps.C]))[0].n).toBe(1);
    // The declined one's pilot is cancelled, not erased: it takes no more reports.
    expect(await stack.db.query(`SELECT state, cancel_reason FROM pilots WHERE application_id = $1`, [apps.B])).toEqual([{ state: 'cancelled', cancel_reason: 'The partner left' }]);
    const [{ id: cancelledPilot }] = await stack.db.query(`SELECT id FROM pilots WHERE application_id = $1`, [apps.B]);
    const report = await api()
      .post(`/api/v1/pilots/${cancelledPilot}/reports`)
      .set(auth(leads.B!))
      .send({ kind: 'progress', periodStart: '2027-03-01', periodEnd: '2027-03-31', text: 'Started', kpiValues: {} });
    expect(report.status).toBe(409);
    expect(report.body.detail).toMatch(/cancelled/);
    await stack.smtp!.waitFor((m) => m.to.includes(leads.C!.email) && m.subject === 'Funded from the reserve list: Pilot C');
  });
});
