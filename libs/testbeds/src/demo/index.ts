export { DEMO_CITIES, type DemoCity, type DemoCitySlug, type DemoDistrict } from './demo-places.js';
export { generateTestbeds, seededRandom, type DemoTestbed } from './demo-testbeds.js';
export { DEMO_TESTBEDS, demoId } from './demo-curated.js';
export { insertDemoTestbeds, insertTestbeds, loadCityIds, INSERT_BATCH_SIZE, type CityIds, type SqlClient } from './demo-insert.js';
