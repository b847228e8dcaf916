import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor, MembershipRole } from './domain/policy.js';

interface ActorRow {
  id: string;
  email: string;
  grants: { role: string; cityId: string | null }[] | null;
  memberships: { organisationId: string; role: MembershipRole }[] | null;
}

/** Loads who the caller is, freshly on each request, so a revoked role or deleted user counts at once. */
@Injectable()
export class ActorLoader {
  constructor(private readonly dataSource: DataSource) {}

  async load(userId: string): Promise<Actor | null> {
    const rows: ActorRow[] = await this.dataSource.query(
      `SELECT u.id, u.email,
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
    };
  }
}
