import { ChildProcess } from 'node:child_process';
import { Stack, startStack } from '../support/stack.js';
import { decideCallAndDeclineOne, settled } from './call-run.js';
import { envCount, faultSeed, seeded, sleep, startWorkerProcess, stopProcess } from './chaos.js';
import { checkInvariants } from './invariants.js';

const APPLICATIONS = 12;
/** SIGKILLs of the worker in one run; `npm run test:long` asks for more. */
const KILLS = envCount('FAULT_WORKER_KILLS', 5);
const SEED = faultSeed();
const WAIT = 120_000;

/**
 * The workflow of a call, from submissions to a promoted reserve, while the worker process is
 * killed with SIGKILL at random moments and started again. Afterwards every application is in a
 * final state and nothing happened twice: assignments, reviews, decisions, notifications, budget.
 */
describe('evaluation and funding workflow while the worker is killed', () => {
  let stack: Stack;
  let worker: ChildProcess | null = null;
  let kills = 0;
  let chaos: Promise<void> | null = null;
  let calm = false;
  const next = seeded(SEED);

  const startWorker = () => startWorkerProcess(stack.env);
  const kill = stopProcess;

  /** Kills the worker at a random moment 0.3–3 s after each start, until KILLS are done or calm is asked for. */
  async function runChaos(): Promise<void> {
    while (!calm && kills < KILLS) {
      await sleep(300 + next() * 2_700);
      if (calm) break;
      await kill(worker!, 'SIGKILL');
      kills += 1;
      worker = startWorker();
    }
  }

  beforeAll(async () => {
    stack = await startStack({ smtp: true });
    worker = startWorker();
  });
  afterAll(async () => {
    calm = true;
    await chaos;
    if (worker) await kill(worker, 'SIGTERM');
    await stack.close();
  });

  it(`ends with every application decided and nothing done twice (seed ${SEED})`, async () => {
    const started = Date.now();
    chaos = runChaos();
    const { call, firstReserve } = await decideCallAndDeclineOne(stack, APPLICATIONS, WAIT);

    // Let the chaos finish its kills, then leave one worker running to finish what is left.
    await chaos;
    calm = true;
    expect(kills).toBe(KILLS);
    await settled(stack, firstReserve, WAIT);
    // A worker killed between sending an e-mail and committing its job sends it again: at least once.
    expect(await checkInvariants(stack.db, call.id, { smtp: stack.smtp, mailAtLeastOnce: true })).toEqual([]);
    console.log(`worker-kill: seed ${SEED}, ${kills} worker kills survived, ${APPLICATIONS} applications decided in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }, 600_000);
});
