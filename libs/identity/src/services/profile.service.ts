import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError } from '@kokeilu/platform';

export interface Profile {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  /** Whether the owner has proved the address; until then the account may read but not change anything. */
  emailVerified: boolean;
  createdAt: Date;
  roles: { id: string; role: string; cityId: string | null }[];
  memberships: { organisationId: string; organisationName: string; role: string }[];
}

/** The signed-in user as they see themselves: account, roles and organisations. */
@Injectable()
export class ProfileService {
  constructor(private readonly dataSource: DataSource) {}

  async profile(userId: string): Promise<Profile> {
    const [user] = await this.dataSource.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.locale, u.email_verified_at IS NOT NULL AS "emailVerified", u.created_at AS "createdAt",
              coalesce((SELECT json_agg(json_build_object('id', g.id, 'role', g.role, 'cityId', g.city_id) ORDER BY g.created_at)
                          FROM role_grants g WHERE g.user_id = u.id), '[]') AS roles,
              coalesce((SELECT json_agg(json_build_object('organisationId', o.id, 'organisationName', o.name, 'role', m.role) ORDER BY o.name)
                          FROM memberships m JOIN organisations o ON o.id = m.organisation_id WHERE m.user_id = u.id), '[]') AS memberships
         FROM users u WHERE u.id = $1`,
      [userId],
    );
    if (!user) throw DomainError.notFound('User');
    return user;
  }
}
