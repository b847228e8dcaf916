import { createRequire } from 'node:module';
export default async function globalTeardown(): Promise<void> {
  createRequire(__filename)('./support/resolve-js-as-ts.cjs');
  const { dropRunDatabases } = await import('../libs/testing/src/database.js');
  const run = process.env.KOKEILU_TEST_RUN;
  if (run) {
    await dropRunDatabases(run);
    const { printContractTally } = await import('./support/contract-tally.js');
    printContractTally(run);
  }
}
