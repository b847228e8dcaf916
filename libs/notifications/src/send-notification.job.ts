import { Inject, Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, claimJobOnce, jobIdOf, HandlesJob, JobHandler, Locale, Mailer, NotificationSendPayload } from '@kokeilu/platform';
import { appPath } from './domain/links.js';
import { NOTIFICATION_KINDS, NotificationKind, NotificationParams, renderNotification } from './domain/templates.js';

/**
 * Delivers one notification in the recipient's language: the in-app entry and the e-mail in one
 * transaction with the job's claim, so a retry never doubles the entry. The e-mail cannot be rolled
 * back: when the commit is lost after it went out, the retry sends it again, under the same
 * Message-ID (derived from the job id).
 */
@Injectable()
@HandlesJob('notification.send')
export class SendNotificationJob implements JobHandler<'notification.send'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(payload: NotificationSendPayload, job: Job<NotificationSendPayload>): Promise<{ delivered: boolean }> {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(payload.kind)) {
      throw new UnrecoverableError(`unknown notification kind "${payload.kind}"`);
    }
    const kind = payload.kind as NotificationKind;
    return this.dataSource.transaction(async (tx) => {
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) return { delivered: false };
      const [user]: { email: string; locale: Locale }[] = await tx.query(`SELECT email, locale FROM users WHERE id = $1`, [payload.userId]);
      if (!user) return { delivered: false }; // the account was deleted meanwhile
      const text = renderNotification(kind, user.locale, payload.params as unknown as NotificationParams[typeof kind]);
      const target = payload.entityType && payload.entityId ? { type: payload.entityType, id: payload.entityId, view: payload.view } : null;
      const link = appPath(user.locale, target);
      await tx.query(
        `INSERT INTO notifications (user_id, kind, title, body, link, entity_type, entity_id, emailed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
        [payload.userId, kind, text.title, text.body, link, payload.entityType ?? null, payload.entityId ?? null],
      );
      // The e-mail carries the same link, whole: the web app is served where the API is.
      const body = link ? `${text.body}\n\n${this.config.PUBLIC_URL}${link}` : text.body;
      await this.mailer.sendText(user.email, text.title, body, kind, jobIdOf(job));
      return { delivered: true };
    });
  }
}
