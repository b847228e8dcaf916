import type { ConflictKind } from './conflicts.js';
import { expertiseMatch } from './expertise.js';
import { MinCostFlow } from './min-cost-flow.js';
import type { ReviewState } from './review.js';

/**
 * Reviewer assignment (DOMAIN.md rule 3) as a minimum-cost flow, the way HotCRP's autoassigner
 * does it:
 *
 *   source ─(missing reviews)→ application ─(1, expertise cost)→ evaluator ─(1 each, convex)→ sink
 *
 * - An application asks for what it still lacks: `required` minus its assigned and submitted
 *   reviews. Existing assignments are kept, so running again only fills gaps (idempotent).
 * - An application–evaluator edge exists only without a conflict of interest and without any
 *   earlier review of that pair (a declined review is never handed back to the same evaluator).
 * - The evaluator's k-th review of the call costs W·(2k − 1), the marginal cost of k², so the least
 *   cost flow minimises Σ load², which on this network is the most even spread the pool allows
 *   (max − min ≤ 1 whenever some assignment achieves it). W exceeds any possible sum of expertise
 *   costs, so balance always comes first and expertise decides among equally balanced plans.
 * - The expertise cost of an edge is round(100 · (1 − match)): a perfect match costs 0.
 * - Successive shortest paths give a maximum flow, so every application gets as many reviews as
 *   its conflict-free candidates allow; what remains missing is reported as unassignable.
 * - Interchangeable applications and evaluators share one node (see `classify`), so a call of
 *   10,000 applications and 500 evaluators with a few kinds of expertise is a network of a few
 *   nodes rather than of 5 million edges; the class flow is then shared out round-robin, which
 *   gives a plan of the full network at the same least cost.
 */

export interface AssignmentApplication {
  id: string;
  /** Reviews the application must have: the call's reviewersPerApplication. */
  required: number;
}

export interface ExistingReview {
  applicationId: string;
  evaluatorId: string;
  state: ReviewState;
}

export interface ConflictPair {
  applicationId: string;
  evaluatorId: string;
  kinds: readonly ConflictKind[];
}

export interface AssignmentProblem {
  applications: readonly AssignmentApplication[];
  /** The call's evaluator pool. */
  evaluatorIds: readonly string[];
  /** Every review of the call so far, whatever its state. */
  existing: readonly ExistingReview[];
  conflicts: readonly ConflictPair[];
  /**
   * Expertise fit from 0 to 1 of any pair. Fit given pair by pair keeps every application and
   * evaluator apart in the network: for large calls give `expertise` instead.
   */
  match?: (applicationId: string, evaluatorId: string) => number;
  /** Each evaluator's expertise tags and each application's topics; the fit is `expertiseMatch` of the two. Ignored when `match` is given. */
  expertise?: { evaluators: ReadonlyMap<string, readonly string[]>; topics: ReadonlyMap<string, readonly string[]> };
}

export interface NewAssignment {
  applicationId: string;
  evaluatorId: string;
}

export interface UnassignableReason {
  code: 'not_enough_evaluators';
  message: string;
  poolSize: number;
  /** Evaluators of the pool that may still take it. */
  candidates: number;
  /** Pool evaluators excluded by a conflict of interest, per kind (one evaluator may count under several). */
  conflicted: number;
  conflictKinds: Partial<Record<ConflictKind, number>>;
  /** Pool evaluators who declined it. */
  declined: number;
}

export interface Unassignable {
  applicationId: string;
  required: number;
  /** Assigned or submitted reviews after this plan. */
  covered: number;
  missing: number;
  reason: UnassignableReason;
}

export interface AssignmentPlan {
  assignments: NewAssignment[];
  unassignable: Unassignable[];
  /** Assigned and submitted reviews per pool evaluator after this plan. */
  loads: Record<string, number>;
}

const EXPERTISE_SCALE = 100;

const ACTIVE: readonly ReviewState[] = ['assigned', 'submitted'];

const key = (applicationId: string, evaluatorId: string) => `${applicationId}\u0000${evaluatorId}`;

export function planAssignment(problem: AssignmentProblem): AssignmentPlan {
  const evaluators = [...new Set(problem.evaluatorIds)].sort();
  const inPool = new Set(evaluators);
  const applications = [...problem.applications].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  // Pairs that may not be planned: any earlier review of the pair, or a conflict of interest.
  const excluded = new Map<string, Set<string>>();
  const exclude = (applicationId: string, evaluatorId: string) => {
    if (!inPool.has(evaluatorId)) return;
    let set = excluded.get(applicationId);
    if (!set) excluded.set(applicationId, (set = new Set()));
    set.add(evaluatorId);
  };
  for (const review of problem.existing) exclude(review.applicationId, review.evaluatorId);
  for (const conflict of problem.conflicts) exclude(conflict.applicationId, conflict.evaluatorId);
  const conflicts = new Map(problem.conflicts.map((c) => [key(c.applicationId, c.evaluatorId), c.kinds]));

  const loads: Record<string, number> = Object.fromEntries(evaluators.map((id) => [id, 0]));
  const covered = new Map<string, number>();
  for (const review of problem.existing) {
    if (!ACTIVE.includes(review.state)) continue;
    covered.set(review.applicationId, (covered.get(review.applicationId) ?? 0) + 1);
    if (inPool.has(review.evaluatorId)) loads[review.evaluatorId] += 1;
  }
  const missing = applications.map((a) => Math.max(0, a.required - (covered.get(a.id) ?? 0)));
  const candidateCount = (i: number) => evaluators.length - (excluded.get(applications[i].id)?.size ?? 0);
  const totalMissing = missing.reduce((s, m) => s + m, 0);

  const { applicationClasses, evaluatorClasses } = classify(problem, applications, missing, evaluators, loads, excluded);
  const fit = fitOf(problem);
  const { network, edges } = solveClasses(applicationClasses, evaluatorClasses, applications, excluded, fit, totalMissing, evaluators.length, loads);
  // Each application class shares its flow round-robin among its members, so every member gets at
  // most its missing reviews and at most one per member of an evaluator class; each evaluator
  // class hands the blocks it received round-robin to its members, so an application's block goes
  // to distinct evaluators and the class's loads stay within one of each other. That plan costs
  // what the class flow costs, so it is a least-cost plan of the full network.
  const blocks: { app: number; count: number }[][] = evaluatorClasses.map(() => []);
  const turn = new Array<number>(applicationClasses.length).fill(0);
  for (const { from, to, edge } of edges) {
    const flow = network.flowOn(edge);
    if (!flow) continue;
    const members = applicationClasses[from].members;
    const n = members.length;
    const each = Math.floor(flow / n);
    const extra = flow % n;
    for (let t = 0; t < n; t++) {
      const count = each + ((t - turn[from] + n) % n < extra ? 1 : 0);
      if (count) blocks[to].push({ app: members[t], count });
    }
    turn[from] = (turn[from] + extra) % n;
  }
  const assignments: NewAssignment[] = [];
  const added = new Array<number>(applications.length).fill(0);
  const pairs: { app: number; evaluator: string }[] = [];
  evaluatorClasses.forEach((evaluatorClass, j) => {
    let next = 0;
    for (const { app, count } of blocks[j]) {
      for (let c = 0; c < count; c++) {
        pairs.push({ app, evaluator: evaluatorClass.members[next] });
        next = (next + 1) % evaluatorClass.members.length;
      }
    }
  });
  pairs.sort((a, b) => a.app - b.app || (a.evaluator < b.evaluator ? -1 : a.evaluator > b.evaluator ? 1 : 0));
  for (const { app, evaluator } of pairs) {
    assignments.push({ applicationId: applications[app].id, evaluatorId: evaluator });
    loads[evaluator] += 1;
    added[app] += 1;
  }

  const unassignable: Unassignable[] = [];
  const declinedBy = new Map<string, number>();
  for (const review of problem.existing) {
    if (review.state === 'declined' && inPool.has(review.evaluatorId)) declinedBy.set(review.applicationId, (declinedBy.get(review.applicationId) ?? 0) + 1);
  }
  applications.forEach((application, i) => {
    const left = missing[i] - added[i];
    if (left <= 0) return;
    unassignable.push({
      applicationId: application.id,
      required: application.required,
      covered: (covered.get(application.id) ?? 0) + added[i],
      missing: left,
      reason: reasonFor(application, evaluators, candidateCount(i), left, declinedBy.get(application.id) ?? 0, conflicts),
    });
  });
  return { assignments, unassignable, loads };
}

/**
 * The class network: source → application class (its missing reviews) → evaluator class (at most
 * one review per member for each application, at the pair's expertise cost) → sink, one edge per
 * load level of the class's members, each dearer than the last. Levels beyond any plausible load
 * are left out at first: if the least-cost flow uses a class's highest level, the network is
 * solved again with twice as many, so the result is the least-cost flow of the unbounded network.
 */
function solveClasses(
  applicationClasses: readonly ApplicationClass[],
  evaluatorClasses: readonly EvaluatorClass[],
  applications: readonly AssignmentApplication[],
  excluded: ReadonlyMap<string, ReadonlySet<string>>,
  fit: (applicationId: string, evaluatorId: string) => number,
  totalMissing: number,
  poolSize: number,
  loads: Readonly<Record<string, number>>,
): { network: MinCostFlow; edges: { from: number; to: number; edge: number }[] } {
  const source = 0;
  const sink = 1;
  const appNode = (i: number) => 2 + i;
  const evalNode = (j: number) => 2 + applicationClasses.length + j;
  const weight = totalMissing * EXPERTISE_SCALE + 1;
  const current = Object.values(loads);
  const lowest = current.length ? Math.min(...current) : 0;
  let levels = Math.ceil((totalMissing + current.reduce((s, l) => s + l, 0)) / Math.max(1, poolSize)) - lowest + 2;
  for (;;) {
    const network = new MinCostFlow(2 + applicationClasses.length + evaluatorClasses.length);
    const edges: { from: number; to: number; edge: number }[] = [];
    const reach = new Array<number>(evaluatorClasses.length).fill(0);
    applicationClasses.forEach((group, i) => {
      const size = group.members.length;
      network.addEdge(source, appNode(i), size * group.missing, 0);
      const first = applications[group.members[0]].id;
      const barred = excluded.get(first);
      evaluatorClasses.forEach((evaluatorClass, j) => {
        // Exclusions only ever involve evaluators that form a class of their own.
        if (evaluatorClass.members.length === 1 && barred?.has(evaluatorClass.members[0])) return;
        const cost = Math.round(EXPERTISE_SCALE * (1 - fit(first, evaluatorClass.members[0])));
        const edge = network.addEdge(appNode(i), evalNode(j), size * Math.min(group.missing, evaluatorClass.members.length), cost);
        edges.push({ from: i, to: j, edge });
        reach[j] += size;
      });
    });
    const tops: number[] = [];
    evaluatorClasses.forEach((evaluatorClass, j) => {
      // The k-th further review of each member; the members of a class are alike, so one edge per
      // level carries as many units as the class has members.
      const most = Math.min(reach[j], totalMissing);
      const bounded = Math.min(most, levels);
      let top = -1;
      for (let k = 1; k <= bounded; k++) top = network.addEdge(evalNode(j), sink, evaluatorClass.members.length, weight * (2 * (evaluatorClass.load + k) - 1));
      if (bounded < most && top >= 0) tops.push(top);
    });
    network.solve(source, sink);
    if (tops.every((edge) => network.flowOn(edge) === 0)) return { network, edges };
    levels *= 2;
  }
}

interface ApplicationClass {
  /** Indexes into the sorted applications, ascending. */
  members: number[];
  missing: number;
}

interface EvaluatorClass {
  /** Evaluator ids, sorted. */
  members: string[];
  load: number;
}

/**
 * Groups what is interchangeable, so that the network grows with the kinds of applications and
 * evaluators rather than with their product. Applications are alike when they miss as many
 * reviews, have the same topics and exclude the same evaluators; evaluators are alike when they
 * have the same expertise and load and no application with reviews missing excludes them. An
 * evaluator excluded somewhere, or every party when fit is given pair by pair (`match`), stands
 * alone. Within a pair of classes every application–evaluator pair then has the same fit and none
 * is excluded.
 */
function classify(
  problem: AssignmentProblem,
  applications: readonly AssignmentApplication[],
  missing: readonly number[],
  evaluators: readonly string[],
  loads: Readonly<Record<string, number>>,
  excluded: ReadonlyMap<string, ReadonlySet<string>>,
): { applicationClasses: ApplicationClass[]; evaluatorClasses: EvaluatorClass[] } {
  const pairwise = !!problem.match;
  const tagsKey = (tags: readonly string[] | undefined) => [...new Set(tags ?? [])].sort().join('\u0001');
  const alone = new Set<string>();
  const applicationClasses = new Map<string, ApplicationClass>();
  applications.forEach((application, i) => {
    if (!missing[i]) return;
    const barred = [...(excluded.get(application.id) ?? [])].sort();
    for (const evaluatorId of barred) alone.add(evaluatorId);
    const id = pairwise ? `#${application.id}` : `${missing[i]}\u0002${tagsKey(problem.expertise?.topics.get(application.id))}\u0002${barred.join('\u0001')}`;
    const found = applicationClasses.get(id);
    if (found) found.members.push(i);
    else applicationClasses.set(id, { members: [i], missing: missing[i] });
  });
  const evaluatorClasses = new Map<string, EvaluatorClass>();
  for (const evaluatorId of evaluators) {
    const id = pairwise || alone.has(evaluatorId) ? `#${evaluatorId}` : `${loads[evaluatorId]}\u0002${tagsKey(problem.expertise?.evaluators.get(evaluatorId))}`;
    const found = evaluatorClasses.get(id);
    if (found) found.members.push(evaluatorId);
    else evaluatorClasses.set(id, { members: [evaluatorId], load: loads[evaluatorId] });
  }
  return { applicationClasses: [...applicationClasses.values()], evaluatorClasses: [...evaluatorClasses.values()] };
}

/** The expertise fit of a pair, from 0 to 1. */
function fitOf(problem: AssignmentProblem): (applicationId: string, evaluatorId: string) => number {
  const { match, expertise } = problem;
  const clamp = (value: number) => Math.min(1, Math.max(0, value || 0));
  if (match) return (applicationId, evaluatorId) => clamp(match(applicationId, evaluatorId));
  if (expertise) return (applicationId, evaluatorId) => clamp(expertiseMatch(expertise.evaluators.get(evaluatorId) ?? [], expertise.topics.get(applicationId) ?? []));
  return () => 0;
}

function reasonFor(
  application: AssignmentApplication,
  pool: readonly string[],
  candidates: number,
  missing: number,
  declined: number,
  conflicts: ReadonlyMap<string, readonly ConflictKind[]>,
): UnassignableReason {
  const conflictKinds: Partial<Record<ConflictKind, number>> = {};
  let conflicted = 0;
  for (const evaluatorId of pool) {
    const kinds = conflicts.get(key(application.id, evaluatorId));
    if (!kinds) continue;
    conflicted += 1;
    for (const kind of new Set(kinds)) conflictKinds[kind] = (conflictKinds[kind] ?? 0) + 1;
  }
  const parts = [`${conflicted} with a conflict of interest${conflicted ? ` (${Object.entries(conflictKinds).map(([k, n]) => `${k.replace(/_/g, ' ')}: ${n}`).join(', ')})` : ''}`];
  if (declined) parts.push(`${declined} declined`);
  return {
    code: 'not_enough_evaluators',
    message: `needs ${missing} more evaluator${missing === 1 ? '' : 's'}, but no other evaluator of the pool of ${pool.length} is free to take it: ${parts.join('; ')}`,
    poolSize: pool.length,
    candidates,
    conflicted,
    conflictKinds,
    declined,
  };
}
