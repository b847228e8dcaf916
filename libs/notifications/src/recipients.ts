import type { EntityManager } from 'typeorm';

/** Those who run a call of `cityId`: the city's coordinators; the admins for a national call (no city). */
export async function callRunnerIds(tx: EntityManager, cityId: string | null): Promise<string[]> {
  const rows: { userId: string }[] = cityId
    ? await tx.query(`SELECT DISTINCT user_id AS "userId" FROM role_grants WHERE role = 'coordinator' AND city_id = $1 ORDER BY 1`, [cityId])
    : await tx.query(`SELECT DISTINCT user_id AS "userId" FROM role_grants WHERE role = 'admin' ORDER BY 1`);
  return rows.map((r) => r.userId);
}
