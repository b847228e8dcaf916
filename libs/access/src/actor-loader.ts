import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Statement } from '@kokeilu/platform';
import type { TokenSession } from './domain/access-token.js';
import type { Actor, MembershipRole } from './domain/policy.js';

interface ActorRow {
  id: string;
  email: string;
  email_verified: boolean;
  grants: { role: string; cityId: string | null }[] | null;
  memberships: { organisationId: string; role: MembershipRole }[] | null;
}

/** The caller as the access token's checks found them: the actor, and whether their address is proved. */
export interface SignedInActor extends Actor {
  /** Until the owner proves the address, the account may read but not change anything. */
  emailVerified: boolean;
}

const ACTOR_COLUMNS = `u.id, u.email, u.email_verified_at IS NOT NULL AS email_verified,
  (SELECT json_agg(json_build_object('role', g.role, 'cityId', g.city_id)) FROM role_grants g WHERE g.user_id = u.id) AS grants,
  (SELECT json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role)) FROM memberships m WHERE m.user_id = u.id) AS memberships`;

/**
 * Loads who the caller is, freshly on each request from the database every API process shares, so
 * a revoked role, a deleted user or an ended sign-in counts at once.
 */
@Injectable()
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  /** The user, whoever presents them (the password was just checked). */
  async load(userId: string): Promise<SignedInActor | null> {
    return signedInActorOf(await this.dataSource.query(`SELECT ${ACTOR_COLUMNS} FROM users u WHERE u.id = $1`, [userId]));
  }

  /**
   * The user an access token names, in the same one query as the check that its sign-in is not
   * revoked (a primary-key look-up) and its generation is current; null otherwise.
   */
  async loadForSession(session: TokenSession): Promise<SignedInActor | null> {
    const { text, values } = sessionActorStatement(session);
    return signedInActorOf(await this.dataSource.query(text, values as unknown[]));
  }
}

/**
 * The one query that loads the user an access token names and checks that its sign-in is not
 * revoked and its generation is current: no row otherwise. Sent by `loadForSession`, or by a route
 * in its transaction's first batch (see PendingActor).
 */
export function sessionActorStatement(session: TokenSession): Statement {
  return {
    name: 'access.session-actor',
    text: `SELECT ${ACTOR_COLUMNS} FROM users u
            WHERE u.id = $1 AND u.token_generation = $3
              AND EXISTS (SELECT 1 FROM auth_sessions s WHERE s.id = $2 AND s.user_id = u.id AND s.revoked_at IS NULL)`,
    values: [session.userId, session.sessionId, session.generation],
  };
}

/** The actor an actor query found, or null when it found no row. */
export function signedInActorOf(rows: readonly unknown[]): SignedInActor | null {
  const row = rows[0] as ActorRow | undefined;
  if (!row) return null;
  const grants = row.grants ?? [];
  return {
    userId: row.id,
    email: row.email,
    admin: grants.some((g) => g.role === 'admin'),
    coordinatorCityIds: grants.filter((g) => g.role === 'coordinator' && g.cityId).map((g) => g.cityId as string),
    evaluator: grants.some((g) => g.role === 'evaluator'),
    decider: grants.some((g) => g.role === 'decider'),
    memberships: row.memberships ?? [],
    emailVerified: row.email_verified,
  };
}
