import './support/resolve-js-as-ts';
import { dropRunDatabases } from '../libs/testing/src/database';

export default async function globalTeardown(): Promise<void> {
  const run = process.env.KOKEILU_TEST_RUN;
  if (run) await dropRunDatabases(run);
}
