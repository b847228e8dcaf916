import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { strFromU8, unzipSync } from 'fflate';
import request from 'supertest';
import { invitationCode } from '../../libs/identity/src/domain/invitation-code.js';
import { EraseUserJob, pseudonymOf, RETENTION_SCHEDULER_ID, RetentionJob } from '../../libs/identity/src/index.js';
import { createAdmin, createTestbed, DAY, registerUser, TestUser } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { EUR, openCallWithApplications, WorkflowCall } from '../support/workflow.js';

const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

/** The files of a ZIP answered by the API, by name, as text (supertest collects a binary body only when asked). */
async function zipFiles(req: request.Test): Promise<Record<string, string>> {
  const res = await req
    .buffer(true)
    .parse((stream, done) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => done(null, Buffer.concat(chunks)));
    })
    .expect(200)
    .expect('content-type', 'application/zip');
  return Object.fromEntries(Object.entries(unzipSync(new Uint8Array(res.body as Buffer))).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

describe('personal data: a download of it, being forgotten, and retention', () => {
  let stack: Stack;
  let call: WorkflowCall;
  let anna: TestUser;
  let bo: TestUser;
  let admin: TestUser;
  let annaName: string;
  let applicationId: string;
  let bookingId: string;

  beforeAll(async () => {
    stack = await startStack({ worker: true });
    call = await openCallWithApplications(stack, { applications: 1, evaluators: 0, organisations: 2, requestedCents: 50_000 * EUR, budgetCents: 200_000 * EUR });
    [anna, bo] = call.applicants.map((a) => a.user);
    applicationId = call.applications[0];
    admin = await createAdmin(stack);
    [{ display_name: annaName }] = await stack.db.query(`SELECT display_name FROM users WHERE id = $1`, [anna.id]);
    // A decision about Anna's request: the city approves her booking.
    const bed = await createTestbed(stack, call.coordinator, { capacity: 2 });
    const booking = await request(stack.http)
      .post(`/api/v1/testbeds/${bed.id}/bookings`)
      .set(auth(anna))
      .send({ organisationId: call.applicants[0].organisationId, start: '2027-04-01', end: '2027-04-10', purpose: 'Sensor pilot', participants: 2 })
      .expect(201);
    bookingId = booking.body.id;
    await request(stack.http).post(`/api/v1/bookings/${bookingId}/approve`).set(auth(call.coordinator)).send({}).expect(200);
  });
  afterAll(() => stack?.close());

  it("builds a download of the user's data, with progress, for them alone, and nobody else's data in it", async () => {
    const asked = await request(stack.http).post('/api/v1/me/data-exports').set(auth(anna)).expect(202);
    expect(asked.body).toMatchObject({ state: expect.stringMatching(/queued|building|ready/), downloadable: false });
    const id: string = asked.body.id;
    // Nobody else learns it exists, not even an admin; nor may anyone ask for it in another's name.
    for (const other of [bo, admin]) {
      await request(stack.http).get(`/api/v1/me/data-exports/${id}`).set(auth(other)).expect(404);
      await request(stack.http).get(`/api/v1/me/data-exports/${id}/download`).set(auth(other)).expect(404);
    }
    await request(stack.http).get(`/api/v1/me/data-exports/${id}`).expect(401);
    const ready = await eventually(async () => {
      const res = await request(stack.http).get(`/api/v1/me/data-exports/${id}`).set(auth(anna)).expect(200);
      return res.body.state === 'ready' && res.body;
    }, 30_000, 'the download to be built');
    expect(ready).toMatchObject({ progress: 100, downloadable: true, sizeBytes: expect.any(Number) });
    expect(new Date(ready.expiresAt).getTime() - new Date(ready.completedAt).getTime()).toBe(168 * 3_600_000);
    const listed = await request(stack.http).get('/api/v1/me/data-exports').set(auth(anna)).expect(200);
    expect(listed.body.items.map((e: { id: string }) => e.id)).toEqual([id]);

    const files = await zipFiles(request(stack.http).get(`/api/v1/me/data-exports/${id}/download`).set(auth(anna)));
    expect(Object.keys(files).sort()).toEqual(['applications.json', 'audit-events.json', 'bookings.json', 'memberships.json', 'notifications.json', 'profile.json', 'reviews.json', 'summary.md']);
    expect(files['summary.md']).toMatch(/^# Your data in Kokeilu\n/); // Anna's language is English
    expect(JSON.parse(files['profile.json'])).toMatchObject({ id: anna.id, email: anna.email, displayName: annaName });
    expect(JSON.parse(files['applications.json'])).toEqual([expect.objectContaining({ id: applicationId, writtenByYou: true, revisionsYouSubmitted: [1] })]);
    expect(JSON.parse(files['bookings.json'])).toEqual([expect.objectContaining({ id: bookingId, state: 'approved' })]);
    expect(JSON.parse(files['memberships.json'])).toEqual([expect.objectContaining({ organisationId: call.applicants[0].organisationId, role: 'owner' })]);
    const actions = JSON.parse(files['audit-events.json']).map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user.registered', 'application.submitted', 'user.data_export_requested']));
    const everything = Object.values(files).join('\n');
    for (const other of [bo, call.coordinator, call.decider, admin]) expect(everything).not.toContain(other.email);
  });

  it('forgets a user after the grace period, leaving every decision explainable and the audit log whole', async () => {
    const organisationId = call.applicants[0].organisationId;
    // The only owner of an organisation may not leave it ownerless: 409 says which and what to do.
    const refused = await request(stack.http).post('/api/v1/me/erasure').set(auth(anna)).set('accept-language', 'en').expect(409);
    expect(refused.headers['content-type']).toMatch(/problem\+json/);
    expect(refused.body.detail).toMatch(/only owner of Kokeilija 0 Oy: make another member an owner/);
    expect(refused.body.organisations).toEqual([{ organisationId, name: 'Kokeilija 0 Oy' }]);
    const invited = await request(stack.http).post(`/api/v1/organisations/${organisationId}/invitations`).set(auth(anna)).send({ email: bo.email, role: 'owner' }).expect(201);
    await request(stack.http).post('/api/v1/invitations/accept').set(auth(bo)).send({ token: invitationCode(stack.config.JWT_SECRET, invited.body.id) }).expect(200);

    const scheduled = await request(stack.http).post('/api/v1/me/erasure').set(auth(anna)).expect(202);
    expect(scheduled.body).toMatchObject({ state: 'scheduled', graceDays: 30, blockedBy: [] });
    expect(new Date(scheduled.body.dueAt).getTime() - new Date(scheduled.body.requestedAt).getTime()).toBe(30 * DAY);
    expect((await request(stack.http).post('/api/v1/me/erasure').set(auth(anna)).expect(202)).body).toEqual(scheduled.body); // safe to repeat
    expect((await request(stack.http).delete('/api/v1/me/erasure').set(auth(anna)).expect(200)).body.state).toBe('none');
    expect((await request(stack.http).delete('/api/v1/me/erasure').set(auth(anna)).expect(200)).body.state).toBe('none');
    await request(stack.http).post('/api/v1/me/erasure').set(auth(anna)).expect(202);
    const [pending] = await stack.db.query(`SELECT id FROM erasure_requests WHERE user_id = $1 AND cancelled_at IS NULL`, [anna.id]);
    const [cancelled] = await stack.db.query(`SELECT id FROM erasure_requests WHERE user_id = $1 AND cancelled_at IS NOT NULL`, [anna.id]);
    const erase = stack.worker!.get(EraseUserJob);
    expect(await erase.handle({ requestId: pending.id })).toEqual({ outcome: 'skipped' }); // not due yet

    const eventsBefore: { id: string }[] = await stack.db.query(`SELECT e.id::text AS id FROM audit_events e ORDER BY e.id`);
    // Thirty days pass for the request: its clock moves, nobody sleeps.
    await stack.db.query(`UPDATE erasure_requests SET requested_at = requested_at - interval '30 days', due_at = due_at - interval '30 days' WHERE user_id = $1`, [anna.id]);
    expect(await erase.handle({ requestId: cancelled.id })).toEqual({ outcome: 'skipped' });
    expect(await erase.handle({ requestId: pending.id })).toEqual({ outcome: 'erased' });
    expect(await erase.handle({ requestId: pending.id })).toEqual({ outcome: 'skipped' }); // idempotent
    const pseudonym = pseudonymOf(anna.id);

    // Signed out everywhere, and no way back in.
    await request(stack.http).get('/api/v1/me').set(auth(anna)).expect(401);
    await request(stack.http).post('/api/v1/auth/refresh').send({ refreshToken: anna.refreshToken }).expect(401);

    // The audit log is only appended to; every decision still has its record and its actor.
    const eventsAfter: { id: string; action: string }[] = await stack.db.query(`SELECT e.id::text AS id, e.action FROM audit_events e ORDER BY e.id`);
    expect(eventsAfter.slice(0, eventsBefore.length).map((e) => e.id)).toEqual(eventsBefore.map((e) => e.id));
    expect(eventsAfter.slice(eventsBefore.length).map((e) => e.action)).toEqual(expect.arrayContaining(['user.erased', 'membership.removed']));
    const [kept] = await stack.db.query(
      `SELECT a.state, a.created_by, r.submitted_by, b.state AS booking, b.requested_by, b.decided_by
         FROM applications a JOIN application_revisions r ON r.application_id = a.id, bookings b WHERE a.id = $1 AND b.id = $2`,
      [applicationId, bookingId],
    );
    expect(kept).toEqual({ state: expect.any(String), created_by: anna.id, submitted_by: anna.id, booking: 'approved', requested_by: anna.id, decided_by: call.coordinator.id });
    const application = await request(stack.http).get(`/api/v1/applications/${applicationId}`).set(auth(call.coordinator)).expect(200);
    expect(application.body.id).toBe(applicationId);

    // No table holds her name or address any more; the audit log holds them only in events
    // written before, and those are read through her pseudonym.
    const columns: { table_name: string; column_name: string }[] = await stack.db.query(
      `SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND (c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY'))`,
    );
    const found: string[] = [];
    for (const { table_name: table, column_name: column } of columns) {
      const [{ n }] = await stack.db.query(`SELECT count(*)::int AS n FROM "${table}" WHERE "${column}"::text ILIKE '%' || $1 || '%' OR "${column}"::text ILIKE '%' || $2 || '%'`, [anna.email, annaName]);
      if (n) found.push(`${table}.${column}`);
    }
    expect(found.filter((where) => !where.startsWith('audit_events.'))).toEqual([]);

    const responses = [
      await request(stack.http).get('/api/v1/audit?limit=100').set(auth(admin)).expect(200),
      await request(stack.http).get(`/api/v1/audit?limit=100&entityType=user&entityId=${anna.id}`).set(auth(admin)).expect(200),
      await request(stack.http).get('/api/v1/users?limit=100').set(auth(admin)).expect(200),
      await request(stack.http).get(`/api/v1/organisations/${call.applicants[0].organisationId}/members`).set(auth(bo)).expect(200),
      await request(stack.http).get(`/api/v1/organisations/${call.applicants[0].organisationId}/invitations`).set(auth(bo)).expect(200),
      await request(stack.http).get(`/api/v1/applications/${applicationId}`).set(auth(bo)).expect(200),
      await request(stack.http).get(`/api/v1/bookings/${bookingId}`).set(auth(call.coordinator)).expect(200),
      await request(stack.http).get('/api/v1/notifications').set(auth(call.coordinator)).expect(200),
    ];
    for (const res of responses) {
      expect(res.text).not.toContain(anna.email);
      expect(res.text).not.toContain(annaName);
    }
    const annasEvents = (await request(stack.http).get(`/api/v1/audit?limit=100&actorId=${anna.id}`).set(auth(admin)).expect(200)).body.items;
    expect(annasEvents.length).toBeGreaterThan(3);
    expect(new Set(annasEvents.map((e: { actorName: string }) => e.actorName))).toEqual(new Set([pseudonym.displayName]));
    const registered = annasEvents.find((e: { action: string }) => e.action === 'user.registered');
    expect(registered.after).toMatchObject({ email: pseudonym.email, displayName: pseudonym.displayName });
    // Bo's own download names none of her either.
    const boExport = await request(stack.http).post('/api/v1/me/data-exports').set(auth(bo)).expect(202);
    await eventually(async () => (await request(stack.http).get(`/api/v1/me/data-exports/${boExport.body.id}`).set(auth(bo))).body.downloadable, 30_000, "Bo's download");
    const text = Object.values(await zipFiles(request(stack.http).get(`/api/v1/me/data-exports/${boExport.body.id}/download`).set(auth(bo)))).join('\n');
    expect(text).not.toContain(anna.email);
    expect(text).not.toContain(annaName);
    // Her address and password sign in no more; nor does the pseudonym's. (Last, as a failed
    // sign-in records the address typed, whoever typed it, for the lockout.)
    await request(stack.http).post('/api/v1/auth/login').send({ email: anna.email, password: anna.password }).expect(401);
    await request(stack.http).post('/api/v1/auth/login').send({ email: pseudonym.email, password: anna.password }).expect(401);
  });

  it('removes on schedule what is kept no longer, and nothing else', async () => {
    const retention = stack.worker!.get(RetentionJob);
    const organisationId = call.applicants[1].organisationId;
    const draft = async (title: string) =>
      (
        await request(stack.http)
          .post('/api/v1/applications')
          .set(auth(bo))
          .send({ callId: call.id, organisationId, title, summary: title, budgetLines: [], requestedGrantCents: 0, pilotPeriod: { start: '2027-03-01', end: '2027-08-31' } })
          .expect(201)
      ).body.id as string;
    const [oldDraft, newDraft] = [await draft('Forgotten draft'), await draft('Fresh draft')];
    const [oldUnverified, newUnverified] = [await registerUser(stack, { verified: false }), await registerUser(stack, { verified: false })];
    await stack.db.query(`UPDATE applications SET updated_at = now() - interval '366 days' WHERE id = $1`, [oldDraft]);
    await stack.db.query(`UPDATE users SET created_at = now() - interval '31 days' WHERE id = $1`, [oldUnverified.id]);
    // Bo's oldest notification and one refresh token of his grow old; a download expires.
    const [oldNotification] = await stack.db.query(`UPDATE notifications SET created_at = now() - interval '366 days' WHERE id = (SELECT id FROM notifications WHERE user_id = $1 ORDER BY created_at LIMIT 1) RETURNING id`, [bo.id]).then((r) => r[0]);
    const [expiredToken] = await stack.db.query(`UPDATE refresh_tokens SET expires_at = now() - interval '31 days' WHERE id = (SELECT id FROM refresh_tokens WHERE user_id = $1 ORDER BY created_at LIMIT 1) RETURNING id`, [bo.id]).then((r) => r[0]);
    await stack.db.query(`UPDATE data_exports SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [bo.id]);
    // Besides what is due, nothing goes (the removed account's own sign-in goes with it).
    const count = async (table: string) => (await stack.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE user_id <> $1`, [oldUnverified.id]))[0].n as number;
    const counts = { notifications: await count('notifications'), tokens: await count('refresh_tokens') };

    const removed = await retention.handle();
    expect(removed).toMatchObject({ drafts: 1, unverifiedAccounts: 1, notifications: 1, refreshTokens: 1, dataExports: 1, erasures: 0 });
    const exists = async (table: string, id: string) => (await stack.db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])).length === 1;
    expect([await exists('applications', oldDraft), await exists('applications', newDraft), await exists('applications', applicationId)]).toEqual([false, true, true]);
    expect([await exists('users', oldUnverified.id), await exists('users', newUnverified.id), await exists('users', anna.id)]).toEqual([false, true, true]);
    expect([await exists('notifications', oldNotification.id), await exists('refresh_tokens', expiredToken.id)]).toEqual([false, false]);
    expect(await count('notifications')).toBe(counts.notifications - 1);
    expect(await count('refresh_tokens')).toBe(counts.tokens - 1);
    await request(stack.http).get(`/api/v1/applications/${oldDraft}`).set(auth(bo)).expect(404);
    const [event] = await stack.db.query(`SELECT actor_id, organisation_id, after FROM audit_events WHERE action = 'application.draft_removed' AND entity_id = $1`, [oldDraft]);
    expect(event).toEqual({ actor_id: null, organisation_id: organisationId, after: { reason: 'never submitted' } });
    // A second run finds nothing more to remove.
    expect(await retention.handle()).toMatchObject({ drafts: 0, unverifiedAccounts: 0, notifications: 0, refreshTokens: 0, dataExports: 0 });
    // The worker keeps the daily run scheduled at RETENTION_TIME, Finnish time.
    const queue = stack.worker!.get<Queue>(getQueueToken('privacy'));
    const scheduler = await eventually(() => queue.getJobScheduler(RETENTION_SCHEDULER_ID), 10_000, 'the retention scheduler');
    expect(scheduler).toMatchObject({ name: 'privacy.retention', pattern: '30 3 * * *', tz: 'Europe/Helsinki' });
  });
});
