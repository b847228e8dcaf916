import { Inject, Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import {
  APP_CONFIG,
  type AppConfig,
  HandlesJob,
  JobHandler,
  jobIdOf,
  Locale,
  Mailer,
  type NotificationDeliveryPayload,
  type NotificationRequest,
  notificationRequestsOf,
} from '@kokeilu/platform';
import { notificationDelivery, type NotificationEntry, type NotificationMail, type NotificationRequestOf } from './domain/delivery.js';
import type { Delivery } from './domain/preferences.js';
import { NOTIFICATION_KINDS, type NotificationKind } from './domain/templates.js';

/** E-mails one job has on their way at once. */
const MAIL_CONCURRENCY = 8;

export interface NotificationsDelivered {
  /** Requests delivered now (not before, under their job id). */
  delivered: number;
  /** Of them, those sent by e-mail at once. */
  emailed: number;
}

/**
 * Delivers notifications in their recipients' languages: the in-app entry always, and the e-mail
 * as the recipient chose for its kind (at once, in the daily digest, or none). A job delivers one
 * request, or the requests that waited together in the outbox (the relay merges them), set-based:
 * every request claimed under its own job id in one statement, the recipients and their choices
 * read in one, the entries written in one, in one transaction, so that a request is delivered
 * once however the requests were grouped (a retry, a redelivery after Redis lost its data). The
 * e-mails cannot be rolled back: when the commit is lost after they went out, the retry sends them
 * again, each under the same Message-ID (derived from its request's job id). A request whose
 * e-mail could not be sent is given back (its claim removed, no entry) and the job fails after
 * the commit, so that its retry sends only what is missing.
 */
@Injectable()
@HandlesJob('notification.send')
export class SendNotificationJob implements JobHandler<'notification.send'> {
  private readonly logger = new Logger('SendNotificationJob');

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(payload: NotificationDeliveryPayload, job: Job<NotificationDeliveryPayload>): Promise<NotificationsDelivered> {
    const requests = notificationRequestsOf(payload, jobIdOf(job));
    if (!requests) throw new UnrecoverableError(`bad payload ${JSON.stringify(payload)} of job ${job.id}`);
    const unknown = requests.filter((request) => !isKind(request.kind));
    const known = uniqueByJobId(requests.filter((request): request is NotificationRequest & { kind: NotificationKind } => isKind(request.kind)));
    const outcome = known.length ? await this.deliver(known, job.name) : { delivered: 0, emailed: 0, unsent: [] };
    if (outcome.unsent.length) {
      throw new Error(`${outcome.unsent.length} of ${known.length} notification e-mails could not be sent (${outcome.unsent[0]}); they go again on the retry`);
    }
    // Unknown to this worker (one older than the change that asked for it): kept among the failed jobs, the others delivered.
    if (unknown.length) throw new UnrecoverableError(`unknown notification kind ${[...new Set(unknown.map((r) => `"${r.kind}"`))].join(', ')}`);
    return { delivered: outcome.delivered, emailed: outcome.emailed };
  }

  private async deliver(requests: (NotificationRequest & { kind: NotificationKind })[], jobName: string): Promise<NotificationsDelivered & { unsent: string[] }> {
    return this.dataSource.transaction(async (tx) => {
      // Claimed in one order everywhere, so that two jobs holding the same requests never wait for each other.
      const claimed: { jobId: string }[] = await tx.query(
        `INSERT INTO processed_jobs (job_id, job_name) SELECT id, $2 FROM unnest($1::text[]) AS c(id) ORDER BY id
         ON CONFLICT (job_id) DO NOTHING RETURNING job_id AS "jobId"`,
        [requests.map((r) => r.jobId), jobName],
      );
      const fresh = new Set(claimed.map((c) => c.jobId));
      const wanted = requests.filter((r) => fresh.has(r.jobId));
      if (!wanted.length) return { delivered: 0, emailed: 0, unsent: [] };
      const recipients: { n: number; email: string; locale: Locale; chosen: Delivery | null }[] = await tx.query(
        `SELECT w.n::int AS n, u.email, u.locale, p.delivery AS chosen
           FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS w(user_id, kind, n)
           JOIN users u ON u.id = w.user_id
           LEFT JOIN notification_preferences p ON p.user_id = w.user_id AND p.kind = w.kind`,
        [wanted.map((r) => r.userId), wanted.map((r) => r.kind)],
      );
      // A request whose recipient is gone (the account was deleted meanwhile) stays claimed with nothing to deliver.
      const site = { publicUrl: this.config.PUBLIC_URL, key: this.config.JWT_SECRET };
      const planned = recipients.map(({ n, ...recipient }) => ({ request: wanted[n - 1], ...notificationDelivery(wanted[n - 1] as NotificationRequestOf, recipient, site) }));
      const failures = await this.sendAll(planned.filter((p): p is typeof p & { mail: NotificationMail } => p.mail !== null));
      const entries: NotificationEntry[] = planned.filter((p) => !failures.has(p.request.jobId)).map((p) => p.entry);
      if (failures.size) {
        await tx.query(`DELETE FROM processed_jobs WHERE job_id = ANY($1::text[])`, [[...failures.keys()]]);
      }
      if (entries.length) {
        await tx.query(
          `INSERT INTO notifications (user_id, kind, title, body, link, entity_type, entity_id, delivery, emailed_at)
           SELECT e."userId", e.kind, e.title, e.body, e.link, e."entityType", e."entityId", e.delivery, CASE WHEN e.delivery = 'immediate' THEN now() END
             FROM jsonb_to_recordset($1::jsonb) AS e("userId" uuid, kind text, title text, body text, link text, "entityType" text, "entityId" text, delivery text)`,
          [JSON.stringify(entries)],
        );
      }
      return { delivered: entries.length, emailed: entries.filter((e) => e.delivery === 'immediate').length, unsent: [...failures.values()] };
    });
  }

  /** Sends the e-mails a few at a time; answers the job ids of those that failed, with why. */
  private async sendAll(mails: { request: NotificationRequest; mail: NotificationMail }[]): Promise<Map<string, string>> {
    const failures = new Map<string, string>();
    let next = 0;
    const sender = async () => {
      while (next < mails.length) {
        const { request, mail } = mails[next++];
        try {
          await this.mailer.sendText(mail.to, mail.subject, mail.text, request.kind, request.jobId, mail.headers);
        } catch (error) {
          failures.set(request.jobId, (error as Error).message);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(MAIL_CONCURRENCY, mails.length) }, sender));
    if (failures.size) this.logger.warn(`${failures.size} of ${mails.length} notification e-mails failed: ${[...failures.values()][0]}`);
    return failures;
  }
}

function isKind(kind: string): kind is NotificationKind {
  return (NOTIFICATION_KINDS as readonly string[]).includes(kind);
}

/** A request relayed twice into one job (its outbox row put back after Redis lost its data) is delivered once. */
function uniqueByJobId<T extends { jobId: string }>(requests: T[]): T[] {
  const seen = new Set<string>();
  return requests.filter((r) => !seen.has(r.jobId) && seen.add(r.jobId));
}
