import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import request from 'supertest';
import { DIGEST_SCHEDULER_ID, SendDigestJob } from '../../libs/notifications/src/index.js';
import { mailText, type ReceivedMail } from '../../libs/testing/src/index.js';
import { createOrganisation, createTestbed, grantRole, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

/** The address of a mail's List-Unsubscribe header (RFC 2369), unfolded. */
function oneClickUrl(mail: ReceivedMail): string {
  const header = /^List-Unsubscribe:[ \t]*([^\r\n]*(?:\r?\n[ \t][^\r\n]*)*)/m.exec(mail.raw)?.[1].replace(/\r?\n[ \t]/g, '') ?? '';
  return /<([^>]+)>/.exec(header)?.[1] ?? '';
}

describe('notification preferences, the daily digest and one-click unsubscribe', () => {
  let stack: Stack;
  let coordinator: TestUser;
  let applicant: TestUser;
  let organisationId: string;
  let bedId: string;
  const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });
  let day = 1;
  /** A booking of its own days, so that none overlaps another. */
  async function requestBooking(): Promise<string> {
    const start = `2027-03-${String(day).padStart(2, '0')}`;
    day += 2;
    const res = await request(stack.http)
      .post(`/api/v1/testbeds/${bedId}/bookings`)
      .set(auth(applicant))
      .send({ organisationId, start, end: start, purpose: 'Sensor pilot', participants: 2 })
      .expect(201);
    return res.body.id;
  }
  const notificationsOf = async (user: TestUser, kind: string) =>
    (await stack.db.query(`SELECT delivery, emailed_at FROM notifications WHERE user_id = $1 AND kind = $2 ORDER BY created_at`, [user.id, kind])) as {
      delivery: string;
      emailed_at: Date | null;
    }[];

  beforeAll(async () => {
    stack = await startStack({ worker: true, smtp: true });
    [coordinator, applicant] = await Promise.all([registerUser(stack, { locale: 'en' }), registerUser(stack, { locale: 'fi' })]);
    await grantRole(stack, coordinator.id, 'coordinator', 'tampere');
    organisationId = (await createOrganisation(stack, applicant)).id;
    bedId = (await createTestbed(stack, coordinator, { capacity: 5, availability: [{ start: '2027-01-01', end: '2027-12-31' }] })).id;
  });
  afterAll(() => stack.close());

  it('lists every kind with its delivery, the mandatory ones with why', async () => {
    const res = await request(stack.http).get('/api/v1/me/notification-preferences').set(auth(applicant)).expect(200);
    const byKind = Object.fromEntries(res.body.items.map((p: { kind: string }) => [p.kind, p]));
    expect(byKind['booking.approved']).toEqual({ kind: 'booking.approved', delivery: 'immediate', mandatory: null });
    expect(byKind['application.submitted']).toEqual({ kind: 'application.submitted', delivery: 'immediate', mandatory: 'receipt' });
    expect(byKind['funding.decided'].mandatory).toBe('decision');
    await request(stack.http).get('/api/v1/me/notification-preferences').expect(401);
  });

  it('refuses to turn off a decision, saying why, and names bad input', async () => {
    const refused = await request(stack.http).put('/api/v1/me/notification-preferences/funding.decided').set(auth(applicant)).set('accept-language', 'en').send({ delivery: 'in_app' }).expect(409);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.body.detail).toMatch(/cannot be turned off: it tells of a decision/);
    expect(refused.body.messageCode).toBe('notification.mandatory.decision');
    const bad = await request(stack.http).put('/api/v1/me/notification-preferences/booking.approved').set(auth(applicant)).send({ delivery: 'never' }).expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'delivery' })]);
    await request(stack.http).put('/api/v1/me/notification-preferences/no.such-kind').set(auth(applicant)).send({ delivery: 'digest' }).expect(404);
  });

  it('sends a chosen kind in one daily digest in the recipient’s language, once', async () => {
    for (const kind of ['booking.approved', 'booking.declined']) {
      const res = await request(stack.http).put(`/api/v1/me/notification-preferences/${kind}`).set(auth(applicant)).send({ delivery: 'digest' }).expect(200);
      expect(res.body).toEqual({ kind, delivery: 'digest', mandatory: null });
    }
    // Repeating a choice changes nothing and records nothing more.
    await request(stack.http).put('/api/v1/me/notification-preferences/booking.approved').set(auth(applicant)).send({ delivery: 'digest' }).expect(200);
    const [{ count: changes }] = await stack.db.query(`SELECT count(*)::int AS count FROM audit_events WHERE action = 'user.notification_preference_changed' AND actor_id = $1`, [applicant.id]);
    expect(changes).toBe(2);

    const approved = await requestBooking();
    const declined = await requestBooking();
    await request(stack.http).post(`/api/v1/bookings/${approved}/approve`).set(auth(coordinator)).send({}).expect(200);
    await request(stack.http).post(`/api/v1/bookings/${declined}/decline`).set(auth(coordinator)).send({ reason: 'Closed for repairs' }).expect(200);
    // In the app at once, by e-mail not yet.
    // The two notifications come from two outbox jobs, which may run in either order.
    const waiting = await eventually(async () => {
      const rows = [...(await notificationsOf(applicant, 'booking.approved')), ...(await notificationsOf(applicant, 'booking.declined'))];
      return rows.length === 2 && rows;
    }, 20_000, 'the approved and the declined booking’s notifications');
    expect(waiting).toEqual([
      { delivery: 'digest', emailed_at: null },
      { delivery: 'digest', emailed_at: null },
    ]);
    expect(stack.smtp!.messages.filter((m) => m.to.includes(applicant.email) && /varaus/i.test(m.subject))).toEqual([]);

    const digest = stack.worker!.get(SendDigestJob);
    expect(await digest.handle()).toEqual({ sent: 1 });
    const mail = await stack.smtp!.waitFor((m) => m.to.includes(applicant.email) && m.subject.startsWith('Kokeilu: 2 ilmoitusta'));
    const text = mailText(mail);
    expect(text).toMatch(/Tässä koosteessa on 2 ilmoitusta/);
    expect(text).toMatch(/Closed for repairs/);
    expect(text).toMatch(/koosteetta|päivän koostetta/);
    expect(oneClickUrl(mail)).toMatch(/\/api\/v1\/notifications\/unsubscribe\?token=/);
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m);
    expect((await notificationsOf(applicant, 'booking.approved'))[0].emailed_at).not.toBeNull();
    // A second run finds nothing left.
    expect(await digest.handle()).toEqual({ sent: 0 });
  });

  it('keeps the digest’s job scheduler at DIGEST_TIME, Finnish time', async () => {
    const queue = stack.worker!.get<Queue>(getQueueToken('notifications'));
    const scheduler = await eventually(() => queue.getJobScheduler(DIGEST_SCHEDULER_ID), 10_000, 'the digest scheduler');
    expect(scheduler).toEqual(expect.objectContaining({ pattern: '0 7 * * *', tz: 'Europe/Helsinki', name: 'notification.digest' }));
  });

  it('unsubscribes a kind with the one-click post of a mail program, for that kind only, without signing in', async () => {
    const earlier = (await notificationsOf(coordinator, 'booking.requested')).length;
    await requestBooking();
    const mail = await stack.smtp!.waitFor((m) => m.to.includes(coordinator.email) && /New booking request/.test(m.subject));
    // The e-mail goes out inside the delivery's transaction: its entry is there once that commits.
    await eventually(async () => (await notificationsOf(coordinator, 'booking.requested')).length > earlier, 20_000, 'the first request’s notification');
    expect(mailText(mail)).toMatch(/Unsubscribe with one click: http.*\/en\/unsubscribe\?token=/);
    const url = new URL(oneClickUrl(mail));
    const res = await request(stack.http).post(`${url.pathname}${url.search}`).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(res.body).toEqual({ scope: 'booking.requested', kinds: ['booking.requested'] });
    // Safe to repeat.
    expect((await request(stack.http).post(`${url.pathname}${url.search}`).type('form').send('List-Unsubscribe=One-Click').expect(200)).body.kinds).toEqual([]);
    const prefs = (await request(stack.http).get('/api/v1/me/notification-preferences').set(auth(coordinator)).expect(200)).body.items;
    expect(prefs.filter((p: { delivery: string }) => p.delivery !== 'immediate')).toEqual([{ kind: 'booking.requested', delivery: 'in_app', mandatory: null }]);

    const before = stack.smtp!.messages.length;
    const known = (await notificationsOf(coordinator, 'booking.requested')).length;
    await requestBooking();
    const after = await eventually(async () => {
      const rows = await notificationsOf(coordinator, 'booking.requested');
      return rows.length > known && rows;
    }, 20_000, 'the next request’s notification');
    expect(after[known]).toEqual({ delivery: 'in_app', emailed_at: null });
    expect(stack.smtp!.messages.slice(before).filter((m) => m.to.includes(coordinator.email))).toEqual([]);
  });

  it('unsubscribes the digest as a whole, and refuses a forged token naming the field', async () => {
    const mail = stack.smtp!.messages.find((m) => m.to.includes(applicant.email) && m.subject.startsWith('Kokeilu: 2 ilmoitusta'))!;
    const url = new URL(oneClickUrl(mail));
    const res = await request(stack.http).post(`${url.pathname}${url.search}`).send({}).expect(200);
    expect(res.body).toEqual({ scope: 'digest', kinds: ['booking.approved', 'booking.declined'] });
    const forged = await request(stack.http).post(`${url.pathname}${url.search.replace('digest', 'booking.requested')}`).set('accept-language', 'en').send({}).expect(400);
    expect(forged.body.errors).toEqual([expect.objectContaining({ field: 'token' })]);
    expect(forged.body.detail).toMatch(/not valid/);
    // A form is read by that route alone.
    await request(stack.http).post('/api/v1/notifications/read-all').set(auth(applicant)).type('form').send('a=1').expect(415);
  });
});

describe('the daily digest on the embedded default’s queue (BullMQ on PostgreSQL)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ backend: 'postgres', worker: true, env: { DIGEST_TIME: '18:45' } });
  });
  afterAll(() => stack.close());

  it('keeps its job scheduler there too, at DIGEST_TIME', async () => {
    const queue = stack.worker!.get<Queue>(getQueueToken('notifications'));
    const scheduler = await eventually(() => queue.getJobScheduler(DIGEST_SCHEDULER_ID), 10_000, 'the digest scheduler');
    expect(scheduler).toEqual(expect.objectContaining({ pattern: '45 18 * * *', tz: 'Europe/Helsinki' }));
  });
});
