import { ChildProcess } from 'node:child_process';
import { Stack, startStack } from '../support/stack.js';
import { decideCallAndDeclineOne, decideTwoStageCall, settled } from './call-run.js';
import { envCount, faultSeed, seeded, sleep, startWorkerProcess, stopProcess } from './chaos.js';
import { checkInvariants } from './invariants.js';

const APPLICATIONS = 12;
/** Ideas of the two-stage call run beside it. */
const IDEAS = 5;
/** SIGKILLs of the worker in one run; `npm run test:long` asks for more. */
const KILLS = envCount('FAULT_WORKER_KILLS', 5);
/**
 * Kills more at the two-stage call's own moments, one each while any are left: as its ideas are
 * ranked, invited and carried over, and as its full proposals are ranked (`npm run test:long`
 * asks for both). A worker killed in a job leaves it to BullMQ's stalled-job check, which takes
 * it over after 30 s or more, so the short mode leaves the two-stage call to the random kills.
 */
const STAGE_KILLS = envCount('FAULT_STAGE_WORKER_KILLS', 0);
const SEED = faultSeed();
const WAIT = 120_000;

/**
 * The workflow of a call, from submissions to a promoted reserve, and beside it a two-stage call
 * from ideas to a decided second stage, while the worker process is killed with SIGKILL at random
 * moments (and at the two-stage call's own) and started again. Afterwards every application is in
 * a final state and nothing happened twice: assignments, reviews, invitations, carried-over
 * proposals, decisions, notifications, budget.
 */
describe('evaluation and funding workflow while the worker is killed', () => {
  let stack: Stack;
  let worker: ChildProcess | null = null;
  let kills = 0;
  let chaos: Promise<void> | null = null;
  let calm = false;
  const next = seeded(SEED);
  /** The kill under way, so that two never overlap. */
  let killing: Promise<void> = Promise.resolve();
  const stageKills: Promise<void>[] = [];

  const startWorker = () => startWorkerProcess(stack.env);
  const kill = stopProcess;
  const killAndRestart = () =>
    (killing = killing.then(async () => {
      await kill(worker!, 'SIGKILL');
      kills += 1;
      worker = startWorker();
    }));

  /** Kills the worker at a random moment 0.3–3 s after each start, until KILLS are done or calm is asked for. */
  async function runChaos(): Promise<void> {
    for (let done = 0; !calm && done < KILLS; done++) {
      await sleep(300 + next() * 2_700);
      if (calm) break;
      await killAndRestart();
    }
  }

  beforeAll(async () => {
    stack = await startStack({ smtp: true });
    worker = startWorker();
  });
  afterAll(async () => {
    calm = true;
    // A failed run may leave kills under way; each starts a worker that must be stopped too.
    await Promise.all([chaos, ...stageKills]);
    await killing;
    if (worker) await kill(worker, 'SIGTERM');
    await stack.close();
  });

  it(`ends with every application decided and nothing done twice (seed ${SEED})`, async () => {
    const started = Date.now();
    chaos = runChaos();
    const [{ call, firstReserve }, twoStage] = await Promise.all([
      decideCallAndDeclineOne(stack, APPLICATIONS, WAIT),
      // A moment up to a second and a half after each of its steps: the jobs the step starts are under way.
      decideTwoStageCall(stack, IDEAS, WAIT, () => {
        if (stageKills.length < STAGE_KILLS) stageKills.push(sleep(next() * 1_500).then(killAndRestart));
      }),
    ]);

    // Let the chaos finish its kills, then leave one worker running to finish what is left.
    await Promise.all([chaos, ...stageKills]);
    calm = true;
    expect(kills).toBe(KILLS + Math.min(STAGE_KILLS, 2));
    await settled(stack, firstReserve, WAIT);
    // A worker killed between sending an e-mail and committing its job sends it again: at least once.
    const options = { smtp: stack.smtp, mailAtLeastOnce: true };
    expect(await checkInvariants(stack.db, call.id, options)).toEqual([]);
    // Both stages of the two-stage call: the ideas invited by the rule, their proposals carried over once, the second stage decided.
    expect(await checkInvariants(stack.db, twoStage.ideaCallId, options)).toEqual([]);
    expect(await checkInvariants(stack.db, twoStage.callId, options)).toEqual([]);
    console.log(
      `worker-kill: seed ${SEED}, ${kills} worker kills survived, ${APPLICATIONS} applications and a two-stage call of ${IDEAS} ideas decided in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }, 600_000);
});
