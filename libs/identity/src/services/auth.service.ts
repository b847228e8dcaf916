import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { accessTokenClaims } from '@kokeilu/access';
import { APP_CONFIG, type AppConfig, Audit, DomainError } from '@kokeilu/platform';
import { normaliseEmail, parkedAddress } from '../domain/email.js';
import { type AddressHolder, releasesAddress } from '../domain/email-verification.js';
import { afterFailure, AttemptState, clientKey, isLocked, secondsLeft } from '../domain/lockout.js';
import { passwordProblem } from '../domain/password.js';
import { User } from '../entities/user.entity.js';
import { revokeSession, revokeUserSessions } from './sessions.js';
import { EmailVerificationService } from './email-verification.service.js';
import { hashPassword, type PasswordHashCost, passwordHashCost, verifyPassword } from './password-hash.js';

const ATTEMPT_COLUMNS = `failures, locks, locked_until AS "lockedUntil", last_failure_at AS "lastFailureAt"`;

export interface TokenPair {
  accessToken: string;
  refreshToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
}

export interface RegisterInput {
  email: string;
  password: string;
  displayName: string;
  locale: 'fi' | 'sv' | 'en';
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === '23505' || (error as { driverError?: { code?: string } })?.driverError?.code === '23505';
}

@Injectable()
export class AuthService {
  private readonly passwordCost: PasswordHashCost;
  /** Verified when the e-mail is unknown, so a login takes as long whether or not the user exists. */
  private readonly dummyHash: Promise<string>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jwt: JwtService,
    private readonly audit: Audit,
    private readonly verifications: EmailVerificationService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.passwordCost = passwordHashCost(config.NODE_ENV);
    this.dummyHash = hashPassword(newToken(), this.passwordCost);
  }

  /**
   * A new account, unverified: a verification e-mail goes out through the outbox. The address is
   * kept in its normal form (see domain/email.ts). An address held by an account that never proved
   * it, for longer than a verification lasts, and that holds nothing, is released to the newcomer
   * (domain/email-verification.ts); any other holder answers 409.
   */
  async register(input: RegisterInput): Promise<User> {
    const email = normaliseEmail(input.email);
    if (!email) throw DomainError.invalid('email', 'must be an e-mail address');
    const problem = passwordProblem(input.password, email);
    if (problem) throw DomainError.invalid('password', problem);
    const passwordHash = await hashPassword(input.password, this.passwordCost);
    try {
      return await this.dataSource.transaction(async (tx) => {
        await this.releaseStaleHolder(tx, email);
        const user = await tx.getRepository(User).save(
          tx.getRepository(User).create({ email, passwordHash, displayName: input.displayName.trim(), locale: input.locale, emailVerifiedAt: null }),
        );
        await this.audit.record(tx, {
          actorId: user.id,
          action: 'user.registered',
          entityType: 'user',
          entityId: user.id,
          after: { email: user.email, displayName: user.displayName, locale: user.locale },
        });
        await this.verifications.send(tx, user.id, user.email);
        const { passwordHash: _, ...visible } = user;
        return visible as User;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError('conflict', 'An account with this e-mail already exists', { fields: [{ field: 'email', message: 'is already registered' }] });
      }
      throw error;
    }
  }

  /** Parks the account holding `email` when it gives the address up (see `releasesAddress`), ending its sign-ins. */
  private async releaseStaleHolder(tx: EntityManager, email: string): Promise<void> {
    const [holder]: (AddressHolder & { id: string; now: Date })[] = await tx.query(
      `SELECT u.id, u.email_verified_at AS "emailVerifiedAt", u.created_at AS "createdAt", now() AS now,
              EXISTS (SELECT 1 FROM memberships m WHERE m.user_id = u.id) AS "hasMemberships",
              EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id) AS "hasRoles"
         FROM users u WHERE lower(u.email) = lower($1) FOR UPDATE`,
      [email],
    );
    if (!holder || !releasesAddress(holder, holder.now)) return;
    await tx.query(`UPDATE users SET email = $2, updated_at = now() WHERE id = $1`, [holder.id, parkedAddress(holder.id)]);
    await revokeUserSessions(tx, holder.id);
    await tx.query(`UPDATE email_verifications SET revoked_at = now() WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`, [holder.id]);
    await this.audit.record(tx, {
      actorId: null,
      action: 'user.email_released',
      entityType: 'user',
      entityId: holder.id,
      before: { email },
      after: { email: parkedAddress(holder.id), reason: 'never verified, and registered again by someone else' },
    });
  }

  /**
   * The user whose e-mail and password match, or null. After LOGIN_MAX_FAILURES wrong passwords in
   * a row for an address from one client (`client`: the request's address, see `clientKey`),
   * sign-in for it from that client is refused without looking at the password, registered or not,
   * for a lock that doubles each time in a row (see domain/lockout.ts). Other clients keep their own
   * counts, so a guesser cannot lock the owner out. A correct password clears the client's count.
   */
  async verifyCredentials(email: string, password: string, client: string | undefined): Promise<User | null> {
    const address = normaliseEmail(email) ?? email.trim().toLowerCase();
    const from = clientKey(client);
    const user = await this.dataSource
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email: address })
      // A forgotten user's account signs in no more, whatever is typed.
      .andWhere('u.erased_at IS NULL')
      .getOne();
    const [attempt]: (AttemptState & { now: Date })[] = await this.dataSource.query(
      `SELECT ${ATTEMPT_COLUMNS}, clock_timestamp() AS now FROM login_attempts WHERE email = $1 AND client = $2`,
      [address, from],
    );
    if (attempt && isLocked(attempt, attempt.now)) throw this.lockedError(attempt, attempt.now);
    const ok = await verifyPassword(user?.passwordHash ?? (await this.dummyHash), password);
    if (user && ok) {
      if (attempt) await this.dataSource.query(`DELETE FROM login_attempts WHERE email = $1 AND client = $2`, [address, from]);
      const { passwordHash: _, ...visible } = user;
      return visible as User;
    }
    await this.recordFailure(address, from, user?.id ?? null);
    return null;
  }

  /** Counts one wrong password under the (address, client) row lock, so racing attempts all count. */
  private async recordFailure(address: string, client: string, userId: string | null): Promise<void> {
    const policy = { maxFailures: this.config.LOGIN_MAX_FAILURES, lockMinutes: this.config.LOGIN_LOCK_MINUTES, maxLockMinutes: this.config.LOGIN_MAX_LOCK_MINUTES };
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`INSERT INTO login_attempts (email, client) VALUES ($1, $2) ON CONFLICT (email, client) DO NOTHING`, [address, client]);
      const [current]: (AttemptState & { now: Date })[] = await tx.query(
        `SELECT ${ATTEMPT_COLUMNS}, clock_timestamp() AS now FROM login_attempts WHERE email = $1 AND client = $2 FOR UPDATE`,
        [address, client],
      );
      // A failure racing with the one that locked adds nothing: the lock is running.
      if (isLocked(current, current.now)) return;
      const next = afterFailure(current, current.now, policy);
      await tx.query(
        `UPDATE login_attempts SET failures = $3, locks = $4, locked_until = $5, last_failure_at = $6, updated_at = now() WHERE email = $1 AND client = $2`,
        [address, client, next.failures, next.locks, next.lockedUntil, next.lastFailureAt],
      );
      if (next.locked && userId) {
        await this.audit.record(tx, {
          actorId: null,
          action: 'user.sign_in_locked',
          entityType: 'user',
          entityId: userId,
          after: { lockedUntil: next.lockedUntil, failures: policy.maxFailures, client, lockInARow: next.locks },
        });
      }
    });
  }

  private lockedError(attempt: AttemptState, now: Date): DomainError {
    const retryAfterSeconds = secondsLeft(attempt, now);
    return new DomainError('rate_limited', `Too many wrong passwords: sign-in for this address from here is locked for ${Math.ceil(retryAfterSeconds / 60)} more minute(s)`, {
      retryAfterSeconds,
    });
  }

  /**
   * Access and refresh tokens of a sign-in: a new one (a session row, whose id the access token
   * carries as `sid`), or the sign-in `sessionId` a refresh continues. The access token carries the
   * user's token generation too (`gen`); see `@kokeilu/access`'s access-token rules.
   */
  async issueTokens(userId: string, sessionId: string = randomUUID(), tx: EntityManager = this.dataSource.manager): Promise<TokenPair> {
    const refreshToken = newToken();
    await tx.query(`INSERT INTO auth_sessions (id, user_id) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [sessionId, userId]);
    const [{ generation }]: { generation: number }[] = await tx.query(
      `INSERT INTO refresh_tokens (user_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))
       RETURNING (SELECT token_generation FROM users WHERE id = $1) AS generation`,
      [userId, sessionId, hashToken(refreshToken), this.config.REFRESH_TTL_DAYS],
    );
    const accessToken = await this.jwt.signAsync(accessTokenClaims({ userId, sessionId, generation }), {
      expiresIn: this.config.JWT_ACCESS_TTL_SECONDS,
      algorithm: 'HS256',
      jwtid: randomUUID(),
    });
    return { accessToken, refreshToken, tokenType: 'Bearer', expiresIn: this.config.JWT_ACCESS_TTL_SECONDS };
  }

  /**
   * Rotates a refresh token: the presented one is spent and a new one of the same sign-in issued.
   * Presenting a spent token again means it leaked, so the whole sign-in is revoked, its access
   * tokens with it.
   */
  async refresh(refreshToken: string): Promise<TokenPair> {
    const outcome = await this.dataSource.transaction(async (tx) => {
      const [row]: { id: string; user_id: string; family_id: string; used_at: Date | null; revoked_at: Date | null; expired: boolean }[] =
        await tx.query(
          `SELECT id, user_id, family_id, used_at, revoked_at, expires_at <= now() AS expired
             FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
          [hashToken(refreshToken)],
        );
      if (!row || row.revoked_at || row.expired) return { error: 'The refresh token is not valid' } as const;
      if (row.used_at) {
        await revokeSession(tx, row.family_id);
        return { error: 'The refresh token was already used; every session of this sign-in has been ended' } as const;
      }
      await tx.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [row.id]);
      return { tokens: await this.issueTokens(row.user_id, row.family_id, tx) } as const;
    });
    if (!outcome.tokens) throw new DomainError('unauthenticated', outcome.error ?? 'The refresh token is not valid');
    return outcome.tokens;
  }

  /**
   * Ends the sign-in the refresh token belongs to: its refresh tokens and, at once, its access
   * tokens. Unknown tokens are ignored: logout never fails.
   */
  async logout(refreshToken: string): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [row]: { family_id: string }[] = await tx.query(`SELECT family_id FROM refresh_tokens WHERE token_hash = $1`, [hashToken(refreshToken)]);
      if (row) await revokeSession(tx, row.family_id);
    });
  }
}
