import { dirname, resolve } from 'node:path';

/** What a folder's owner, group and mode say about who may pass through it. */
export interface FolderStat {
  uid: number;
  gid: number;
  mode: number;
}

/** A user's ids; `null` for a user that does not exist yet and so owns nothing. */
export type UserIds = { uid: number; gid: number } | null;

/** May `user` pass through (search) a folder with these owner, group and mode bits? */
export function canTraverse(folder: FolderStat, user: UserIds): boolean {
  if (user?.uid === 0) return true;
  if (user && folder.uid === user.uid) return (folder.mode & 0o100) !== 0;
  if (user && folder.gid === user.gid) return (folder.mode & 0o010) !== 0;
  return (folder.mode & 0o001) !== 0;
}

/**
 * The first existing folder on the way from `/` to `path` that `user` cannot pass through, or
 * null. Folders that do not exist yet are skipped: whoever creates them decides their mode.
 */
export function firstBlockedFolder(path: string, user: UserIds, stat: (folder: string) => FolderStat | null): string | null {
  const folders: string[] = [];
  for (let folder = resolve(path); ; folder = dirname(folder)) {
    folders.unshift(folder);
    if (dirname(folder) === folder) break;
  }
  for (const folder of folders) {
    const found = stat(folder);
    if (found && !canTraverse(found, user)) return folder;
  }
  return null;
}
