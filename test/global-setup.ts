import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';

/** One migrated, seeded template database per run; each test file copies it. */
export default async function globalSetup(): Promise<void> {
  // jest runs this file outside its module mapper: teach require() the sources' `.js` imports first.
  createRequire(__filename)('./support/resolve-js-as-ts.cjs');
  const { migrate, seedCities } = await import('../libs/platform/src/database/schema.js');
  const { createEmptyDatabase, templateName } = await import('../libs/testing/src/database.js');
  const run = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  process.env.KOKEILU_TEST_RUN = run;
  const url = await createEmptyDatabase(templateName(run));
  await migrate(url);
  await seedCities(url);
}
