import { ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { freePort } from '../../libs/testing/src/index.js';
import { eventually, Stack, startStack } from '../support/stack.js';
import { decideCallAndDeclineOne, settled } from './call-run.js';
import { envCount, faultSeed, seeded, sleep, startAppProcess, stopProcess } from './chaos.js';
import { checkInvariants } from './invariants.js';

const APPLICATIONS = 10;
/** SIGKILLs of a worker, and of an API process, in one run; `npm run test:long` asks for more. */
const WORKER_KILLS = envCount('FAULT_SCALE_WORKER_KILLS', 3);
const API_KILLS = envCount('FAULT_SCALE_API_KILLS', 2);
const WORKERS = 3;
const APIS = 2;
const SEED = faultSeed();
const WAIT = 180_000;

/** One API process behind the balancer: its port, the process, and the requests it is serving. */
interface Upstream {
  port: number;
  child: ChildProcess;
  inFlight: number;
  /** Requests it was given, over all its lives. */
  served: number;
  /** Out of the rotation: draining before a kill, or starting again. */
  away: boolean;
}

/**
 * What a load balancer in front of several API replicas does: each request goes to the next API
 * in turn. An API is taken out of the rotation before it is killed and waits for the requests it
 * is serving (a balancer's drain), so that the test's own requests are never cut half-way: what
 * a cut request leaves behind is the client's to retry, which the idempotency tests cover.
 */
class Balancer {
  private next = 0;
  private server!: Server;
  url = '';

  constructor(readonly upstreams: Upstream[]) {}

  async start(): Promise<void> {
    this.server = createServer((incoming, outgoing) => {
      const live = this.upstreams.filter((u) => !u.away);
      const upstream = live[this.next++ % live.length];
      upstream.inFlight += 1;
      upstream.served += 1;
      let finished = false;
      const done = () => {
        if (!finished) upstream.inFlight -= 1;
        finished = true;
      };
      const forward = httpRequest(
        { host: '127.0.0.1', port: upstream.port, method: incoming.method, path: incoming.url, headers: incoming.headers },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
          answer.once('end', done);
        },
      );
      forward.once('error', (error) => {
        done();
        outgoing.writeHead(502, { 'content-type': 'text/plain' }).end(`upstream ${upstream.port}: ${error.message}`);
      });
      incoming.pipe(forward);
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise((resolve) => this.server.close(resolve));
  }
}

async function untilHealthy(port: number): Promise<void> {
  await eventually(
    async () => {
      const answer = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
      return answer?.status === 200;
    },
    WAIT,
    `the API on :${port} to answer /health`,
  );
}

/**
 * Several API and worker processes on one PostgreSQL and one Redis, as `docker compose` runs them:
 * the workflow of a call, from submissions to a promoted reserve, with its requests spread across
 * two API processes and its jobs across three workers, while a worker and an API process are
 * killed with SIGKILL at random moments and started again. Afterwards every application is in a
 * final state and nothing happened twice or went missing: assignments, reviews, decisions,
 * notifications, budget.
 */
describe('the workflow on two API processes and three workers, while they are killed', () => {
  let stack: Stack;
  let balancer: Balancer;
  const workers: ChildProcess[] = [];
  const upstreams: Upstream[] = [];
  let workerKills = 0;
  let apiKills = 0;
  let calm = false;
  const next = seeded(SEED);

  const startApi = (port: number) => startAppProcess('api', { ...stack.env, PORT: String(port), HOST: '127.0.0.1' });

  async function killWorkers(): Promise<void> {
    while (!calm && workerKills < WORKER_KILLS) {
      await sleep(500 + next() * 3_000);
      if (calm) break;
      const i = Math.floor(next() * workers.length);
      await stopProcess(workers[i], 'SIGKILL');
      workerKills += 1;
      workers[i] = startAppProcess('worker', stack.env);
    }
  }

  async function killApis(): Promise<void> {
    while (!calm && apiKills < API_KILLS) {
      await sleep(1_000 + next() * 4_000);
      if (calm) break;
      const upstream = upstreams[Math.floor(next() * upstreams.length)];
      upstream.away = true;
      await eventually(async () => upstream.inFlight === 0, WAIT, 'the API to finish its requests');
      await stopProcess(upstream.child, 'SIGKILL');
      apiKills += 1;
      upstream.child = startApi(upstream.port);
      await untilHealthy(upstream.port);
      upstream.away = false;
    }
  }

  beforeAll(async () => {
    stack = await startStack({ smtp: true });
    for (let i = 0; i < APIS; i++) {
      const port = await freePort();
      upstreams.push({ port, child: startApi(port), inFlight: 0, served: 0, away: false });
    }
    for (let i = 0; i < WORKERS; i++) workers.push(startAppProcess('worker', stack.env));
    await Promise.all(upstreams.map((u) => untilHealthy(u.port)));
    balancer = new Balancer(upstreams);
    await balancer.start();
  }, WAIT);

  afterAll(async () => {
    calm = true;
    await Promise.all([...workers, ...upstreams.map((u) => u.child)].map((child) => stopProcess(child, 'SIGTERM')));
    await balancer?.stop();
    await stack?.close();
  });

  it(`ends with every application decided and nothing done twice or lost (seed ${SEED})`, async () => {
    // The workflow's requests go through the balancer; the database is read directly.
    const spread = Object.create(stack, { http: { get: () => balancer.url } }) as Stack;
    const started = Date.now();
    const chaos = Promise.all([killWorkers(), killApis()]);
    const { call, firstReserve } = await decideCallAndDeclineOne(spread, APPLICATIONS, WAIT);

    await chaos;
    calm = true;
    expect([workerKills, apiKills]).toEqual([WORKER_KILLS, API_KILLS]);
    // Both APIs served the workflow (one may have been away much of the time, restarting).
    expect(upstreams.map((u) => u.served > 0)).toEqual(upstreams.map(() => true));
    await settled(stack, firstReserve, WAIT);
    // A worker killed between sending an e-mail and committing its job sends it again: at least once.
    expect(await checkInvariants(stack.db, call.id, { smtp: stack.smtp, mailAtLeastOnce: true })).toEqual([]);
    console.log(
      `scale-out: seed ${SEED}, ${APIS} APIs and ${WORKERS} workers, ${workerKills} worker and ${apiKills} API kills survived, requests per API ${upstreams.map((u) => u.served).join('/')}, ${APPLICATIONS} applications decided in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 900_000);
});
