// The baseline of bench/load: a bare Fastify route on the same machine (no Nest, no database), so
// that the mixed load's throughput can be read as a share of what this machine serves at all with
// the same autocannon settings. Started by run.mjs with PORT.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/ping', async () => ({ ok: true }));
await app.listen({ host: '127.0.0.1', port: Number(process.env.PORT) });

process.on('SIGTERM', () => {
  void app.close().then(() => process.exit(0));
});
