import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { at, createAdmin, createOrganisation, DAY, dayFromToday, grantRole, registerUser, TestUser } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';
import { describeErrors, threeSixtyGivingValidators } from '../support/three-sixty-giving.js';


/**
 * Outcomes, open-data grants and pilots. The funded state is written in SQL as the funding tables
 * hold it (aggregates, proposal, grants with their shares, the decision, pilots), so these tests
 * stand on the tables' contract rather than on the review and decision flows.
 */
describe('results', () => {
  let stack: Stack;
  let admin: TestUser;
  let coordinator: TestUser;
  let otherCoordinator: TestUser;
  let decider: TestUser;
  let otherDecider: TestUser;
  let assignedEvaluator: TestUser;
  let unassignedEvaluator: TestUser;
  let leadA: TestUser;
  let partnerA: TestUser;
  let leadB: TestUser;
  let leadC: TestUser;
  let stranger: TestUser;
  let callId: string;
  let tampereId: string;
  const orgs: Record<string, { id: string; name: string }> = {};
  const apps: Record<'A' | 'B' | 'C' | 'D' | 'E', string> = { A: '', B: '', C: '', D: '', E: '' };
  const grants: Record<'A' | 'B', string> = { A: '', B: '' };
  const pilots: Record<'A' | 'B', string> = { A: '', B: '' };
  let bookingId: string;
  let espooBedId: string;

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const outcomeOf = (id: string, user: TestUser) => api().get(`/api/v1/applications/${id}/outcome`).set(auth(user));

  // Pilot A has run for nine months and ends today (its last month has begun); pilot B began a
  // month ago and runs for seven more.
  const PERIODS = { A: { start: dayFromToday(-270), end: dayFromToday(0) }, B: { start: dayFromToday(-30), end: dayFromToday(200) } };
  const periodOf = (letter: string) => PERIODS[letter as 'A' | 'B'] ?? PERIODS.A;

  const KPIS = [
    { id: 'kpi-passengers', name: 'Passengers per month', baseline: '0', target: '5000' },
    { id: 'kpi-co2', name: 'CO2 saved (t)', baseline: '0', target: '12' },
  ];

  /** A submitted application (revision 1) as the applications lib stores it. */
  async function insertApplication(letter: keyof typeof apps, lead: { id: string; name: string }, createdBy: TestUser, state: string, partner?: { id: string; name: string }) {
    const title = `Pilot ${letter}`;
    const [{ id }] = await stack.db.query(
      `INSERT INTO applications (call_id, lead_organisation_id, created_by, state, title, summary, kpis, requested_grant_cents, pilot_start, pilot_end, revision, submitted_version, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 6000000, $8, $9, 1, 1, now() - interval '30 days') RETURNING id`,
      [callId, lead.id, createdBy.id, state, title, `Summary of ${title}`, JSON.stringify(KPIS), periodOf(letter).start, periodOf(letter).end],
    );
    if (partner) {
      await stack.db.query(`INSERT INTO application_partners (application_id, organisation_id, state, invited_by, accepted_by, accepted_at) VALUES ($1, $2, 'accepted', $3, $3, now())`, [
        id,
        partner.id,
        createdBy.id,
      ]);
    }
    const snapshot = {
      callId,
      title,
      summary: `Summary of ${title}`,
      plan: 'Plan',
      expectedImpact: 'Impact',
      kpis: KPIS,
      budgetLines: [],
      totals: { totalCents: 10_000_000, eligibleTotalCents: 10_000_000 },
      requestedGrantCents: 6_000_000,
      pilotPeriod: periodOf(letter),
      testbedIds: letter === 'A' ? [espooBedId] : [],
      consortium: {
        lead: { organisationId: lead.id, name: lead.name, homeMunicipality: 'Tampere' },
        partners: partner ? [{ organisationId: partner.id, name: partner.name, homeMunicipality: 'Tampere' }] : [],
      },
    };
    await stack.db.query(`INSERT INTO application_revisions (application_id, call_id, number, snapshot, submitted_by, submitted_at) VALUES ($1, $4, 1, $2, $3, now() - interval '30 days')`, [
      id,
      JSON.stringify(snapshot),
      createdBy.id,
      callId,
    ]);
    apps[letter] = id;
    return id;
  }

  function criteria(impact: number, feasibility: number, pass = { impact: impact >= 3, feasibility: feasibility >= 2.5 }) {
    return [
      { key: 'impact', mean: impact, count: 2, threshold: 3, pass: pass.impact },
      { key: 'feasibility', mean: feasibility, count: 2, threshold: 2.5, pass: pass.feasibility },
    ];
  }

  async function insertAggregate(letter: keyof typeof apps, values: { impact: number; feasibility: number; total: number; pass: boolean; rank: number | null; tieBreakAbove?: keyof typeof apps }, consensus?: { feasibility: number; reviewFeasibility: number }) {
    const counted = criteria(values.impact, values.feasibility);
    const reviewed = consensus ? criteria(values.impact, consensus.reviewFeasibility) : counted;
    await stack.db.query(
      `INSERT INTO application_aggregates (application_id, call_id, review_count, review_criteria, divergences, consensus_scores, consensus_reason, consensus_by, consensus_at,
                                           criteria, total, pass, needs_consensus, rank, tie_break_rule, tie_break_above, ranked_at)
       VALUES ($1, $2, 2, $3, $4, $5, $6, $7, $8, $9, $10, $11, false, $12, $13, $14, CASE WHEN $12::int IS NULL THEN NULL ELSE now() END)`,
      [
        apps[letter],
        callId,
        JSON.stringify(reviewed),
        JSON.stringify(consensus ? [{ key: 'feasibility', min: 1, max: 4 }] : []),
        consensus ? JSON.stringify({ feasibility: consensus.feasibility }) : null,
        consensus ? 'Agreed in the panel of 12 May' : null,
        consensus ? coordinator.id : null,
        consensus ? new Date() : null,
        JSON.stringify(counted),
        values.total,
        values.pass,
        values.rank,
        values.tieBreakAbove ? 'criterion:impact' : null,
        values.tieBreakAbove ? apps[values.tieBreakAbove] : null,
      ],
    );
  }

  beforeAll(async () => {
    stack = await startStack();
    admin = await createAdmin(stack);
    [coordinator, otherCoordinator, decider, otherDecider, assignedEvaluator, unassignedEvaluator, leadA, partnerA, leadB, leadC, stranger] = await Promise.all(
      Array.from({ length: 11 }, () => registerUser(stack)),
    );
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, otherCoordinator.id, 'coordinator', 'oulu');
    for (const user of [decider, otherDecider]) await grantRole(stack, user.id, 'decider');
    for (const user of [assignedEvaluator, unassignedEvaluator]) await grantRole(stack, user.id, 'evaluator');
    await stack.db.query(`UPDATE users SET display_name = 'Arvioija Eeva' WHERE id = $1`, [assignedEvaluator.id]);
    await stack.db.query(`UPDATE users SET display_name = 'Päättäjä Pirkko' WHERE id = $1`, [decider.id]);
    orgs.A = await createOrganisation(stack, leadA, { name: 'Robottibussi Oy' });
    orgs.P = await createOrganisation(stack, partnerA, { name: 'Hervannan Data Oy' });
    orgs.B = await createOrganisation(stack, leadB, { name: 'Bussilabra Oy' });
    orgs.C = await createOrganisation(stack, leadC, { name: 'Citylogistiikka Oy' });
    orgs.S = await createOrganisation(stack, stranger, { name: 'Muu Oy' });
    [{ id: tampereId }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
    // Pilot A names a test bed of another city, which its open data gives as the beneficiary location.
    [{ id: espooBedId }] = await stack.db.query(
      `INSERT INTO testbeds (city_id, state, name, published_at) SELECT id, 'published', '{"fi": "Otaniemen katulabra"}', now() FROM cities WHERE slug = 'espoo' RETURNING id`,
    );

    const created = await api()
      .post('/api/v1/calls')
      .set(auth(coordinator))
      .send({
        cityId: tampereId,
        focusArea: 'open_innovation_platforms',
        title: { fi: 'Kevään 2027 haku', en: 'Spring 2027 call' },
        summary: { fi: 'Kokeiluja kaupungeissa' },
        body: { fi: 'Koko hakuteksti' },
        opensAt: at(-DAY),
        closesAt: at(DAY),
        reviewDeadline: at(30 * DAY),
        budgetCents: 10_000_000,
        fundingSources: [
          { source: 'ERDF', sharePercent: 60 },
          { source: 'city', sharePercent: 40 },
        ],
        fundingRatePercent: 75,
        maxGrantCents: 6_000_000,
        durationMinMonths: 3,
        durationMaxMonths: 24,
        criteria: [
          { key: 'impact', name: { fi: 'Vaikuttavuus', en: 'Impact' }, weight: 0.6, threshold: 3 },
          { key: 'feasibility', name: { fi: 'Toteutettavuus', en: 'Feasibility' }, weight: 0.4, threshold: 2.5 },
        ],
        overallThreshold: 3,
        tieBreaks: ['impact'],
        deciderIds: [decider.id],
      })
      .expect(201);
    callId = created.body.id;
    await api().post(`/api/v1/calls/${callId}/publish`).set(auth(coordinator)).send({ version: created.body.version }).expect(200);
    // Closed and in evaluation, as the evaluation lib leaves it.
    await stack.db.query(`UPDATE calls SET state = 'in_evaluation', closed_at = now(), opened_at = coalesce(opened_at, now()) WHERE id = $1`, [callId]);

    await insertApplication('A', orgs.A, leadA, 'in_review', orgs.P);
    await insertApplication('B', orgs.B, leadB, 'in_review');
    await insertApplication('C', orgs.C, leadC, 'in_review');
    await insertApplication('D', orgs.S, stranger, 'in_review');
    // An assigned evaluator of C, with a submitted review naming them.
    await stack.db.query(
      `INSERT INTO reviews (call_id, application_id, revision_id, evaluator_id, state, scores, submitted_at)
       SELECT $1, $2, r.id, $3, 'submitted', '{"impact": {"score": 4, "comment": "Arvioija Eeva liked it"}}', now() FROM application_revisions r WHERE r.application_id = $2`,
      [callId, apps.C, assignedEvaluator.id],
    );
  });
  afterAll(() => stack.close());

  describe('before the decision', () => {
    it('answers each part null with its state while nothing is aggregated or proposed', async () => {
      const res = await outcomeOf(apps.C, coordinator).expect(200);
      expect(res.body).toMatchObject({
        applicationId: apps.C,
        callId,
        title: 'Pilot C',
        applicationState: 'in_review',
        audience: 'internal',
        scoresStatus: 'awaiting_reviews',
        scores: null,
        rankingStatus: 'pending',
        ranking: null,
        budgetLineStatus: 'no_proposal',
        budgetLine: null,
        decisionStatus: 'pending',
        decision: null,
      });
    });

    it('leaves the call out of the programme results until it is decided', async () => {
      const res = await api().get('/api/v1/programme/results').expect(200);
      expect(res.body).toMatchObject({ calls: 0, projects: 0, totalCents: 0, byCity: [] });
      expect(res.body.byFocusArea.map((row: { focusArea: string; cents: number }) => [row.focusArea, row.cents])).toEqual([
        ['open_innovation_platforms', 0],
        ['open_data_and_interfaces', 0],
        ['open_participation_and_customership', 0],
      ]);
    });

    it('shows the proposal to the city and the deciders; the consortium waits for the decision (403)', async () => {
      await insertAggregate('A', { impact: 5, feasibility: 4, total: 4.6, pass: true, rank: 1 });
      await insertAggregate('B', { impact: 4, feasibility: 3, total: 3.6, pass: true, rank: 2 });
      await insertAggregate('C', { impact: 4, feasibility: 3, total: 3.6, pass: true, rank: 3, tieBreakAbove: 'B' }, { feasibility: 3, reviewFeasibility: 2 });
      await insertAggregate('D', { impact: 2, feasibility: 3, total: 2.4, pass: false, rank: null });
      await stack.db.transaction(async (tx) => {
        await tx.query(`INSERT INTO call_budgets (call_id, budget_cents) VALUES ($1, 10000000)`, [callId]);
        await tx.query(`INSERT INTO funding_proposals (call_id, policy, budget_cents, proposed_by) VALUES ($1, 'strict', 10000000, $2)`, [callId, coordinator.id]);
        for (const [letter, rank, cents] of [
          ['A', 1, 6_000_000],
          ['B', 2, 4_000_000],
        ] as const) {
          const [{ id }] = await tx.query(`INSERT INTO grants (call_id, application_id, rank, cap_cents, grant_cents) VALUES ($1, $2, $3, $4, $4) RETURNING id`, [
            callId,
            apps[letter],
            rank,
            cents,
          ]);
          grants[letter] = id;
          await tx.query(`INSERT INTO grant_shares (grant_id, source, position, share_percent, cents) VALUES ($1, 'ERDF', 1, 60, $2), ($1, 'city', 2, 40, $3)`, [
            id,
            cents * 0.6,
            cents * 0.4,
          ]);
        }
        await tx.query(`INSERT INTO funding_reserve (application_id, call_id, position, rank, cap_cents) VALUES ($1, $2, 1, 3, 6000000)`, [apps.C, callId]);
        await tx.query(`INSERT INTO funding_rejections (application_id, call_id, reason) VALUES ($1, $2, 'failed_thresholds')`, [apps.D, callId]);
        await tx.query(`UPDATE applications SET state = CASE id WHEN $2 THEN 'proposed' WHEN $3 THEN 'proposed' WHEN $4 THEN 'reserve' ELSE 'rejected' END WHERE call_id = $1`, [
          callId,
          apps.A,
          apps.B,
          apps.C,
        ]);
      });

      const forCity = await outcomeOf(apps.C, coordinator).expect(200);
      expect(forCity.body).toMatchObject({ scoresStatus: 'aggregated', rankingStatus: 'ranked', budgetLineStatus: 'proposed', decisionStatus: 'pending', decision: null });
      expect(forCity.body.ranking).toEqual({ rank: 3, tieBreak: { rule: 'criterion:impact', againstRank: 2, againstApplicationId: apps.B, againstTitle: 'Pilot B' } });
      expect(forCity.body.budgetLine).toEqual({
        policy: 'strict',
        budgetCents: 10_000_000,
        committedCents: 10_000_000,
        remainingCents: 0,
        lastFundedRank: 2,
        firstUnfundedRank: 3,
        position: { kind: 'reserve', position: 1, rank: 3, capCents: 6_000_000 },
      });
      await outcomeOf(apps.C, decider).expect(200);
      await outcomeOf(apps.C, admin).expect(200);
      await outcomeOf(apps.C, leadC).expect(403);
      await outcomeOf(apps.A, partnerA).expect(403);
    });
  });

  describe('after the decision', () => {
    beforeAll(async () => {
      // The decider approves the proposal through the funding API: grants awarded, applications decided, pilots started.
      await api().post(`/api/v1/calls/${callId}/decision`).set(auth(decider)).send({}).expect(200);
      const rows: { applicationId: string; id: string }[] = await stack.db.query(`SELECT application_id AS "applicationId", id FROM pilots WHERE call_id = $1`, [callId]);
      for (const letter of ['A', 'B'] as const) pilots[letter] = rows.find((r) => r.applicationId === apps[letter])!.id;
      expect(rows).toHaveLength(2);
      // A confirmed test-bed booking of pilot A.
      const bed = await api()
        .post('/api/v1/testbeds')
        .set(auth(coordinator))
        .send({ cityId: tampereId, name: { fi: 'Hervannan liikennelabra' }, location: { lon: 23.85, lat: 61.45 }, themes: ['mobility'] })
        .expect(201);
      [{ id: bookingId }] = await stack.db.query(
        `INSERT INTO bookings (testbed_id, organisation_id, requested_by, state, start_date, end_date, purpose, participants, decided_by, decided_at)
         VALUES ($1, $2, $3, 'approved', '2027-03-01', '2027-05-31', 'Pilot A', 4, $4, now()) RETURNING id`,
        [bed.body.id, orgs.A.id, leadA.id, coordinator.id],
      );
      await stack.db.query(`INSERT INTO pilot_booking_confirmations (pilot_id, booking_id, step, confirmed) VALUES ($1, $2, 'link', true)`, [pilots.A, bookingId]);
    });

    it('lets the consortium read its outcome: scores, consensus, rank against a rank only, budget line and the decider', async () => {
      const res = await outcomeOf(apps.C, leadC).expect(200);
      expect(res.body).toMatchObject({ audience: 'consortium', applicationState: 'not_funded', scoresStatus: 'aggregated', decisionStatus: 'decided' });
      expect(res.body.scores).toMatchObject({ reviewCount: 2, total: 3.6, overallThreshold: 3, totalPass: true, pass: true });
      expect(res.body.scores.criteria).toEqual([
        { key: 'impact', name: { fi: 'Vaikuttavuus', en: 'Impact' }, weight: 0.6, mean: 4, reviewMean: 4, reviewCount: 2, threshold: 3, pass: true, consensus: false },
        { key: 'feasibility', name: { fi: 'Toteutettavuus', en: 'Feasibility' }, weight: 0.4, mean: 3, reviewMean: 2, reviewCount: 2, threshold: 2.5, pass: true, consensus: true },
      ]);
      expect(res.body.scores.consensus).toMatchObject({ used: true, reason: 'Agreed in the panel of 12 May', criteria: ['feasibility'], divergentCriteria: ['feasibility'] });
      expect(res.body.ranking).toEqual({ rank: 3, tieBreak: { rule: 'criterion:impact', againstRank: 2 } });
      expect(res.body.budgetLine).toMatchObject({ budgetCents: 10_000_000, committedCents: 10_000_000, lastFundedRank: 2, firstUnfundedRank: 3, position: { kind: 'reserve', position: 1 } });
      expect(res.body.decision).toMatchObject({ outcome: 'reserve', reservePosition: 1, grantCents: null, approvedBy: 'Päättäjä Pirkko', amended: false });
      expect(Date.parse(res.body.decision.approvedAt)).not.toBeNaN();

      const funded = await outcomeOf(apps.A, partnerA).expect(200);
      expect(funded.body.decision).toMatchObject({ outcome: 'funded', grantCents: 6_000_000 });
      expect(funded.body.budgetLine.position).toEqual({ kind: 'grant', grantCents: 6_000_000, capCents: 6_000_000, rank: 1, state: 'awarded' });

      const failing = await outcomeOf(apps.D, stranger).expect(200);
      expect(failing.body).toMatchObject({ rankingStatus: 'not_ranked', notRankedReason: 'failed_thresholds', ranking: null, decision: { outcome: 'not_funded' } });
      expect(failing.body.budgetLine.position).toEqual({ kind: 'rejected', reason: 'failed_thresholds' });
    });

    it('never names a reviewer, to anyone', async () => {
      for (const user of [leadC, coordinator, decider, admin]) {
        const text = JSON.stringify((await outcomeOf(apps.C, user).expect(200)).body);
        expect(text).not.toContain('Arvioija Eeva');
        expect(text).not.toContain(assignedEvaluator.id);
        expect(text).not.toContain(assignedEvaluator.email);
      }
    });

    it('hides the outcome from other organisations, evaluators and other cities; the call’s decider reads it', async () => {
      for (const outsider of [leadB, unassignedEvaluator, otherCoordinator, otherDecider]) {
        const res = await outcomeOf(apps.C, outsider).expect(404);
        expect(res.headers['content-type']).toMatch(/problem\+json/);
      }
      await outcomeOf(apps.C, assignedEvaluator).expect(403);
      const forDecider = await outcomeOf(apps.C, decider).expect(200);
      expect(forDecider.body.audience).toBe('internal');
      expect(forDecider.body.ranking.tieBreak.againstTitle).toBe('Pilot B');
      await api().get(`/api/v1/applications/${apps.C}/outcome`).expect(401);
      const bad = await outcomeOf('not-a-uuid', leadC).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
      await outcomeOf('00000000-0000-4000-8000-000000000000', admin).expect(404);
    });

    it('publishes awarded grants as JSON pages with 360Giving fields', async () => {
      const res = await api().get('/api/v1/open-data/grants').expect(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers.link).toContain('rel="license"');
      expect(res.body).toMatchObject({ total: 2, nextCursor: null, licence: { id: 'CC-BY-4.0' } });
      const grantA = res.body.items.find((g: { applicationId: string }) => g.applicationId === apps.A);
      const [{ businessId, awardDate }] = await stack.db.query(
        `SELECT o.business_id AS "businessId", to_char(g.awarded_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD') AS "awardDate"
           FROM grants g JOIN organisations o ON o.id = $2 WHERE g.id = $1`,
        [grants.A, orgs.A.id],
      );
      expect(grantA).toEqual({
        identifier: `KOKEILU-${grants.A}`,
        title: 'Pilot A',
        description: 'Summary of Pilot A',
        currency: 'EUR',
        amountAwarded: '60000.00',
        amountAwardedCents: 6_000_000,
        awardDate,
        recipientOrganisation: { name: 'Robottibussi Oy', businessId, foreignRegistrationId: null, country: 'FI', municipality: 'Tampere' },
        fundingOrganisation: { id: 'tampere', name: 'Tampere', nameLocalized: expect.objectContaining({ fi: 'Tampere' }) },
        grantProgramme: { id: callId, title: 'Kevään 2027 haku', titleLocalized: { fi: 'Kevään 2027 haku', en: 'Spring 2027 call' } },
        coFunding: [
          { source: 'ERDF', sharePercent: 60, amount: '36000.00', amountCents: 3_600_000 },
          { source: 'city', sharePercent: 40, amount: '24000.00', amountCents: 2_400_000 },
        ],
        applicationId: apps.A,
      });
      expect(JSON.stringify(res.body)).not.toContain('Arvioija Eeva');

      const first = await api().get('/api/v1/open-data/grants').query({ limit: 1 }).expect(200);
      expect(first.body.items).toHaveLength(1);
      const second = await api().get('/api/v1/open-data/grants').query({ limit: 1, cursor: first.body.nextCursor }).expect(200);
      expect(second.body).toMatchObject({ nextCursor: null, items: [expect.any(Object)] });
      expect(second.body.items[0].identifier).not.toBe(first.body.items[0].identifier);
      const bad = await api().get('/api/v1/open-data/grants').query({ cursor: 'bogus' }).expect(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });

    it('publishes the same grants as a 360Giving data package that validates against the standard', async () => {
      const res = await api().get('/api/v1/open-data/grants.360giving.json').expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers.link).toContain('rel="license"');
      const validators = threeSixtyGivingValidators();
      expect(describeErrors(validators.package(res.body) ? null : validators.package.errors)).toBe('');

      const body = res.body as { version: string; license: string; downloadURL: string; grants: Record<string, unknown>[] };
      expect(body).toMatchObject({ version: '1.4', license: 'https://creativecommons.org/licenses/by/4.0/' });
      expect(body.downloadURL).toMatch(/\/api\/v1\/open-data\/grants\.360giving\.json$/);
      expect(body.grants).toHaveLength(2);
      const [{ businessId, awardDate }] = await stack.db.query(
        `SELECT o.business_id AS "businessId", to_char(g.awarded_at AT TIME ZONE 'Europe/Helsinki', 'YYYY-MM-DD') AS "awardDate"
           FROM grants g JOIN organisations o ON o.id = $2 WHERE g.id = $1`,
        [grants.A, orgs.A.id],
      );
      expect(body.grants.find((g) => g.id === `360G-kokeilu-${grants.A}`)).toEqual({
        id: `360G-kokeilu-${grants.A}`,
        title: 'Pilot A',
        description: 'Summary of Pilot A',
        currency: 'EUR',
        amountAwarded: 60000,
        amountAppliedFor: 60000,
        awardDate,
        recipientOrganization: [{ id: `FI-PRO-${businessId}`, name: 'Robottibussi Oy', companyNumber: businessId, addressLocality: 'Tampere', addressCountry: 'FI' }],
        fundingOrganization: [{ id: 'FI-PRO-0211675-2', name: 'Tampere', companyNumber: '0211675-2', addressLocality: 'Tampere', addressCountry: 'FI' }],
        grantProgramme: [{ code: callId, title: 'Kevään 2027 haku' }],
        plannedDates: [{ startDate: PERIODS.A.start, endDate: PERIODS.A.end, duration: expect.any(Number) }],
        beneficiaryLocation: [{ id: '360G-kokeilu-city-espoo', name: 'Espoo', countryCode: 'FI' }],
        fromOpenCall: 'Yes',
        classifications: [{ vocabulary: '360G-kokeilu-ranking-basis', code: 'raw', title: expect.any(String) }],
      });
      const grantB = body.grants.find((g) => g.id === `360G-kokeilu-${grants.B}`)!;
      expect(grantB).toMatchObject({ amountAwarded: 40000 });
      expect(grantB).not.toHaveProperty('beneficiaryLocation');
      expect(JSON.stringify(body)).not.toContain('Arvioija Eeva');

      // The check can fail: the same package without a field the standard requires does not validate.
      for (const field of ['amountAwarded', 'recipientOrganization', 'awardDate']) {
        const copy = structuredClone(body);
        delete copy.grants[0][field];
        expect(validators.package(copy)).toBe(false);
      }
      const asString = structuredClone(body);
      asString.grants[0].amountAwarded = '60000.00';
      expect(validators.package(asString)).toBe(false);
    });

    it("counts the call's awarded grants towards its city and its focus area in the programme results", async () => {
      const res = await api().get('/api/v1/programme/results').expect(200);
      expect(res.body).toMatchObject({ calls: 1, projects: 2, totalCents: 10_000_000 });
      expect(res.body.byCity).toEqual([{ city: { id: tampereId, slug: 'tampere', name: expect.objectContaining({ fi: 'Tampere' }) }, calls: 1, projects: 2, cents: 10_000_000, percent: 100 }]);
      const [{ focusArea }] = await stack.db.query(`SELECT focus_area AS "focusArea" FROM calls WHERE id = $1`, [callId]);
      const area = res.body.byFocusArea.find((row: { focusArea: string }) => row.focusArea === focusArea);
      expect(area).toEqual({ focusArea, calls: 1, projects: 2, cents: 10_000_000, percent: 100 });
      expect(res.body.byFocusArea.filter((row: { cents: number }) => row.cents === 0)).toHaveLength(2);
    });

    it('publishes the same grants as CSV', async () => {
      const res = await api().get('/api/v1/open-data/grants.csv').buffer(true).parse((r, done) => {
        let text = '';
        r.setEncoding('utf8');
        r.on('data', (chunk: string) => (text += chunk));
        r.on('end', () => done(null, text));
      });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      expect(res.headers.link).toContain('rel="license"');
      const text = res.body as string;
      expect(text.split('\r\n')[0]).toBe(
        'identifier,title,description,currency,amount_awarded,amount_awarded_cents,award_date,recipient_org_name,recipient_org_business_id,recipient_org_foreign_registration_id,recipient_org_country,recipient_org_municipality,funding_org_id,funding_org_name,grant_programme_id,grant_programme_title,co_funding,application_id',
      );
      const rows: Record<string, string>[] = parse(text, { columns: true });
      expect(rows).toHaveLength(2);
      expect(rows.find((r) => r.application_id === apps.B)).toMatchObject({
        identifier: `KOKEILU-${grants.B}`,
        title: 'Pilot B',
        currency: 'EUR',
        amount_awarded: '40000.00',
        amount_awarded_cents: '4000000',
        recipient_org_name: 'Bussilabra Oy',
        funding_org_name: 'Tampere',
        grant_programme_title: 'Kevään 2027 haku',
        co_funding: 'ERDF:2400000;city:1600000',
      });
    });
  });

  describe('pilots', () => {
    const file = (user: TestUser, body: Record<string, unknown>, pilot = pilots.A) => api().post(`/api/v1/pilots/${pilot}/reports`).set(auth(user)).send(body);
    const progress = (overrides: Record<string, unknown> = {}) => ({
      kind: 'progress',
      periodStart: PERIODS.A.start,
      periodEnd: dayFromToday(-240),
      text: 'Shuttles ran on 60 days',
      kpiValues: { 'kpi-passengers': '1200' },
      ...overrides,
    });
    const outboxKinds = async (userId: string) =>
      (await stack.db.query(`SELECT payload->>'kind' AS kind FROM outbox WHERE job_name = 'notification.send' AND payload->>'userId' = $1`, [userId])).map((r: { kind: string }) => r.kind);

    it('lists each caller’s pilots: the consortium its own, the city its own, admins all', async () => {
      const mine = await api().get('/api/v1/pilots').set(auth(partnerA)).expect(200);
      expect(mine.body).toMatchObject({ total: 1, page: 1, limit: 20, items: [{ id: pilots.A, applicationId: apps.A, title: 'Pilot A', state: 'active', grantCents: 6_000_000, leadOrganisationName: 'Robottibussi Oy' }] });
      expect((await api().get('/api/v1/pilots').set(auth(coordinator)).expect(200)).body.total).toBe(2);
      expect((await api().get('/api/v1/pilots').set(auth(admin)).expect(200)).body.total).toBe(2);
      expect((await api().get('/api/v1/pilots').set(auth(decider)).expect(200)).body.total).toBe(2);
      expect((await api().get('/api/v1/pilots').set(auth(otherCoordinator)).expect(200)).body).toMatchObject({ total: 0, items: [] });
      expect((await api().get('/api/v1/pilots').set(auth(stranger)).expect(200)).body.total).toBe(0);
      const paged = await api().get('/api/v1/pilots').query({ limit: 1, page: 2 }).set(auth(admin)).expect(200);
      expect(paged.body).toMatchObject({ total: 2, page: 2, limit: 1, items: [expect.any(Object)] });
      await api().get('/api/v1/pilots').query({ limit: 0 }).set(auth(admin)).expect(400);
    });

    it('shows a pilot with its grant, booking and KPIs to its consortium and city; others get 404', async () => {
      const res = await api().get(`/api/v1/pilots/${pilots.A}`).set(auth(leadA)).expect(200);
      expect(res.body).toMatchObject({ id: pilots.A, state: 'active', pilotStart: PERIODS.A.start, pilotEnd: PERIODS.A.end, reports: [], completedAt: null });
      expect(res.body.grant).toMatchObject({ id: grants.A, grantCents: 6_000_000, state: 'awarded', shares: [{ source: 'ERDF', sharePercent: 60, cents: 3_600_000 }, { source: 'city', sharePercent: 40, cents: 2_400_000 }] });
      expect(res.body.bookings).toEqual([expect.objectContaining({ bookingId, startDate: '2027-03-01', endDate: '2027-05-31', confirmed: true, testbedName: { fi: 'Hervannan liikennelabra' } })]);
      expect(res.body.kpis).toEqual(KPIS.map((k) => ({ ...k, latestValue: null, finalValue: null })));
      await api().get(`/api/v1/pilots/${pilots.A}`).set(auth(coordinator)).expect(200);
      for (const outsider of [leadB, stranger, otherCoordinator]) await api().get(`/api/v1/pilots/${pilots.A}`).set(auth(outsider)).expect(404);
      await api().get('/api/v1/pilots/00000000-0000-4000-8000-000000000000').set(auth(admin)).expect(404);
    });

    it('refuses bad reports with 400 naming the field', async () => {
      const backwards = await file(leadA, progress({ periodEnd: dayFromToday(-300) })).expect(400);
      expect(backwards.body.errors).toEqual([expect.objectContaining({ field: 'periodEnd' })]);
      const unknownKpi = await file(leadA, progress({ kpiValues: { nope: '3' } })).expect(400);
      expect(unknownKpi.body.errors).toEqual([expect.objectContaining({ field: 'kpiValues.nope' })]);
      const kind = await file(leadA, progress({ kind: 'annual' })).expect(400);
      expect(kind.body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
      const noText = await file(leadA, progress({ text: undefined })).expect(400);
      expect(noText.body.errors.map((e: { field: string }) => e.field)).toContain('text');
      const badDate = await file(leadA, progress({ periodStart: '2027-02-30' })).expect(400);
      expect(badDate.body.errors).toEqual([expect.objectContaining({ field: 'periodStart' })]);
      const incomplete = await file(leadA, progress({ kind: 'final' })).expect(400);
      expect(incomplete.body.errors).toEqual([expect.objectContaining({ field: 'kpiValues.kpi-co2' })]);
      await api().post('/api/v1/pilots/nope/reports').set(auth(leadA)).send(progress()).expect(400);
    });

    it('the consortium files, others may not; the city is notified; the city accepts with a comment', async () => {
      await file(leadB, progress()).expect(404);
      await file(coordinator, progress()).expect(403);
      const filed = await file(partnerA, progress()).expect(201);
      expect(filed.body).toMatchObject({ kind: 'progress', state: 'submitted', periodStart: PERIODS.A.start, periodEnd: dayFromToday(-240), kpiValues: { 'kpi-passengers': '1200' } });
      expect(await outboxKinds(coordinator.id)).toContain('pilot.report_filed');

      const reportUrl = `/api/v1/pilots/${pilots.A}/reports/${filed.body.id}`;
      await api().post(`${reportUrl}/accept`).set(auth(leadA)).send({}).expect(403);
      await api().post(`${reportUrl}/accept`).set(auth(otherCoordinator)).send({}).expect(404);
      await api().post(`/api/v1/pilots/${pilots.B}/reports/${filed.body.id}/accept`).set(auth(coordinator)).send({}).expect(404);
      const accepted = await api().post(`${reportUrl}/accept`).set(auth(coordinator)).send({ comment: 'Good start' }).expect(200);
      expect(accepted.body.reports).toEqual([expect.objectContaining({ id: filed.body.id, state: 'accepted', reviewComment: 'Good start' })]);
      expect(accepted.body.kpis[0]).toMatchObject({ id: 'kpi-passengers', latestValue: '1200', finalValue: null });
      expect(await outboxKinds(leadA.id)).toContain('pilot.report_accepted');
      expect(await outboxKinds(partnerA.id)).toContain('pilot.report_accepted');
      await api().post(`${reportUrl}/accept`).set(auth(coordinator)).send({}).expect(409);

      const audit = await stack.db.query(`SELECT action, actor_id AS "actorId" FROM audit_events WHERE entity_id = $1 ORDER BY id`, [filed.body.id]);
      expect(audit).toEqual([
        { action: 'pilot_report.filed', actorId: partnerA.id },
        { action: 'pilot_report.accepted', actorId: coordinator.id },
      ]);
    });

    it('returns a report for changes with a reason', async () => {
      const filed = await file(leadA, progress({ periodStart: dayFromToday(-239), periodEnd: dayFromToday(-180), kpiValues: { 'kpi-passengers': 2500 } })).expect(201);
      const reportUrl = `/api/v1/pilots/${pilots.A}/reports/${filed.body.id}`;
      const noReason = await api().post(`${reportUrl}/return`).set(auth(coordinator)).send({ reason: '' }).expect(400);
      expect(noReason.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      const returned = await api().post(`${reportUrl}/return`).set(auth(coordinator)).send({ reason: 'Add the August figures' }).expect(200);
      expect(returned.body.reports.find((r: { id: string }) => r.id === filed.body.id)).toMatchObject({ state: 'returned', returnReason: 'Add the August figures' });
      expect(await outboxKinds(leadA.id)).toContain('pilot.report_returned');
      await api().post(`${reportUrl}/accept`).set(auth(coordinator)).send({}).expect(409);
      const [event] = await stack.db.query(`SELECT after FROM audit_events WHERE entity_id = $1 AND action = 'pilot_report.returned'`, [filed.body.id]);
      expect(event.after).toEqual({ state: 'returned', reason: 'Add the August figures' });
    });

    it('refuses with 422 a report outside the pilot period, for a period not begun, or a final report before the last month', async () => {
      const finalValues = { 'kpi-passengers': '4800', 'kpi-co2': '11.5' };
      const fieldsOf = (res: { body: { errors: { field: string }[] } }) => res.body.errors.map((e) => e.field).sort();
      const early = await file(leadB, progress({ kind: 'final', periodStart: PERIODS.B.start, periodEnd: dayFromToday(0), kpiValues: finalValues }), pilots.B).expect(422);
      expect(early.headers['content-type']).toMatch(/problem\+json/);
      expect(fieldsOf(early)).toEqual(['kind', 'periodEnd']);
      expect(early.body.errors.find((e: { field: string }) => e.field === 'kind').message).toContain(`${PERIODS.B.end.slice(0, 7)}-01`);
      const notBegun = await file(leadB, progress({ kind: 'final', periodStart: dayFromToday(1), periodEnd: PERIODS.B.end, kpiValues: finalValues }), pilots.B).expect(422);
      expect(fieldsOf(notBegun)).toEqual(['kind', 'periodStart']);
      const future = await file(leadB, progress({ periodStart: dayFromToday(1), periodEnd: dayFromToday(20) }), pilots.B).expect(422);
      expect(fieldsOf(future)).toEqual(['periodStart']);
      const outside = await file(leadB, progress({ periodStart: dayFromToday(-60), periodEnd: dayFromToday(300) }), pilots.B).expect(422);
      expect(fieldsOf(outside)).toEqual(['periodEnd', 'periodStart']);
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM pilot_reports WHERE pilot_id = $1`, [pilots.B]);
      expect(n).toBe(0);
      expect((await api().get(`/api/v1/pilots/${pilots.B}`).set(auth(leadB)).expect(200)).body.state).toBe('active');
    });

    it('accepting the final report completes the pilot; nothing is filed after that', async () => {
      const finalValues = { 'kpi-passengers': '4800', 'kpi-co2': '11.5' };
      const final = await file(leadA, progress({ kind: 'final', periodStart: PERIODS.A.start, periodEnd: PERIODS.A.end, kpiValues: finalValues })).expect(201);
      await file(leadA, progress({ kind: 'final', periodStart: PERIODS.A.start, periodEnd: PERIODS.A.end, kpiValues: finalValues })).expect(409);
      const done = await api().post(`/api/v1/pilots/${pilots.A}/reports/${final.body.id}/accept`).set(auth(coordinator)).send({}).expect(200);
      expect(done.body).toMatchObject({ state: 'completed', pendingReports: 0 });
      expect(Date.parse(done.body.completedAt)).not.toBeNaN();
      expect(done.body.kpis).toEqual([
        expect.objectContaining({ id: 'kpi-passengers', latestValue: '4800', finalValue: '4800' }),
        expect.objectContaining({ id: 'kpi-co2', latestValue: '11.5', finalValue: '11.5' }),
      ]);
      const [completion] = await stack.db.query(`SELECT action, after FROM audit_events WHERE entity_type = 'pilot' AND entity_id = $1`, [pilots.A]);
      expect(completion).toMatchObject({ action: 'pilot.completed', after: { state: 'completed', finalReportId: final.body.id } });

      const late = await file(leadA, progress()).expect(409);
      expect(late.headers['content-type']).toMatch(/problem\+json/);
      expect((await api().get('/api/v1/pilots').set(auth(leadA)).expect(200)).body.items[0]).toMatchObject({ state: 'completed' });
    });

    it('the database holds the rules too: one accepted final report, nothing filed on a completed pilot', async () => {
      await expect(
        stack.db.query(`INSERT INTO pilot_reports (pilot_id, kind, period_start, period_end, text, submitted_by) VALUES ($1, 'progress', '2027-01-01', '2027-01-31', 'x', $2)`, [pilots.A, leadA.id]),
      ).rejects.toThrow(/completed/);
      await expect(
        stack.db.query(`INSERT INTO pilot_reports (pilot_id, kind, period_start, period_end, text, submitted_by) VALUES ($1, 'progress', '2027-02-01', '2027-01-31', 'x', $2)`, [pilots.B, leadB.id]),
      ).rejects.toThrow(/check/);
      await expect(stack.db.query(`UPDATE pilots SET state = 'completed', completed_at = now() WHERE id = $1`, [pilots.B])).rejects.toThrow(/no accepted final report/);
    });
  });
});
