import { Inject, Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, claimJobOnce, jobIdOf, HandlesJob, JobHandler, Locale, Mailer, NotificationSendPayload } from '@kokeilu/platform';
import { mailFooter } from './domain/digest.js';
import { appPath, mailLinks } from './domain/links.js';
import { deliveryOf, mandatoryReason, type Delivery } from './domain/preferences.js';
import { NOTIFICATION_KINDS, NotificationKind, NotificationParams, renderNotification } from './domain/templates.js';
import { unsubscribeHeaders, unsubscribeToken } from './domain/unsubscribe.js';

/**
 * Delivers one notification in the recipient's language: the in-app entry always, and the e-mail
 * as the recipient chose for its kind (at once, in the daily digest, or none), in one transaction
 * with the job's claim, so a retry never doubles the entry. The e-mail cannot be rolled back: when
 * the commit is lost after it went out, the retry sends it again, under the same Message-ID
 * (derived from the job id).
 */
@Injectable()
@HandlesJob('notification.send')
export class SendNotificationJob implements JobHandler<'notification.send'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(payload: NotificationSendPayload, job: Job<NotificationSendPayload>): Promise<{ delivered: boolean; delivery?: Delivery }> {
    if (!(NOTIFICATION_KINDS as readonly string[]).includes(payload.kind)) {
      throw new UnrecoverableError(`unknown notification kind "${payload.kind}"`);
    }
    const kind = payload.kind as NotificationKind;
    return this.dataSource.transaction(async (tx) => {
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) return { delivered: false };
      const [user]: { email: string; locale: Locale; delivery: Delivery | null }[] = await tx.query(
        `SELECT u.email, u.locale, p.delivery FROM users u LEFT JOIN notification_preferences p ON p.user_id = u.id AND p.kind = $2 WHERE u.id = $1`,
        [payload.userId, kind],
      );
      if (!user) return { delivered: false }; // the account was deleted meanwhile
      const delivery = deliveryOf(kind, user.delivery, payload.delivery);
      const text = renderNotification(kind, user.locale, payload.params as unknown as NotificationParams[typeof kind]);
      const target = payload.entityType && payload.entityId ? { type: payload.entityType, id: payload.entityId, view: payload.view } : null;
      const link = appPath(user.locale, target);
      await tx.query(
        `INSERT INTO notifications (user_id, kind, title, body, link, entity_type, entity_id, delivery, emailed_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8 = 'immediate' THEN now() END)`,
        [payload.userId, kind, text.title, text.body, link, payload.entityType ?? null, payload.entityId ?? null, delivery],
      );
      if (delivery !== 'immediate') return { delivered: true, delivery };
      // The e-mail carries the same link, whole (the web app is served where the API is), and ends
      // with why it cannot be turned off, or how to turn it off with one click.
      const links = mailLinks(this.config.PUBLIC_URL, user.locale, unsubscribeToken(this.config.JWT_SECRET, payload.userId, kind));
      const reason = mandatoryReason(kind);
      const footer = mailFooter(user.locale, reason ? { mandatory: reason, manageUrl: links.settings } : { unsubscribeUrl: links.unsubscribePage, manageUrl: links.settings });
      const body = [text.body, ...(link ? [`${this.config.PUBLIC_URL}${link}`] : []), footer].join('\n\n');
      await this.mailer.sendText(user.email, text.title, body, kind, jobIdOf(job), reason ? undefined : unsubscribeHeaders(links.oneClick));
      return { delivered: true, delivery };
    });
  }
}
