import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig, claimJobOnce, formatDateTime, HandlesJob, type InvitationSendPayload, JobHandler, jobIdOf, type Locale, Mailer } from '@kokeilu/platform';
import { invitationCode } from '../domain/invitation-code.js';
import { hashToken } from './auth.service.js';

const logger = new Logger('SendInvitationJob');

/** The web app's page where the invited user, signed in, accepts (it posts the code to /api/v1/invitations/accept). */
export const ACCEPT_INVITATION_PATH = '/invitations/accept';

/** The link of an invitation e-mail: the web app's page in the invitee's language, carrying the code. */
export function acceptInvitationUrl(publicUrl: string, locale: Locale, code: string): string {
  return `${publicUrl.replace(/\/$/, '')}/${locale}${ACCEPT_INVITATION_PATH}?code=${encodeURIComponent(code)}`;
}

/**
 * Sends one organisation invitation in the invitee's language (else the inviter's), with the code
 * derived from the invitation's id. An invitation accepted, expired or replaced since is skipped,
 * and so is one whose stored hash is not of the derived code (made under another server key): its
 * mail would carry a code that does not work. The claim and the send share a transaction, as for
 * every mail: a send whose commit is lost goes again, the same mail under the same Message-ID.
 */
@Injectable()
@HandlesJob('invitation.send')
export class SendInvitationJob implements JobHandler<'invitation.send'> {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(payload: InvitationSendPayload, job: Job<InvitationSendPayload>): Promise<{ sent: boolean }> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await claimJobOnce(tx, jobIdOf(job), job.name))) return { sent: false };
      const [row]: { email: string; tokenHash: string; expiresAt: Date; open: boolean; organisationName: string; inviterName: string; locale: Locale }[] = await tx.query(
        `SELECT i.email, i.token_hash AS "tokenHash", i.expires_at AS "expiresAt", i.accepted_at IS NULL AND i.expires_at > now() AS open,
                o.name AS "organisationName", coalesce(b.display_name, '') AS "inviterName",
                coalesce((SELECT u.locale FROM users u WHERE lower(u.email) = lower(i.email)), b.locale, 'fi') AS locale
           FROM invitations i JOIN organisations o ON o.id = i.organisation_id LEFT JOIN users b ON b.id = i.invited_by
          WHERE i.id = $1`,
        [payload.invitationId],
      );
      if (!row?.open) return { sent: false };
      const code = invitationCode(this.config.JWT_SECRET, payload.invitationId);
      if (hashToken(code) !== row.tokenHash) {
        logger.warn(`invitation ${payload.invitationId}: its code was made under another server key; it is not sent (invite again)`);
        return { sent: false };
      }
      await this.mailer.send(
        row.email,
        'invitation',
        row.locale,
        {
          organisationName: row.organisationName,
          inviterName: row.inviterName,
          acceptUrl: acceptInvitationUrl(this.config.PUBLIC_URL, row.locale, code),
          token: code,
          expiresAt: formatDateTime(row.expiresAt, row.locale),
        },
        jobIdOf(job),
      );
      return { sent: true };
    });
  }
}
