/** What `postmaster.pid` in a data directory says about the server that wrote it. */
export interface PostmasterLock {
  pid: number;
  dataDir: string;
  port: number | null;
  status: string | null;
}

/** What is known about a process id on this machine right now. */
export interface ProcessProbe {
  alive: boolean;
  /** Its command line, or null when it cannot be read. */
  command: string | null;
}

export type StaleAction =
  | { kind: 'none' }
  | { kind: 'remove'; reason: string }
  | { kind: 'stop'; pid: number; reason: string }
  | { kind: 'refuse'; reason: string };

/**
 * Reads the lock file PostgreSQL keeps in its data directory: line 1 the postmaster's pid, line 2
 * the data directory, line 4 the port, line 8 the status. Null when the file is not one of these.
 */
export function parsePostmasterPid(text: string): PostmasterLock | null {
  const lines = text.split('\n');
  const pid = Number(lines[0]?.trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  const port = Number(lines[3]?.trim());
  return {
    pid,
    dataDir: lines[1]?.trim() ?? '',
    port: Number.isInteger(port) && port > 0 ? port : null,
    status: lines[7]?.trim() || null,
  };
}

/** True when a command line is a PostgreSQL server started on `dataDir`. */
export function isPostmasterOf(command: string, dataDir: string): boolean {
  const argv = command.trim().split(/\s+/);
  const binary = argv[0] ?? '';
  if (!/(^|\/)postgres$/.test(binary)) return false;
  const d = argv.indexOf('-D');
  return d >= 0 && argv[d + 1] === dataDir;
}

/**
 * Decides what to do about a `postmaster.pid` found before starting the server. A run killed with
 * SIGKILL leaves its postgres running and holding the lock; stopping that one is safe because it
 * serves this data directory and nothing else. A pid that was reused by any other program (the
 * machine's own PostgreSQL included) is never signalled: the file is only stale then.
 */
export function decideStalePostmaster(lockText: string | null, dataDir: string, probe: (pid: number) => ProcessProbe): StaleAction {
  if (lockText === null) return { kind: 'none' };
  const lock = parsePostmasterPid(lockText);
  if (!lock) return { kind: 'remove', reason: 'the lock file is unreadable' };
  const { alive, command } = probe(lock.pid);
  if (!alive) return { kind: 'remove', reason: `its server (pid ${lock.pid}) is gone` };
  if (command === null) {
    return { kind: 'refuse', reason: `process ${lock.pid} holds the lock and its command line cannot be read; stop it or delete postmaster.pid` };
  }
  if (isPostmasterOf(command, dataDir)) return { kind: 'stop', pid: lock.pid, reason: `a PostgreSQL from an earlier run (pid ${lock.pid}) is still running` };
  return { kind: 'remove', reason: `pid ${lock.pid} now belongs to another program` };
}

/** What `.data/embedded.json` records while a launcher or a CLI command has the embedded database up. */
export interface EmbeddedState {
  pid: number;
  owner: 'start' | 'cli';
  state: 'starting' | 'ready';
  port: number;
  startedAt: string;
}

export function parseEmbeddedState(text: string): EmbeddedState | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const ok =
    Number.isInteger(v.pid) &&
    (v.owner === 'start' || v.owner === 'cli') &&
    (v.state === 'starting' || v.state === 'ready') &&
    Number.isInteger(v.port) &&
    typeof v.startedAt === 'string';
  return ok ? (v as unknown as EmbeddedState) : null;
}

/** A Kokeilu launcher or CLI process, however it was started (npm, the plain script, or the built entry). */
export function isKokeiluCommand(command: string): boolean {
  return /(^|[\s/])node(\s|$)/.test(command) && /scripts\/start\.mjs|apps\/cli\/src\/main\.js/.test(command);
}

/** The process that has the embedded database up now, or null when the recorded one is gone. */
export function activeOwner(state: EmbeddedState | null, selfPid: number, probe: (pid: number) => ProcessProbe): EmbeddedState | null {
  if (!state || state.pid === selfPid) return null;
  const { alive, command } = probe(state.pid);
  if (!alive) return null;
  // A pid reused by an unrelated program must not block the start.
  return command === null || isKokeiluCommand(command) ? state : null;
}
