/** How many candidates one page of the evaluator search shows. */
export const POOL_SEARCH_PAGE_SIZE = 10;

/** Where a page of search results stands among all of them. */
export function searchPages(total: number, page: number, limit: number): { pages: number; hasPrevious: boolean; hasNext: boolean } {
  const pages = Math.max(1, Math.ceil(total / limit));
  return { pages, hasPrevious: page > 1, hasNext: page < pages };
}

/** The tags to give an evaluator added to a pool: what earlier pools said they know, until the coordinator changes it. */
export function toggleTag(tags: readonly string[], tag: string, on: boolean): string[] {
  const without = tags.filter((t) => t !== tag);
  return on ? [...without, tag] : without;
}
