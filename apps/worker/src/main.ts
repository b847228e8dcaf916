import 'reflect-metadata';
import { configureQueueBackend, ConfigError, loadConfig } from '@kokeilu/platform';
import { createWorker } from './worker.js';

async function main(): Promise<void> {
  const config = loadConfig();
  configureQueueBackend(config);
  await createWorker(config);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
