import { getQueueToken } from '@nestjs/bullmq';
import { Job, type Queue } from 'bullmq';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { freePort, ReceivedMail } from '../../libs/testing/src/index.js';
import { JOBS, MailSendPayload, MAX_ATTEMPTS, Outbox, OutboxRelay, QueueBackend, SendMailJob } from '../../libs/platform/src/index.js';
import { createOrganisation, registerUser, TestUser, uniqueEmail } from '../support/api.js';
import { eventually, Stack, startStack } from '../support/stack.js';

const auth = (user: TestUser) => ({ authorization: `Bearer ${user.token}` });

function notificationsQueue(stack: Stack): Queue {
  return stack.api.get<Queue>(getQueueToken(JOBS['mail.send'].queue), { strict: false });
}

function mailTo(to: string, params: Record<string, string> = {}): MailSendPayload {
  return { to, locale: 'en', template: 'invitation', params: { organisationName: 'Outbox Oy', inviterName: 'Tester', acceptUrl: 'http://x', token: 't', expiresAt: 'never', ...params } };
}

/** The text body of a received mail (nodemailer writes non-ASCII text as quoted-printable). */
function bodyOf(mail: ReceivedMail): string {
  const [head, ...rest] = mail.raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/content-transfer-encoding:\s*quoted-printable/i.test(head)) {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  if (/content-transfer-encoding:\s*base64/i.test(head)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return body;
}

const received = (stack: Stack, to: string) => stack.smtp!.messages.filter((m) => m.to.includes(to));

async function outboxRows(stack: Stack, to: string): Promise<{ id: string; job_id: string; sent_at: Date | null; attempts: number }[]> {
  return stack.db.query(`SELECT id, job_id, sent_at, attempts FROM outbox WHERE payload->>'to' = $1 ORDER BY created_at`, [to]);
}

async function jobsTo(queue: Queue, to: string): Promise<Job[]> {
  const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'], 0, -1);
  return jobs.filter((job) => (job.data as MailSendPayload).to === to);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// The project's testTimeout is a global option that jest ignores inside `projects`: set it here.
jest.setTimeout(30_000);

describe.each<QueueBackend>(['redis', 'postgres'])('transactional outbox on the %s backend', (backend) => {
  let stack: Stack;

  beforeAll(async () => {
    stack = await startStack({ backend, worker: true, smtp: true });
  });
  afterAll(() => stack?.close());

  it('enqueues nothing for a change that rolls back', async () => {
    const outbox = stack.api.get(Outbox);
    const ghost = uniqueEmail('ghost');
    await expect(
      stack.db.transaction(async (tx) => {
        await outbox.add(tx, 'mail.send', mailTo(ghost));
        expect(await tx.query(`SELECT 1 FROM outbox WHERE payload->>'to' = $1`, [ghost])).toHaveLength(1);
        throw new Error('the change fails');
      }),
    ).rejects.toThrow('the change fails');
    expect(await outboxRows(stack, ghost)).toEqual([]);

    // A committed job written after the rolled-back one proves the relay and the worker have run.
    const marker = uniqueEmail('marker');
    await stack.db.transaction((tx) => outbox.add(tx, 'mail.send', mailTo(marker)));
    await stack.smtp!.waitFor((m) => m.to.includes(marker), 15_000);
    await eventually(async () => (await outboxRows(stack, marker))[0]?.sent_at, 10_000, 'the marker row to be marked sent');

    const queue = notificationsQueue(stack);
    // The mail is out before BullMQ records the job as completed.
    await eventually(async () => (await queue.getJobCounts('completed')).completed === 1, 10_000, 'the marker job to complete');
    expect(await jobsTo(queue, ghost)).toEqual([]);
    expect((await jobsTo(queue, marker)).map((j) => j.data)).toEqual([mailTo(marker)]);
    // Besides the next run of the daily digest (its job scheduler's), the queue holds the marker's job alone.
    const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'failed', 'completed']);
    expect(jobs.filter((job) => job.name !== 'notification.digest').map((job) => job.data)).toEqual([mailTo(marker)]);
    expect(received(stack, ghost)).toEqual([]);
    expect(received(stack, marker)).toHaveLength(1);
  });

  it('delivers the invitation of a committed change in the invitee’s locale, and the invitee joins with its code', async () => {
    const owner = await registerUser(stack, { locale: 'fi' });
    const invitee = await registerUser(stack, { locale: 'sv' });
    const org = await createOrganisation(stack, owner, { name: 'Kävelylabra Oy' });

    const invited = await request(stack.http)
      .post(`/api/v1/organisations/${org.id}/invitations`)
      .set(auth(owner))
      .send({ email: invitee.email })
      .expect(201);
    expect(invited.body).not.toHaveProperty('token');
    expect(invited.body).not.toHaveProperty('tokenHash');

    const mail = await stack.smtp!.waitFor((m) => m.to.includes(invitee.email) && m.subject.startsWith('Inbjudan'), 15_000);
    expect(mail.subject).toBe('Inbjudan till Kävelylabra Oy – Kokeilu');
    const text = bodyOf(mail);
    expect(text).toContain('har bjudit in dig som medlem i Kävelylabra Oy');
    const token = /Inbjudningskod: (\S+)/.exec(text)?.[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The link opens the web app's page, in the invitee's language, that accepts with the code.
    expect(text).toContain(`${stack.config.PUBLIC_URL.replace(/\/$/, '')}/sv/invitations/accept?code=${token}`);

    const [row] = await eventually(async () => {
      const rows: { job_id: string; sent_at: Date | null; attempts: number; payload: unknown }[] = await stack.db.query(
        `SELECT job_id, sent_at, attempts, payload FROM outbox WHERE job_name = 'invitation.send' AND payload->>'invitationId' = $1`,
        [invited.body.id],
      );
      return rows.length === 1 && rows[0].sent_at ? rows : undefined;
    }, 10_000, 'the invitation row to be marked sent');
    expect(row.attempts).toBe(0);
    // The mail leaves inside the job's transaction, so its claim commits a moment after the mail arrives.
    const claims = await eventually(async () => {
      const rows: { job_name: string }[] = await stack.db.query(`SELECT job_name FROM processed_jobs WHERE job_id = $1`, [row.job_id]);
      return rows.length ? rows : undefined;
    }, 10_000, 'the invitation job to commit its claim');
    expect(claims).toEqual([{ job_name: 'invitation.send' }]);
    // The code is in neither the outbox nor the queue, nor the invitation: only its id travels, its hash stays.
    expect(row.payload).toEqual({ invitationId: invited.body.id });
    const [job] = (await notificationsQueue(stack).getJobs(['waiting', 'active', 'delayed', 'completed', 'failed'], 0, -1)).filter(
      (j) => j.name === 'invitation.send' && (j.data as { invitationId: string }).invitationId === invited.body.id,
    );
    expect(job.data).toEqual({ invitationId: invited.body.id });
    const everywhere = JSON.stringify([await stack.db.query(`SELECT payload FROM outbox`), await stack.db.query(`SELECT * FROM invitations`), job.data]);
    expect(everywhere).not.toContain(token);

    const joined = await request(stack.http).post('/api/v1/invitations/accept').set(auth(invitee)).send({ token }).expect(200);
    expect(joined.body).toMatchObject({ organisationId: org.id, userId: invitee.id, role: 'member' });
    const members = await request(stack.http).get(`/api/v1/organisations/${org.id}/members`).set(auth(owner)).expect(200);
    expect(members.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: owner.id, role: 'owner' }),
        expect.objectContaining({ userId: invitee.id, role: 'member' }),
      ]),
    );
    // The code works once.
    await request(stack.http).post('/api/v1/invitations/accept').set(auth(invitee)).send({ token }).expect(409);

    const audit = await request(stack.http).get('/api/v1/audit').query({ organisationId: org.id }).set(auth(owner)).expect(200);
    const actions = (audit.body.items as { action: string; actorId: string }[]).map((e) => `${e.action} by ${e.actorId}`);
    expect(actions).toEqual(
      expect.arrayContaining([`invitation.created by ${owner.id}`, `membership.created by ${invitee.id}`]),
    );
    // One invitation, beside the invitee's verification e-mail from the registration.
    expect(received(stack, invitee.email).filter((m) => m.subject.startsWith('Inbjudan'))).toHaveLength(1);
  });

  it('sets aside a row the queue refuses and delivers the rows after it', async () => {
    const outbox = stack.api.get(Outbox);
    const after = uniqueEmail('after-poison');
    const [poison] = await stack.db.transaction(async (tx) => {
      // A job id BullMQ refuses (a custom id with a colon), written before a valid row.
      const id = await outbox.add(tx, 'mail.send', mailTo(uniqueEmail('poison')), { jobId: 'bad:id' });
      await outbox.add(tx, 'mail.send', mailTo(after));
      return [id];
    });
    await stack.smtp!.waitFor((m) => m.to.includes(after), 15_000);
    // Retried a few times, then parked: it stays for inspection and is no longer claimed.
    const row = await eventually(async () => {
      const [found] = await stack.db.query(`SELECT sent_at, attempts, last_error FROM outbox WHERE id = $1`, [poison]);
      return found.attempts >= MAX_ATTEMPTS ? found : undefined;
    }, 10_000, 'the refused row to be parked');
    expect(row.sent_at).toBeNull();
    expect(row.last_error).toMatch(/id/i);
    await sleep(500);
    const [still] = await stack.db.query(`SELECT attempts FROM outbox WHERE id = $1`, [poison]);
    expect(still.attempts).toBe(MAX_ATTEMPTS);
  });

  it('runs a job once when the relay crashes after enqueueing and before marking, and the handler is idempotent', async () => {
    const worker = stack.worker!;
    const relay = worker.get(OutboxRelay);
    const queue = notificationsQueue(stack);
    // Stop the relay's own timer and LISTEN, so that only this test moves rows; the processors keep running.
    await relay.onModuleDestroy();

    const to = uniqueEmail('crash');
    const outboxId = await stack.db.transaction((tx) => stack.api.get(Outbox).add(tx, 'mail.send', mailTo(to)));
    const [pending] = await outboxRows(stack, to);
    expect(pending).toMatchObject({ id: outboxId, job_id: outboxId, sent_at: null });

    // The crash: the rows are claimed and enqueued, then the relay dies before marking them.
    await expect(
      stack.db.transaction(async (tx) => {
        const rows = await relay.claim(tx);
        expect(rows.map((r) => r.id)).toEqual([outboxId]);
        const { sent, error } = await relay.enqueue(rows);
        expect(error).toBeUndefined();
        expect(sent).toEqual([outboxId]);
        throw new Error('relay crashed');
      }),
    ).rejects.toThrow('relay crashed');
    expect((await outboxRows(stack, to))[0].sent_at).toBeNull();

    await stack.smtp!.waitFor((m) => m.to.includes(to), 15_000);
    const job = await eventually(async () => {
      // The job's fields and its state are read apart: wait until both say it is done.
      const found = await queue.getJob(outboxId);
      return found?.finishedOn && (await found.getState()) === 'completed' ? found : undefined;
    }, 10_000, 'the job to complete');
    const finishedOn = job.finishedOn;

    // The relay runs again: it re-enqueues the same jobId, which BullMQ already holds.
    expect(await relay.relayOnce()).toBe(1);
    expect(await relay.relayOnce()).toBe(0);
    await sleep(1_000);
    expect(received(stack, to)).toHaveLength(1);
    expect((await outboxRows(stack, to))[0].sent_at).not.toBeNull();
    expect(await stack.db.query(`SELECT job_name FROM processed_jobs WHERE job_id = $1`, [outboxId])).toEqual([{ job_name: 'mail.send' }]);
    const again = await queue.getJob(outboxId);
    expect(again?.finishedOn).toBe(finishedOn);
    expect(await again?.getState()).toBe('completed');
    expect(await jobsTo(queue, to)).toHaveLength(1);

    // The handler itself: the same job twice, one after the other and concurrently, sends one mail each.
    const handler = worker.get(SendMailJob);
    const jobOf = (id: string, payload: MailSendPayload) => new Job<MailSendPayload>(queue, 'mail.send', payload, {}, id);
    const twice = uniqueEmail('twice');
    const first = jobOf(`direct-${twice}`, mailTo(twice));
    expect(await handler.handle(first.data, first)).toEqual({ sent: true });
    expect(await handler.handle(first.data, first)).toEqual({ sent: false });
    const racing = uniqueEmail('racing');
    const second = jobOf(`direct-${racing}`, mailTo(racing));
    const results = await Promise.all([handler.handle(second.data, second), handler.handle(second.data, second)]);
    expect(results.map((r) => r.sent).sort()).toEqual([false, true]);
    await sleep(200);
    expect(received(stack, twice)).toHaveLength(1);
    expect(received(stack, racing)).toHaveLength(1);
  });

  it('lets one relay at a time take rows: another finds none while a batch is in hand, and the next batch takes them', async () => {
    const relay = stack.worker!.get(OutboxRelay);
    // Only this test moves rows (as a second worker's relay would, beside the first).
    await relay.onModuleDestroy();
    const outbox = stack.api.get(Outbox);
    const [early, late] = [uniqueEmail('turn-early'), uniqueEmail('turn-late')];
    const earlyId = await stack.db.transaction((tx) => outbox.add(tx, 'mail.send', mailTo(early)));
    let lateId = '';
    await stack.db.transaction(async (holder) => {
      expect((await relay.claim(holder)).map((r) => r.id)).toContain(earlyId);
      lateId = await stack.db.transaction((tx) => outbox.add(tx, 'mail.send', mailTo(late)));
      // The late row is free, but the batch in hand holds the relay's lock.
      expect(await stack.db.transaction((other) => relay.claim(other))).toEqual([]);
    });
    expect(await relay.relayOnce()).toBeGreaterThanOrEqual(2);
    await stack.smtp!.waitFor((m) => m.to.includes(late), 15_000);
    await stack.smtp!.waitFor((m) => m.to.includes(early), 15_000);
    expect((await outboxRows(stack, late)).map((r) => [r.id, r.sent_at !== null])).toEqual([[lateId, true]]);
  });

  it('stops the relay before a closing worker closes its database: no batch is in hand then, and none starts after', async () => {
    const own = await startStack({ backend, worker: true });
    try {
      const relay = own.worker!.get(OutboxRelay);
      const dataSource = own.worker!.get(DataSource);
      let inHand = 0;
      let closed = false;
      const seen = { inHandAtClose: -1, startedAfterClose: 0 };
      const relayOnce = relay.relayOnce.bind(relay);
      jest.spyOn(relay, 'relayOnce').mockImplementation(async () => {
        if (closed) seen.startedAfterClose += 1;
        inHand += 1;
        try {
          return await relayOnce();
        } finally {
          inHand -= 1;
        }
      });
      const destroy = dataSource.destroy.bind(dataSource);
      jest.spyOn(dataSource, 'destroy').mockImplementation(() => {
        seen.inHandAtClose = inHand;
        closed = true;
        return destroy();
      });
      // Rows for several batches, so that the relay has one in hand when the worker closes.
      const jobs = Array.from({ length: 4000 }, (_, i) => ({ name: 'mail.send' as const, payload: mailTo(uniqueEmail(`closing-${i}`)), options: {} }));
      await own.db.transaction((tx) => own.api.get(Outbox).addMany(tx, jobs));
      await eventually(async () => inHand > 0, 10_000, 'the relay to take a batch');
      await own.stopWorker();
      expect(seen).toEqual({ inHandAtClose: 0, startedAfterClose: 0 });
    } finally {
      await own.close();
    }
  });

  it('listens again when its listener is cut off, and then relays what was written meanwhile without waiting for a poll', async () => {
    // Polls far apart: only a notification, or the pass the relay makes once it listens again, moves a row here.
    const own = await startStack({ backend, worker: true, env: { OUTBOX_POLL_MS: '60000', OUTBOX_LISTENING_POLL_MS: '600000' } });
    try {
      const listener = (other?: number) =>
        eventually(async () => {
          const rows: { pid: number }[] = await own.db.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND query = 'LISTEN outbox'`);
          return rows.length === 1 && rows[0].pid !== other ? rows[0].pid : undefined;
        }, 15_000, 'the relay to listen');
      const relayed = (id: string, what: string) =>
        eventually(async () => (await own.db.query(`SELECT sent_at FROM outbox WHERE id = $1`, [id]))[0].sent_at !== null, 20_000, what);
      const outbox = own.api.get(Outbox);
      const first = await listener();
      await own.db.query(`SELECT pg_terminate_backend($1)`, [first]);
      // Written while nobody listens: its notification is lost.
      const meanwhile = await own.db.transaction((tx) => outbox.add(tx, 'mail.send', mailTo(uniqueEmail('relisten-meanwhile'))));
      await relayed(meanwhile, 'the row written while nobody listened to be relayed');
      await listener(first);
      const later = await own.db.transaction((tx) => outbox.add(tx, 'mail.send', mailTo(uniqueEmail('relisten-later'))));
      await relayed(later, 'the row written after to be relayed');
    } finally {
      await own.close();
    }
  }, 60_000);

  describe('when every attempt fails', () => {
    let failing: Stack;

    beforeAll(async () => {
      // Nothing listens on this port: every send fails with a connection error.
      failing = await startStack({ backend, worker: true, env: { SMTP_URL: `smtp://127.0.0.1:${await freePort()}` } });
    });
    afterAll(() => failing?.close());

    it('keeps the failed job in BullMQ’s failed set with its error and attempts', async () => {
      const to = uniqueEmail('bounce');
      const id = await failing.db.transaction((tx) => failing.api.get(Outbox).add(tx, 'mail.send', mailTo(to)));
      const queue = notificationsQueue(failing);
      const attempts = JOBS['mail.send'].options.attempts!;
      expect(attempts).toBeGreaterThan(1);

      // After the first failure the job waits for its retry, keeping the error.
      const retrying = await eventually(async () => {
        const job = await queue.getJob(id);
        return job && job.attemptsMade >= 1 ? job : undefined;
      }, 10_000, 'the first attempt to fail');
      expect(retrying.failedReason).toMatch(/ECONNREFUSED|connect/i);
      expect(retrying.opts).toMatchObject({ attempts, removeOnFail: false });

      // Skip the backoff delays (promote the retry each time) until the attempts run out.
      const failed = await eventually(async () => {
        const job = await queue.getJob(id);
        if (!job) return undefined;
        const state = await job.getState();
        if (state === 'delayed') await job.promote().catch(() => undefined);
        return state === 'failed' ? job : undefined;
      }, 15_000, 'the job to reach the failed set');
      expect(failed.attemptsMade).toBe(attempts);
      expect(failed.failedReason).toMatch(/ECONNREFUSED|connect/i);
      expect(failed.stacktrace?.length).toBeGreaterThan(0);
      expect((await queue.getFailed(0, -1)).map((j) => j.id)).toContain(id);
      expect(await queue.getJobCounts('failed')).toMatchObject({ failed: 1 });
      // Nothing was recorded as processed, so a later manual retry would send the mail.
      expect(await failing.db.query(`SELECT 1 FROM processed_jobs WHERE job_id = $1`, [id])).toEqual([]);
      // The job stays after a while (removeOnFail: false).
      await sleep(300);
      expect(await (await queue.getJob(id))?.getState()).toBe('failed');
    });
  });
});
