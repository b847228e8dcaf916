/**
 * Where the programme's money goes, across every decided call: by city and by focus area.
 *
 * The split rule: a call has one city (or none: a national call) and one focus area, so each
 * call's awarded grants count wholly towards its city and wholly towards its focus area: the
 * city shares add up to the programme total, and so do the focus-area shares. Grants given back
 * after the decision leave the sums; a decided call that funded nothing still counts as a call.
 */

export interface DecidedCallMoney {
  callId: string;
  /** null: a national call. */
  city: { id: string; slug: string; name: Record<string, string> } | null;
  focusArea: string;
  /** Awarded grants of the call, and their sum in cents. */
  projects: number;
  cents: number;
}

export interface MoneyShare {
  calls: number;
  projects: number;
  cents: number;
  /** Share of the programme total, in percent with one decimal (0 when nothing is awarded). */
  percent: number;
}

export interface ProgrammeResults {
  calls: number;
  projects: number;
  totalCents: number;
  /** Cities with a decided call, and national calls (`city: null`) when there are any: most money first, then by slug (national last). */
  byCity: (MoneyShare & { city: DecidedCallMoney['city'] })[];
  /** Every focus area, in the programme's order, with zeros where no call was decided. */
  byFocusArea: (MoneyShare & { focusArea: string })[];
}

const percentOf = (cents: number, total: number) => (total > 0 ? Math.round((1000 * cents) / total) / 10 : 0);

export function programmeResults(calls: readonly DecidedCallMoney[], focusAreas: readonly string[]): ProgrammeResults {
  const totalCents = calls.reduce((sum, call) => sum + call.cents, 0);
  const add = (share: Omit<MoneyShare, 'percent'>, call: DecidedCallMoney) => {
    share.calls += 1;
    share.projects += call.projects;
    share.cents += call.cents;
  };

  const cities = new Map<string, Omit<MoneyShare, 'percent'> & { city: DecidedCallMoney['city'] }>();
  for (const call of calls) {
    const key = call.city?.id ?? '';
    const share = cities.get(key) ?? { city: call.city, calls: 0, projects: 0, cents: 0 };
    add(share, call);
    cities.set(key, share);
  }
  const slug = (share: { city: DecidedCallMoney['city'] }) => share.city?.slug ?? '\uffff';
  const byCity = [...cities.values()]
    .sort((a, b) => b.cents - a.cents || slug(a).localeCompare(slug(b)))
    .map((share) => ({ ...share, percent: percentOf(share.cents, totalCents) }));

  const areas = new Map(focusAreas.map((focusArea) => [focusArea, { focusArea, calls: 0, projects: 0, cents: 0 }]));
  for (const call of calls) {
    // A focus area the programme no longer lists still counts, after the listed ones.
    const share = areas.get(call.focusArea) ?? { focusArea: call.focusArea, calls: 0, projects: 0, cents: 0 };
    add(share, call);
    areas.set(call.focusArea, share);
  }
  const byFocusArea = [...areas.values()].map((share) => ({ ...share, percent: percentOf(share.cents, totalCents) }));

  return { calls: calls.length, projects: calls.reduce((sum, call) => sum + call.projects, 0), totalCents, byCity, byFocusArea };
}
