/**
 * The figures of the dashboards and of the public results page, from rows counted in SQL: days
 * and months without rows are filled in, counts are accumulated, scores binned on the scale of
 * their criterion and money summed per source, so that every chart has every point it draws.
 */

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of an instant as the calendar reads in Helsinki. */
export function helsinkiDay(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(instant);
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

export interface DayCount {
  day: string;
  count: number;
}

export interface SubmissionsDay {
  day: string;
  /** Applications first submitted that day. */
  submitted: number;
  /** Applications submitted by the end of that day. */
  cumulative: number;
}

/**
 * Applications over time: one point for every day from the call's opening to its deadline (or to
 * today while the call is still open), counting each application on the day of its first
 * submission. Submissions after the deadline (extensions) extend the series to their day.
 */
export function submissionsOverTime(rows: readonly DayCount[], opensAt: Date, closesAt: Date, now: Date): SubmissionsDay[] {
  const first = helsinkiDay(opensAt);
  const deadline = helsinkiDay(closesAt < now ? closesAt : now);
  const latestRow = rows.reduce((latest, row) => (row.day > latest ? row.day : latest), deadline);
  const last = latestRow < first ? first : latestRow;
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.day < first ? first : row.day, (counts.get(row.day < first ? first : row.day) ?? 0) + row.count);
  const series: SubmissionsDay[] = [];
  let cumulative = 0;
  for (let day = first; day <= last; day = nextDay(day)) {
    const submitted = counts.get(day) ?? 0;
    cumulative += submitted;
    series.push({ day, submitted, cumulative });
  }
  return series;
}

export interface VerdictRow {
  rule: string;
  pass: boolean;
  count: number;
}

export interface RuleVerdicts {
  rule: string;
  passed: number;
  failed: number;
}

/** Eligibility verdicts by rule, in the order the rules are checked (the first row of each rule sets it). */
export function verdictsByRule(rows: readonly VerdictRow[], order: readonly string[]): RuleVerdicts[] {
  const byRule = new Map<string, RuleVerdicts>();
  for (const row of rows) {
    const entry = byRule.get(row.rule) ?? { rule: row.rule, passed: 0, failed: 0 };
    if (row.pass) entry.passed += row.count;
    else entry.failed += row.count;
    byRule.set(row.rule, entry);
  }
  const rank = (rule: string) => (order.includes(rule) ? order.indexOf(rule) : order.length);
  return [...byRule.values()].sort((a, b) => rank(a.rule) - rank(b.rule) || a.rule.localeCompare(b.rule));
}

export interface DashboardCriterion {
  key: string;
  name: Record<string, string>;
  scale: { min: number; max: number; step: number };
}

export interface SubmittedScores {
  evaluatorId: string;
  scores: Record<string, { score?: number | null } | undefined>;
}

export interface ScoreBin {
  score: number;
  count: number;
}

export interface CriterionScores {
  key: string;
  name: Record<string, string>;
  min: number;
  max: number;
  /** How many submitted reviews scored it. */
  count: number;
  mean: number | null;
  /** One bin for every step of the scale, empty ones included. */
  bins: ScoreBin[];
}

const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

function stepsOf(scale: DashboardCriterion['scale']): number[] {
  const steps: number[] = [];
  const count = Math.round((scale.max - scale.min) / scale.step);
  for (let i = 0; i <= count; i++) steps.push(round(scale.min + i * scale.step, 6));
  return steps;
}

function scoreOf(review: SubmittedScores, key: string): number | null {
  const score = review.scores[key]?.score;
  return typeof score === 'number' && Number.isFinite(score) ? score : null;
}

const mean = (values: number[]) => (values.length ? round(values.reduce((sum, v) => sum + v, 0) / values.length) : null);

/** Score distributions per criterion over the submitted reviews, binned on the criterion's scale steps. */
export function scoreDistributions(criteria: readonly DashboardCriterion[], reviews: readonly SubmittedScores[]): CriterionScores[] {
  return criteria.map((criterion) => {
    const steps = stepsOf(criterion.scale);
    const values = reviews.map((review) => scoreOf(review, criterion.key)).filter((score): score is number => score !== null);
    const bins = steps.map((score) => ({ score, count: 0 }));
    for (const value of values) {
      // A score falls in the bin of the nearest step (scores are on the steps; this guards against float noise).
      let nearest = 0;
      for (let i = 1; i < steps.length; i++) if (Math.abs(steps[i] - value) < Math.abs(steps[nearest] - value)) nearest = i;
      bins[nearest].count += 1;
    }
    return { key: criterion.key, name: criterion.name, min: criterion.scale.min, max: criterion.scale.max, count: values.length, mean: mean(values), bins };
  });
}

export interface EvaluatorScores {
  evaluatorId: string;
  /** Per criterion key: the evaluator's mean score, its count, and how far it lies from the mean of all reviews. */
  criteria: { key: string; count: number; mean: number | null; difference: number | null }[];
  /** The mean of the differences over the criteria scored: below zero a harsh evaluator, above a lenient one. */
  leniency: number | null;
}

/** Each evaluator's mean per criterion against the mean of every review, to see a harsh or a lenient one. */
export function scoresByEvaluator(criteria: readonly DashboardCriterion[], reviews: readonly SubmittedScores[]): EvaluatorScores[] {
  const overall = new Map(scoreDistributions(criteria, reviews).map((c) => [c.key, c.mean]));
  const evaluators = [...new Set(reviews.map((review) => review.evaluatorId))].sort();
  return evaluators.map((evaluatorId) => {
    const own = reviews.filter((review) => review.evaluatorId === evaluatorId);
    const perCriterion = criteria.map((criterion) => {
      const values = own.map((review) => scoreOf(review, criterion.key)).filter((score): score is number => score !== null);
      const ownMean = mean(values);
      const all = overall.get(criterion.key) ?? null;
      return { key: criterion.key, count: values.length, mean: ownMean, difference: ownMean === null || all === null ? null : round(ownMean - all) };
    });
    const differences = perCriterion.map((c) => c.difference).filter((d): d is number => d !== null);
    return { evaluatorId, criteria: perCriterion, leniency: mean(differences) };
  });
}

export interface ReviewStateRow {
  evaluatorId: string;
  state: 'assigned' | 'submitted' | 'declined';
  count: number;
}

export interface ReviewerProgress {
  evaluatorId: string;
  /** Reviews given to the evaluator and not declined. */
  assigned: number;
  submitted: number;
  declined: number;
}

/** Reviewer progress: per evaluator, submitted of assigned (declined apart). */
export function reviewerProgress(rows: readonly ReviewStateRow[]): ReviewerProgress[] {
  const byEvaluator = new Map<string, ReviewerProgress>();
  for (const row of rows) {
    const entry = byEvaluator.get(row.evaluatorId) ?? { evaluatorId: row.evaluatorId, assigned: 0, submitted: 0, declined: 0 };
    if (row.state === 'declined') entry.declined += row.count;
    else entry.assigned += row.count;
    if (row.state === 'submitted') entry.submitted += row.count;
    byEvaluator.set(row.evaluatorId, entry);
  }
  return [...byEvaluator.values()].sort((a, b) => a.evaluatorId.localeCompare(b.evaluatorId));
}

export interface GrantMoney {
  state: 'proposed' | 'awarded' | 'declined' | 'withdrawn';
  grantCents: number;
  shares: { source: string; cents: number }[];
}

export interface SourceCents {
  source: string;
  cents: number;
}

export interface BudgetUse {
  budgetCents: number;
  /** Proposed and awarded grants. */
  committedCents: number;
  remainingCents: number;
  /** Of the committed, what each funding source pays, in the call's order of sources. */
  bySource: SourceCents[];
}

/**
 * Budget use with the co-funding split: grants given back or withdrawn no longer count; every
 * source of the call appears, paying nothing when no grant draws on it.
 */
export function budgetUse(budgetCents: number, sources: readonly string[], grants: readonly GrantMoney[]): BudgetUse {
  const live = grants.filter((grant) => grant.state === 'proposed' || grant.state === 'awarded');
  const committedCents = live.reduce((sum, grant) => sum + grant.grantCents, 0);
  return { budgetCents, committedCents, remainingCents: budgetCents - committedCents, bySource: sumBySource(sources, live) };
}

function sumBySource(sources: readonly string[], grants: readonly { shares: { source: string; cents: number }[] }[]): SourceCents[] {
  const cents = new Map<string, number>(sources.map((source) => [source, 0]));
  for (const grant of grants) for (const share of grant.shares) cents.set(share.source, (cents.get(share.source) ?? 0) + share.cents);
  return [...cents].map(([source, total]) => ({ source, cents: total }));
}

/** The first day of each of `count` months from the month of `from` (`YYYY-MM`). */
export function monthsFrom(from: string, count: number): string[] {
  const [year, month] = from.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const date = new Date(Date.UTC(year, month - 1 + i, 1));
    return date.toISOString().slice(0, 7);
  });
}

/** The dashboard's window of a city: twelve months, the six before the month of `today` (`YYYY-MM-DD`), it and the five after. */
export function cityWindow(today: string): { months: string[]; start: string; end: string } {
  const [year, month] = today.split('-').map(Number);
  const start = new Date(Date.UTC(year, month - 1 - 6, 1)).toISOString().slice(0, 10);
  const end = new Date(Date.UTC(year, month - 1 + 6, 0)).toISOString().slice(0, 10);
  return { months: monthsFrom(start.slice(0, 7), 12), start, end };
}

export interface BedBooking {
  testbedId: string;
  startDate: string;
  endDate: string;
}

export interface Bed {
  id: string;
  name: Record<string, string>;
  capacity: number;
}

export interface BedMonths {
  testbedId: string;
  name: Record<string, string>;
  /** Per month of the window: the approved bookings that run in it (a booking across months counts in each). */
  months: { month: string; bookings: number }[];
}

const monthOf = (day: string) => day.slice(0, 7);

/** Bookings per bed over time: per month of the window, the approved bookings that run during it. */
export function bookingsPerBed(beds: readonly Bed[], bookings: readonly BedBooking[], months: readonly string[]): BedMonths[] {
  return beds.map((bed) => ({
    testbedId: bed.id,
    name: bed.name,
    months: months.map((month) => ({
      month,
      bookings: bookings.filter((b) => b.testbedId === bed.id && monthOf(b.startDate) <= month && monthOf(b.endDate) >= month).length,
    })),
  }));
}

function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS) + 1;
}

export interface BedUse {
  testbedId: string;
  name: Record<string, string>;
  capacity: number;
  /** Days of the window times the pilots the bed can run at once. */
  capacityDays: number;
  /** Days of approved bookings inside the window. */
  bookedDays: number;
  /** bookedDays / capacityDays in percent, one decimal. */
  usePercent: number;
}

/** Test-bed use against capacity over the window (start and end days included). */
export function bedUse(beds: readonly Bed[], bookings: readonly BedBooking[], start: string, end: string): BedUse[] {
  const windowDays = daysBetween(start, end);
  return beds.map((bed) => {
    const bookedDays = bookings
      .filter((b) => b.testbedId === bed.id)
      .reduce((sum, b) => {
        const from = b.startDate > start ? b.startDate : start;
        const to = b.endDate < end ? b.endDate : end;
        return from <= to ? sum + daysBetween(from, to) : sum;
      }, 0);
    const capacityDays = windowDays * bed.capacity;
    return { testbedId: bed.id, name: bed.name, capacity: bed.capacity, capacityDays, bookedDays, usePercent: round((100 * bookedDays) / capacityDays, 1) };
  });
}

export interface AwardedGrant {
  applicationId: string;
  title: string;
  recipient: string;
  /** The lead organisation's home municipality. */
  municipality: string;
  grantCents: number;
  shares: { source: string; cents: number }[];
}

export interface PublicResults {
  totalCents: number;
  /** Largest grant first, then by title. */
  projects: AwardedGrant[];
  /** Where the money goes: by the municipality of the lead organisation, largest first. */
  byMunicipality: { municipality: string; projects: number; cents: number }[];
  bySource: SourceCents[];
}

/** The public results of a decided call: its awarded grants, where the money goes and who pays it. */
export function publicResults(sources: readonly string[], grants: readonly AwardedGrant[]): PublicResults {
  const projects = [...grants].sort((a, b) => b.grantCents - a.grantCents || a.title.localeCompare(b.title));
  const places = new Map<string, { municipality: string; projects: number; cents: number }>();
  for (const grant of projects) {
    const place = places.get(grant.municipality) ?? { municipality: grant.municipality, projects: 0, cents: 0 };
    place.projects += 1;
    place.cents += grant.grantCents;
    places.set(grant.municipality, place);
  }
  return {
    totalCents: projects.reduce((sum, grant) => sum + grant.grantCents, 0),
    projects,
    byMunicipality: [...places.values()].sort((a, b) => b.cents - a.cents || a.municipality.localeCompare(b.municipality)),
    bySource: sumBySource(sources, projects),
  };
}
