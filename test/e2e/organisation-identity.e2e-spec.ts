import request from 'supertest';
import { businessId, callBody, createAdmin, createOrganisation, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

/**
 * Who an organisation is: a business ID given by a second organisation is a claim that a
 * coordinator or an admin resolves (the real company is never locked out by whoever came first),
 * coordinators and admins verify organisations, and the eligibility rule counts only verified
 * operators that are independent of each other.
 */
describe('organisation identity', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let admin: TestUser;
  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const api = () => request(stack.http);
  const organisationBody = (overrides: Record<string, unknown> = {}) => ({ name: 'Liikennelabra Oy', type: 'company', homeMunicipality: 'Tampere', sizeClass: 'small', ...overrides });

  async function notificationsOf(user: TestUser, kind: string, count = 1) {
    return eventually(async () => {
      const res = await api().get('/api/v1/notifications').set(auth(user)).expect(200);
      const found = res.body.items.filter((n: { kind: string }) => n.kind === kind);
      return found.length >= count ? found : null;
    }, 20_000, `${kind} to ${user.email}`);
  }

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    [coordinator, admin] = await Promise.all([registerUser(stack, { locale: 'en' }), createAdmin(stack)]);
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
  });
  afterAll(async () => {
    await stack?.close();
  });

  describe('a business ID given twice', () => {
    it('goes to a coordinator to resolve: the second organisation is created as a claim, and the one awarded the ID holds it, verified', async () => {
      const [squatter, company, outsider] = await Promise.all([registerUser(stack), registerUser(stack, { locale: 'en' }), registerUser(stack)]);
      const id = businessId();
      const first = await api().post('/api/v1/organisations').set(auth(squatter)).send(organisationBody({ name: 'Valelabra Oy', businessId: id })).expect(201);
      expect(first.body.identity).toEqual({ state: 'unverified', verifiedBy: null, verifiedAt: null });

      // The real company is not refused with 409: its organisation exists, as a claim on the ID.
      const second = await api().post('/api/v1/organisations').set(auth(company)).send(organisationBody({ name: 'Liikennelabra Oy', businessId: id })).expect(201);
      expect(second.body).toMatchObject({ businessId: id, identity: { state: 'disputed', verifiedBy: null, verifiedAt: null } });
      expect((await api().get(`/api/v1/organisations/${first.body.id}`).set(auth(squatter)).expect(200)).body.identity.state).toBe('disputed');

      // The coordinator hears of it and finds it among the open claims, with both sides.
      const [opened] = await notificationsOf(coordinator, 'organisation.claim_opened');
      expect(opened.body).toContain(`Liikennelabra Oy gave the business ID ${id}, which Valelabra Oy already holds`);
      await notificationsOf(squatter, 'organisation.identity_disputed');
      const open = await api().get('/api/v1/organisation-claims').query({ state: 'open' }).set(auth(coordinator)).expect(200);
      const claim = open.body.items.find((c: { businessId: string }) => c.businessId === id);
      expect(claim).toMatchObject({
        state: 'open',
        claimant: { id: second.body.id, name: 'Liikennelabra Oy', identityState: 'disputed', ownerEmails: [company.email] },
        holder: { id: first.body.id, name: 'Valelabra Oy', identityState: 'disputed', ownerEmails: [squatter.email] },
        awardedOrganisationId: null,
      });

      // Neither side resolves it itself, nor does anyone else who is not a coordinator or an admin.
      for (const user of [company, squatter, outsider]) {
        await api().get('/api/v1/organisation-claims').set(auth(user)).expect(403);
        await api().post(`/api/v1/organisation-claims/${claim.id}/resolve`).set(auth(user)).send({ award: 'claimant', reason: 'It is mine' }).expect(403);
      }
      // Verifying either side waits for the claim.
      const early = await api().post(`/api/v1/organisations/${first.body.id}/verify`).set(auth(coordinator)).set('accept-language', 'fi').send({}).expect(409);
      expect(early.body).toMatchObject({ messageCode: 'organisation.id_claimed', detail: 'Toinen organisaatio vaatii samaa Y-tunnusta: ratkaise vaade ensin.' });
      await api().post(`/api/v1/organisations/${second.body.id}/verify`).set(auth(coordinator)).send({}).expect(409);

      const bad = await api().post(`/api/v1/organisation-claims/${claim.id}/resolve`).set(auth(coordinator)).send({ award: 'both', reason: 'x' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['award', 'reason']);
      const resolved = await api()
        .post(`/api/v1/organisation-claims/${claim.id}/resolve`)
        .set(auth(coordinator))
        .send({ award: 'claimant', reason: 'The trade register names Liikennelabra Oy' })
        .expect(200);
      expect(resolved.body).toMatchObject({
        state: 'resolved',
        awardedOrganisationId: second.body.id,
        resolvedBy: coordinator.id,
        reason: 'The trade register names Liikennelabra Oy',
        claimant: { id: second.body.id, identityState: 'verified' },
        // The organisation that lost the ID no longer holds it.
        holder: null,
      });
      await api().post(`/api/v1/organisation-claims/${claim.id}/resolve`).set(auth(coordinator)).send({ award: 'holder', reason: 'Second thoughts' }).expect(409);

      const winner = await api().get(`/api/v1/organisations/${second.body.id}`).set(auth(company)).expect(200);
      expect(winner.body.identity).toEqual({ state: 'verified', verifiedBy: coordinator.id, verifiedAt: expect.any(String) });
      const loser = await api().get(`/api/v1/organisations/${first.body.id}`).set(auth(squatter)).expect(200);
      expect(loser.body.identity).toEqual({ state: 'rejected', verifiedBy: null, verifiedAt: null });

      // Each side reads its own record of it, and hears the outcome.
      const audit = await api().get('/api/v1/audit').query({ entityId: second.body.id }).set(auth(company)).expect(200);
      expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['organisation.created', 'organisation.claimed', 'organisation.claim_resolved']));
      const lost = await api().get('/api/v1/audit').query({ entityId: first.body.id, action: 'organisation.claim_resolved' }).set(auth(squatter)).expect(200);
      expect(lost.body.items[0]).toMatchObject({ actorId: coordinator.id, after: expect.objectContaining({ holdsBusinessId: false, reason: 'The trade register names Liikennelabra Oy' }) });
      const [held] = await notificationsOf(company, 'organisation.claim_resolved');
      expect(held.body).toContain(`The business ID ${id} belongs to Liikennelabra Oy`);
      await notificationsOf(squatter, 'organisation.claim_resolved');

      // The loser gives its own registration and starts again; the ID is not free for it any more.
      const version = loser.body.version;
      const again = await api().patch(`/api/v1/organisations/${first.body.id}`).set(auth(squatter)).send({ version, businessId: businessId() }).expect(200);
      expect(again.body.identity.state).toBe('unverified');
    });

    it('lets one of several organisations giving a new business ID at once hold it, and makes the others claims', async () => {
      const owners = await Promise.all(Array.from({ length: 5 }, () => registerUser(stack)));
      const id = businessId();
      const created = await Promise.all(owners.map((owner, i) => api().post('/api/v1/organisations').set(auth(owner)).send(organisationBody({ name: `Kilpa ${i} Oy`, businessId: id }))));
      expect(created.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      const [{ holders, claims }] = await stack.db.query(
        `SELECT (SELECT count(*)::int FROM organisations WHERE business_id = $1 AND holds_business_id) AS holders,
                (SELECT count(*)::int FROM organisation_claims WHERE business_id = $1 AND state = 'open') AS claims`,
        [id],
      );
      expect({ holders, claims }).toEqual({ holders: 1, claims: 4 });
    });

    it('lets an admin keep the ID with the organisation that held it', async () => {
      const [holderOwner, claimantOwner] = await Promise.all([registerUser(stack), registerUser(stack)]);
      const id = businessId();
      const holder = await createOrganisation(stack, holderOwner, { name: 'Oikea Oy', businessId: id });
      const claimant = await api().post('/api/v1/organisations').set(auth(claimantOwner)).send(organisationBody({ name: 'Väärä Oy', businessId: id })).expect(201);
      // A verified holder stays verified while the claim is open.
      expect((await api().get(`/api/v1/organisations/${holder.id}`).set(auth(holderOwner)).expect(200)).body.identity.state).toBe('verified');
      const open = await api().get('/api/v1/organisation-claims').query({ state: 'open', limit: 100 }).set(auth(admin)).expect(200);
      const claim = open.body.items.find((c: { claimant: { id: string } }) => c.claimant.id === claimant.body.id);
      await api().post(`/api/v1/organisation-claims/${claim.id}/resolve`).set(auth(admin)).send({ award: 'holder', reason: 'The claimant mistyped its ID' }).expect(200);
      expect((await api().get(`/api/v1/organisations/${claimant.body.id}`).set(auth(claimantOwner)).expect(200)).body.identity.state).toBe('rejected');
      expect((await api().get(`/api/v1/organisations/${holder.id}`).set(auth(holderOwner)).expect(200)).body).toMatchObject({ businessId: id, identity: { state: 'verified' } });
      const resolved = await api().get('/api/v1/organisation-claims').query({ state: 'resolved', limit: 100 }).set(auth(coordinator)).expect(200);
      expect(resolved.body.items.map((c: { id: string }) => c.id)).toContain(claim.id);
    });
  });

  describe('verification', () => {
    it('is for coordinators and admins: the organisation then shows who verified it and when; its own owner and other company users get 403', async () => {
      const [owner, otherCompany] = await Promise.all([registerUser(stack), registerUser(stack)]);
      await createOrganisation(stack, otherCompany, { name: 'Toinen Oy' });
      const org = await createOrganisation(stack, owner, { name: 'Tarkistettava Oy' }, { verified: false });
      for (const user of [owner, otherCompany]) {
        const refused = await api().post(`/api/v1/organisations/${org.id}/verify`).set(auth(user)).send({}).expect(403);
        expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      }
      await api().post(`/api/v1/organisations/${org.id}/verify`).send({}).expect(401);
      await api().post(`/api/v1/organisations/${org.id}/verify`).set(auth(coordinator)).send({ verified: true }).expect(400);
      await api().post('/api/v1/organisations/00000000-0000-4000-8000-000000000000/verify').set(auth(coordinator)).send({}).expect(404);
      expect((await api().get(`/api/v1/organisations/${org.id}`).set(auth(owner)).expect(200)).body.identity.state).toBe('unverified');

      const verified = await api().post(`/api/v1/organisations/${org.id}/verify`).set(auth(coordinator)).send({}).expect(200);
      expect(verified.body.identity).toEqual({ state: 'verified', verifiedBy: coordinator.id, verifiedAt: expect.any(String) });
      const seen = await api().get(`/api/v1/organisations/${org.id}`).set(auth(owner)).expect(200);
      expect(seen.body.identity).toEqual(verified.body.identity);
      await api().post(`/api/v1/organisations/${org.id}/verify`).set(auth(admin)).send({}).expect(409);
      const audit = await api().get('/api/v1/audit').query({ entityId: org.id, action: 'organisation.verified' }).set(auth(owner)).expect(200);
      expect(audit.body.items).toEqual([expect.objectContaining({ actorId: coordinator.id, after: { identity: expect.objectContaining({ state: 'verified', verifiedBy: coordinator.id }) } })]);

      // A new business ID is checked anew.
      const changed = await api().patch(`/api/v1/organisations/${org.id}`).set(auth(owner)).send({ version: seen.body.version, businessId: businessId() }).expect(200);
      expect(changed.body.identity).toEqual({ state: 'unverified', verifiedBy: null, verifiedAt: null });
    });
  });

  describe('eligibility', () => {
    let callId: string;

    beforeAll(async () => {
      const [{ id: tampere }] = await stack.db.query(`SELECT id FROM cities WHERE slug = 'tampere'`);
      const created = await api().post('/api/v1/calls').set(auth(coordinator)).send(callBody(tampere)).expect(201);
      await api().post(`/api/v1/calls/${created.body.id}/publish`).set(auth(coordinator)).send({ version: created.body.version }).expect(200);
      callId = created.body.id;
    });

    async function application(lead: TestUser, leadOrg: string, partnerOwner: TestUser, partnerOrg: string): Promise<{ id: string; version: number }> {
      const draft = await api()
        .post('/api/v1/applications')
        .set(auth(lead))
        .send({
          callId,
          organisationId: leadOrg,
          title: 'Robot buses',
          summary: 'Autonomous shuttles in Hervanta',
          budgetLines: [{ category: 'personnel', description: 'Work', amountCents: 6_000_000, eligible: true }],
          requestedGrantCents: 3_000_000,
          pilotPeriod: { start: '2027-03-01', end: '2027-08-31' },
        })
        .expect(201);
      await api().post(`/api/v1/applications/${draft.body.id}/partners`).set(auth(lead)).send({ organisationId: partnerOrg }).expect(201);
      await api().post(`/api/v1/applications/${draft.body.id}/partners/${partnerOrg}/accept`).set(auth(partnerOwner)).send({}).expect(200);
      return (await api().get(`/api/v1/applications/${draft.body.id}`).set(auth(lead)).expect(200)).body;
    }

    const operatorsVerdict = (body: { verdicts: { rule: string; pass: boolean; reason: Record<string, string> }[] }) => body.verdicts.find((v) => v.rule === 'minOperatorsInCities');

    it("refuses one person's two organisations as two operators, says why in three languages, and the job judges the same", async () => {
      const owner = await registerUser(stack);
      const lead = await createOrganisation(stack, owner, { name: 'Robottibussi Oy', homeMunicipality: 'Tampere' });
      const partner = await createOrganisation(stack, owner, { name: 'Bussidata Oy', homeMunicipality: 'Helsinki' });
      const { id, version } = await application(owner, lead.id, owner, partner.id);

      const checked = await api().get(`/api/v1/applications/${id}/eligibility/precheck`).set(auth(owner)).expect(200);
      expect(checked.body.eligible).toBe(false);
      const verdict = operatorsVerdict(checked.body);
      expect(verdict?.pass).toBe(false);
      expect(verdict?.reason.en).toBe(
        'Only 1 independent consortium operator(s) with a verified identity have their home municipality in one of Helsinki, Tampere; at least 2 are required. Not counted: Bussidata Oy (same owner or member as Robottibussi Oy).',
      );
      expect(verdict?.reason.fi).toContain('Ei laskettu: Bussidata Oy (sama omistaja tai jäsen kuin Robottibussi Oy).');
      expect(verdict?.reason.sv).toContain('Räknades inte: Bussidata Oy (samma ägare eller medlem som Robottibussi Oy).');
      expect(checked.body.verdicts.filter((v: { pass: boolean }) => !v.pass).map((v: { rule: string }) => v.rule)).toEqual(['minOperatorsInCities']);

      await api().post(`/api/v1/applications/${id}/submit`).set(auth(owner)).send({ version }).expect(200);
      const report = await eventually(async () => {
        const res = await api().get(`/api/v1/applications/${id}/eligibility`).set(auth(owner)).expect(200);
        return res.body.status !== 'pending' ? res.body : null;
      }, 20_000, 'the eligibility check');
      expect(report.status).toBe('ineligible');
      expect(report.verdicts).toEqual(checked.body.verdicts);
    });

    it('invites by business ID the organisation holding it, never one that claims it or lost it', async () => {
      const [leadOwner, holderOwner, claimantOwner] = await Promise.all([registerUser(stack), registerUser(stack), registerUser(stack)]);
      const lead = await createOrganisation(stack, leadOwner, { name: 'Kutsuja Oy' });
      const id = businessId();
      const holder = await createOrganisation(stack, holderOwner, { name: 'Haltija Oy', businessId: id, homeMunicipality: 'Helsinki' });
      const claimant = await api().post('/api/v1/organisations').set(auth(claimantOwner)).send(organisationBody({ name: 'Vaatija Oy', businessId: id })).expect(201);
      const invite = async () => {
        const draft = await api().post('/api/v1/applications').set(auth(leadOwner)).send({ callId, organisationId: lead.id, title: 'Kumppanihaku' }).expect(201);
        const invited = await api().post(`/api/v1/applications/${draft.body.id}/partners`).set(auth(leadOwner)).send({ businessId: id }).expect(201);
        return invited.body.partners.map((p: { organisationId: string }) => p.organisationId);
      };
      expect(await invite()).toEqual([holder.id]);
      const [claim] = await stack.db.query(`SELECT id FROM organisation_claims WHERE organisation_id = $1`, [claimant.body.id]);
      await api().post(`/api/v1/organisation-claims/${claim.id}/resolve`).set(auth(coordinator)).send({ award: 'claimant', reason: 'The trade register names Vaatija Oy' }).expect(200);
      expect(await invite()).toEqual([claimant.body.id]);
    });

    it('does not count a member shared by both sides, nor an organisation nobody verified; counts them once independent and verified', async () => {
      const [leadOwner, partnerOwner] = await Promise.all([registerUser(stack), registerUser(stack)]);
      const lead = await createOrganisation(stack, leadOwner, { name: 'Kaupunkilabra Oy', homeMunicipality: 'Tampere' });
      const partner = await createOrganisation(stack, partnerOwner, { name: 'Sensoridata Oy', homeMunicipality: 'Helsinki' }, { verified: false });
      const { id } = await application(leadOwner, lead.id, partnerOwner, partner.id);
      const precheck = async () => operatorsVerdict((await api().get(`/api/v1/applications/${id}/eligibility/precheck`).set(auth(leadOwner)).expect(200)).body);

      const unverified = await precheck();
      expect(unverified?.pass).toBe(false);
      expect(unverified?.reason.en).toContain('Not counted: Sensoridata Oy (identity not verified).');
      expect(unverified?.reason.fi).toContain('Sensoridata Oy (tunnistetta ei ole vahvistettu)');

      await api().post(`/api/v1/organisations/${partner.id}/verify`).set(auth(coordinator)).send({}).expect(200);
      expect((await precheck())?.pass).toBe(true);

      // The lead's owner joins the partner as a member: the two are one operator again.
      await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member')`, [partner.id, leadOwner.id]);
      const shared = await precheck();
      expect(shared?.pass).toBe(false);
      expect(shared?.reason.en).toContain('Not counted: Sensoridata Oy (same owner or member as Kaupunkilabra Oy).');
    });
  });
});
