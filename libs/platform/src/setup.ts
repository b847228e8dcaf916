// A second, light entry point of the platform (`@kokeilu/platform/setup`): what the launcher needs
// before any app runs (settings, database creation, migrations, the six cities), without loading
// Nest, BullMQ and the rest that `@kokeilu/platform` brings. It keeps `npm start` quick.
export { configSchema, ConfigError, loadConfig, type AppConfig } from './config/config.js';
export { ensureDatabase, migrate, seedCities, SIX_CITIES } from './database/schema.js';
