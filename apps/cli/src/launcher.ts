import { ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type AppConfig, ConfigError, loadConfig } from '@kokeilu/platform/setup';
import { banner, localBaseUrl } from './banner.js';
import { externalDatabaseUrl, prepareDatabase, Say } from './commands/database.js';
import { EmbeddedDatabase, openEmbeddedDatabase } from './embedded-postgres.js';
import { Env, persistentSecret } from './env.js';
import { UserError } from './errors.js';
import type { Layout } from './paths.js';
import { bindProblem, sleep } from './processes.js';

const APP_STOP_TIMEOUT_MS = 20_000;
const API_READY_TIMEOUT_MS = 120_000;
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** The first reason to stop wins; later ones (a second Ctrl-C, the other app exiting) change nothing. */
class StopRequest {
  code: number | null = null;
  readonly done: Promise<number>;
  private resolve!: (code: number) => void;

  constructor() {
    this.done = new Promise((resolve) => (this.resolve = resolve));
  }

  get requested(): boolean {
    return this.code !== null;
  }

  request(code: number): boolean {
    if (this.code !== null) return false;
    this.code = code;
    this.resolve(code);
    return true;
  }
}

function configFor(env: Env): AppConfig {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UserError(error.message);
    throw error;
  }
}

async function waitForApi(baseUrl: string, stop: StopRequest): Promise<boolean> {
  const until = Date.now() + API_READY_TIMEOUT_MS;
  while (!stop.requested && Date.now() < until) {
    try {
      // Any answer means the server listens; /health may say 503 while a dependency warms up.
      await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
      return true;
    } catch {
      await Promise.race([sleep(250), stop.done]);
    }
  }
  return false;
}

function terminate(name: string, child: ChildProcess, say: Say): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => {
      say(`The ${name} did not stop within ${APP_STOP_TIMEOUT_MS / 1000} s; killing it.`);
      child.kill('SIGKILL');
    }, APP_STOP_TIMEOUT_MS);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * `npm start`: the database (embedded unless DATABASE_URL is set) is created, migrated and
 * seeded, then the API and the worker run as two child processes until Ctrl-C, SIGTERM or one of
 * them dying. Everything stops in order: the apps first, the database last. Resolves to the exit code.
 */
export async function runStart(layout: Layout, baseEnv: Env, say: Say): Promise<number> {
  for (const entry of Object.values(layout.entries)) {
    if (!existsSync(entry)) throw new UserError(`${relative(layout.root, entry)} is missing; build with \`npm run build\`.`);
  }
  const external = externalDatabaseUrl(baseEnv);
  const jwtSecret = baseEnv.JWT_SECRET || persistentSecret(layout.secretsFile, 'jwtSecret');
  // Checked with a stand-in database URL, so a bad setting fails before any database starts.
  const preview = configFor({ ...baseEnv, JWT_SECRET: jwtSecret, DATABASE_URL: external ?? 'postgres://127.0.0.1/kokeilu' });
  const portProblem = await bindProblem(preview.HOST, preview.PORT);
  if (portProblem === 'EADDRINUSE') throw new UserError(`Port ${preview.PORT} on ${preview.HOST} is already in use. Stop whatever uses it, or set PORT to another port.`);
  if (portProblem) throw new UserError(`Cannot listen on ${preview.HOST}:${preview.PORT} (${portProblem}).`);

  const stop = new StopRequest();
  const onSignal = (signal: NodeJS.Signals) => {
    if (stop.request(0)) say(`${signal} received; stopping…`);
  };
  for (const signal of SIGNALS) process.on(signal, onSignal);

  const children = new Map<string, ChildProcess>();
  let db: EmbeddedDatabase | null = null;
  try {
    say(external ? 'Using the database in DATABASE_URL.' : 'Starting the embedded PostgreSQL…');
    db = external ? null : await openEmbeddedDatabase(layout, 'start', say);
    db?.onUnexpectedExit((description) => {
      if (stop.request(1)) say(`Stopping: ${description}.`);
    });
    if (stop.requested) return stop.code ?? 0;
    const databaseUrl = external ?? db?.url ?? '';
    await prepareDatabase(databaseUrl, say, { seed: true });
    if (stop.requested) return stop.code ?? 0;

    const childEnv: Env = { ...baseEnv, DATABASE_URL: databaseUrl, JWT_SECRET: jwtSecret };
    const config = configFor(childEnv);
    const watch = pathToFileURL(layout.entries.parentWatch).href;
    for (const [name, entry] of [['API', layout.entries.api], ['worker', layout.entries.worker]] as const) {
      const child = spawn(process.execPath, ['--enable-source-maps', '--import', watch, entry], {
        cwd: layout.root,
        env: childEnv,
        // Own process groups: a terminal's Ctrl-C reaches only the launcher, which stops each app once, in order.
        detached: true,
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      children.set(name, child);
      child.once('error', (error) => {
        if (stop.request(1)) say(`Stopping: the ${name} could not be started (${error.message}).`);
      });
      child.once('exit', (code, signal) => {
        if (stop.request(1)) say(`Stopping: the ${name} exited unexpectedly (${signal ?? `exit code ${code}`}).`);
      });
    }

    const baseUrl = localBaseUrl(config.HOST, config.PORT);
    if (await waitForApi(baseUrl, stop)) {
      console.log(
        banner({
          baseUrl,
          database: db ? { kind: 'embedded', port: db.port, dataDir: relative(layout.root, layout.clusterDir) } : { kind: 'external', url: databaseUrl },
          redisUrl: config.REDIS_URL,
          smtpUrl: config.SMTP_URL,
          mailDir: config.MAIL_DIR,
        }),
      );
    } else if (!stop.requested) {
      say(`The API did not answer at ${baseUrl}/health within ${API_READY_TIMEOUT_MS / 1000} s; it keeps starting, see its log above.`);
    }
    return await stop.done;
  } finally {
    for (const signal of SIGNALS) process.off(signal, onSignal);
    // Later signals only repeat the request; swallowing them keeps the ordered shutdown going.
    for (const signal of SIGNALS) process.on(signal, () => undefined);
    stop.request(1);
    await Promise.all([...children].map(([name, child]) => terminate(name, child, say)));
    if (db?.owned) {
      say('Stopping the embedded PostgreSQL…');
      await db.stop();
    }
    if (children.size || db?.owned) say('Stopped.');
  }
}
