import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

/** A small seeded generator (mulberry32), so that a failing run can be repeated with FAULT_SEED. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The run's seed: FAULT_SEED when given, so that a failing run's random moments can be repeated. */
export function faultSeed(): number {
  return Number(process.env.FAULT_SEED ?? Date.now() % 100_000);
}

/** A whole number from the environment, or the default (the short mode of `npm test`). */
export function envCount(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, not "${process.env[name]}"`);
  return value;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * An app (the worker, or the API) as a process of its own, run from the TypeScript sources
 * (test/support/run-ts.cjs) with the stack's environment, so that it can be killed like a real
 * one. Its stderr tail is printed if it exits by itself with an error.
 */
export function startAppProcess(app: 'api' | 'worker', env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [join(__dirname, '../support/run-ts.cjs'), `apps/${app}/src/main.ts`], {
    cwd: join(__dirname, '../..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  child.stderr?.on('data', (chunk) => (errors = (errors + chunk.toString()).slice(-4000)));
  child.once('exit', (code, signal) => {
    if (signal !== 'SIGKILL' && signal !== 'SIGTERM' && code !== 0) console.error(`${app} exited with ${code}: ${errors}`);
  });
  return child;
}

export function startWorkerProcess(env: Record<string, string>): ChildProcess {
  return startAppProcess('worker', env);
}

/** Sends `signal` to a child and waits until it has exited. */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
