import type { AlertFrequency } from './saved-search.js';

/** One saved search that a new object matched, as the matching statement answers it. */
export interface Hit {
  savedSearchId: string;
  userId: string;
  name: string;
  frequency: AlertFrequency;
}

/** What one user is told of one new object: every search of theirs it matched, named. */
export interface Notice {
  userId: string;
  /** The names of the user's searches that matched, in order. */
  searches: string[];
  /** At once if any of them asks for it, else in the digest. */
  frequency: AlertFrequency;
}

/**
 * One notice per user however many of their searches the object matched, so that nobody hears
 * of one object twice; it goes at once when one of those searches asks for it.
 */
export function noticesFor(hits: readonly Hit[]): Notice[] {
  const byUser = new Map<string, Notice>();
  for (const hit of hits) {
    const notice = byUser.get(hit.userId) ?? { userId: hit.userId, searches: [], frequency: 'digest' as AlertFrequency };
    if (!notice.searches.includes(hit.name)) notice.searches.push(hit.name);
    if (hit.frequency === 'immediate') notice.frequency = 'immediate';
    byUser.set(hit.userId, notice);
  }
  return [...byUser.values()].map((n) => ({ ...n, searches: [...n.searches].sort((a, b) => a.localeCompare(b)) })).sort((a, b) => a.userId.localeCompare(b.userId));
}
