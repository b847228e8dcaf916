import type { ConflictKind } from './conflicts.js';
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
  /** Expertise fit from 0 to 1 (see expertise.ts); 0 when absent. */
  match?: (applicationId: string, evaluatorId: string) => number;
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
  const match = problem.match ?? (() => 0);

  const reviewed = new Set(problem.existing.map((r) => key(r.applicationId, r.evaluatorId)));
  const conflicts = new Map(problem.conflicts.map((c) => [key(c.applicationId, c.evaluatorId), c.kinds]));
  const loads: Record<string, number> = Object.fromEntries(evaluators.map((id) => [id, 0]));
  const covered = new Map<string, number>();
  for (const review of problem.existing) {
    if (!ACTIVE.includes(review.state)) continue;
    covered.set(review.applicationId, (covered.get(review.applicationId) ?? 0) + 1);
    if (inPool.has(review.evaluatorId)) loads[review.evaluatorId] += 1;
  }

  const missing = applications.map((a) => Math.max(0, a.required - (covered.get(a.id) ?? 0)));
  const candidates = applications.map((a) => evaluators.filter((e) => !reviewed.has(key(a.id, e)) && !conflicts.has(key(a.id, e))));
  const totalMissing = missing.reduce((s, m) => s + m, 0);

  const source = 0;
  const sink = 1;
  const appNode = (i: number) => 2 + i;
  const evalNode = (j: number) => 2 + applications.length + j;
  const network = new MinCostFlow(2 + applications.length + evaluators.length);
  const weight = totalMissing * EXPERTISE_SCALE + 1;
  const evaluatorIndex = new Map(evaluators.map((id, j) => [id, j]));
  const edges: { app: number; evaluator: string; edge: number }[] = [];
  const degree = new Map<string, number>();

  applications.forEach((application, i) => {
    if (!missing[i] || !candidates[i].length) return;
    network.addEdge(source, appNode(i), missing[i], 0);
    for (const evaluatorId of candidates[i]) {
      const fit = Math.min(1, Math.max(0, match(application.id, evaluatorId) || 0));
      const edge = network.addEdge(appNode(i), evalNode(evaluatorIndex.get(evaluatorId) as number), 1, Math.round(EXPERTISE_SCALE * (1 - fit)));
      edges.push({ app: i, evaluator: evaluatorId, edge });
      degree.set(evaluatorId, (degree.get(evaluatorId) ?? 0) + 1);
    }
  });
  evaluators.forEach((evaluatorId, j) => {
    // One unit edge per further review this evaluator could take, each dearer than the last.
    const most = Math.min(degree.get(evaluatorId) ?? 0, totalMissing);
    for (let k = 1; k <= most; k++) network.addEdge(evalNode(j), sink, 1, weight * (2 * (loads[evaluatorId] + k) - 1));
  });
  network.solve(source, sink);

  const assignments: NewAssignment[] = [];
  const added = new Array<number>(applications.length).fill(0);
  for (const { app, evaluator, edge } of edges) {
    if (network.flowOn(edge) !== 1) continue;
    assignments.push({ applicationId: applications[app].id, evaluatorId: evaluator });
    loads[evaluator] += 1;
    added[app] += 1;
  }

  const unassignable: Unassignable[] = [];
  applications.forEach((application, i) => {
    const left = missing[i] - added[i];
    if (left <= 0) return;
    unassignable.push({
      applicationId: application.id,
      required: application.required,
      covered: (covered.get(application.id) ?? 0) + added[i],
      missing: left,
      reason: reasonFor(application, evaluators, candidates[i].length, left, problem.existing, conflicts),
    });
  });
  return { assignments, unassignable, loads };
}

function reasonFor(
  application: AssignmentApplication,
  pool: readonly string[],
  candidates: number,
  missing: number,
  existing: readonly ExistingReview[],
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
  const poolSet = new Set(pool);
  const declined = existing.filter((r) => r.applicationId === application.id && r.state === 'declined' && poolSet.has(r.evaluatorId)).length;
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
