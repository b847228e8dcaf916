import pg from 'pg';
import { DEMO_TESTBEDS, insertDemoTestbeds, loadCityIds } from '@kokeilu/testbeds';

/**
 * Adds the curated demo test beds (published, in Finnish and English) with an audit event each,
 * in one transaction. Beds already there are left alone, so running it again adds nothing.
 */
export async function seedDemo(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    const added = await insertDemoTestbeds(client, await loadCityIds(client));
    await client.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, city_id, after)
       SELECT NULL, 'testbed.seeded', 'testbed', t.id::text, t.city_id, jsonb_build_object('name', t.name, 'state', t.state)
         FROM testbeds t
        WHERE t.id = ANY($1::uuid[])
          AND NOT EXISTS (SELECT 1 FROM audit_events a WHERE a.entity_type = 'testbed' AND a.entity_id = t.id::text)`,
      [DEMO_TESTBEDS.map((bed) => bed.id)],
    );
    await client.query('COMMIT');
    return added;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
