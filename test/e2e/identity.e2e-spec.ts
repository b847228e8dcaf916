import request from 'supertest';
import { invitationCode } from '../../libs/identity/src/domain/invitation-code.js';
import { createAdmin, createOrganisation as created, grantRole, registerUser, renewTokens, TestUser } from '../support/api.js';
import { Stack, startStack } from '../support/stack.js';

describe('identity and organisations', () => {
  let stack: Stack;
  let owner: TestUser;
  let stranger: TestUser;

  beforeAll(async () => {
    stack = await startStack();
    owner = await registerUser(stack);
    stranger = await registerUser(stack);
  });
  afterAll(() => stack.close());

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  /** As its owner made it: not yet verified, at version 1. */
  const createOrganisation = (s: Stack, user: TestUser, overrides: Record<string, unknown> = {}) => created(s, user, overrides, { verified: false });

  it('refuses a bad business ID with a problem naming the field', async () => {
    const res = await request(stack.http)
      .post('/api/v1/organisations')
      .set(auth(owner))
      .send({ name: 'Virhe Oy', type: 'company', businessId: '0112038-8', homeMunicipality: 'Espoo', sizeClass: 'micro' })
      .expect(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'businessId' })]));
  });

  it('reports every bad field at once', async () => {
    const res = await request(stack.http)
      .post('/api/v1/organisations')
      .set(auth(owner))
      .send({ name: 'X', type: 'company', businessId: '0112038-8', homeMunicipality: 'Espoo', sizeClass: 'giant' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['businessId', 'name', 'sizeClass']);
  });

  it('refuses an unknown field with 400 naming it', async () => {
    const res = await request(stack.http)
      .post('/api/v1/organisations')
      .set(auth(owner))
      .send({ name: 'Extra Oy', type: 'company', businessId: '0112038-9', homeMunicipality: 'Espoo', sizeClass: 'micro', isAdmin: true })
      .expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'isAdmin' })]);
  });

  it('creates an organisation, makes the creator its owner and audits it', async () => {
    const org = await createOrganisation(stack, owner);
    const me = await request(stack.http).get('/api/v1/me').set(auth(owner)).expect(200);
    expect(me.body.memberships).toEqual([expect.objectContaining({ organisationId: org.id, role: 'owner' })]);
    const audit = await request(stack.http).get('/api/v1/audit').query({ entityId: org.id }).set(auth(owner)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['organisation.created']);
    expect(audit.body.items[0].actorId).toBe(owner.id);
  });

  it('hides an organisation from a user of another organisation, on reads and writes', async () => {
    const org = await createOrganisation(stack, owner);
    await createOrganisation(stack, stranger);
    await request(stack.http).get(`/api/v1/organisations/${org.id}`).set(auth(stranger)).expect(404);
    await request(stack.http).get(`/api/v1/organisations/${org.id}/members`).set(auth(stranger)).expect(404);
    await request(stack.http).patch(`/api/v1/organisations/${org.id}`).set(auth(stranger)).send({ version: 1, name: 'Hijack Oy' }).expect(404);
    await request(stack.http).post(`/api/v1/organisations/${org.id}/invitations`).set(auth(stranger)).send({ email: stranger.email }).expect(404);
    await request(stack.http).delete(`/api/v1/organisations/${org.id}/members/${owner.id}`).set(auth(stranger)).expect(404);
    const list = await request(stack.http).get('/api/v1/organisations').set(auth(stranger)).expect(200);
    expect(list.body.items.map((o: { id: string }) => o.id)).not.toContain(org.id);
    const audit = await request(stack.http).get('/api/v1/audit').query({ entityId: org.id }).set(auth(stranger)).expect(200);
    expect(audit.body.total).toBe(0);
    const after = await request(stack.http).get(`/api/v1/organisations/${org.id}`).set(auth(owner)).expect(200);
    expect(after.body.name).toBe('Liikennelabra Oy');
  });

  it('updates with optimistic concurrency: a stale version gets 409 with the current one', async () => {
    const org = await createOrganisation(stack, owner);
    const updated = await request(stack.http).patch(`/api/v1/organisations/${org.id}`).set(auth(owner)).send({ version: 1, name: 'Uusi nimi Oy' }).expect(200);
    expect(updated.body).toMatchObject({ name: 'Uusi nimi Oy', version: 2 });
    const stale = await request(stack.http).patch(`/api/v1/organisations/${org.id}`).set(auth(owner)).send({ version: 1, name: 'Vanha Oy' }).expect(409);
    expect(stale.body).toMatchObject({ code: 'stale_version', current: expect.objectContaining({ version: 2, name: 'Uusi nimi Oy' }) });
    const audit = await request(stack.http).get('/api/v1/audit').query({ entityId: org.id, action: 'organisation.updated' }).set(auth(owner)).expect(200);
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ before: expect.objectContaining({ name: 'Liikennelabra Oy' }), after: expect.objectContaining({ name: 'Uusi nimi Oy' }) });
  });

  it('does not lock the real company out of a business ID another organisation gave: it becomes a claim', async () => {
    const org = await createOrganisation(stack, owner);
    const { body } = await request(stack.http).get(`/api/v1/organisations/${org.id}`).set(auth(owner)).expect(200);
    expect(body.identity).toEqual({ state: 'unverified', verifiedBy: null, verifiedAt: null });
    const res = await request(stack.http)
      .post('/api/v1/organisations')
      .set(auth(stranger))
      .send({ name: 'Kopio Oy', type: 'company', businessId: body.businessId, homeMunicipality: 'Oulu', sizeClass: 'large' })
      .expect(201);
    expect(res.body).toMatchObject({ businessId: body.businessId, identity: { state: 'disputed', verifiedBy: null, verifiedAt: null } });
    const holder = await request(stack.http).get(`/api/v1/organisations/${org.id}`).set(auth(owner)).expect(200);
    expect(holder.body.identity.state).toBe('disputed');
  });

  it('accepts a foreign registration id instead of a business ID', async () => {
    await createOrganisation(stack, owner, { businessId: undefined, foreignRegistrationId: 'SE556016-0680', country: 'SE', homeMunicipality: 'Stockholm' });
  });

  it('refuses members other than owners to change the organisation (403)', async () => {
    const org = await createOrganisation(stack, owner);
    const member = await registerUser(stack);
    await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member')`, [org.id, member.id]);
    await request(stack.http).get(`/api/v1/organisations/${org.id}`).set(auth(member)).expect(200);
    await request(stack.http).patch(`/api/v1/organisations/${org.id}`).set(auth(member)).send({ version: 1, name: 'X Oy' }).expect(403);
    await request(stack.http).post(`/api/v1/organisations/${org.id}/invitations`).set(auth(member)).send({ email: 'x@example.fi' }).expect(403);
  });

  it('lists the open invitations to members, and lets owners revoke one: its code stops working, and it is audited', async () => {
    const org = await createOrganisation(stack, owner);
    const member = await registerUser(stack);
    const invitee = await registerUser(stack);
    await stack.db.query(`INSERT INTO memberships (organisation_id, user_id, role) VALUES ($1, $2, 'member')`, [org.id, member.id]);
    const invite = async (email: string) => (await request(stack.http).post(`/api/v1/organisations/${org.id}/invitations`).set(auth(owner)).send({ email }).expect(201)).body as { id: string };
    const first = await invite(invitee.email);
    const second = await invite('toinen@example.fi');
    const list = async (user: TestUser) => (await request(stack.http).get(`/api/v1/organisations/${org.id}/invitations`).set(auth(user)).expect(200)).body as Record<string, unknown>[];

    const listed = await list(owner);
    expect(listed.map((i) => i.email)).toEqual(['toinen@example.fi', invitee.email]);
    expect(listed[0]).toMatchObject({ id: second.id, organisationId: org.id, role: 'member', invitedBy: owner.id, acceptedAt: null });
    expect(listed[0]).not.toHaveProperty('tokenHash');
    expect((await list(member)).map((i) => i.id)).toEqual([second.id, first.id]);
    await request(stack.http).get(`/api/v1/organisations/${org.id}/invitations`).set(auth(stranger)).expect(404);

    await request(stack.http).delete(`/api/v1/organisations/${org.id}/invitations/${first.id}`).set(auth(member)).expect(403);
    await request(stack.http).delete(`/api/v1/organisations/${org.id}/invitations/${first.id}`).set(auth(stranger)).expect(404);
    await request(stack.http).delete(`/api/v1/organisations/${org.id}/invitations/${first.id}`).set(auth(owner)).expect(204);
    expect((await list(owner)).map((i) => i.id)).toEqual([second.id]);
    await request(stack.http).delete(`/api/v1/organisations/${org.id}/invitations/${first.id}`).set(auth(owner)).expect(404);
    const code = invitationCode(stack.config.JWT_SECRET, first.id);
    await request(stack.http).post('/api/v1/invitations/accept').set(auth(invitee)).send({ token: code }).expect(404);

    // An accepted invitation leaves the list and can no longer be revoked: the member is removed instead.
    const again = await invite(invitee.email);
    await request(stack.http).post('/api/v1/invitations/accept').set(auth(invitee)).send({ token: invitationCode(stack.config.JWT_SECRET, again.id) }).expect(200);
    expect((await list(owner)).map((i) => i.id)).toEqual([second.id]);
    await request(stack.http).delete(`/api/v1/organisations/${org.id}/invitations/${again.id}`).set(auth(owner)).expect(409);

    const audit = await request(stack.http).get('/api/v1/audit').query({ organisationId: org.id }).set(auth(owner)).expect(200);
    expect(audit.body.items).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'invitation.revoked', entityId: first.id, actorId: owner.id })]));
  });

  it('requires a valid access token', async () => {
    await request(stack.http).get('/api/v1/me').expect(401);
    await request(stack.http).get('/api/v1/me').set('authorization', 'Bearer not-a-jwt').expect(401);
    const res = await request(stack.http).post('/api/v1/organisations').send({}).expect(401);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('lists the deciders by name to coordinators and admins, to name on a call, and to nobody else', async () => {
    const admin = await createAdmin(stack);
    const [coordinator, decider, evaluator] = await Promise.all([registerUser(stack), registerUser(stack), registerUser(stack)]);
    await grantRole(stack, coordinator.id, 'coordinator', 'espoo');
    await grantRole(stack, decider.id, 'decider');
    await grantRole(stack, evaluator.id, 'evaluator');
    for (const user of [coordinator, admin]) {
      const listed = await request(stack.http).get('/api/v1/deciders').set(auth(user)).expect(200);
      expect(listed.body).toContainEqual({ id: decider.id, displayName: `Test ${decider.email}`, email: decider.email });
      expect(listed.body.map((d: { id: string }) => d.id)).not.toContain(evaluator.id);
    }
    for (const user of [owner, evaluator, decider]) await request(stack.http).get('/api/v1/deciders').set(auth(user)).expect(403);
    await request(stack.http).get('/api/v1/deciders').expect(401);
  });

  it('lets only admins grant roles and add partner cities', async () => {
    const admin = await createAdmin(stack);
    const cities = await request(stack.http).get('/api/v1/cities').expect(200);
    expect(cities.body.map((c: { slug: string }) => c.slug)).toEqual(['helsinki', 'espoo', 'vantaa', 'tampere', 'turku', 'oulu']);
    const helsinki = cities.body[0].id;
    await request(stack.http).post(`/api/v1/users/${stranger.id}/roles`).set(auth(owner)).send({ role: 'coordinator', cityId: helsinki }).expect(403);
    const missingCity = await request(stack.http).post(`/api/v1/users/${stranger.id}/roles`).set(auth(admin)).send({ role: 'coordinator' }).expect(400);
    expect(missingCity.body.errors[0].field).toBe('cityId');
    const grant = await request(stack.http).post(`/api/v1/users/${stranger.id}/roles`).set(auth(admin)).send({ role: 'coordinator', cityId: helsinki }).expect(201);
    await request(stack.http).post(`/api/v1/users/${stranger.id}/roles`).set(auth(admin)).send({ role: 'coordinator', cityId: helsinki }).expect(409);
    // The grant ended the tokens the user had; a refresh gives tokens that carry the new role.
    await request(stack.http).get('/api/v1/me').set(auth(stranger)).expect(401);
    await renewTokens(stack, stranger);
    const me = await request(stack.http).get('/api/v1/me').set(auth(stranger)).expect(200);
    expect(me.body.roles).toEqual([expect.objectContaining({ role: 'coordinator', cityId: helsinki })]);
    const coordinatorAudit = await request(stack.http).get('/api/v1/audit').query({ action: 'role.granted' }).set(auth(stranger)).expect(200);
    expect(coordinatorAudit.body.items.map((e: { entityId: string }) => e.entityId)).toContain(stranger.id);
    await request(stack.http).delete(`/api/v1/users/${stranger.id}/roles/${grant.body.id}`).set(auth(admin)).expect(204);
    await renewTokens(stack, stranger);
    await request(stack.http).post('/api/v1/cities').set(auth(owner)).send({ slug: 'lahti', name: { fi: 'Lahti' } }).expect(403);
    // A missing or non-object name is bad input, not a server fault.
    for (const body of [{ slug: 'lahti' }, { slug: 'lahti', name: 'Lahti' }, { slug: 'lahti', name: null }]) {
      const refused = await request(stack.http).post('/api/v1/cities').set(auth(admin)).send(body).expect(400);
      expect(refused.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'name' })]));
    }
    await request(stack.http).post('/api/v1/cities').set(auth(admin)).send({ slug: 'lahti', name: { fi: 'Lahti', sv: 'Lahtis' } }).expect(201);
    await request(stack.http).post('/api/v1/cities').set(auth(admin)).send({ slug: 'lahti', name: { fi: 'Lahti' } }).expect(409);
    const users = await request(stack.http).get('/api/v1/users').query({ email: stranger.email }).set(auth(admin)).expect(200);
    expect(users.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id: stranger.id })] });
  });
});
