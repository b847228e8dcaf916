import './support/resolve-js-as-ts';
import { randomBytes } from 'node:crypto';
import { migrate, seedCities } from '../libs/platform/src/database/schema';
import { createEmptyDatabase, templateName } from '../libs/testing/src/database';

/** One migrated, seeded template database per run; each test file copies it. */
export default async function globalSetup(): Promise<void> {
  const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  process.env.KOKEILU_TEST_RUN = run;
  const url = await createEmptyDatabase(templateName(run));
  await migrate(url);
  await seedCities(url);
}
