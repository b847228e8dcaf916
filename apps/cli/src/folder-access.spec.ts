import { canTraverse, FolderStat, firstBlockedFolder } from './folder-access.js';

const postgres = { uid: 114, gid: 120 };
const folder = (mode: number, uid = 0, gid = 0): FolderStat => ({ uid, gid, mode });

describe('canTraverse', () => {
  it('lets anyone through a folder with the others search bit', () => {
    expect(canTraverse(folder(0o755), postgres)).toBe(true);
    expect(canTraverse(folder(0o701), null)).toBe(true);
  });

  it('keeps another user out of a private folder', () => {
    expect(canTraverse(folder(0o700), postgres)).toBe(false);
    expect(canTraverse(folder(0o750), postgres)).toBe(false);
    expect(canTraverse(folder(0o700), null)).toBe(false);
  });

  it('reads the owner bits for the owner and the group bits for the group', () => {
    expect(canTraverse(folder(0o700, 114), postgres)).toBe(true);
    expect(canTraverse(folder(0o600, 114), postgres)).toBe(false);
    expect(canTraverse(folder(0o750, 0, 120), postgres)).toBe(true);
    expect(canTraverse(folder(0o705, 0, 120), postgres)).toBe(false);
  });

  it('lets root through everything', () => {
    expect(canTraverse(folder(0o700, 1000), { uid: 0, gid: 0 })).toBe(true);
  });
});

describe('firstBlockedFolder', () => {
  const tree: Record<string, FolderStat> = {
    '/': folder(0o755),
    '/tmp': folder(0o1777),
    '/tmp/tmp.abc': folder(0o700),
    '/tmp/tmp.abc/kokeilu': folder(0o755),
  };
  const stat = (path: string) => tree[path] ?? null;

  it('names the private folder on the way, the one to fix', () => {
    expect(firstBlockedFolder('/tmp/tmp.abc/kokeilu/.data/postgres', postgres, stat)).toBe('/tmp/tmp.abc');
  });

  it('answers null when every existing folder lets the user through', () => {
    expect(firstBlockedFolder('/tmp/other/kokeilu', postgres, stat)).toBeNull();
  });

  it('skips folders that do not exist yet', () => {
    expect(firstBlockedFolder('/srv/kokeilu/.data', postgres, (path) => (path === '/' ? folder(0o755) : null))).toBeNull();
  });
});
