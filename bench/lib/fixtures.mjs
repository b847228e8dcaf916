// Data the benchmarks write with a few set-based SQL statements, exactly as the API would leave it.

/**
 * `count` organisations "Kokeilija <n> Oy" (every other one in Tampere, the rest in Helsinki),
 * each with an owner bench.owner.<n>@example.fi, their identity verified (only verified
 * organisations count as a consortium's operators).
 */
export async function insertOrganisations(client, count) {
  await client.query(`INSERT INTO users (email, password_hash, display_name, locale)
    SELECT 'bench.owner.' || n || '@example.fi', 'not-a-password', 'owner ' || n, 'en' FROM generate_series(1, $1::int) n`, [count]);
  await client.query(`INSERT INTO organisations (name, type, business_id, home_municipality, size_class, email_domain, identity_state, identity_verified_at)
    SELECT 'Kokeilija ' || n || ' Oy', 'company', lpad(n::text, 7, '0') || '-0', CASE WHEN n % 2 = 0 THEN 'Tampere' ELSE 'Helsinki' END, 'small', 'kokeilija' || n || '.fi', 'verified', now()
      FROM generate_series(1, $1::int) n`, [count]);
  await client.query(`INSERT INTO memberships (organisation_id, user_id, role)
    SELECT o.id, u.id, 'owner' FROM organisations o JOIN users u ON u.email = 'bench.owner.' || substring(o.name FROM '[0-9]+') || '@example.fi'
     WHERE o.name LIKE 'Kokeilija %'`);
}

/**
 * Every organisation of the scratch database verified, as a coordinator would have done: only
 * verified organisations count as a consortium's operators.
 */
export async function verifyAllOrganisations(client) {
  await client.query(`UPDATE organisations SET identity_state = 'verified', identity_verified_at = now() WHERE identity_state <> 'verified'`);
}

/**
 * An open Tampere call (closing in a day) with two weighted criteria, `reviewers` reviewers per
 * application and bench.decider.1@example.fi as its decider; answers { id, closes_at }.
 */
export async function insertOpenCall(client, { title, budgetCents, fundingSources, reviewers, createdBy }) {
  const { rows: [call] } = await client.query(
    `INSERT INTO calls (city_id, focus_area, title, summary, body, opens_at, closes_at, review_deadline, budget_cents, funding_sources,
                        funding_rate_percent, max_grant_cents, duration_min_months, duration_max_months, eligibility, criteria, overall_threshold,
                        tie_breaks, funding_policy, reviewers_per_application, divergence_limit, decider_ids, state, published_at, opened_at, created_by)
     SELECT c.id, 'open_innovation_platforms', $1::jsonb, '{"fi": "Kokeiluja"}', '{"fi": "Hae!"}',
            now() - interval '30 days', now() + interval '1 day', now() + interval '60 days', $2::bigint, $3::jsonb,
            75, 10000000, 3, 24,
            '{"minOperatorsInCities": {"count": 2, "cities": ["helsinki", "tampere"]}, "leadOrganisationTypes": ["company"], "maxGrant": true,
              "fundingRate": true, "durationMonths": true, "testBedsPublished": true, "requiredFields": ["title", "summary"]}',
            '[{"key": "impact", "name": {"en": "Impact"}, "guidance": null, "weight": 2, "scale": {"min": 0, "max": 5, "step": 0.5}, "threshold": 2.5},
              {"key": "feasibility", "name": {"en": "Feasibility"}, "guidance": null, "weight": 1, "scale": {"min": 0, "max": 5, "step": 0.5}, "threshold": 2}]',
            8, '["impact"]', 'skip', $4::int, 2, ARRAY[(SELECT id FROM users WHERE email = 'bench.decider.1@example.fi')],
            'open', now() - interval '31 days', now() - interval '30 days', $5::uuid
       FROM cities c WHERE c.slug = 'tampere'
     RETURNING id, closes_at`,
    [JSON.stringify(title), budgetCents, JSON.stringify(fundingSources), reviewers, createdBy],
  );
  return call;
}

/**
 * `count` submitted applications to the call, each requesting `requestedCents`: application n is
 * led by organisation n mod N (of the "Kokeilija" ones) with the next one as its accepted partner,
 * with its frozen revision and its eligibility job in the outbox, as a submit leaves them.
 */
export async function insertSubmittedApplications(client, callId, count, requestedCents) {
  await client.query(
    `WITH orgs AS (SELECT id, name, home_municipality, row_number() OVER (ORDER BY id) - 1 AS i, count(*) OVER () AS total FROM organisations WHERE name LIKE 'Kokeilija %'),
          app AS (SELECT n, gen_random_uuid() AS id, lead.id AS lead_id, lead.name AS lead_name, lead.home_municipality AS lead_home,
                         partner.id AS partner_id, partner.name AS partner_name, partner.home_municipality AS partner_home,
                         (SELECT user_id FROM memberships WHERE organisation_id = lead.id LIMIT 1) AS owner,
                         now() - make_interval(secs => $2::int - n) AS submitted_at
                    FROM generate_series(0, $2::int - 1) n
                    JOIN orgs lead ON lead.i = n % lead.total
                    JOIN orgs partner ON partner.i = (n + 1) % partner.total),
          a AS (INSERT INTO applications (id, call_id, lead_organisation_id, created_by, state, title, summary, budget_lines, total_cents, eligible_total_cents,
                                          requested_grant_cents, pilot_start, pilot_end, revision, submitted_version, submitted_at)
                SELECT id, $1, lead_id, owner, 'submitted', 'Pilot ' || n, 'Pilot number ' || n,
                       jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'category', 'personnel', 'description', 'Work', 'amountCents', 2 * $3::bigint, 'eligible', true)),
                       2 * $3::bigint, 2 * $3::bigint, $3::bigint, '2027-03-01', '2027-08-31', 1, 1, submitted_at FROM app),
          p AS (INSERT INTO application_partners (application_id, organisation_id, state, invited_by, accepted_by, accepted_at)
                SELECT id, partner_id, 'accepted', owner, owner, submitted_at FROM app),
          r AS (INSERT INTO application_revisions (application_id, call_id, number, snapshot, submitted_by, submitted_at)
                SELECT id, $1, 1, jsonb_build_object(
                         'callId', $1::uuid, 'title', 'Pilot ' || n, 'summary', 'Pilot number ' || n, 'plan', null, 'expectedImpact', null, 'kpis', '[]'::jsonb,
                         'budgetLines', jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'category', 'personnel', 'description', 'Work', 'amountCents', 2 * $3::bigint, 'eligible', true)),
                         'totals', jsonb_build_object('totalCents', 2 * $3::bigint, 'eligibleTotalCents', 2 * $3::bigint),
                         'requestedGrantCents', $3::bigint, 'pilotPeriod', jsonb_build_object('start', '2027-03-01', 'end', '2027-08-31'), 'testbedIds', '[]'::jsonb,
                         'consortium', jsonb_build_object(
                           'lead', jsonb_build_object('organisationId', lead_id, 'name', lead_name, 'type', 'company', 'homeMunicipality', lead_home),
                           'partners', jsonb_build_array(jsonb_build_object('organisationId', partner_id, 'name', partner_name, 'type', 'company', 'homeMunicipality', partner_home)))),
                       owner, submitted_at FROM app
                RETURNING id, application_id)
     INSERT INTO outbox (queue, job_name, payload, job_id)
     SELECT 'applications', 'application.eligibility', jsonb_build_object('applicationId', application_id, 'revisionId', id), 'application.eligibility-' || id FROM r`,
    [callId, count, requestedCents],
  );
}
