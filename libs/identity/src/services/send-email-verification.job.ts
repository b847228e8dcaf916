import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, claimJobOnce, type EmailVerificationPayload, formatDateTime, HandlesJob, JobHandler, jobIdOf, Mailer } from '@kokeilu/platform';
import { verificationCode, verificationProblem, VerificationState, verificationToken } from '../domain/email-verification.js';

/** The web app's page that verifies an address from the link of the mail (it posts the token to the API), under the user's language. */
export const VERIFY_EMAIL_PATH = '/verify-email';

/**
 * Sends one verification e-mail in the user's language, with the link and code derived from the
 * verification's id. A sending that no longer proves anything (used, replaced, expired, the
 * address changed or already verified) is skipped. The claim and the send share a transaction, as
 * for every mail: a send whose commit is lost goes again, the same mail under the same Message-ID.
 */
@Injectable()
@HandlesJob('email.verification')
export class SendEmailVerificationJob implements JobHandler<'email.verification'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(payload: EmailVerificationPayload, job: Job<EmailVerificationPayload>): Promise<{ sent: boolean }> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) return { sent: false };
      const [row]: (VerificationState & { currentEmail: string; verified: boolean; displayName: string; locale: 'fi' | 'sv' | 'en'; now: Date })[] =
        await tx.query(
          `SELECT v.email, v.expires_at AS "expiresAt", v.used_at AS "usedAt", v.revoked_at AS "revokedAt", v.code_attempts AS "codeAttempts",
                  u.email AS "currentEmail", u.email_verified_at IS NOT NULL AS verified, u.display_name AS "displayName", u.locale, now() AS now
             FROM email_verifications v JOIN users u ON u.id = v.user_id WHERE v.id = $1`,
          [payload.verificationId],
        );
      if (!row || row.verified || verificationProblem(row, row.currentEmail, row.now, false)) return { sent: false };
      const key = this.config.JWT_SECRET;
      const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}/${row.locale}${VERIFY_EMAIL_PATH}?token=${encodeURIComponent(verificationToken(key, payload.verificationId))}`;
      await this.mailer.send(
        row.email,
        'email_verification',
        row.locale,
        {
          displayName: row.displayName,
          link,
          code: verificationCode(key, payload.verificationId),
          expiresAt: formatDateTime(row.expiresAt, row.locale),
        },
        jobIdOf(job),
      );
      return { sent: true };
    });
  }
}
