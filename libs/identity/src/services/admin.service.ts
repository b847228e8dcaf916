import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Actor, Policy } from '@kokeilu/access';
import { Audit, DomainError, messageOf } from '@kokeilu/platform';
import { IDENTITY_MESSAGES } from '../domain/messages.js';
import { PlatformRole, roleGrantProblem } from '../domain/roles.js';
import { City, LocalizedText } from '../entities/city.entity.js';
import { RoleGrant } from '../entities/role-grant.entity.js';
import { endAccessTokens } from './sessions.js';

export interface UserSummary {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  emailVerified: boolean;
  roles: { id: string; role: PlatformRole; cityId: string | null }[];
}

/** What admins do: grant and revoke platform roles, add partner cities, find users. */
@Injectable()
export class AdminService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: Policy,
    private readonly audit: Audit,
  ) {}

  async grantRole(actor: Actor | null, userId: string, role: PlatformRole, cityId: string | null): Promise<RoleGrant> {
    this.policy.authorize(actor, 'role.manage', { kind: 'platform' });
    const problem = roleGrantProblem(role, cityId);
    if (problem) throw DomainError.invalid('cityId', problem);
    return this.dataSource.transaction(async (tx) => {
      const [user]: { verified: boolean }[] = await tx.query(`SELECT email_verified_at IS NOT NULL AS verified FROM users WHERE id = $1 FOR SHARE`, [userId]);
      if (!user) throw DomainError.notFound('User');
      // A role on an address nobody proved would hand its powers to whoever registered it first.
      if (!user.verified) throw DomainError.conflict(messageOf(IDENTITY_MESSAGES, 'role.email_unverified'), { reason: 'email_unverified' });
      if (cityId && !(await tx.getRepository(City).existsBy({ id: cityId }))) throw DomainError.invalid('cityId', messageOf(IDENTITY_MESSAGES, 'role.no_such_city'));
      const inserted: RoleGrant[] = await tx.query(
        `INSERT INTO role_grants (user_id, role, city_id, granted_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT DO NOTHING RETURNING id, user_id AS "userId", role, city_id AS "cityId", granted_by AS "grantedBy", created_at AS "createdAt"`,
        [userId, role, cityId, actor?.userId ?? null],
      );
      if (!inserted.length) throw DomainError.conflict(messageOf(IDENTITY_MESSAGES, 'role.already_held'));
      const grant = inserted[0];
      await endAccessTokens(tx, userId);
      await this.audit.record(tx, {
        actorId: actor?.userId ?? null,
        action: 'role.granted',
        entityType: 'user',
        entityId: userId,
        cityId,
        after: { grantId: grant.id, role, cityId },
      });
      return grant;
    });
  }

  async revokeRole(actor: Actor, grantId: string, userId: string): Promise<void> {
    this.policy.authorize(actor, 'role.manage', { kind: 'platform' });
    await this.dataSource.transaction(async (tx) => {
      const grant = await tx.getRepository(RoleGrant).findOneBy({ id: grantId });
      if (!grant || grant.userId !== userId) throw DomainError.notFound('Role grant');
      if (grant.role === 'admin') {
        const [{ n }] = await tx.query(`SELECT count(*)::int AS n FROM role_grants WHERE role = 'admin'`);
        if (n <= 1) throw DomainError.conflict(messageOf(IDENTITY_MESSAGES, 'role.last_admin'));
      }
      await tx.getRepository(RoleGrant).delete({ id: grantId });
      await endAccessTokens(tx, grant.userId);
      await this.audit.record(tx, {
        actorId: actor.userId,
        action: 'role.revoked',
        entityType: 'user',
        entityId: grant.userId,
        cityId: grant.cityId,
        before: { grantId, role: grant.role, cityId: grant.cityId },
      });
    });
  }

  async listUsers(actor: Actor, email: string | undefined, limit: number, offset: number): Promise<{ items: UserSummary[]; total: number }> {
    this.policy.authorize(actor, 'user.list', { kind: 'platform' });
    const filter = email ? `WHERE lower(u.email) LIKE '%' || lower($3) || '%'` : '';
    const params: unknown[] = [limit, offset, ...(email ? [email] : [])];
    const items: UserSummary[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.locale, u.email_verified_at IS NOT NULL AS "emailVerified",
              coalesce((SELECT json_agg(json_build_object('id', g.id, 'role', g.role, 'cityId', g.city_id) ORDER BY g.created_at)
                          FROM role_grants g WHERE g.user_id = u.id), '[]') AS roles
         FROM users u ${filter} ORDER BY u.created_at, u.id LIMIT $1 OFFSET $2`,
      params,
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM users u ${filter.replace('$3', '$1')}`, email ? [email] : []);
    return { items, total };
  }

  /** The users holding the decider role, by name, for those who name a call's deciders (coordinators and admins). */
  async listDeciders(actor: Actor): Promise<{ id: string; displayName: string; email: string }[]> {
    this.policy.authorize(actor, 'decider.list', { kind: 'platform' });
    return this.dataSource.query(
      `SELECT u.id, u.display_name AS "displayName", u.email
         FROM users u WHERE EXISTS (SELECT 1 FROM role_grants g WHERE g.user_id = u.id AND g.role = 'decider')
        ORDER BY u.display_name, u.id LIMIT 500`,
    );
  }

  async listCities(): Promise<City[]> {
    return this.dataSource.getRepository(City).find({ order: { partner: 'ASC', createdAt: 'ASC', slug: 'ASC' } });
  }

  async createCity(actor: Actor, slug: string, name: LocalizedText): Promise<City> {
    this.policy.authorize(actor, 'city.create', { kind: 'platform' });
    return this.dataSource.transaction(async (tx) => {
      const inserted: City[] = await tx.query(
        `INSERT INTO cities (slug, name, partner) VALUES ($1, $2, true) ON CONFLICT (slug) DO NOTHING
         RETURNING id, slug, name, partner, created_at AS "createdAt"`,
        [slug, JSON.stringify(name)],
      );
      if (!inserted.length) throw DomainError.conflict(messageOf(IDENTITY_MESSAGES, 'city.slug_taken', { slug }), { fields: [{ field: 'slug', message: 'is taken' }] });
      const city = inserted[0];
      await this.audit.record(tx, { actorId: actor.userId, action: 'city.created', entityType: 'city', entityId: city.id, cityId: city.id, after: city });
      return city;
    });
  }
}
