import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig, Audit, DomainError, Outbox } from '@kokeilu/platform';
import {
  codeMatches,
  MAX_CODE_ATTEMPTS,
  resendWaitSeconds,
  VERIFICATION_HOURS,
  VERIFICATION_PROBLEM_TEXT,
  verificationIdOfToken,
  verificationProblem,
  VerificationState,
} from '../domain/email-verification.js';

export interface VerificationSent {
  email: string;
  expiresAt: Date;
  /** When another e-mail may be asked for. */
  resendAvailableAt: Date;
}

export interface EmailVerified {
  userId: string;
  email: string;
  emailVerified: true;
  emailVerifiedAt: Date;
}

interface VerificationRow extends VerificationState {
  id: string;
  userId: string;
  currentEmail: string;
  emailVerifiedAt: Date | null;
  now: Date;
}

const SELECT_VERIFICATION = `
  SELECT v.id, v.user_id AS "userId", v.email, v.expires_at AS "expiresAt", v.used_at AS "usedAt", v.revoked_at AS "revokedAt",
         v.code_attempts AS "codeAttempts", u.email AS "currentEmail", u.email_verified_at AS "emailVerifiedAt", now() AS now
    FROM email_verifications v JOIN users u ON u.id = v.user_id`;

/**
 * E-mail verification: a sending at registration and on request (rate-limited), proved by the
 * mail's link (signed in or not) or its code (signed in). Each sending is a row and an outbox job;
 * the job derives the secrets, so they are stored nowhere.
 */
@Injectable()
export class EmailVerificationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: Audit,
    private readonly outbox: Outbox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new sending to the user's address within `tx`; earlier open ones stop working. */
  async send(tx: EntityManager, userId: string, email: string): Promise<{ id: string; expiresAt: Date; createdAt: Date }> {
    await tx.query(`UPDATE email_verifications SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [userId]);
    const [row]: { id: string; expiresAt: Date; createdAt: Date }[] = await tx.query(
      `INSERT INTO email_verifications (user_id, email, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))
       RETURNING id, expires_at AS "expiresAt", created_at AS "createdAt"`,
      [userId, email, VERIFICATION_HOURS],
    );
    await this.outbox.add(tx, 'email.verification', { verificationId: row.id });
    return row;
  }

  /** Another e-mail for a signed-in user whose address is not verified yet, within the resend limits. */
  async resend(userId: string): Promise<VerificationSent> {
    return this.dataSource.transaction(async (tx) => {
      // The user's row lock lines up concurrent requests, so the limits hold however they race.
      const [user]: { email: string; emailVerifiedAt: Date | null; now: Date }[] = await tx.query(
        `SELECT email, email_verified_at AS "emailVerifiedAt", now() AS now FROM users WHERE id = $1 FOR UPDATE`,
        [userId],
      );
      if (!user) throw DomainError.notFound('User');
      if (user.emailVerifiedAt) throw DomainError.conflict('The e-mail address is already verified', { reason: 'already_verified' });
      const sent: { createdAt: Date }[] = await tx.query(
        `SELECT created_at AS "createdAt" FROM email_verifications WHERE user_id = $1 AND created_at > now() - interval '2 days'`,
        [userId],
      );
      const wait = resendWaitSeconds(sent.map((s) => s.createdAt), user.now);
      if (wait > 0) {
        throw new DomainError('rate_limited', `A verification e-mail was sent recently; ask again in ${wait} second(s)`, { retryAfterSeconds: wait });
      }
      const sending = await this.send(tx, userId, user.email);
      await this.audit.record(tx, {
        actorId: userId,
        action: 'user.email_verification_sent',
        entityType: 'user',
        entityId: userId,
        after: { email: user.email, expiresAt: sending.expiresAt },
      });
      const next = resendWaitSeconds([...sent.map((s) => s.createdAt), sending.createdAt], user.now);
      return { email: user.email, expiresAt: sending.expiresAt, resendAvailableAt: new Date(user.now.getTime() + next * 1000) };
    });
  }

  /** Proves the address with the token of a mail's link; the link works in any browser, signed in or not. */
  async verifyToken(token: string): Promise<EmailVerified> {
    const id = verificationIdOfToken(this.config.JWT_SECRET, token);
    if (!id) throw DomainError.invalid('token', 'is not a valid verification link');
    return this.dataSource.transaction(async (tx) => {
      const [row]: VerificationRow[] = await tx.query(`${SELECT_VERIFICATION} WHERE v.id = $1 FOR UPDATE OF v, u`, [id]);
      if (!row) throw DomainError.invalid('token', 'is not a valid verification link');
      // A second click on the link of a verified address is no error.
      if (row.emailVerifiedAt && row.email === row.currentEmail) return this.verified(row.userId, row.currentEmail, row.emailVerifiedAt);
      const problem = verificationProblem(row, row.currentEmail, row.now, false);
      if (problem) throw DomainError.conflict(VERIFICATION_PROBLEM_TEXT[problem], { reason: problem });
      return this.markVerified(tx, row, 'link');
    });
  }

  /** Proves the address with the code of the latest mail, typed by the signed-in user. */
  async verifyCode(userId: string, code: string): Promise<EmailVerified> {
    const outcome = await this.dataSource.transaction(async (tx): Promise<{ verified: EmailVerified } | { wrong: number }> => {
      const [row]: VerificationRow[] = await tx.query(
        `${SELECT_VERIFICATION} WHERE v.user_id = $1 ORDER BY v.created_at DESC, v.id LIMIT 1 FOR UPDATE OF v, u`,
        [userId],
      );
      const [user]: { email: string; emailVerifiedAt: Date | null }[] = row
        ? [{ email: row.currentEmail, emailVerifiedAt: row.emailVerifiedAt }]
        : await tx.query(`SELECT email, email_verified_at AS "emailVerifiedAt" FROM users WHERE id = $1`, [userId]);
      if (user?.emailVerifiedAt) return { verified: this.verified(userId, user.email, user.emailVerifiedAt) };
      if (!row) throw DomainError.conflict('No verification e-mail has been sent to this account: ask for one', { reason: 'none_sent' });
      const problem = verificationProblem(row, row.currentEmail, row.now, true);
      if (problem) throw DomainError.conflict(VERIFICATION_PROBLEM_TEXT[problem], { reason: problem });
      if (!codeMatches(this.config.JWT_SECRET, row.id, code)) {
        // Counted in a transaction that commits: the refusal below must not roll the count back.
        await tx.query(`UPDATE email_verifications SET code_attempts = code_attempts + 1 WHERE id = $1`, [row.id]);
        return { wrong: MAX_CODE_ATTEMPTS - row.codeAttempts - 1 };
      }
      return { verified: await this.markVerified(tx, row, 'code') };
    });
    if ('verified' in outcome) return outcome.verified;
    const left = outcome.wrong;
    throw DomainError.invalid('code', left > 0 ? `is not the code of the latest verification e-mail (${left} more tries)` : 'is wrong again: ask for a new e-mail, or use its link');
  }

  private async markVerified(tx: EntityManager, row: VerificationRow, by: 'link' | 'code'): Promise<EmailVerified> {
    await tx.query(`UPDATE email_verifications SET used_at = now() WHERE id = $1`, [row.id]);
    // now() is the transaction's time, the same that the row was read with.
    await tx.query(`UPDATE users SET email_verified_at = now(), updated_at = now() WHERE id = $1`, [row.userId]);
    await this.audit.record(tx, {
      actorId: row.userId,
      action: 'user.email_verified',
      entityType: 'user',
      entityId: row.userId,
      after: { email: row.currentEmail, verificationId: row.id, by },
    });
    return this.verified(row.userId, row.currentEmail, row.now);
  }

  private verified(userId: string, email: string, at: Date): EmailVerified {
    return { userId, email, emailVerified: true, emailVerifiedAt: at };
  }
}
