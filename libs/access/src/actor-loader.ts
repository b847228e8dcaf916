import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
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

/** Loads who the caller is, freshly on each request, so a revoked role or deleted user counts at once. */
@Injectable()
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string): Promise<SignedInActor | null> {
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.email_verified_at IS NOT NULL AS email_verified,
              (SELECT json_agg(json_build_object('role', g.role, 'cityId', g.city_id)) FROM role_grants g WHERE g.user_id = u.id) AS grants,
              (SELECT json_agg(json_build_object('organisationId', m.organisation_id, 'role', m.role)) FROM memberships m WHERE m.user_id = u.id) AS memberships
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    const row = rows[0];
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
}
