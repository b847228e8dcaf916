import request from 'supertest';
import { mailText } from '../../libs/testing/src/index.js';
import { createAdmin, createOrganisation, createTestbed, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

describe('test-bed bookings', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let otherCoordinator: TestUser;
  let applicant: TestUser;
  let stranger: TestUser;
  let organisationId: string;
  let bedId: string;

  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  const period = (start: string, end: string) => ({ organisationId, start, end, purpose: 'Autonomous shuttle pilot', participants: 5 });

  function requestBooking(body: Record<string, unknown>, user = applicant, bed = bedId) {
    return request(stack.http).post(`/api/v1/testbeds/${bed}/bookings`).set(auth(user)).send(body);
  }

  beforeAll(async () => {
    stack = await startStack({ worker: true, smtp: true });
    [coordinator, otherCoordinator, applicant, stranger] = await Promise.all([
      registerUser(stack, { locale: 'en' }),
      registerUser(stack),
      registerUser(stack, { locale: 'fi' }),
      registerUser(stack),
    ]);
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    await grantRole(stack, otherCoordinator.id, 'coordinator', 'oulu');
    organisationId = (await createOrganisation(stack, applicant)).id;
    await createOrganisation(stack, stranger);
    bedId = (await createTestbed(stack, coordinator, { capacity: 2, availability: [{ start: '2027-01-01', end: '2027-06-30' }] })).id;
  });
  afterAll(() => stack.close());

  it('refuses a period outside the availability windows with 422', async () => {
    const res = await requestBooking(period('2027-06-20', '2027-07-10')).expect(422);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.body.detail).toMatch(/availability/);
    expect(res.body.availability).toEqual([{ start: '2027-01-01', end: '2027-06-30' }]);
  });

  it('refuses malformed periods with 400 naming the field', async () => {
    const res = await requestBooking(period('2027-03-10', '2027-03-01')).expect(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'end' })]);
    const bad = await requestBooking({ ...period('2027-03-01', '2027-03-02'), participants: 0 }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'participants' })]);
  });

  it('lets only members book for their organisation', async () => {
    await requestBooking(period('2027-02-01', '2027-02-02'), stranger).expect(404);
  });

  it('approves, notifies the applicant by mail in their language, and keeps others out', async () => {
    const created = await requestBooking(period('2027-02-01', '2027-02-05')).expect(201);
    const id = created.body.id;
    expect(created.body.state).toBe('requested');
    // Each reads the bed's name in their own language: the coordinator in English, the applicant in Finnish.
    const asked = await stack.smtp!.waitFor((m) => m.to.includes(coordinator.email) && /New booking request/.test(m.subject));
    expect(asked.subject).toBe('New booking request: Hervanta mobility lab');
    await request(stack.http).post(`/api/v1/bookings/${id}/approve`).set(auth(applicant)).expect(403);
    await request(stack.http).post(`/api/v1/bookings/${id}/approve`).set(auth(otherCoordinator)).expect(404);
    await request(stack.http).get(`/api/v1/bookings/${id}`).set(auth(stranger)).expect(404);
    const approved = await request(stack.http).post(`/api/v1/bookings/${id}/approve`).set(auth(coordinator)).expect(200);
    expect(approved.body).toMatchObject({ state: 'approved', decidedBy: coordinator.id });
    const mail = await stack.smtp!.waitFor((m) => m.to.includes(applicant.email) && /Varaus hyväksytty/.test(m.subject));
    expect(mail.subject).toContain('Hervannan liikennelabra');
    await request(stack.http).post(`/api/v1/bookings/${id}/approve`).set(auth(coordinator)).expect(409);
    const audit = await request(stack.http).get('/api/v1/audit').query({ entityId: id }).set(auth(applicant)).expect(200);
    expect(audit.body.items.map((e: { action: string }) => e.action).sort()).toEqual(['booking.approved', 'booking.requested']);
    const inApp = await eventually(async () => {
      const res = await request(stack.http).get('/api/v1/notifications').set(auth(applicant)).expect(200);
      return res.body.items.find((n: { kind: string }) => n.kind === 'booking.approved');
    });
    expect(inApp.entityId).toBe(id);
    // The notification leads to the booking's page in the recipient's language, in the app and in the e-mail.
    expect(inApp.link).toBe(`/fi/bookings/${id}`);
    expect(mailText(mail)).toContain(`${stack.config.PUBLIC_URL}/fi/bookings/${id}`);
    expect(mailText(mail)).toMatch(/ajalle 1\.2\.2027–5\.2\.2027 on hyväksytty/);
    await request(stack.http).post(`/api/v1/notifications/${inApp.id}/read`).set(auth(stranger)).expect(404);
    const read = await request(stack.http).post(`/api/v1/notifications/${inApp.id}/read`).set(auth(applicant)).expect(200);
    expect(read.body.readAt).not.toBeNull();
  });

  it("answers a refused decision as a sentence in the caller's language", async () => {
    const created = await requestBooking(period('2027-06-01', '2027-06-02')).expect(201);
    const approve = () => request(stack.http).post(`/api/v1/bookings/${created.body.id}/approve`).set(auth(applicant));
    const fi = await approve().set('accept-language', 'fi-FI, en;q=0.5').expect(403);
    expect(fi.body).toMatchObject({ code: 'forbidden', messageCode: 'forbidden.booking.decide' });
    expect(fi.body.detail).toBe('Et voi päättää varauksista: ne hyväksyy tai hylkää testiympäristön kaupunki.');
    expect(fi.headers['content-language']).toBe('fi');
    const en = await approve().set('accept-language', 'en').expect(403);
    expect(en.body.detail).toBe("You may not decide on bookings: the test bed's city approves or declines them.");
    expect(en.headers['content-language']).toBe('en');
    // Without Accept-Language the API answers in English, as it does every other text.
    expect((await approve().expect(403)).body.detail).toBe(en.body.detail);
  });

  it('answers a transition its state does not allow as a sentence, in fi, sv and en', async () => {
    const created = await requestBooking(period('2027-06-03', '2027-06-04')).expect(201);
    const id = created.body.id;
    await request(stack.http).post(`/api/v1/bookings/${id}/cancel`).set(auth(applicant)).send({}).expect(200);
    const approve = (language: string) => request(stack.http).post(`/api/v1/bookings/${id}/approve`).set(auth(coordinator)).set('accept-language', language).expect(409);
    const en = await approve('en-GB');
    expect(en.body).toMatchObject({ code: 'conflict', messageCode: 'booking.approve.cancelled', state: 'cancelled', detail: 'A cancelled booking cannot be approved.' });
    expect((await approve('fi')).body.detail).toBe('Peruttua varausta ei voi hyväksyä.');
    expect((await approve('sv-FI')).body.detail).toBe('En avbokad bokning kan inte godkännas.');
    const again = await request(stack.http).post(`/api/v1/bookings/${id}/cancel`).set(auth(applicant)).set('accept-language', 'fi').send({}).expect(409);
    expect(again.body).toMatchObject({ messageCode: 'booking.cancel.cancelled', detail: 'Peruttua varausta ei voi perua uudelleen.' });
  });

  it('says the period outside the availability windows as the caller writes dates', async () => {
    const fi = await requestBooking(period('2027-06-20', '2027-07-10')).set('accept-language', 'fi').expect(422);
    expect(fi.body).toMatchObject({ messageCode: 'booking.outside_availability', detail: 'Ajanjakso 20.6.2027–10.7.2027 ei mahdu mihinkään testiympäristön saatavuusjaksoon.' });
  });

  it('declines with a reason that reaches the applicant', async () => {
    const created = await requestBooking(period('2027-03-01', '2027-03-02')).expect(201);
    await request(stack.http).post(`/api/v1/bookings/${created.body.id}/decline`).set(auth(coordinator)).send({}).expect(400);
    await request(stack.http).post(`/api/v1/bookings/${created.body.id}/decline`).set(auth(coordinator)).send({ reason: 'Huoltokatko maaliskuussa' }).expect(200);
    const mail = await stack.smtp!.waitFor((m) => m.to.includes(applicant.email) && /Varausta ei hyväksytty/.test(m.subject));
    expect(mail.raw).toMatch(/Huoltokatko/);
  });

  it('lets the applicant cancel and tells the city', async () => {
    const created = await requestBooking(period('2027-04-01', '2027-04-02')).expect(201);
    await request(stack.http).post(`/api/v1/bookings/${created.body.id}/cancel`).set(auth(stranger)).send({}).expect(404);
    const cancelled = await request(stack.http).post(`/api/v1/bookings/${created.body.id}/cancel`).set(auth(applicant)).send({ reason: 'Plans changed' }).expect(200);
    expect(cancelled.body.state).toBe('cancelled');
    const told = await stack.smtp!.waitFor((m) => m.to.includes(coordinator.email) && /Booking cancelled/.test(m.subject));
    expect(told.subject).toBe('Booking cancelled: Hervanta mobility lab');
  });

  it('approves exactly capacity bookings when 50 approvals race on overlapping periods', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) {
      const res = await requestBooking(period('2027-05-10', `2027-05-${String(11 + (i % 10)).padStart(2, '0')}`)).expect(201);
      ids.push(res.body.id);
    }
    const results = await Promise.all(ids.map((id) => request(stack.http).post(`/api/v1/bookings/${id}/approve`).set(auth(coordinator))));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(2);
    expect(statuses.filter((s) => s === 409)).toHaveLength(48);
    const refused = results.find((r) => r.status === 409)!;
    expect(refused.body.conflicts).toHaveLength(2);
    expect(refused.body.conflicts[0]).toEqual(expect.objectContaining({ bookingId: expect.any(String), start: '2027-05-10' }));
    const [{ n }] = await stack.db.query(
      `SELECT count(*)::int AS n FROM bookings WHERE testbed_id = $1 AND state = 'approved' AND start_date = '2027-05-10'`,
      [bedId],
    );
    expect(n).toBe(2);
  });

  it('shows coordinators every booking of their bed and applicants only their own', async () => {
    const list = (user: TestUser) => request(stack.http).get(`/api/v1/testbeds/${bedId}/bookings`).query({ limit: 100 }).set(auth(user)).expect(200);
    const all = await list(coordinator);
    const mine = await list(applicant);
    const strangers = await list(stranger);
    expect(all.body.total).toBeGreaterThan(50);
    expect(all.body.items).toHaveLength(Math.min(all.body.total, 100));
    expect(mine.body.total).toBe(all.body.total);
    expect(strangers.body).toMatchObject({ items: [], total: 0 });
  });

  describe("a city's booking requests", () => {
    const requests = (user: TestUser, query: Record<string, string | number> = {}) => request(stack.http).get('/api/v1/booking-requests').query(query).set(auth(user));
    let ouluBed: string;
    let ouluBooking: string;

    beforeAll(async () => {
      ouluBed = (await createTestbed(stack, otherCoordinator, { availability: [{ start: '2027-01-01', end: '2027-12-31' }] }, { city: 'oulu' })).id;
      ouluBooking = (await requestBooking(period('2027-09-01', '2027-09-05'), applicant, ouluBed).expect(201)).body.id;
    });

    it("lists the requests waiting in the coordinator's city, with names, and none of another city's", async () => {
      const waiting = await requests(coordinator, { state: 'requested', limit: 100 }).expect(200);
      expect(waiting.body.total).toBeGreaterThan(40);
      expect(waiting.body.items.every((b: { state: string; testbedId: string }) => b.state === 'requested' && b.testbedId === bedId)).toBe(true);
      expect(waiting.body.items[0]).toMatchObject({ testbedName: { fi: 'Hervannan liikennelabra' }, organisationName: 'Liikennelabra Oy' });
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM bookings WHERE testbed_id = $1 AND state = 'requested'`, [bedId]);
      expect(waiting.body.total).toBe(n);
      expect(JSON.stringify(waiting.body)).not.toContain(ouluBooking);
      const oulu = await requests(otherCoordinator).expect(200);
      expect(oulu.body).toMatchObject({ total: 1, items: [expect.objectContaining({ id: ouluBooking, state: 'requested' })] });
    });

    it('filters by state, bed and period, and pages like the other lists', async () => {
      const approved = await requests(coordinator, { state: 'approved', limit: 100 }).expect(200);
      expect(approved.body.items.map((b: { state: string }) => b.state)).toEqual(approved.body.items.map(() => 'approved'));
      expect(approved.body.total).toBe(3);
      const may = await requests(coordinator, { from: '2027-05-11', to: '2027-05-11', limit: 100 }).expect(200);
      expect(may.body.items.every((b: { start: string; end: string }) => b.start <= '2027-05-11' && b.end >= '2027-05-11')).toBe(true);
      expect(may.body.total).toBe(50);
      const february = await requests(coordinator, { testbedId: bedId, from: '2027-02-01', to: '2027-02-28' }).expect(200);
      expect(february.body.items.map((b: { start: string }) => b.start)).toEqual(['2027-02-01']);
      expect((await requests(coordinator, { testbedId: ouluBed }).expect(200)).body.total).toBe(0);
      const first = await requests(coordinator, { limit: 2, page: 1 }).expect(200);
      const second = await requests(coordinator, { limit: 2, page: 2 }).expect(200);
      expect(first.body).toMatchObject({ page: 1, limit: 2 });
      expect(first.body.items).toHaveLength(2);
      expect(second.body.items[0].id).not.toBe(first.body.items[1].id);
      expect(second.body.total).toBe(first.body.total);
    });

    it('refuses malformed filters with 400 naming the field, and everyone but coordinators and admins with 403', async () => {
      for (const [query, field] of [
        [{ state: 'maybe' }, 'state'],
        [{ testbedId: 'nope' }, 'testbedId'],
        [{ from: '2027-02-30' }, 'from'],
        [{ from: '2027-03-10', to: '2027-03-01' }, 'to'],
        [{ limit: 0 }, 'limit'],
      ] as const) {
        const res = await requests(coordinator, query).expect(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      }
      await requests(applicant).expect(403);
      await requests(stranger).expect(403);
      await request(stack.http).get('/api/v1/booking-requests').expect(401);
    });

    it('shows an admin every city’s bookings', async () => {
      const admin = await createAdmin(stack);
      const all = await requests(admin, { limit: 100 }).expect(200);
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM bookings`);
      expect(all.body.total).toBe(n);
      expect((await requests(admin, { testbedId: ouluBed }).expect(200)).body.items.map((b: { id: string }) => b.id)).toEqual([ouluBooking]);
      expect((await requests(admin, { cityId: (await stack.db.query(`SELECT id FROM cities WHERE slug = 'oulu'`))[0].id }).expect(200)).body.total).toBe(1);
    });
  });
});
