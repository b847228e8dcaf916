import type { components } from '../../api/schema';

type Row = components['schemas']['CallApplicationDto'];

export const SORTS = ['submitted', 'title', 'lead', 'grant', 'eligibility'] as const;
export type Sort = (typeof SORTS)[number];

const ELIGIBILITY_ORDER = (row: Row) => (row.eligible === true ? 0 : row.eligible === null ? 1 : 2);

/**
 * The applications in the order asked for (ties by submission, then id, so the order is stable):
 * submitted first-come, by title or lead organisation (in the reader's language's collation), by
 * requested grant (largest first, none last), eligible ones first.
 */
export function sortApplications(rows: readonly Row[], sort: Sort, collator: Intl.Collator): Row[] {
  const submitted = (a: Row, b: Row) => (a.submittedAt ?? '\uffff').localeCompare(b.submittedAt ?? '\uffff') || a.id.localeCompare(b.id);
  const by: Record<Sort, (a: Row, b: Row) => number> = {
    submitted,
    title: (a, b) => collator.compare(a.title, b.title) || submitted(a, b),
    lead: (a, b) => collator.compare(a.leadOrganisationName, b.leadOrganisationName) || submitted(a, b),
    grant: (a, b) => (b.requestedGrantCents ?? -1) - (a.requestedGrantCents ?? -1) || submitted(a, b),
    eligibility: (a, b) => ELIGIBILITY_ORDER(a) - ELIGIBILITY_ORDER(b) || submitted(a, b),
  };
  return [...rows].sort(by[sort]);
}
