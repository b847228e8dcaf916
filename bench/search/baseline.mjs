// The baseline of bench/search: a bare Fastify server (no Nest, no ORM) that answers the public
// test-bed search with the very SQL the API runs (the built `toSearchFilter` and
// `buildSearchQuery`) through a raw `pg.Pool` of the API's size. Whatever the API is slower by is
// the cost of Nest, TypeORM, validation, logging, metrics and the response mapping.
//
// Started by run.mjs with PORT, DATABASE_URL, DATABASE_POOL_SIZE and KOKEILU_DIST.
import Fastify from 'fastify';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const dist = process.env.KOKEILU_DIST;
const lib = (path) => import(pathToFileURL(join(dist, 'libs', path)).href);
const { toSearchFilter, encodeSearchCursor } = await lib('testbeds/src/search/search-filter.js');
const { buildSearchQuery } = await lib('testbeds/src/search/search-query.js');
const { languagePreference } = await lib('platform/src/i18n/fallback.js');

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 20),
  application_name: 'kokeilu-bench-baseline',
});

/** Query strings as the API's DTO reads them: the last of repeated scalars, lists split on commas. */
const one = (value) => (Array.isArray(value) ? value[value.length - 1] : value);
const list = (value) => (value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')));

const app = Fastify({ logger: false });

app.get('/api/v1/testbeds', async (request, reply) => {
  const query = request.query;
  const limit = one(query.limit);
  let filter;
  try {
    filter = toSearchFilter({
      q: one(query.q),
      city: one(query.city),
      theme: list(query.theme),
      capability: list(query.capability),
      cost: one(query.cost),
      availableFrom: one(query.availableFrom),
      availableTo: one(query.availableTo),
      bbox: one(query.bbox),
      sort: one(query.sort),
      view: one(query.view),
      limit: limit === undefined ? undefined : Number(limit),
      cursor: one(query.cursor),
      languages: languagePreference(one(query.lang) ?? request.headers['accept-language']),
    });
  } catch (error) {
    return reply.code(400).send({ title: error.message });
  }
  const { text, values } = buildSearchQuery(filter);
  const { rows } = await pool.query(text, values);
  const found = rows.filter((row) => row.id !== null);
  const items = found.slice(0, filter.limit);
  const last = items[items.length - 1];
  return {
    items,
    total: rows[0]?.total ?? 0,
    nextCursor: found.length > filter.limit && last?.sortKey != null ? encodeSearchCursor(filter, last.sortKey, last.id) : null,
  };
});

async function close() {
  await app.close().catch(() => {});
  await pool.end().catch(() => {});
  process.exit(0);
}

process.on('SIGTERM', close);
process.on('SIGINT', close);
// Started with an IPC channel: when run.mjs goes away, however it went, so does the baseline.
process.on('disconnect', close);

await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });
