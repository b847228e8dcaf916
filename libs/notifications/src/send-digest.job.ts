import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, HandlesJob, JobHandler, Locale, Mailer } from '@kokeilu/platform';
import { mailFooter, renderDigest } from './domain/digest.js';
import { mailLinks } from './domain/links.js';
import { unsubscribeHeaders, unsubscribeToken } from './domain/unsubscribe.js';

/** Users whose digests one pass sends before looking again (each user is one transaction). */
const USERS_PER_PASS = 200;

/**
 * The daily digest: for each user with notifications waiting for it, one e-mail in their language
 * with all of them, and the notifications stamped as e-mailed in the same transaction. A rerun
 * (a retry, a second worker) finds nothing left to send; a commit lost after the send sends the
 * same notifications again under the same Message-ID (derived from them).
 */
@Injectable()
@HandlesJob('notification.digest')
export class SendDigestJob implements JobHandler<'notification.digest'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(): Promise<{ sent: number }> {
    const startedAt = new Date();
    let sent = 0;
    for (;;) {
      const users: { user_id: string }[] = await this.dataSource.query(
        `SELECT DISTINCT user_id FROM notifications WHERE delivery = 'digest' AND emailed_at IS NULL AND created_at <= $1 LIMIT $2`,
        [startedAt, USERS_PER_PASS],
      );
      let progressed = false;
      for (const { user_id: userId } of users) {
        if (await this.sendOne(userId, startedAt)) {
          sent += 1;
          progressed = true;
        }
      }
      // Users whose rows another worker holds are left to it; stop when a pass sends nothing.
      if (users.length < USERS_PER_PASS || !progressed) return { sent };
    }
  }

  private sendOne(userId: string, until: Date): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const rows: { id: string; title: string; body: string; link: string | null; created_at: Date; email: string; locale: Locale }[] = await tx.query(
        `SELECT n.id, n.title, n.body, n.link, n.created_at, u.email, u.locale
           FROM notifications n JOIN users u ON u.id = n.user_id
          WHERE n.user_id = $1 AND n.delivery = 'digest' AND n.emailed_at IS NULL AND n.created_at <= $2
          ORDER BY n.created_at, n.id FOR UPDATE OF n SKIP LOCKED`,
        [userId, until],
      );
      if (rows.length === 0) return false;
      const user = rows[0];
      const base = this.config.PUBLIC_URL;
      const mail = renderDigest(
        user.locale,
        rows.map((row) => ({ title: row.title, body: row.body, url: row.link ? `${base}${row.link}` : null, createdAt: new Date(row.created_at) })),
        until,
      );
      const links = mailLinks(base, user.locale, unsubscribeToken(this.config.JWT_SECRET, userId, 'digest'));
      const text = `${mail.text}\n\n${mailFooter(user.locale, { unsubscribeUrl: links.unsubscribePage, digest: true, manageUrl: links.settings })}`;
      const ids = rows.map((row) => row.id);
      await this.mailer.sendText(user.email, mail.subject, text, 'notification.digest', `digest-${userId}-${ids[ids.length - 1]}`, unsubscribeHeaders(links.oneClick));
      await tx.query(`UPDATE notifications SET emailed_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
      return true;
    });
  }
}
