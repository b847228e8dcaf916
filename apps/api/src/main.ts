import 'reflect-metadata';
import { configureQueueBackend, ConfigError, loadConfig } from '@kokeilu/platform';
import { createApiApp } from './app.js';

async function main(): Promise<void> {
  const config = loadConfig();
  configureQueueBackend(config);
  const app = await createApiApp(config);
  await app.listen({ host: config.HOST, port: config.PORT });
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
